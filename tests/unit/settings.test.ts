import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  getSettings,
  repairSettings,
  settingsItem,
  TEXT_SIZE,
  updateSettings,
  clampStep,
  SETTINGS_VERSION,
} from '@/utils/settings';
import { SETTINGS_MIGRATIONS } from '@/utils/settings/migrations';

/**
 * One case per migration: what an older version stored and what must come out.
 * A migration without a case here fails the test below.
 */
const MIGRATION_CASES: Record<number, { stored: Record<string, unknown>; expected: Partial<typeof DEFAULT_SETTINGS> }[]> = {};

describe('settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('falls back to the defaults when nothing is stored', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and repairs bad ones', () => {
    const repaired = repairSettings({
      textSize: 'huge',
      theme: 'neon',
      font: 'atkinson',
      lineHeight: 9,
      letterSpacing: -1,
      wordSpacing: 0.2,
      contentWidth: null,
      targetLanguage: '<script>',
      extra: 'dropped',
    });
    expect(repaired).toEqual({
      ...DEFAULT_SETTINGS,
      font: 'atkinson',
      lineHeight: 2.6,
      letterSpacing: 0,
      wordSpacing: 0.2,
    });
    expect(repaired).not.toHaveProperty('extra');
  });

  it('repairs garbage of any type', () => {
    for (const junk of [null, undefined, 42, 'x', [], [1, 2]]) expect(repairSettings(junk)).toEqual(DEFAULT_SETTINGS);
  });

  it('clamps the text size to its steps and bounds', () => {
    expect(clampStep(50, TEXT_SIZE)).toBe(100);
    expect(clampStep(10_000, TEXT_SIZE)).toBe(TEXT_SIZE.max);
    expect(clampStep(131, TEXT_SIZE)).toBe(140);
    expect(clampStep(Number.NaN, TEXT_SIZE)).toBe(100);
    // 400 % of 18 px is reachable, and so is Firefox reader's 128 px (≈ 711 %).
    expect(clampStep(400, TEXT_SIZE)).toBe(400);
    expect((TEXT_SIZE.max / 100) * 18).toBeGreaterThanOrEqual(128);
  });

  it('stores a repaired value and reads it back', async () => {
    await updateSettings({ textSize: 400, theme: 'yellow-on-black' });
    const stored = await settingsItem.getValue();
    expect(stored.textSize).toBe(400);
    expect(stored.theme).toBe('yellow-on-black');
    await updateSettings({ textSize: 99999 });
    expect((await getSettings()).textSize).toBe(TEXT_SIZE.max);
  });

  it('repairs a tampered stored value on read', async () => {
    await fakeBrowser.storage.local.set({ settings: { textSize: -4, theme: 42 } });
    expect(await getSettings()).toMatchObject({ textSize: 100, theme: 'auto' });
  });

  it('has a test case for every migration, and each migration produces valid settings', () => {
    const versions = Object.keys(SETTINGS_MIGRATIONS).map(Number);
    expect(Object.keys(MIGRATION_CASES).map(Number).sort()).toEqual(versions.sort());
    for (const version of versions) {
      expect(version).toBeLessThanOrEqual(SETTINGS_VERSION);
      for (const { stored, expected } of MIGRATION_CASES[version]!) {
        expect(repairSettings(SETTINGS_MIGRATIONS[version]!(stored))).toMatchObject(expected);
      }
    }
  });
});
