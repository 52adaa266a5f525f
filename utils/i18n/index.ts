/**
 * UI strings come only from `public/_locales` through `browser.i18n`, so every
 * string is translatable from day one. A missing key shows the key itself,
 * which the locale-parity test makes impossible in a release.
 */
import { browser } from 'wxt/browser';

/**
 * Messages already read. After an extension update the reader in an open page
 * is orphaned and `i18n.getMessage` throws "Extension context invalidated";
 * the overlay must keep rendering (and closing) with the words it had.
 */
const seen = new Map<string, string>();

/** The localized message for `key`, with `$1`… substitutions. */
export function t(key: string, substitutions?: string | string[]): string {
  const id = substitutions === undefined ? key : `${key}\u0000${([] as string[]).concat(substitutions).join('\u0000')}`;
  try {
    const text = browser.i18n.getMessage(key as never, substitutions) || key;
    seen.set(id, text);
    return text;
  } catch {
    return seen.get(id) ?? seen.get(key) ?? key;
  }
}

/** Direction of the UI language (`rtl` for Arabic, Farsi, …). */
export function uiDir(): 'ltr' | 'rtl' {
  return browser.i18n.getMessage('@@bidi_dir' as never) === 'rtl' ? 'rtl' : 'ltr';
}

/** The UI language as a BCP 47 tag. */
export function uiLang(): string {
  return (browser.i18n.getMessage('@@ui_locale' as never) || 'de').replace('_', '-');
}
