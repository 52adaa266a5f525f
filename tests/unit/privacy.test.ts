import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forgetEverything, onForget } from '@/utils/privacy/forget';
import { READER_TABS_KEY, forgetReaderTab, readerTabs, rememberReaderTab } from '@/utils/privacy/reader-tabs';
import { resetSharedComputerOnStartup } from '@/utils/privacy/startup-reset';
import { isSharedMode, keyStorageArea } from '@/utils/privacy/shared-mode';
import { handleForget, wirePrivacy } from '@/utils/privacy/background-wiring';
import { EMPTY_POLICY } from '@/utils/privacy/managed-policy';
import { getSettings, updateSettings } from '@/utils/settings';

const PAGE_TEXT = 'Anmeldung einer Wohnung im Bürgeramt Mitte';

/** A session as a counsellor leaves it: settings, a key, session caches, a reader open in two tabs. */
async function seedSession() {
  await updateSettings({ textSize: 300 });
  await fakeBrowser.storage.local.set({ 'key:deepl': 'secret-key' });
  await fakeBrowser.storage.sync.set({ stray: 1 });
  await fakeBrowser.storage.session.set({ 'translate-cache': { [PAGE_TEXT]: 'Реєстрація' } });
  await rememberReaderTab(3);
  await rememberReaderTab(8);
}

describe('reader tabs', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are remembered in storage.session only, once each, and forgotten when closed', async () => {
    await rememberReaderTab(4);
    await rememberReaderTab(4);
    await rememberReaderTab(9);
    expect(await readerTabs()).toEqual([4, 9]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    await forgetReaderTab(4);
    expect(await fakeBrowser.storage.session.get(READER_TABS_KEY)).toEqual({ [READER_TABS_KEY]: [9] });
  });
});

describe('forgetEverything', () => {
  beforeEach(() => fakeBrowser.reset());

  it('session scope: closes every reader, runs the cache cleaners, empties storage.session, keeps keys and settings', async () => {
    await seedSession();
    const cache = new Map([['b0', PAGE_TEXT]]);
    const unregister = onForget(() => cache.clear());
    const closeReader = vi.fn(async (tabId: number) => tabId === 3);

    const result = await forgetEverything('session', closeReader);
    unregister();

    expect(closeReader.mock.calls.map(([id]) => id)).toEqual([3, 8]);
    expect(result).toEqual({ closedReaders: 1, clearedAreas: ['session'] });
    expect(cache.size).toBe(0);
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
    expect(await fakeBrowser.storage.local.get('key:deepl')).toEqual({ 'key:deepl': 'secret-key' });
    expect((await getSettings()).textSize).toBe(300);
  });

  it('everything scope (confirmed): also keys and settings in local and sync; managed presets stay', async () => {
    await seedSession();
    await fakeBrowser.storage.managed.set({ lockSharedComputer: true });
    const result = await forgetEverything('everything', async () => true);
    expect(result.clearedAreas).toEqual(['session', 'local', 'sync']);
    for (const area of ['session', 'local', 'sync'] as const) expect(await fakeBrowser.storage[area].get(null)).toEqual({});
    expect(await fakeBrowser.storage.managed.get(null)).toEqual({ lockSharedComputer: true });
    expect((await getSettings()).textSize).toBe(100);
  });

  it('finishes every step when a tab is gone or a cleaner fails, then reports the failure', async () => {
    await seedSession();
    const after = vi.fn();
    const unregisterBad = onForget(() => {
      throw new Error('cache broke');
    });
    const unregisterGood = onForget(after);
    await expect(
      forgetEverything('session', async () => {
        throw new Error('No tab with id');
      }),
    ).rejects.toThrow('cache broke');
    unregisterBad();
    unregisterGood();
    expect(after).toHaveBeenCalled();
    expect(await fakeBrowser.storage.session.get(null)).toEqual({});
  });

  it('the background handler answers with an error code instead of throwing', async () => {
    await seedSession();
    const unregister = onForget(() => {
      throw new Error('boom');
    });
    expect(await handleForget('session')).toEqual({ error: 'unknown' });
    unregister();
    const ok = await handleForget('session');
    expect(ok).toMatchObject({ clearedAreas: ['session'] });
  });
});

describe('shared-computer mode', () => {
  beforeEach(() => fakeBrowser.reset());

  it('is on when the user chose it or the organisation locked it', () => {
    expect(isSharedMode({ sharedComputer: false }, EMPTY_POLICY)).toBe(false);
    expect(isSharedMode({ sharedComputer: true }, EMPTY_POLICY)).toBe(true);
    expect(isSharedMode({ sharedComputer: false }, { ...EMPTY_POLICY, lockSharedComputer: true })).toBe(true);
    expect(keyStorageArea(true)).toBe('session');
    expect(keyStorageArea(false)).toBe('local');
  });

  it('at browser start wipes local and sync storage but keeps the mode itself', async () => {
    await seedSession();
    await updateSettings({ sharedComputer: true });
    expect(await resetSharedComputerOnStartup()).toBe(true);
    expect(await fakeBrowser.storage.local.get('key:deepl')).toEqual({});
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    const settings = await getSettings();
    expect(settings.sharedComputer).toBe(true);
    expect(settings.textSize).toBe(100);
  });

  it('wipes when only the organisation locked the mode', async () => {
    await seedSession();
    await fakeBrowser.storage.managed.set({ lockSharedComputer: true });
    expect(await resetSharedComputerOnStartup()).toBe(true);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
    expect(await fakeBrowser.storage.managed.get(null)).toEqual({ lockSharedComputer: true });
  });

  it('leaves everything alone when the mode is off', async () => {
    await seedSession();
    expect(await resetSharedComputerOnStartup()).toBe(false);
    expect(await fakeBrowser.storage.local.get('key:deepl')).toEqual({ 'key:deepl': 'secret-key' });
  });

  it('runs on runtime.onStartup once the background wired it', async () => {
    await seedSession();
    await updateSettings({ sharedComputer: true });
    wirePrivacy();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(async () => expect(await fakeBrowser.storage.local.get('key:deepl')).toEqual({}));
  });

  it('runs on runtime.onInstalled too (an update, or an extension loaded from the command line, starts there)', async () => {
    await seedSession();
    await updateSettings({ sharedComputer: true });
    wirePrivacy();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9', temporary: false });
    await vi.waitFor(async () => expect(await fakeBrowser.storage.local.get('key:deepl')).toEqual({}));
  });
});
