/**
 * Shared-computer mode's end-of-session reset, run from `runtime.onStartup`
 * (and `onInstalled`: an updated extension, or one loaded from the command
 * line, starts with that instead; it is idempotent, so both may run):
 * the previous browser session's client must leave nothing behind, even when
 * nobody pressed "forget". `storage.session` is already empty after a restart;
 * `storage.local` and `storage.sync` are wiped here. Only the mode itself is
 * kept (else one restart would switch it off); the organisation's presets sit
 * in `storage.managed` and stay.
 */
import { browser } from 'wxt/browser';
import { getSettings, updateSettings } from '@/utils/settings';
import { getManagedPolicy } from '@/utils/settings/managed';
import { isSharedMode } from './shared-mode';

/** Wipe local and sync storage when shared-computer mode is on. Returns whether it wiped. */
export async function resetSharedComputerOnStartup(): Promise<boolean> {
  const [settings, policy] = await Promise.all([getSettings(), getManagedPolicy()]);
  if (!isSharedMode(settings, policy)) return false;
  await browser.storage.local.clear();
  await browser.storage.sync.clear();
  if (settings.sharedComputer) await updateSettings({ sharedComputer: true });
  return true;
}
