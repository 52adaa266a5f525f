/**
 * What makes a sentence or list line a key fact on a city-hall page: the
 * section it stands in (named by its heading or a "Label:" line) and the
 * words and patterns it contains. Pure predicates, one per category.
 */
import { findFacts } from './fact-patterns';

export type FactCategory = 'documents' | 'fees' | 'deadlines' | 'dates' | 'openingHours' | 'address' | 'online';

/** Headings (and question lines such as "Welche Unterlagen brauche ich?") that open a section. */
const SECTION_HEADINGS: [FactCategory, RegExp][] = [
  ['documents', /unterlagen|mitbringen|mitzubringen|dokumente|nachweise|was brauche|benötigt|erforderlich|what to bring|documents|you need/iu],
  ['fees', /gebühr|kosten|preis|entgelt|was kostet|eintritt|costs?\b|fees?\b|charges?\b/iu],
  ['deadlines', /frist|wie lange|bis wann|deadline/iu],
  ['openingHours', /öffnungszeit|sprechzeit|servicezeit|geöffnet|opening hours|office hours/iu],
  ['online', /online|formular|download|digital/iu],
];

/** "Label:" lines of event and service pages (NOLIS, GSB, Sitepark detail views), value in the next block. */
const LABELS: [FactCategory, RegExp][] = [
  ['dates', /^(datum|termin|wann|uhrzeit|zeit|beginn|ende|veranstaltungszeit)$/iu],
  ['address', /^(ort|veranstaltungsort|adresse|anschrift|wo|treffpunkt)$/iu],
  ['fees', /^(eintritt|kosten|preis|gebühr|gebühren|teilnahmegebühr)$/iu],
  ['openingHours', /^(öffnungszeiten|sprechzeiten)$/iu],
];

const DOC_NOUN =
  /ausweis|pass\b|passfoto|reisepass|urkunde|bescheinigung|nachweis|lichtbild|foto|bestätigung|vertrag|formular|antrag\b|bescheid|zeugnis|vollmacht|unterlagen|kopie|dokument|karte\b|meldebescheinigung|aufenthaltstitel|visum/iu;
const BRING_VERB =
  /mitbringen|mitzubringen|vorlegen|vorzulegen|benötigen sie|brauchen sie|einreichen|einzureichen|beifügen|beizufügen|erforderlich|bringen sie/iu;
const FEE_WORDS = /gebührenfrei|kostenfrei|kostenlos|gebührenpflichtig|kostenpflichtig|eintritt frei|free of charge|no charge/iu;
const DEADLINE_WORDS =
  /innerhalb (von |eines |einer |einem |der |des )?(\S+ )?(tage?n?|woche|wochen|monats?|monaten|jahr|jahres|jahren|stunden?|frist)\b|spätestens|bis (zum|spätestens|ende)|binnen|\bfrist|vor ablauf|rechtzeitig|fällig|nicht später als|im voraus|vorabend|bewilligt|rückwirkend|\bin (\d+|zwei|drei|vier|fünf|sechs|acht|zehn|vierzehn) (tagen|wochen|monaten)\b|\bwithin (\S+ )?(days?|weeks?|months?|years?)\b|at the latest|deadline/iu;
const WEEKDAY = /\b(montags?|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?|sonntags?|mo|di|mi|do|fr|sa|so|mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?)\b\.?/iu;
/** English clock times ("8 am", "12 noon"); the German ones are facts in `fact-patterns`. */
const EN_TIME = /\b\d{1,2}(:\d{2})?\s?(am|pm|noon)\b/iu;
const ONLINE_WORDS = /online|internet|portal|navigator|www\.|https?:|digital|\bapp\b|terminvergabe|termin buchen|formular/iu;

const PAGE_META = /^(veröffentlicht|erstellt|stand|aktualisiert|zuletzt (geändert|aktualisiert)|datum der veröffentlichung)\b/iu;

/** The section a heading or "Label:"/"Frage?" line opens, if any. */
export function sectionOf(text: string, isHeading: boolean): FactCategory | undefined {
  const trimmed = text.trim();
  const label = /^(.{2,30}):$/u.exec(trimmed);
  if (label) {
    for (const [category, re] of LABELS) if (re.test(label[1]!.trim())) return category;
  }
  const headingLike = isHeading || (trimmed.length < 80 && /[?:]$/u.test(trimmed));
  if (!headingLike) return undefined;
  for (const [category, re] of SECTION_HEADINGS) if (re.test(trimmed)) return category;
  return undefined;
}

/** True when a line or sentence opens a new section without a category (resets the current one). */
export function isSectionBreak(text: string, isHeading: boolean): boolean {
  const trimmed = text.trim();
  return isHeading || (trimmed.length < 80 && /[?:]$/u.test(trimmed));
}

/**
 * A list most of whose lines name documents is a list of documents, whatever
 * heading stands above it (tabbed pages put all tab titles first, then the panels).
 */
export function isDocumentList(lines: readonly string[]): boolean {
  return lines.length > 0 && lines.filter((l) => DOC_NOUN.test(l)).length / lines.length >= 0.5;
}

/** The categories one unit (a sentence or a list/table line) belongs to, given its section. */
export function categoriesOf(unit: string, section: FactCategory | undefined, inList: boolean): FactCategory[] {
  const out: FactCategory[] = [];
  // News meta lines ("Veröffentlicht am 12. Februar 2025") are about the page, not about the service.
  if (PAGE_META.test(unit)) return out;
  // Leichte Sprache splits words with a middle dot ("Markt·platz"); facts are found without it.
  const facts = findFacts(unit.replace(/·/gu, ''));
  const has = (kind: string) => facts.some((f) => f.kind === kind);
  // Label sections (event pages) take the next value as it is.
  if (section === 'dates' && (has('date') || has('time'))) out.push('dates');
  if (section === 'address') out.push('address');
  if (section === 'documents' && (inList || DOC_NOUN.test(unit))) out.push('documents');
  else if (DOC_NOUN.test(unit) && BRING_VERB.test(unit)) out.push('documents');
  if (has('amount') || FEE_WORDS.test(unit) || (section === 'fees' && /^(frei|kostenlos)\b/iu.test(unit)))
    out.push('fees');
  if (DEADLINE_WORDS.test(unit)) out.push('deadlines');
  const timed = has('time') || EN_TIME.test(unit);
  if (section === 'openingHours' || (timed && WEEKDAY.test(unit) && !has('date'))) out.push('openingHours');
  else if (section !== 'dates' && (has('date') || (timed && !inList)) && !out.includes('deadlines')) out.push('dates');
  if (section !== 'address' && has('street')) out.push('address');
  if (ONLINE_WORDS.test(unit) && !/nicht möglich/iu.test(unit)) out.push('online');
  return out;
}
