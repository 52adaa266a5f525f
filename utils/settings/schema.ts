/**
 * Leselotse's settings: defaults, limits and a validator that repairs bad
 * values field by field (Dark Reader's pattern), so a broken or tampered
 * storage entry never breaks the reader. Page content is never a setting.
 */

export const THEMES = [
  'auto',
  'light',
  'dark',
  'sepia',
  'white-on-black',
  'yellow-on-black',
  'black-on-yellow',
] as const;
export type ThemeId = (typeof THEMES)[number];

export const FONTS = ['system', 'atkinson', 'opendyslexic'] as const;
export type FontId = (typeof FONTS)[number];

/** Text size in percent of the 18 px reader base, as a clamped step. */
export const TEXT_SIZE = { min: 100, max: 720, step: 20, fallback: 100 } as const;
export const LINE_HEIGHT = { min: 1.2, max: 2.6, step: 0.2, fallback: 1.6 } as const;
export const LETTER_SPACING = { min: 0, max: 0.3, step: 0.05, fallback: 0 } as const;
export const WORD_SPACING = { min: 0, max: 0.6, step: 0.1, fallback: 0 } as const;
export const CONTENT_WIDTH = { min: 30, max: 120, step: 10, fallback: 70 } as const;
/** Read-aloud speed as a speech-synthesis rate (1 = the voice's normal speed). */
export const READ_ALOUD_RATE = { min: 0.5, max: 2, step: 0.1, fallback: 1 } as const;

export interface Settings {
  /** Reader text size in percent (100 = 18 px). */
  textSize: number;
  theme: ThemeId;
  font: FontId;
  lineHeight: number;
  letterSpacing: number;
  wordSpacing: number;
  /** Maximum line length in `ch`. */
  contentWidth: number;
  /** Language the user reads best (BCP 47), used as translation target. */
  targetLanguage: string;
  /** Read-aloud speed (speech-synthesis rate). */
  readAloudRate: number;
  /** Name of the preferred read-aloud voice; '' picks one by the text's language. */
  readAloudVoice: string;
  /** The voice chosen in the reader for each language (primary subtag → voice name); wins over `readAloudVoice`. */
  readAloudVoices: Record<string, string>;
  /**
   * Shared-computer mode (issue 7): keys only in `storage.session`, everything
   * but the organisation's presets reset when the browser session ends.
   */
  sharedComputer: boolean;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  textSize: TEXT_SIZE.fallback,
  theme: 'auto',
  font: 'system',
  lineHeight: LINE_HEIGHT.fallback,
  letterSpacing: LETTER_SPACING.fallback,
  wordSpacing: WORD_SPACING.fallback,
  contentWidth: CONTENT_WIDTH.fallback,
  targetLanguage: 'en',
  readAloudRate: READ_ALOUD_RATE.fallback,
  readAloudVoice: '',
  readAloudVoices: {},
  sharedComputer: false,
});

interface Range {
  min: number;
  max: number;
  step: number;
  fallback: number;
}

/** Clamp to the range and snap to its step; anything not a finite number gets the fallback. */
export function clampStep(value: unknown, range: Range): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return range.fallback;
  const clamped = Math.min(range.max, Math.max(range.min, value));
  const steps = Math.round((clamped - range.min) / range.step);
  // Round away binary fractions (0.1 + 0.2) so stored values stay readable.
  return Number((range.min + steps * range.step).toFixed(4));
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
    ? (value as T)
    : fallback;
}

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** At most this many languages keep a voice choice (a tampered entry cannot grow without bound). */
const MAX_VOICE_CHOICES = 40;

/** Voice names keyed by primary language subtag; anything else is dropped. */
function repairVoiceChoices(value: unknown): Record<string, string> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {};
  const entries = Object.entries(value as Record<string, unknown>).filter(
    (entry): entry is [string, string] =>
      /^[a-z]{2,3}$/.test(entry[0]) && typeof entry[1] === 'string' && entry[1].length > 0 && entry[1].length <= 200,
  );
  return Object.fromEntries(entries.slice(0, MAX_VOICE_CHOICES));
}

/**
 * Repair a stored settings value: keep every valid field, replace each invalid
 * or missing one with its default, drop unknown fields.
 */
export function repairSettings(value: unknown): Settings {
  const raw = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  return {
    textSize: clampStep(raw.textSize, TEXT_SIZE),
    theme: oneOf(raw.theme, THEMES, DEFAULT_SETTINGS.theme),
    font: oneOf(raw.font, FONTS, DEFAULT_SETTINGS.font),
    lineHeight: clampStep(raw.lineHeight, LINE_HEIGHT),
    letterSpacing: clampStep(raw.letterSpacing, LETTER_SPACING),
    wordSpacing: clampStep(raw.wordSpacing, WORD_SPACING),
    contentWidth: clampStep(raw.contentWidth, CONTENT_WIDTH),
    targetLanguage:
      typeof raw.targetLanguage === 'string' && LANGUAGE_TAG.test(raw.targetLanguage)
        ? raw.targetLanguage
        : DEFAULT_SETTINGS.targetLanguage,
    readAloudRate: clampStep(raw.readAloudRate, READ_ALOUD_RATE),
    readAloudVoice:
      typeof raw.readAloudVoice === 'string' && raw.readAloudVoice.length <= 200 ? raw.readAloudVoice : '',
    readAloudVoices: repairVoiceChoices(raw.readAloudVoices),
    sharedComputer: raw.sharedComputer === true,
  };
}
