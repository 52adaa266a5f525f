/**
 * Settings for the reader content script without the storage library: its
 * 60 KB bundle budget cannot carry `@wxt-dev/storage` for three calls. Reads
 * come straight from `storage.local` (the item `local:settings` of
 * `./index.ts`, same key, same repair); writes go through the background,
 * which stores them with the versioned item; a value an update has not
 * migrated yet is read through the background too, so the reader never sees
 * an old shape. The only other module that touches storage.
 */
import { browser } from 'wxt/browser';
import { sendFromContent } from '@/utils/messaging';
import { SETTINGS_VERSION } from './migrations';
import { repairSettings, type Settings } from './schema';

/** The storage key of `local:settings` and of its version (WXT keeps it under `<key>$`). */
export const SETTINGS_KEY = 'settings';
const META_KEY = `${SETTINGS_KEY}$`;

/** Current settings, repaired. */
export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get([SETTINGS_KEY, META_KEY]);
  const version = (stored[META_KEY] as { v?: unknown } | undefined)?.v ?? 1;
  if (stored[SETTINGS_KEY] !== undefined && version !== SETTINGS_VERSION) return sendFromContent({ type: 'cs-bg-settings' });
  return repairSettings(stored[SETTINGS_KEY]);
}

/** Merge a change into the settings (stored by the background); resolves to what was stored. */
export function writeSettings(change: Partial<Settings>): Promise<Settings> {
  return sendFromContent({ type: 'cs-bg-settings', change });
}

/** Call `listener` with repaired settings whenever they change. */
export function watchStoredSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && SETTINGS_KEY in changes) listener(repairSettings(changes[SETTINGS_KEY]!.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
