/**
 * Glossary marking in the reader without the glossary: the background finds
 * the glossary terms of an article (inflection and compounds included, see
 * glossary-match.ts) and sends the words exactly as they stand in the text;
 * the reader only looks words up. Same tokenization as glossary-match, so the
 * reader marks exactly what the background found.
 */

/** One word of the article that is a glossary term, as it stands in the text. */
export interface GlossaryWord {
  /** The word as written in the article ("Gebühren"). */
  word: string;
  /** The glossary term it belongs to ("Gebühr"). */
  term: string;
  explanation: string;
  /** Plain replacement in the word's case, only where swapping is safe. */
  plain?: string;
}

export interface GlossaryWordMatch {
  start: number;
  end: number;
  text: string;
  word: GlossaryWord;
}

/** The words of a text, split as glossary-match splits them. */
export const WORD_PATTERN = /[\p{L}]+(?:-[\p{L}]+)*/gu;

/** Find the known glossary words in `text`, in text order. */
export function findGlossaryWords(text: string, words: ReadonlyMap<string, GlossaryWord>): GlossaryWordMatch[] {
  const out: GlossaryWordMatch[] = [];
  for (const m of text.matchAll(WORD_PATTERN)) {
    const word = words.get(m[0]);
    if (word) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], word });
  }
  return out;
}
