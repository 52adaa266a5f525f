/**
 * The reader's strings after an extension reload (issue 7): `i18n.getMessage`
 * throws "Extension context invalidated" in an orphaned content script; the
 * overlay keeps the words it had, with new numbers put into them.
 */
import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { t, uiDir, uiLang } from '@/utils/i18n';

const MESSAGES: Record<string, string> = {
  readerTextSizeValue: '$1 Prozent',
  readerClose: 'Lesemodus schließen',
  '@@ui_locale': 'de',
  '@@bidi_dir': 'ltr',
};

function live() {
  return vi.spyOn(browser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) => {
    const list = subs === undefined ? [] : ([] as string[]).concat(subs);
    return (MESSAGES[key] ?? '').replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
  }) as never);
}

function orphaned() {
  return vi.spyOn(browser.i18n, 'getMessage').mockImplementation(() => {
    throw new Error('Extension context invalidated.');
  });
}

describe('t() in an orphaned reader', () => {
  it('keeps known words and puts the new number into a known template', () => {
    live();
    expect(t('readerTextSizeValue', '120')).toBe('120 Prozent');
    expect(t('readerClose')).toBe('Lesemodus schließen');
    expect(uiLang()).toBe('de');
    expect(uiDir()).toBe('ltr');
    vi.restoreAllMocks();
    orphaned();
    expect(t('readerTextSizeValue', '140')).toBe('140 Prozent');
    expect(t('readerClose')).toBe('Lesemodus schließen');
    expect(uiLang()).toBe('de');
    expect(uiDir()).toBe('ltr');
    // A word never read before shows its key rather than throwing.
    expect(t('neverSeenKey')).toBe('neverSeenKey');
  });
});
