/**
 * One table of fact words per page language: what a city-hall page in that
 * language says when it lists documents, fees, deadlines, dates, opening hours,
 * places and online services. The rules in `key-fact-rules` are the same for
 * every language; only these tables differ, so adding a language is adding a table.
 */

export type FactCategory = 'documents' | 'fees' | 'deadlines' | 'dates' | 'openingHours' | 'address' | 'online';

/** Categories a heading or a question line can open (labels add dates and address). */
export type SectionCategory = Exclude<FactCategory, 'dates' | 'address'>;

/**
 * All patterns run on `foldText(unit)` (lower case, ASCII digits, Arabic and
 * Persian letter variants joined, no diacritics), so they are built with `rx`
 * from `./fold`, which folds the pattern the same way.
 */
export interface FactWords {
  /** Primary language subtag (`de`, `uk`, …). */
  lang: string;
  /** Headings and question lines ("Was muss ich mitbringen?") that open a section. */
  sections: Partial<Record<SectionCategory, RegExp>>;
  /** Whole "Label:" texts (without the colon) of event and service pages; the value is the next block. */
  labels: Partial<Record<FactCategory, RegExp>>;
  /** Documents one brings or hands in (passport, certificate, confirmation, photo, form, permit …). */
  documentNoun: RegExp;
  /** "Bring", "hand in", "you need": with a document noun, a sentence is a documents fact. */
  bringVerb: RegExp;
  /** Free of charge, or subject to a fee: a fee fact even without an amount. */
  feeWords: RegExp;
  /** A line in a fees section that just says "free". */
  freeLine?: RegExp;
  /** Amounts in a currency word of this language (€, EUR and Euro are found for every language). */
  amount?: RegExp;
  /** Deadline wording: "within two weeks", "at the latest", "by 31 March". */
  deadline: RegExp;
  /** Weekday names and their short forms (with a time, a line is an opening-hours fact). */
  weekday: RegExp;
  /** Clock times that are not "8:00"/"8.00"/"8 Uhr" (those are found for every language): "8 am", "الساعة 9". */
  clockTime?: RegExp;
  /** Dates written with a month name: "15 березня", "15 Mart 2025". */
  monthDate?: RegExp;
  /** Online services, portals, forms to download. */
  online: RegExp;
  /** "Online not possible": cancels an online fact. */
  onlineNegated?: RegExp;
  /** News meta lines ("Veröffentlicht am …") that are about the page, not the service. */
  pageMeta?: RegExp;
  /** Function words left out of TextRank similarity (folded with `foldText`). */
  stopwords: ReadonlySet<string>;
  /** Stems of practical words that earn a TextRank bonus (folded with `foldText`). */
  keywordStems: readonly string[];
  /** Clitic prefixes stripped from tokens before TextRank compares them (the Arabic article "ال"). */
  tokenPrefix?: RegExp;
}
