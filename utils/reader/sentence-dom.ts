/**
 * Read-aloud meets the DOM: the sentences of the reader's blocks with the
 * element and text offsets they came from, and a DOM Range for each, so the
 * highlight marks exactly the words being spoken.
 */
import { splitSentences } from './sentences';
import type { ReadAloudSentence } from './read-aloud';

/** Where a sentence sits: its block element and text offsets within it. */
export interface SentenceLocation {
  element: Element;
  start: number;
  end: number;
}

/** Blocks read aloud, in document order. Marked `data-block-id` by ReaderView (and the translation views). */
export const READABLE_BLOCK_SELECTOR = '[data-block-id]';

/** Language of an element: its own or its nearest ancestor's `lang`. */
export function languageOf(element: Element, fallback: string): string {
  return element.closest('[lang]')?.getAttribute('lang') || fallback;
}

/**
 * The sentences of every readable block under `root`, each with its block's
 * language (the German original and a translation each read in their own voice).
 * Blocks hidden from everyone (`hidden`, `aria-hidden`) are skipped.
 */
export function collectSentences(root: ParentNode, fallbackLang: string): ReadAloudSentence<SentenceLocation>[] {
  const sentences: ReadAloudSentence<SentenceLocation>[] = [];
  for (const element of Array.from(root.querySelectorAll(READABLE_BLOCK_SELECTOR))) {
    if (element.closest('[hidden], [aria-hidden="true"]')) continue;
    // Blocks nested in a block (a contact card inside a list) are read with their parent.
    const parent = element.parentElement?.closest(READABLE_BLOCK_SELECTOR);
    if (parent && root.contains(parent)) continue;
    const text = element.textContent ?? '';
    const lang = languageOf(element, fallbackLang);
    for (const span of splitSentences(text, lang)) {
      sentences.push({ text: span.text, lang, where: { element, start: span.start, end: span.end } });
    }
  }
  return sentences;
}

/**
 * A Range over characters `start`…`end` of `element`'s text content, across
 * however many text nodes (links, emphasis) the sentence spans.
 */
export function rangeFor(location: SentenceLocation): Range | undefined {
  const { element, start, end } = location;
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  const range = doc.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.length ?? 0;
    if (!started && start <= offset + length) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  return undefined;
}
