/**
 * Scoring for the extraction benchmark: trafilatura's with/without counting
 * and token-level F1 against a ground-truth text.
 */

export interface Counts {
  tp: number;
  fn: number;
  fp: number;
  tn: number;
}

/**
 * Layout only: whitespace collapsed, soft hyphens (U+00AD, invisible unless a line breaks
 * there) dropped. Annotators copied some strings with the page's soft hyphens; Leselotse
 * removes them from the article, Readability keeps them.
 */
const SOFT_HYPHEN = /\u00ad/g;
const ws = (s: string) => s.replace(SOFT_HYPHEN, '').replace(/\s+/g, ' ').trim();

/**
 * trafilatura's `evaluate_result`: a `with` string found is a true positive,
 * missing a false negative; a `without` string found is a false positive,
 * missing a true negative. No result counts every `with` as missed.
 * Whitespace and soft hyphens are layout, on both sides (`ws`).
 */
export function countWithWithout(result: string | undefined, withs: string[], withouts: string[]): Counts {
  const c: Counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
  if (result === undefined) {
    c.fn += withs.length;
    c.tn += withouts.length;
    return c;
  }
  const text = ws(result);
  for (const w of withs) if (text.includes(ws(w))) c.tp++;
  else c.fn++;
  for (const w of withouts) if (text.includes(ws(w))) c.fp++;
  else c.tn++;
  return c;
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fn: a.fn + b.fn, fp: a.fp + b.fp, tn: a.tn + b.tn };
}

/** Precision, recall and F1 of summed counts, as trafilatura's `calculate_scores`. */
export function scores(c: Counts): { precision: number; recall: number; f1: number } {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

const tokens = (s: string) => s.replace(SOFT_HYPHEN, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Token-level F1 of `result` against `truth` (bag of words, as the article-extraction-benchmark counts). */
export function tokenF1(result: string, truth: string): { precision: number; recall: number; f1: number } {
  const want = new Map<string, number>();
  for (const t of tokens(truth)) want.set(t, (want.get(t) ?? 0) + 1);
  const got = tokens(result);
  let common = 0;
  for (const t of got) {
    const n = want.get(t) ?? 0;
    if (n > 0) {
      common++;
      want.set(t, n - 1);
    }
  }
  const truthLen = tokens(truth).length;
  const precision = got.length ? common / got.length : 0;
  const recall = truthLen ? common / truthLen : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** Value at quantile `q` (0..1) of `values`. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))]!;
}
