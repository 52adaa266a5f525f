/**
 * Writing direction and own-language names of target languages, small enough
 * for the reader's content script (the full tables live in languages.ts).
 */

const RTL = new Set(['ar', 'fa', 'ps', 'ur', 'ckb', 'he', 'yi', 'dv', 'sd', 'ug']);

/** Writing direction of a language code (`ar-EG` → rtl). */
export function languageDir(code: string): 'ltr' | 'rtl' {
  return RTL.has(code.toLowerCase().split('-')[0]!) ? 'rtl' : 'ltr';
}

/** Chrome's Translator languages: no fa/ps/ti/ku/so/sq (reference §2.8). */
export const CHROME_BUILTIN_LANGUAGES: readonly string[] = ['ar', 'uk', 'tr', 'ru', 'pl', 'ro', 'en', 'fr', 'es', 'it', 'bg', 'vi', 'zh', 'he'];
