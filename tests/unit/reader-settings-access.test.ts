/**
 * The reader's storage-library-free settings access reads exactly what the
 * versioned item (`utils/settings`) stores, follows its changes, sends writes
 * to the background, and asks the background for a value an update has not
 * migrated yet.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, getSettings, updateSettings } from '@/utils/settings';
import { readSettings, SETTINGS_KEY, watchStoredSettings, writeSettings } from '@/utils/settings/reader-access';

describe('reader settings access', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads what the versioned item stored, repaired', async () => {
    expect(await readSettings()).toEqual(DEFAULT_SETTINGS);
    await updateSettings({ textSize: 240, theme: 'dark' });
    expect(await readSettings()).toEqual(await getSettings());
    expect((await readSettings()).textSize).toBe(240);
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { ...(await getSettings()), textSize: 99999, theme: 'evil' } });
    expect(await readSettings()).toMatchObject({ textSize: 720, theme: 'auto' });
  });

  it('follows changes made anywhere', async () => {
    const seen: number[] = [];
    const stop = watchStoredSettings((s) => seen.push(s.textSize));
    await updateSettings({ textSize: 160 });
    await updateSettings({ textSize: 180 });
    stop();
    await updateSettings({ textSize: 200 });
    expect(seen).toEqual([160, 180]);
  });

  it('writes through the background and reads an unmigrated value there', async () => {
    const handler = vi.fn((message: unknown) => {
      const { change } = message as { change?: object };
      return Promise.resolve(change ? updateSettings(change) : getSettings());
    });
    fakeBrowser.runtime.onMessage.addListener(handler);
    expect((await writeSettings({ textSize: 300 })).textSize).toBe(300);
    expect(handler).toHaveBeenLastCalledWith({ type: 'cs-bg-settings', change: { textSize: 300 } }, expect.anything());
    expect((await getSettings()).textSize).toBe(300);
    // A stored version other than this build's: the background (which migrates) answers.
    await fakeBrowser.storage.local.set({ [`${SETTINGS_KEY}$`]: { v: 0 } });
    handler.mockClear();
    expect((await readSettings()).textSize).toBe(300);
    expect(handler).toHaveBeenCalledWith({ type: 'cs-bg-settings' }, expect.anything());
  });
});
