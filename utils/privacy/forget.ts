/**
 * "Forget everything": after one client, nothing of theirs may be visible to
 * the next. Clears in-memory caches (every module that keeps one registers a
 * cleaner with `onForget`), `storage.session`, and closes every open reader
 * overlay; with scope `everything` (after the user confirmed) also keys and
 * settings in `storage.local` and `storage.sync`. The organisation's presets
 * live in `storage.managed`, which no extension can clear.
 */
import { browser } from 'wxt/browser';
import { readerTabs } from './reader-tabs';

/** `session`: caches, session data, open overlays. `everything`: also keys and settings. */
export type ForgetScope = 'session' | 'everything';

export interface ForgetResult {
  /** Reader overlays that were open and are closed now. */
  closedReaders: number;
  /** Storage areas that were emptied. */
  clearedAreas: ('session' | 'local' | 'sync')[];
}

type Cleaner = () => void | Promise<void>;
const cleaners = new Set<Cleaner>();

/**
 * Register a cleaner for an in-memory cache (translation cache, summaries…);
 * "forget" calls it. Returns a function that unregisters it.
 */
export function onForget(cleaner: Cleaner): () => void {
  cleaners.add(cleaner);
  return () => cleaners.delete(cleaner);
}

/** Closes the reader in one tab; resolves true when an overlay was open. */
export type CloseReader = (tabId: number) => Promise<boolean>;

/**
 * Forget what this session saw. Every step runs even when an earlier one
 * fails (a closed tab, a cleaner that throws): a half-done forget would leave
 * a client's page behind. The first failure is rethrown at the end.
 */
export async function forgetEverything(scope: ForgetScope, closeReader: CloseReader): Promise<ForgetResult> {
  const failures: unknown[] = [];
  let closedReaders = 0;
  for (const tabId of await readerTabs().catch(() => [] as number[])) {
    // A tab that was closed or navigated away has no reader left to close.
    if (await closeReader(tabId).catch(() => false)) closedReaders += 1;
  }
  for (const cleaner of cleaners) {
    try {
      await cleaner();
    } catch (error) {
      failures.push(error);
    }
  }
  const clearedAreas: ForgetResult['clearedAreas'] = [];
  const areas: ForgetResult['clearedAreas'] = scope === 'everything' ? ['session', 'local', 'sync'] : ['session'];
  for (const area of areas) {
    try {
      await browser.storage[area].clear();
      clearedAreas.push(area);
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) throw failures[0];
  return { closedReaders, clearedAreas };
}
