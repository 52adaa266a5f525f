/**
 * Folding text for matching fact words. Arabic and Persian pages write the same
 * word with different letters (ي/ی, ك/ک, أ/إ/ا), with or without vowel marks
 * ("مجاناً"/"مجانا"), with the zero-width non-joiner or a space ("سه‌شنبه"), and
 * with Arabic-Indic or Persian digits; Ukrainian has three apostrophes. Text and
 * patterns are folded the same way, so a table is written as people write.
 */

/** Arabic-Indic (٠-٩) and Persian (۰-۹) digits, and the Arabic decimal and thousands separators, as ASCII. One char for one char, so offsets stay valid. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9\u066B\u066C]/gu, (c) => {
    const code = c.charCodeAt(0);
    if (code === 0x066b) return ',';
    if (code === 0x066c) return '.';
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/** Letter folding shared by texts and patterns: no case change, so it is safe on a RegExp source. */
function foldLetters(s: string): string {
  return s
    .replace(/[\u064B-\u065F\u0670\u0640]/gu, '') // Arabic vowel marks, superscript alef, tatweel
    .replace(/[أإآٱ]/gu, 'ا')
    .replace(/[ىي]/gu, 'ی')
    .replace(/ك/gu, 'ک')
    .replace(/\u200C/gu, ' ') // zero-width non-joiner between the parts of a Persian word
    .replace(/[’ʼ`´]/gu, "'");
}

/** The form every fact pattern is matched against. */
export function foldText(text: string): string {
  return foldLetters(asciiDigits(text.replace(/İ/gu, 'i')))
    .toLowerCase()
    .replace(/\s+/gu, ' ');
}

/** A case-insensitive Unicode pattern, folded like the texts it runs on. */
export function rx(source: string, flags = 'iu'): RegExp {
  return new RegExp(foldLetters(source), flags);
}

/** Not preceded by a letter or digit (`\b` knows only ASCII letters). */
export const START = '(?<![\\p{L}\\p{N}])';
/** Not followed by a letter or digit. */
export const END = '(?![\\p{L}\\p{N}])';

/** Whole words only: `words('a|b')` matches "a" and "b" but not inside "ab". */
export function words(alternatives: string): RegExp {
  return rx(`${START}(?:${alternatives})${END}`);
}

/** A set of words, folded, from a whitespace-separated list. */
export function wordSet(list: string): ReadonlySet<string> {
  return new Set(foldText(list).split(' ').filter(Boolean));
}
