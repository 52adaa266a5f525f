/**
 * Sentence splitting for read-aloud, run in the background (`cs-bg-sentences`)
 * to keep it out of the content script's budget. `Intl.Segmenter` (in every supported
 * browser, no bundle cost) does the work; German official texts then need one
 * repair: ICU breaks after abbreviations and day numbers followed by a
 * capital ("z. B. Ausweis", "am 1. Januar", "Zerbster Str. 4"), so such
 * pieces are glued back to the sentence they belong to.
 */

export interface SentenceSpan {
  /** Offset of the first character in the source text. */
  start: number;
  /** Offset after the last character (trailing spaces excluded). */
  end: number;
  /** The sentence; from `splitTexts`, as the voice gets it (`speakable`). */
  text: string;
}

/**
 * Abbreviations that end with a full stop but rarely end a sentence, lowercased,
 * without the stop. German administrative usage first, then common English ones.
 * Words that also end sentences ("so.", "Mo." = Montag but also a name) are left out.
 */
export const NON_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'z. b', 'z.b', 'd. h', 'd.h', 'u. a', 'u.a', 'o. ä', 'o.ä', 'u. ä', 'i. d. r', 'i.d.r', 's. o', 's. u',
  'bzw', 'ca', 'vgl', 'ggf', 'evtl', 'inkl', 'exkl', 'zzgl', 'usw', 'etc', 'bzgl', 'str', 'nr', 'tel', 'hr',
  'fr', 'dr', 'prof', 'abs', 'kap', 'ziff', 'abt', 'allg', 'anm', 'jan', 'feb', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'okt', 'nov', 'dez', 'geb', 'verh', 'e.v', 'e. v', 'mr', 'mrs', 'vs', 'e.g', 'i.e',
]);

/** Month names (German and English) that follow a day number: "am 1. Januar". */
const MONTH_START =
  /^(Jan|Feb|Mär|Mar|Apr|Mai|May|Jun|Jul|Aug|Sep|Okt|Oct|Nov|Dez|Dec)/;

/** A piece ending like this was split too early: "… am 1." / "… z. B." / "… Str.". */
function endsWithoutSentenceEnd(piece: string, next: string): boolean {
  const trimmed = piece.trimEnd();
  if (!trimmed.endsWith('.')) return false;
  // A date's day ("am 1. Januar", "bis 24.12."): German writes it with a full stop.
  // Other numbers ("Zerbster Str. 4.") may well end the sentence.
  if (/(^|[\s(])\d{1,2}\.(\d{1,2}\.)?$/.test(trimmed) && MONTH_START.test(next.trimStart())) return true;
  // The longest run of short words with stops at the end: "z. B.", "i. d. R.", "Str.".
  const tail = /((?:\p{L}{1,5}\.\s?){1,3})$/u.exec(trimmed)?.[1];
  if (!tail) return false;
  const words = tail.trim().slice(0, -1).toLowerCase();
  // Try the whole run and its last word alone ("Tel." after "… Bürgerbüro").
  const last = words.split(/\.\s?/).pop() ?? '';
  return NON_FINAL_ABBREVIATIONS.has(words) || NON_FINAL_ABBREVIATIONS.has(last) || /^\p{L}$/u.test(last);
}

/**
 * Split `text` into sentences with their offsets, so a sentence can be found
 * again in the DOM for highlighting. Empty and whitespace-only pieces are dropped.
 */
export function splitSentences(text: string, lang: string): SentenceSpan[] {
  const pieces: { start: number; end: number }[] = [];
  let locale = lang;
  try {
    new Intl.Segmenter(locale);
  } catch {
    locale = 'und';
  }
  const segmenter = new Intl.Segmenter(locale, { granularity: 'sentence' });
  for (const { segment, index } of segmenter.segment(text)) {
    const previous = pieces[pieces.length - 1];
    if (previous && endsWithoutSentenceEnd(text.slice(previous.start, previous.end), segment)) {
      previous.end = index + segment.length;
    } else {
      pieces.push({ start: index, end: index + segment.length });
    }
  }
  const spans: SentenceSpan[] = [];
  for (const piece of pieces) {
    const raw = text.slice(piece.start, piece.end);
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (!body) continue;
    spans.push({ start: piece.start + lead, end: piece.start + lead + body.length, text: body });
  }
  return spans;
}

/** One text to split: a readable element's text and its language. */
export interface TextToSplit {
  text: string;
  lang: string;
}

/**
 * A phone or fax number as German pages write it ("0340 204-2901", "+49 (0)340 2042901",
 * "05678/912-480"): a leading 0 or country code, then digits in groups.
 */
const PHONE_NUMBER = /(?:\+\d{2}\s?(?:\(0\)\s?)?|\b0)\d[\d\s/()–-]{4,}\d/gu;

/**
 * A sentence as a voice should get it. Voices read "05678 912-480" as
 * "five thousand six hundred seventy-eight, nine hundred twelve minus four
 * hundred eighty"; spaced digits in their groups ("0 5 6 7 8, 9 1 2, 4 8 0")
 * are read digit by digit with a pause between groups, as people say phone
 * numbers. Table cells joined by " | " (key facts from a table) are read with
 * a pause instead of "vertical bar".
 */
export function speakable(text: string): string {
  return text
    .replace(PHONE_NUMBER, (number) => {
      const groups = number.replace(/\(0\)/u, '').match(/\+?\d+/gu) ?? [];
      // Fewer digits are a time span or a count ("08 - 12 Uhr"), not a number to dial.
      return groups.join('').length < 7 ? number : groups.map((group) => [...group].join(' ')).join(', ');
    })
    .replace(/\s+\|\s+/gu, ', ');
}

/**
 * Split each text (the reader's `cs-bg-sentences` request) into sentences as
 * the voice gets them (`speakable`); anything malformed splits into nothing.
 */
export function splitTexts(texts: unknown): SentenceSpan[][] {
  if (!Array.isArray(texts)) return [];
  return texts.map((item: Partial<TextToSplit> | null) =>
    typeof item?.text === 'string' && typeof item.lang === 'string'
      ? splitSentences(item.text, item.lang).map((span) => ({ ...span, text: speakable(span.text) }))
      : [],
  );
}
