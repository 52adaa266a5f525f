/**
 * Extractive summary by TextRank (Mihalcea & Tarau 2004): sentences are nodes,
 * edges weigh word overlap normalised by sentence length, and PageRank finds
 * the sentences the rest of the text "agrees with". City-hall pages put the
 * point first and the practical words (Frist, Gebühr, Unterlagen…) matter most,
 * so a position bonus and a municipal-keyword bonus are added to the rank.
 */
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
}

/** Stems of words that say a sentence is practical for the reader. */
const KEYWORD_STEMS = [
  'frist', 'termin', 'unterlag', 'gebühr', 'kost', 'öffnungszeit', 'antrag', 'beantrag', 'adress', 'anmeld',
  'mitbring', 'nachweis', 'online', 'formular', 'sprechzeit', 'bescheinig', 'ausweis', 'euro', 'bis zum',
];

/** Lower-case content tokens of a sentence, stopwords removed. */
export function contentTokens(sentence: string): string[] {
  return (sentence.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter(
    (t) => t.length > 1 && !STOPWORDS_DE.has(t),
  );
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

function keywordBonus(sentence: string): number {
  const lower = sentence.toLowerCase();
  let hits = 0;
  for (const stem of KEYWORD_STEMS) if (lower.includes(stem)) hits++;
  return Math.min(hits, 3) / 3;
}

/** Rank sentences; highest score first. */
export function rankSentences(sentences: readonly RankInput[], options: TextRankOptions = {}): RankedSentence[] {
  const { damping = 0.85, iterations = 50, positionWeight = 0.3, keywordWeight = 0.3 } = options;
  const n = sentences.length;
  if (n === 0) return [];
  const tokens = sentences.map((s) => contentTokens(s.text));
  const weights = tokens.map((a, i) => tokens.map((b, j) => (i === j ? 0 : similarity(a, b))));
  const rank = pageRank(weights, damping, iterations);
  const max = Math.max(...rank);
  const maxBlock = Math.max(1, ...sentences.map((s) => s.blockIndex));
  return sentences
    .map((s, index) => {
      const position = 1 - s.blockIndex / maxBlock; // 1 for the first block, 0 for the last
      // Headings and fragments say little on their own.
      const tooShort = tokens[index]!.length < 4 ? 0.5 : 1;
      const score = tooShort * (rank[index]! / max + positionWeight * position + keywordWeight * keywordBonus(s.text));
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
