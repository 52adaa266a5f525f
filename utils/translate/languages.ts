/**
 * Target languages for the newcomers Leselotse serves (DESIGN.md: Arabic,
 * Ukrainian, Turkish, Farsi/Dari, Russian, …), their names and writing
 * direction, and which engine supports which (static where the engine's list
 * is published; LibreTranslate instances are asked at run time).
 */
import type { EngineId } from './types';
import { CHROME_BUILTIN_LANGUAGES } from './language-dir';

export interface TargetLanguage {
  /** BCP 47 code used throughout the extension. */
  code: string;
  /** Name in the language itself (shown next to the localized name). */
  native: string;
  /** English name (fallback label, logs, tests). */
  english: string;
  dir: 'ltr' | 'rtl';
}

export const TARGET_LANGUAGES: readonly TargetLanguage[] = [
  { code: 'ar', native: 'العربية', english: 'Arabic', dir: 'rtl' },
  { code: 'uk', native: 'Українська', english: 'Ukrainian', dir: 'ltr' },
  { code: 'tr', native: 'Türkçe', english: 'Turkish', dir: 'ltr' },
  { code: 'fa', native: 'فارسی', english: 'Persian (Farsi/Dari)', dir: 'rtl' },
  { code: 'ru', native: 'Русский', english: 'Russian', dir: 'ltr' },
  { code: 'pl', native: 'Polski', english: 'Polish', dir: 'ltr' },
  { code: 'ro', native: 'Română', english: 'Romanian', dir: 'ltr' },
  { code: 'en', native: 'English', english: 'English', dir: 'ltr' },
  { code: 'fr', native: 'Français', english: 'French', dir: 'ltr' },
  { code: 'es', native: 'Español', english: 'Spanish', dir: 'ltr' },
  { code: 'it', native: 'Italiano', english: 'Italian', dir: 'ltr' },
  { code: 'ku', native: 'Kurdî (Kurmancî)', english: 'Kurdish (Kurmanji)', dir: 'ltr' },
  { code: 'ckb', native: 'کوردیی ناوەندی', english: 'Kurdish (Sorani)', dir: 'rtl' },
  { code: 'ps', native: 'پښتو', english: 'Pashto', dir: 'rtl' },
  { code: 'ti', native: 'ትግርኛ', english: 'Tigrinya', dir: 'ltr' },
  { code: 'so', native: 'Soomaali', english: 'Somali', dir: 'ltr' },
  { code: 'sq', native: 'Shqip', english: 'Albanian', dir: 'ltr' },
  { code: 'bg', native: 'Български', english: 'Bulgarian', dir: 'ltr' },
  { code: 'vi', native: 'Tiếng Việt', english: 'Vietnamese', dir: 'ltr' },
  { code: 'zh', native: '中文', english: 'Chinese (simplified)', dir: 'ltr' },
  { code: 'ur', native: 'اردو', english: 'Urdu', dir: 'rtl' },
  { code: 'he', native: 'עברית', english: 'Hebrew', dir: 'rtl' },
];

export { languageDir } from './language-dir';

/** The language entry for a code, if it is one of ours. */
export function findLanguage(code: string): TargetLanguage | undefined {
  return TARGET_LANGUAGES.find((l) => l.code === code);
}

const ALL = TARGET_LANGUAGES.map((l) => l.code);

/**
 * Static support tables (our target list ∩ the engine's published list).
 * LibreTranslate is per instance (fetched from `GET /languages`); the value
 * here is the Argos model set of a default install, used until it answers.
 */
export const ENGINE_LANGUAGES: Record<EngineId, readonly string[]> = {
  'chrome-builtin': CHROME_BUILTIN_LANGUAGES,
  libretranslate: ['ar', 'uk', 'tr', 'fa', 'ru', 'pl', 'ro', 'en', 'fr', 'es', 'it', 'sq', 'bg', 'zh', 'ur', 'he'],
  // DeepL target languages (no fa, ku, ps, ti, so, sq, ur).
  deepl: ['ar', 'uk', 'tr', 'ru', 'pl', 'ro', 'en', 'fr', 'es', 'it', 'bg', 'zh', 'vi', 'he'],
  google: ALL,
  // Microsoft: `ku` is Central Kurdish there; Kurmanji is `kmr` (mapped in the engine).
  microsoft: ALL,
  mymemory: ALL,
  // An LLM will attempt any language; quality varies, so the UI labels it.
  openai: ALL,
};
