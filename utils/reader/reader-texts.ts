/**
 * The reader's own texts that belong to the article: the key-facts card's
 * facts and the word list (the glossary explanations of the article's terms).
 * They are read aloud with the article, printed in the handout and
 * translated with it, so each becomes a translation block with a stable id.
 * The texts came from the page or the glossary: plain text, escaped here.
 */
import type { Block } from '@/utils/extract/types';
import type { KeyFacts } from '@/utils/simplify/key-facts';
import type { GlossaryWord } from '@/utils/simplify/glossary-words';

/** One entry of the word list: the German term and its plain explanation. */
export interface WordListEntry {
  term: string;
  explanation: string;
}

/** Id of the `index`-th fact of a card section. */
export const factId = (section: string, index: number): string => `kf-${section}-${index}`;

/** Id of the `index`-th word-list entry's explanation. */
export const wordId = (index: number): string => `gl-${index}`;

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };

/** A paragraph block holding `text` as text (engines get HTML, so `<` must not become markup). */
export function textBlock(id: string, text: string): Block {
  return { id, kind: 'paragraph', html: text.replace(/[&<>]/g, (c) => ESCAPES[c]!), text };
}

/**
 * A key fact as the card shows, reads aloud and translates it. A fact from a
 * table row has its cells joined by " | ", which voices and screen readers
 * say as "vertical bar": the row reads "Personalausweis: 37,00 Euro, 10 Jahre".
 */
export const factText = (text: string): string => text.replace(' | ', ': ').replaceAll(' | ', ', ');

/** The card's facts as blocks, in the card's section order. */
export function factBlocks(facts: KeyFacts, sections: readonly string[]): Block[] {
  return sections.flatMap((section) => (facts[section as keyof KeyFacts] ?? []).map((fact, i) => textBlock(factId(section, i), factText(fact.text))));
}

/**
 * The article's glossary terms, each once (inflected forms share a term), in
 * the order the words were found, i.e. the order they first occur.
 */
export function wordList(words: readonly GlossaryWord[]): WordListEntry[] {
  const seen = new Map<string, WordListEntry>();
  for (const { term, explanation } of words) if (!seen.has(term)) seen.set(term, { term, explanation });
  return [...seen.values()];
}
