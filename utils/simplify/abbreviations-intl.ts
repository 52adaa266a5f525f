/**
 * Abbreviations of the other languages city pages are written in, lower-case,
 * without the period: a period after them does not end the sentence. Only
 * forms that cannot be mistaken for a German or English word at a sentence end.
 */
export const ABBREVIATIONS_INTL: ReadonlySet<string> = new Set([
  // Ukrainian: addresses, rooms, references, units
  'вул', 'просп', 'пров', 'пл', 'буд', 'кв', 'каб', 'обл', 'тел', 'напр', 'див', 'ст', 'п', 'ч', 'зокр', 'грн',
  'тис', 'млн', 'год', 'хв', 'пн', 'вт', 'ср', 'чт', 'пт', 'сб', 'нд',
  // Russian
  'ул', 'пр', 'пер', 'д', 'стр', 'корп', 'см', 'руб', 'тыс', 'мин', 'вс',
  // Turkish: street, district, "see", "for example", "and so on"
  'cad', 'sok', 'mah', 'bul', 'bkz', 'örn', 'vb', 'vs', 'apt',
]);

/** "2025 р." / "2025 г." (year): after a year the period may end the sentence, so a capital splits. */
export const YEAR_MARKS: ReadonlySet<string> = new Set(['р', 'г', 'рр', 'гг']);
