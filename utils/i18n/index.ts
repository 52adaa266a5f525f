/**
 * UI strings come only from `public/_locales` through `browser.i18n`, so every
 * string is translatable from day one. A missing key shows the key itself,
 * which the locale-parity test makes impossible in a release.
 */
import { browser } from 'wxt/browser';

/**
 * Messages already read, as templates. After an extension update the reader in
 * an open page is orphaned and `i18n.getMessage` throws "Extension context
 * invalidated"; the overlay must keep rendering (and closing) with the words
 * it had, and a label with a number ("140 %") must show the new number.
 */
const templates = new Map<string, string>();
/** Stand-ins for `$1`…`$9` in a remembered template (private-use characters no message contains). */
const slot = (i: number) => `\uE000${i}\uE001`;

/** `getMessage`, or what it answered before the extension context was lost. */
function remembered(key: string, read: () => string): string {
  try {
    const text = read();
    templates.set(key, text);
    return text;
  } catch {
    return templates.get(key) ?? '';
  }
}

/** The localized message for `key`, with `$1`… substitutions. */
export function t(key: string, substitutions?: string | string[]): string {
  const subs = substitutions === undefined ? [] : ([] as string[]).concat(substitutions);
  const template =
    remembered(key, () => browser.i18n.getMessage(key as never, subs.length ? (subs.map((_, i) => slot(i)) as never) : undefined)) || key;
  return template.replace(/\uE000(\d)\uE001/g, (_, i: string) => subs[Number(i)] ?? '');
}

/** Direction of the UI language (`rtl` for Arabic, Farsi, …). */
export function uiDir(): 'ltr' | 'rtl' {
  return remembered('@@bidi_dir', () => browser.i18n.getMessage('@@bidi_dir' as never)) === 'rtl' ? 'rtl' : 'ltr';
}

/** The UI language as a BCP 47 tag. */
export function uiLang(): string {
  return (remembered('@@ui_locale', () => browser.i18n.getMessage('@@ui_locale' as never)) || 'de').replace('_', '-');
}
