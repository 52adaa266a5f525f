/**
 * Which tabs the reader was injected into, so "forget everything" can close
 * every open overlay. Kept in `storage.session`, not in the worker's memory:
 * the MV3 service worker can be stopped at any moment and would forget them.
 */
import { browser } from 'wxt/browser';

/** The `storage.session` key; tab ids only, never URLs or titles. */
export const READER_TABS_KEY = 'privacyReaderTabs';

async function read(): Promise<number[]> {
  const got = await browser.storage.session.get(READER_TABS_KEY);
  const value = got[READER_TABS_KEY];
  return Array.isArray(value) ? value.filter((id): id is number => Number.isInteger(id)) : [];
}

/** Remember that the reader script runs in `tabId`. */
export async function rememberReaderTab(tabId: number): Promise<void> {
  const tabs = await read();
  if (!tabs.includes(tabId)) await browser.storage.session.set({ [READER_TABS_KEY]: [...tabs, tabId] });
}

/** Forget `tabId` (the tab was closed). */
export async function forgetReaderTab(tabId: number): Promise<void> {
  const tabs = await read();
  if (tabs.includes(tabId))
    await browser.storage.session.set({ [READER_TABS_KEY]: tabs.filter((id) => id !== tabId) });
}

/** Tabs the reader script was injected into during this browser session. */
export function readerTabs(): Promise<number[]> {
  return read();
}
