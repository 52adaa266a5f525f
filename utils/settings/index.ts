/**
 * The only module that touches extension storage. Settings are one versioned
 * item in `storage.local` (never `sync`: a shared office computer must not
 * carry a client's choices to another device), repaired on every read.
 */
import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, repairSettings, type Settings } from './schema';
import { SETTINGS_MIGRATIONS, SETTINGS_VERSION } from './migrations';

export * from './schema';
export { SETTINGS_VERSION, READER_BASE_PX } from './migrations';

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: { ...DEFAULT_SETTINGS },
  version: SETTINGS_VERSION,
  migrations: SETTINGS_MIGRATIONS as unknown as Record<number, (old: unknown) => Settings>,
});

/** Current settings, repaired. */
export async function getSettings(): Promise<Settings> {
  return repairSettings(await settingsItem.getValue());
}

/** Merge a change into the settings; the result is repaired before it is stored. */
export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const next = repairSettings({ ...(await getSettings()), ...change });
  await settingsItem.setValue(next);
  return next;
}

/** Call `listener` with repaired settings whenever they change. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => listener(repairSettings(value)));
}
