/**
 * Portal noise that Readability keeps on municipal pages, as named selectors.
 * Each list names the CMS or pattern that needed it.
 */

/** Font-size widgets, print/share/read-aloud tools and breadcrumbs found on most German portals. */
export const PORTAL_WIDGET_SELECTORS: readonly string[] = [
  // Breadcrumbs: TYPO3 (`breadcrumb`, `rootline`), GSB (`navBreadcrumb`), schema.org BreadcrumbList.
  'nav[aria-label*="breadcrumb" i]',
  'nav[aria-label*="Brotkrümel" i]',
  'nav[aria-label*="Sie sind hier" i]',
  '[class*="breadcrumb" i]',
  '[id*="breadcrumb" i]',
  '[class*="rootline" i]',
  '[itemtype*="BreadcrumbList"]',
  // Font-size widgets ("A+ A-", "Schrift größer").
  '[class*="fontsize" i]',
  '[class*="font-size" i]',
  '[class*="textsize" i]',
  '[class*="schriftgroesse" i]',
  // Skip links.
  'a[href^="#"][class*="skip" i]',
  '[class*="skiplink" i]',
  '[class*="sprungmarke" i]',
];

/** Pattern: hidden text for screen readers (Bootstrap, WordPress, TYPO3, GSB). */
export const VISUALLY_HIDDEN_SELECTORS: readonly string[] = [
  '.sr-only',
  '.visually-hidden',
  '.screen-reader-text',
  '.hide-text',
  '.invisible',
  '.u-hidden-visually',
  '.access',
  '.hidden-text',
];

/** Lines that are noise when they stand alone in a block. */
export const NOISE_LINES: readonly RegExp[] = [
  /^A\s*[+-]\s*A\s*[+-]?$/,
  /^(?:A\s*){2,3}$/,
  /^Schrift(?:größe)?\s*(?:größer|kleiner|vergrößern|verkleinern|ändern)?$/i,
  /^Detailseite$/i,
  /^Startseite(?:\s*[/>›»]\s*[^\n]{0,120})+$/,
  /^(?:Seite )?(?:vorlesen|drucken|teilen|empfehlen|merken)$/i,
  /^(?:zurück )?(?:zur|zum) (?:Übersicht|Seitenanfang|Anfang)$/i,
  /^nach oben$/i,
];
