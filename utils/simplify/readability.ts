/**
 * Readability scores with the published coefficients: Flesch for German
 * (Amstad 1978), Wiener Sachtextformel 1 (school grade) and LIX (any
 * language; needs no syllables). Words are runs of letters (`/\p{L}+/gu`), so
 * "Aufenthalts-Titel" is two words, as in the reference's test vectors.
 */
import { splitSentences } from './sentences';
import { countSyllables } from './syllables';

export type FleschBand =
  | 'very-hard'
  | 'hard'
  | 'fairly-hard'
  | 'medium'
  | 'fairly-easy'
  | 'easy'
  | 'very-easy';

export interface ReadabilityScores {
  words: number;
  sentences: number;
  syllables: number;
  /** Average sentence length (words per sentence). */
  asl: number;
  /** Average syllables per word. */
  asw: number;
  /** Flesch Reading Ease, German (Amstad); only for German text. */
  fleschDe?: number;
  fleschBand?: FleschBand;
  /** Wiener Sachtextformel 1, read as a school grade; only for German text. */
  wstf1?: number;
  /** Läsbarhetsindex: ASL + % words longer than six letters. */
  lix: number;
}

/** German bands used by German readability tools: 0–30 very hard … 90–100 very easy. */
export function fleschBand(score: number): FleschBand {
  if (score < 30) return 'very-hard';
  if (score < 50) return 'hard';
  if (score < 60) return 'fairly-hard';
  if (score < 70) return 'medium';
  if (score < 80) return 'fairly-easy';
  if (score < 90) return 'easy';
  return 'very-easy';
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Scores for a text. `lang` decides which formulas apply: Flesch-DE and WSTF
 * are calibrated for German only; LIX is given for every language. Returns
 * zero counts (and no scores beyond LIX 0) for text without words.
 */
export function readabilityScores(text: string, lang = 'de'): ReadabilityScores {
  const words = text.match(/\p{L}+/gu) ?? [];
  const sentenceCount = Math.max(1, splitSentences(text).filter((s) => /\p{L}/u.test(s)).length);
  if (words.length === 0) return { words: 0, sentences: 0, syllables: 0, asl: 0, asw: 0, lix: 0 };
  const german = /^de(-|$)/i.test(lang);
  let syllables = 0;
  let many = 0;
  let one = 0;
  let long = 0;
  for (const word of words) {
    if (word.length > 6) long++;
    if (!german) continue;
    const n = countSyllables(word);
    syllables += n;
    if (n >= 3) many++;
    if (n === 1) one++;
  }
  const asl = words.length / sentenceCount;
  const iw = (100 * long) / words.length;
  const scores: ReadabilityScores = {
    words: words.length,
    sentences: sentenceCount,
    syllables,
    asl: round1(asl),
    asw: german ? Math.round((syllables / words.length) * 100) / 100 : 0,
    lix: round1(asl + iw),
  };
  if (german) {
    const asw = syllables / words.length;
    const ms = (100 * many) / words.length;
    const es = (100 * one) / words.length;
    scores.fleschDe = round1(180 - asl - 58.5 * asw);
    scores.fleschBand = fleschBand(scores.fleschDe);
    scores.wstf1 = round1(0.1935 * ms + 0.1672 * asl + 0.1297 * iw - 0.0327 * es - 0.875);
  }
  return scores;
}

/** Scores per block (for the reader's per-paragraph hints) keyed by block id. */
export function blockScores(
  blocks: readonly { id: string; text: string; lang?: string }[],
  articleLang: string,
): Map<string, ReadabilityScores> {
  const out = new Map<string, ReadabilityScores>();
  for (const block of blocks) out.set(block.id, readabilityScores(block.text, block.lang ?? articleLang));
  return out;
}
