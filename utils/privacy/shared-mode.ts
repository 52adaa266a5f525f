/**
 * Shared-computer mode: a counsellor's office computer where client follows
 * client. In this mode keys live only in `storage.session`, and when the
 * browser session ends everything but the organisation's presets is reset.
 * An organisation can force the mode (`lockSharedComputer`).
 */
import type { Settings } from '@/utils/settings/schema';
import type { ManagedPolicy } from './managed-policy';

/** Whether shared-computer mode is in force: locked by policy, or chosen by the user. */
export function isSharedMode(settings: Pick<Settings, 'sharedComputer'>, policy: ManagedPolicy): boolean {
  return policy.lockSharedComputer || settings.sharedComputer;
}

/**
 * Where API keys may be stored: only for this browser session on a shared
 * computer, else on this device. Never `sync`.
 */
export function keyStorageArea(shared: boolean): 'session' | 'local' {
  return shared ? 'session' : 'local';
}

/**
 * Settings with the organisation's policy applied. Presets count only where
 * the user has not chosen yet (`stored` is what `storage.local` holds, or
 * undefined when nothing); a lock always wins.
 */
export function applyPolicy(settings: Settings, policy: ManagedPolicy, userHasChosen: boolean): Settings {
  const next = { ...settings };
  if (!userHasChosen) {
    if (policy.sharedComputer !== undefined) next.sharedComputer = policy.sharedComputer;
    if (policy.defaultTargetLanguage) next.targetLanguage = policy.defaultTargetLanguage;
  }
  if (policy.lockSharedComputer) next.sharedComputer = true;
  return next;
}
