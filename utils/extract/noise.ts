import { compileSelectors } from '@/utils/clean/selector-matcher';

/**
 * Pattern: hidden text for screen readers (Bootstrap `sr-only`/`visually-hidden`,
 * WordPress `screen-reader-text`, TYPO3 `hide-text`, GSB `access`/`hidden`).
 * Such elements are kept, except when all they say is a link hint.
 */
export const VISUALLY_HIDDEN_SELECTORS: readonly string[] = [
  '.sr-only',
  '.visually-hidden',
  '.visuallyhidden',
  '.screen-reader-text',
  '.hide-text',
  '.invisible',
  '.u-hidden-visually',
  '.access',
  '.hidden-text',
  '.element-invisible',
  '.aural',
];

/** `VISUALLY_HIDDEN_SELECTORS`, compiled once for the prepare walk and the headline look-up. */
export const VISUALLY_HIDDEN = compileSelectors(VISUALLY_HIDDEN_SELECTORS);
