/**
 * A size budget checked before extraction. Readability runs synchronously on
 * the page's main thread (content scripts share it), so a hostile or broken
 * page — 20 MB of markup, a DOM thousands of levels deep — would freeze the
 * tab. Pages past these limits get a clear message instead; real municipal
 * pages stay far below them (the seed page has a few hundred elements and a
 * depth of about 15).
 */
import { nativeOf } from '@/utils/clean/selector-matcher';

export const PAGE_BUDGET = {
  /** Elements in the document. */
  maxElements: 50_000,
  /** Nesting depth of elements below `<html>`. */
  maxDepth: 400,
  /** Characters of text in the body. */
  maxTextChars: 3_000_000,
} as const;

export type BudgetVerdict =
  | { ok: true; elements: number; depth: number; textChars: number }
  | { ok: false; reason: 'elements' | 'depth' | 'text'; measured: number };

/**
 * Depth of the deepest element, stopping as soon as `limit` is passed, walked
 * without recursion (recursion is what a 10,000-level DOM would break).
 */
export function elementDepth(root: Element, limit: number): number {
  let max = 0;
  let depth = 0;
  let node: Element | null = root;
  while (node) {
    if (depth > max) max = depth;
    if (max > limit) return max;
    if (node.firstElementChild) {
      node = node.firstElementChild;
      depth += 1;
      continue;
    }
    while (node && node !== root && !node.nextElementSibling) {
      node = node.parentElement;
      depth -= 1;
    }
    if (!node || node === root) break;
    node = node.nextElementSibling;
  }
  return max;
}

/** Check `doc` against the budget, cheapest measure first. */
export function checkPageBudget(
  doc: Document,
  budget: { maxElements: number; maxDepth: number; maxTextChars: number } = PAGE_BUDGET,
): BudgetVerdict {
  const elements = nativeOf<(tag: string) => HTMLCollection>(doc, 'getElementsByTagName')('*').length;
  if (elements > budget.maxElements) return { ok: false, reason: 'elements', measured: elements };
  const depth = elementDepth(nativeOf<HTMLElement>(doc, 'documentElement'), budget.maxDepth);
  if (depth > budget.maxDepth) return { ok: false, reason: 'depth', measured: depth };
  const textChars = nativeOf<HTMLElement | null>(doc, 'body')?.textContent?.length ?? 0;
  if (textChars > budget.maxTextChars) return { ok: false, reason: 'text', measured: textChars };
  return { ok: true, elements, depth, textChars };
}
