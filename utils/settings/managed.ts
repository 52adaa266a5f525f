/**
 * Reading the organisation's policy from `storage.managed` and applying it to
 * the user's settings. Chrome validates the policy against
 * `public/managed-schema.json`; Firefox reads it from `policies.json`
 * (`3rdparty.Extensions.<add-on id>`) and throws when there is none, which
 * simply means "no policy".
 */
import { browser } from 'wxt/browser';
import { repairManagedPolicy, type ManagedPolicy } from '@/utils/privacy/managed-policy';
import { applyPolicy } from '@/utils/privacy/shared-mode';
import { getSettings, type Settings } from './index';

/** The `storage.local` key of the settings item (see `settingsItem`). */
const SETTINGS_KEY = 'settings';

/** The organisation's policy, repaired; the empty policy when none is set. */
export async function getManagedPolicy(): Promise<ManagedPolicy> {
  try {
    return repairManagedPolicy(await browser.storage.managed.get(null));
  } catch {
    // Firefox: "Managed storage manifest not found" when no policy names us.
    return repairManagedPolicy(undefined);
  }
}

/** The user's settings with the organisation's presets and locks applied. */
export async function getEffectiveSettings(): Promise<Settings> {
  const [settings, policy, stored] = await Promise.all([
    getSettings(),
    getManagedPolicy(),
    // Presets fill only what the user has not chosen: nothing stored yet.
    browser.storage.local.get(SETTINGS_KEY).then((got) => got[SETTINGS_KEY] !== undefined),
  ]);
  return applyPolicy(settings, policy, stored);
}
