/**
 * The fact-word tables by page language. A page is read with the table of its
 * own language and the German one: every page here comes from a German
 * authority and names offices and documents in German even when written for
 * newcomers ("підтвердження від власника житла (Wohnungsgeberbestätigung)").
 * Languages without a table are read with German and English.
 */
import { FACT_WORDS_AR } from './ar';
import { FACT_WORDS_DE } from './de';
import { FACT_WORDS_EN } from './en';
import { FACT_WORDS_FA } from './fa';
import { FACT_WORDS_RU } from './ru';
import { FACT_WORDS_TR } from './tr';
import type { FactWords } from './types';
import { FACT_WORDS_UK } from './uk';

export type { FactCategory, FactWords, SectionCategory } from './types';
export { asciiDigits, foldText } from './fold';

/** Every language with its own table. */
export const FACT_WORDS: Readonly<Record<string, FactWords>> = {
  de: FACT_WORDS_DE,
  en: FACT_WORDS_EN,
  uk: FACT_WORDS_UK,
  ru: FACT_WORDS_RU,
  ar: FACT_WORDS_AR,
  fa: FACT_WORDS_FA,
  tr: FACT_WORDS_TR,
};

/** Dari and Tajik pages are read with the Persian table ("prs", "fa-AF"). */
const ALIASES: Readonly<Record<string, string>> = { prs: 'fa', pes: 'fa' };

const cache = new Map<string, readonly FactWords[]>();

/** The tables a text in `lang` (a BCP 47 tag, possibly empty) is read with: its own first, then German. */
export function factWordsFor(lang: string | undefined): readonly FactWords[] {
  const primary = (lang ?? '').toLowerCase().split(/[-_]/u)[0] ?? '';
  const key = ALIASES[primary] ?? primary;
  let tables = cache.get(key);
  if (!tables) {
    const own = FACT_WORDS[key];
    tables = !own ? [FACT_WORDS_DE, FACT_WORDS_EN] : own === FACT_WORDS_DE ? [own] : [own, FACT_WORDS_DE];
    cache.set(key, tables);
  }
  return tables;
}
