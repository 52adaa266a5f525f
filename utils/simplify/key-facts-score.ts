/**
 * Scoring the key-facts card against hand-annotated facts (golden pages'
 * `expected.json` → `facts`): an annotated fact is recalled when a card fact of
 * the same category contains it; a card fact is precise when it contains an
 * annotated fact of its category. Used by the unit test and the benchmark.
 */
import type { KeyFacts } from './key-facts';
import type { FactCategory } from './key-fact-rules';

export type AnnotatedFacts = Partial<Record<Exclude<FactCategory, 'address'>, string[]>> & { address?: string };

export const SCORED_CATEGORIES: FactCategory[] = ['documents', 'fees', 'deadlines', 'dates', 'openingHours', 'address', 'online'];

export interface KeyFactScore {
  annotated: number;
  recalled: number;
  extracted: number;
  precise: number;
  missed: { category: FactCategory; text: string }[];
}

/** Case-, space- and dash-insensitive form for containment checks. */
export const normFact = (s: string) =>
  s.toLowerCase().replace(/[–—‑]/gu, '-').replace(/[„“”"]/gu, '"').replace(/\s+/gu, ' ').trim();

/** Score one page's card against its annotations. */
export function scoreKeyFacts(card: KeyFacts, annotated: AnnotatedFacts): KeyFactScore {
  const score: KeyFactScore = { annotated: 0, recalled: 0, extracted: 0, precise: 0, missed: [] };
  for (const category of SCORED_CATEGORIES) {
    const raw = annotated[category];
    const wanted = (raw === undefined ? [] : Array.isArray(raw) ? raw : [raw]).map(normFact);
    const got = card[category].map((f) => normFact(f.text));
    for (const [i, w] of wanted.entries()) {
      score.annotated++;
      if (got.some((g) => g.includes(w))) score.recalled++;
      else score.missed.push({ category, text: (Array.isArray(raw) ? raw[i] : raw) ?? '' });
    }
    score.extracted += got.length;
    score.precise += got.filter((g) => wanted.some((w) => g.includes(w))).length;
  }
  return score;
}
