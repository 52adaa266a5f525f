/**
 * Extractive summary by TextRank (Mihalcea & Tarau 2004): sentences are nodes,
 * edges weigh word overlap normalised by sentence length, and PageRank finds
 * the sentences the rest of the text "agrees with". City-hall pages put the
 * point first and the practical words (Frist, Gebühr, Unterlagen…) matter most,
 * so a position bonus and a municipal-keyword bonus are added to the rank.
 */
import { FACT_WORDS_DE } from './fact-words/de';
import { foldText } from './fact-words/fold';
import { STOPWORDS_DE } from './stopwords-de';

export interface RankInput {
  text: string;
  /** Where the sentence came from (a block id), passed through. */
  blockId: string;
  /** 0-based position of its block among the article's blocks. */
  blockIndex: number;
}

export interface RankedSentence extends RankInput {
  score: number;
  /** Position in the input, so the top-k can be put back in reading order. */
  index: number;
}

export interface TextRankOptions {
  damping?: number;
  iterations?: number;
  /** Weight of the position bonus (first blocks rank higher). */
  positionWeight?: number;
  /** Weight of the municipal-keyword bonus. */
  keywordWeight?: number;
  /** Function words of the text's language (folded); German by default. */
  stopwords?: ReadonlySet<string>;
  /** Stems of practical words of the text's language (folded); German by default. */
  keywordStems?: readonly string[];
  /** A clitic prefix to strip from tokens (the Arabic article), so "التسجيل" meets "تسجيل". */
  tokenPrefix?: RegExp;
}

/**
 * Lower-case content tokens of a sentence, stopwords removed. Text is folded
 * first (Arabic/Persian letter variants, vowel marks, digits), so the same word
 * is one token however it is written.
 */
export function contentTokens(
  sentence: string,
  stopwords: ReadonlySet<string> = STOPWORDS_DE,
  tokenPrefix?: RegExp,
): string[] {
  const tokens = (foldText(sentence).match(/[\p{L}\p{N}]+/gu) ?? []).filter((t) => t.length > 1 && !stopwords.has(t));
  return tokenPrefix ? tokens.map((t) => t.replace(tokenPrefix, '')) : tokens;
}

/**
 * Mihalcea–Tarau similarity: shared tokens / (log|Si| + log|Sj|). Tokens are
 * compared by their first 6 letters, a crude stem that joins
 * "Gebühr"/"Gebühren" and "Anmeldung"/"anmelden" without a stemmer.
 */
export function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length < 2 || b.length < 2) return 0;
  const stem = (t: string) => t.slice(0, 6);
  const setB = new Set(b.map(stem));
  let shared = 0;
  for (const t of new Set(a.map(stem))) if (setB.has(t)) shared++;
  return shared / (Math.log(a.length) + Math.log(b.length));
}

/** Plain PageRank over a symmetric weighted graph. */
function pageRank(weights: number[][], damping: number, iterations: number): number[] {
  const n = weights.length;
  const outSum = weights.map((row) => row.reduce((s, w) => s + w, 0));
  let rank = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < iterations; it++) {
    const next = new Array<number>(n).fill((1 - damping) / n);
    for (let j = 0; j < n; j++) {
      if (outSum[j] === 0) continue;
      for (let i = 0; i < n; i++) {
        const w = weights[j]![i]!;
        if (w > 0) next[i]! += (damping * rank[j]! * w) / outSum[j]!;
      }
    }
    const delta = next.reduce((s, v, i) => s + Math.abs(v - rank[i]!), 0);
    rank = next;
    if (delta < 1e-6) break;
  }
  return rank;
}

function keywordBonus(sentence: string, stems: readonly string[]): number {
  const lower = foldText(sentence);
  let hits = 0;
  for (const stem of stems) if (lower.includes(stem)) hits++;
  return Math.min(hits, 3) / 3;
}

/** Rank sentences; highest score first. */
export function rankSentences(sentences: readonly RankInput[], options: TextRankOptions = {}): RankedSentence[] {
  const { damping = 0.85, iterations = 50, positionWeight = 0.3, keywordWeight = 0.3 } = options;
  const { stopwords = STOPWORDS_DE, keywordStems = FACT_WORDS_DE.keywordStems, tokenPrefix } = options;
  const n = sentences.length;
  if (n === 0) return [];
  const tokens = sentences.map((s) => contentTokens(s.text, stopwords, tokenPrefix));
  const weights = tokens.map((a, i) => tokens.map((b, j) => (i === j ? 0 : similarity(a, b))));
  const rank = pageRank(weights, damping, iterations);
  const max = Math.max(...rank);
  const maxBlock = Math.max(1, ...sentences.map((s) => s.blockIndex));
  return sentences
    .map((s, index) => {
      const position = 1 - s.blockIndex / maxBlock; // 1 for the first block, 0 for the last
      // Headings and fragments say little on their own.
      const tooShort = tokens[index]!.length < 4 ? 0.5 : 1;
      const score = tooShort * (rank[index]! / max + positionWeight * position + keywordWeight * keywordBonus(s.text, keywordStems));
      return { ...s, index, score };
    })
    .sort((a, b) => b.score - a.score || a.index - b.index);
}

/** The top `k` sentences, back in reading order. */
export function summarize(sentences: readonly RankInput[], k = 3, options?: TextRankOptions): RankedSentence[] {
  return rankSentences(sentences, options)
    .slice(0, k)
    .sort((a, b) => a.index - b.index);
}
