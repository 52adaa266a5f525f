/**
 * German syllable counting by vowel groups. Hyphenation patterns undercount
 * (they forbid one-letter syllables: "Abend", "Oma"), so this counts vowel
 * nuclei: diphthongs and doubled vowels are one nucleus, every other vowel is
 * its own. The corrections below cover what that rule gets wrong in municipal
 * text: "-ien" plurals (Ferien), "-ie" after Latin stems (Familie), "-eum"
 * (Museum), "qu", "Ideen", "geehrt", and English loan words (online, Service).
 */

const NUCLEUS = /ie|ei|ai|au|äu|eu|ey|ay|oy|ou|aa|ee|oo|[aeiouäöüy]/gu;

/** Stems whose final "ie" is two syllables (Fa-mi-li-e), also inside compounds. */
const IE_TWO = /(famil|lin|ser|stud|präm|fol|lil|host|petersil|kastan|akaz|graz|tragöd|komöd|gerän|akt|arter|bakter)ie(?![n])/gu;

/** English loans: [substring, syllables the vowel rule counts too many]. */
const LOAN_CORRECTIONS: [RegExp, number][] = [
  [/homeoffice/gu, 2],
  [/homepage/gu, 2],
  [/online|offline|hotline|website|service|software|smartphone|update|download|upload|code|coach|team|live(?=stream|chat|$)/gu, 1],
];

const count = (text: string, re: RegExp) => text.match(re)?.length ?? 0;

/** Count the syllables of one German word (letters only); at least 1. */
export function countSyllables(word: string): number {
  let w = word.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (!w) return 0;
  // "qu": the u is a consonant here (Quittung, Quartier).
  w = w.replace(/qu/gu, 'qw');
  let extra = 0;
  // "-ien" before a consonant cluster other than st/t, or at the end, is i-en (Ferien, Familienkasse).
  for (const m of w.matchAll(/ien(?![aeiouäöüy]|st)/gu)) {
    const before = w.slice(0, m.index);
    // Wien, schien; and "dient"/"verdient" (from dienen) keep one syllable, Patient has two.
    if (/(^w|sch)$/u.test(before)) continue;
    if (w.charAt((m.index ?? 0) + 3) === 't' && /d$/u.test(before)) continue;
    extra++;
  }
  extra += count(w, IE_TWO);
  // Museum, Jubiläum, Museumsnacht: e/ä before "um" at the end or before s is its own syllable.
  extra += count(w, /[eä]u(?=m(s|$))/gu);
  // Ideen, Alleen: "een" at the end is e-en.
  if (/[^e]een$/u.test(w) && w.length > 4) extra++;
  // Prefix be-/ge- before e (geehrt, beenden, Beerdigung), but not Beere/Beet.
  if (/^[bg]ee/u.test(w) && !/^beer(e|en)?$|^beet/u.test(w) && !/^[bg]eei/u.test(w)) extra++;
  // Prefix be-/ge- before ur- (beurkunden, Sterbeurkunde): not the diphthong eu.
  extra += count(w, /[bg]eur/gu);
  let loans = 0;
  for (const [re, minus] of LOAN_CORRECTIONS) loans += minus * count(w, re);
  const nuclei = w.match(NUCLEUS)?.length ?? 0;
  return Math.max(1, nuclei + extra - loans);
}
