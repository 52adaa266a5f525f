/**
 * Visually-hidden link hints that CMS templates glue into sentences for screen
 * readers ("beim Projekt Opens external link in new windowWeltoffene Kommune").
 * A text scraper and Readability keep them; the reader must not.
 *
 * TYPO3 (css_styled_content / fluid_styled_content "external-link-new-window"
 * titles rendered as hidden spans), Government Site Builder ("Öffnet neues
 * Fenster"), iKISS ("Link öffnet in neuem Fenster"), Sitepark IES ("externer
 * Link"), Contao ("externer Link, öffnet in neuem Fenster"), WordPress
 * accessibility plugins ("opens in a new tab").
 */
export const LINK_HINT_PATTERNS: readonly RegExp[] = [
  // TYPO3 css_styled_content link titles, rendered as hidden spans.
  /\(?\s*Opens? (?:an )?(?:external|internal) link in (?:a |the )?(?:new|current) (?:window|tab)\s*\)?/gi,
  /\(?\s*Opens? window for sending e-?mail\s*\)?/gi,
  /\(?\s*Initiates file download\s*\)?/gi,
  /\(?\s*Opens? (?:in )?(?:a )?new (?:window|tab)\s*\)?/gi,
  /\(?\s*(?:Der )?(?:externe[rn]? )?Link öffnet (?:sich )?in (?:einem )?neue[mn] (?:Fenster|Tab)\s*\)?/gi,
  /\(?\s*Öffnet (?:sich )?(?:einen )?(?:externen )?(?:internen )?(?:Link )?in (?:einem )?neue[mn] (?:Fenster|Tab)\s*\)?/gi,
  /\(?\s*Öffnet (?:ein )?neues Fenster\s*\)?/gi,
  /\(?\s*(?:in )?(?:einem )?neue[mn] (?:Fenster|Tab) öffnen\s*\)?/gi,
  /\(?\s*(?:Die )?Datei wird in (?:einem )?neue[mn] Fenster geöffnet\s*\)?/gi,
  /\(?\s*(?:Dieser Link )?(?:führt zu einer )?externen? (?:Link|Seite|Webseite|Internetseite)\s*\)?(?=\s|$|[A-ZÄÖÜ])/g,
  /\(?\s*externer Link\s*\)?/gi,
  // Not the "External links" section of a wiki.
  /\(?\s*external link(?!s)\s*\)?/gi,
  /\(?\s*Link extern\s*\)?/gi,
  /\(?\s*Interner Link\s*\)?/gi,
  /\(?\s*Verweis auf externe Seite\s*\)?/gi,
];

/**
 * Where a hint was taken out: NUL, which HTML parsing never leaves in text (icon
 * fonts put their glyphs in the private-use area, so no character there would do).
 */
const CUT = '\u0000';
/**
 * Hints in a row, joined by commas or dashes, are one hint: Contao and accessibility
 * plugins write "(externer Link, öffnet in neuem Fenster)", "(external link – opens in a new tab)".
 */
// eslint-disable-next-line no-control-regex -- the NUL marks a cut (see CUT)
const CUTS_IN_A_ROW = /\u0000(?:[\s,;:/|–—-]*\u0000)+/g;

// eslint-disable-next-line no-control-regex -- the NUL marks a cut (see CUT)
const TRAILING_SEPARATOR_CUT = /\s*[,;|–—]\s*\u0000\s*$/;

/** Remove link hints from a piece of text (used on text nodes inside links and hidden spans). */
export function stripLinkHints(text: string): string {
  let out = text;
  for (const pattern of LINK_HINT_PATTERNS) out = out.replace(pattern, CUT);
  if (!out.includes(CUT)) return out;
  // A separator left before a hint at the end ("PDF-Dokument, Öffnet in neuem Fenster") goes with it.
  return out.replace(CUTS_IN_A_ROW, CUT).replace(TRAILING_SEPARATOR_CUT, CUT).replaceAll(CUT, ' ');
}

/** True when a whole text is nothing but a link hint. */
export function isOnlyLinkHint(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && stripLinkHints(trimmed).trim().length === 0;
}
