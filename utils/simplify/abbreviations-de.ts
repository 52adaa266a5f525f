/**
 * German abbreviations that end in a period but do not end a sentence. Kept
 * lower-case; compared against the token before the period. Written for city-hall
 * pages (addresses, opening hours, legal references, contact lines).
 */
export const ABBREVIATIONS_DE: ReadonlySet<string> = new Set([
  // everyday
  'z', 'b', 'u', 'a', 'd', 'h', 'o', 'ä', 'v', 's', 'ca', 'bzw', 'bzgl', 'ggf', 'evtl', 'inkl', 'exkl', 'zzgl',
  'vgl', 'sog', 'bspw', 'insb', 'insbes', 'allg', 'ehem', 'einschl', 'entspr', 'etw', 'ff', 'f', 'gem', 'gegr',
  'geb', 'gest', 'i', 'lt', 'max', 'min', 'mind', 'mtl', 'jährl', 'tägl', 'wöchentl', 'näml', 'od', 'o', 'sof',
  'u', 'urspr', 'usf', 'vorm', 'nachm', 'zt', 'zb', 'dh', 'ua', 'usw', 'etc', 'bsp', 'anm', 'abschn', 'betr',
  // titles and persons
  'dr', 'prof', 'dipl', 'ing', 'hr', 'hrn', 'fr', 'frl', 'med', 'jur', 'phil', 'rer', 'nat', 'päd',
  // addresses and contact lines
  'str', 'nr', 'tel', 'fax', 'mob', 'zi', 'zim', 'rm', 'hs', 'hsnr', 'pl', 'ot', 'postf', 'pf', 'geschl', 'bhf',
  // legal references
  'abs', 'art', 'bd', 'kap', 'lit', 'ziff', 'satz', 'az', 'aktz', 'hrsg', 'verf', 'aufl', 'jh', 'jhd', 'jhdt',
  // time and weekdays, months
  'mo', 'di', 'mi', 'do', 'sa', 'so', 'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt',
  'nov', 'dez', 'std', 'sek', 'mon', 'wo', 'kw', 'tsd', 'mio', 'mrd', 'stk', 'pkt', 'zt',
]);

/** Abbreviations that may close a sentence ("…, Ausweis usw. Danach …"): split when a capital follows. */
export const SENTENCE_FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set(['usw', 'etc', 'usf']);

/** Words that follow an ordinal number ("3. Oktober", "2. OG", "21. Jahrhundert"). */
export const ORDINAL_FOLLOWERS: ReadonlySet<string> = new Set([
  'januar', 'jänner', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
  'november', 'dezember', 'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez',
  'og', 'eg', 'ug', 'obergeschoss', 'etage', 'stock', 'stockwerk', 'geschoss', 'jahrhundert', 'jh', 'lebensjahr',
  'geburtstag', 'klasse', 'quartal', 'halbjahr', 'kalenderwoche', 'kw', 'woche', 'sitzung', 'änderung',
  'auflage', 'platz', 'mal', 'bauabschnitt', 'buch', 'kapitel', 'teil', 'schuljahr', 'semester',
]);

/** Words after which a bare number is an ordinal ("am 3.", "der 1.", "bis zum 15."). */
export const ORDINAL_LEADERS: ReadonlySet<string> = new Set([
  'am', 'im', 'vom', 'zum', 'beim', 'der', 'die', 'das', 'den', 'dem', 'des', 'ab', 'bis', 'jeden', 'jede',
  'jeder', 'jedem', 'ein', 'eine', 'einer', 'einem', 'seit', 'dieser', 'diesem',
]);
