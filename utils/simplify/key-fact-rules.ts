/**
 * What makes a sentence or list line a key fact on a city-hall page: the
 * section it stands in (named by its heading or a "Label:" line) and the
 * words and patterns it contains. Pure predicates, one per category; the
 * words come from the per-language tables in `fact-words`, so the same rules
 * read German, English, Ukrainian, Russian, Arabic, Persian and Turkish pages.
 */
import { findFacts } from './fact-patterns';
import { factWordsFor, foldText, type FactCategory, type FactWords, type SectionCategory } from './fact-words';

export type { FactCategory } from './fact-words';

/** The order in which a heading is tried against the categories (the first that matches wins). */
const SECTION_ORDER: SectionCategory[] = ['documents', 'fees', 'deadlines', 'openingHours', 'online'];
const LABEL_ORDER: FactCategory[] = ['dates', 'address', 'fees', 'openingHours'];

/** Addresses on the web are online facts in every language. */
const URL_WORDS = /www\.|https?:/iu;
/** A short line ending in a question mark (Latin or Arabic) or a colon reads as a heading. */
const HEADING_END = /[?؟:]$/u;

const DEFAULT_WORDS = factWordsFor('de');

const any = (tables: readonly FactWords[], pick: (t: FactWords) => RegExp | undefined, text: string) =>
  tables.some((t) => pick(t)?.test(text) ?? false);

/** The section a heading or "Label:"/"Frage?" line opens, if any. */
export function sectionOf(text: string, isHeading: boolean, tables: readonly FactWords[] = DEFAULT_WORDS): FactCategory | undefined {
  const trimmed = text.trim();
  const label = /^(.{2,30}):$/u.exec(trimmed);
  if (label) {
    const name = foldText(label[1]!.trim());
    for (const category of LABEL_ORDER) if (any(tables, (t) => t.labels[category], name)) return category;
  }
  const headingLike = isHeading || (trimmed.length < 80 && HEADING_END.test(trimmed));
  if (!headingLike) return undefined;
  const folded = foldText(trimmed);
  for (const category of SECTION_ORDER) if (any(tables, (t) => t.sections[category], folded)) return category;
  return undefined;
}

/** True when a line or sentence opens a new section without a category (resets the current one). */
export function isSectionBreak(text: string, isHeading: boolean): boolean {
  const trimmed = text.trim();
  return isHeading || (trimmed.length < 80 && HEADING_END.test(trimmed));
}

/**
 * A list most of whose lines name documents is a list of documents, whatever
 * heading stands above it (tabbed pages put all tab titles first, then the panels).
 */
export function isDocumentList(lines: readonly string[], tables: readonly FactWords[] = DEFAULT_WORDS): boolean {
  return lines.length > 0 && lines.filter((l) => any(tables, (t) => t.documentNoun, foldText(l))).length / lines.length >= 0.5;
}

/** The categories one unit (a sentence or a list/table line) belongs to, given its section. */
export function categoriesOf(
  unit: string,
  section: FactCategory | undefined,
  inList: boolean,
  tables: readonly FactWords[] = DEFAULT_WORDS,
): FactCategory[] {
  const out: FactCategory[] = [];
  const text = foldText(unit);
  const has = (pick: (t: FactWords) => RegExp | undefined) => any(tables, pick, text);
  // News meta lines ("Veröffentlicht am 12. Februar 2025") are about the page, not about the service.
  if (has((t) => t.pageMeta)) return out;
  // Leichte Sprache splits words with a middle dot ("Markt·platz"); facts are found without it.
  const facts = findFacts(unit.replace(/·/gu, ''));
  const found = (kind: string) => facts.some((f) => f.kind === kind);
  const date = found('date') || has((t) => t.monthDate);
  const time = found('time') || has((t) => t.clockTime);
  const documentNoun = has((t) => t.documentNoun);
  // Label sections (event pages) take the next value as it is.
  if (section === 'dates' && (date || time)) out.push('dates');
  if (section === 'address') out.push('address');
  if (section === 'documents' && (inList || documentNoun)) out.push('documents');
  else if (documentNoun && has((t) => t.bringVerb)) out.push('documents');
  if (found('amount') || has((t) => t.amount) || has((t) => t.feeWords) || (section === 'fees' && has((t) => t.freeLine)))
    out.push('fees');
  if (has((t) => t.deadline)) out.push('deadlines');
  if (section === 'openingHours' || (time && has((t) => t.weekday) && !date)) out.push('openingHours');
  else if (section !== 'dates' && (date || (time && !inList)) && !out.includes('deadlines')) out.push('dates');
  if (section !== 'address' && found('street')) out.push('address');
  if ((URL_WORDS.test(text) || has((t) => t.online)) && !has((t) => t.onlineNegated)) out.push('online');
  return out;
}
