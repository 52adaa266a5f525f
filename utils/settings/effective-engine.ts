/**
 * Engine settings as they are in force: the user's, with the organisation's
 * policy applied (`utils/privacy/engine-policy.ts`), and saving in the key
 * storage the privacy mode allows.
 */
import type { EngineConfig } from '@/utils/translate/types';
import { applyEnginePolicy, withoutPresetFields, type EffectiveEngineSettings } from '@/utils/privacy/engine-policy';
import { isSharedMode, keyStorageArea } from '@/utils/privacy/shared-mode';
import { getEngineSettings, saveEngineConfig } from './engines';
import { getEffectiveSettings, getManagedPolicy } from './managed';

/** The user's engine settings with the organisation's presets, default engine and lock applied. */
export async function getEffectiveEngineSettings(): Promise<EffectiveEngineSettings> {
  const [settings, policy] = await Promise.all([getEngineSettings(), getManagedPolicy()]);
  return applyEnginePolicy(settings, policy);
}

/** The configuration the reader translates with: the user's choice, else the organisation's default. */
export async function getEffectiveEngineConfig(): Promise<EngineConfig | undefined> {
  const { active, configs } = await getEffectiveEngineSettings();
  if (!active) return undefined;
  return configs[active] ?? { engine: active };
}

/**
 * Save the user's configuration of one engine and make it active. The key goes
 * where the privacy mode in force *now* allows (`keyStorageArea`): a mode
 * switched on a moment ago on the same page counts. Preset fields stay the
 * organisation's and are not copied.
 */
export async function saveEffectiveEngineConfig(config: EngineConfig): Promise<EffectiveEngineSettings> {
  const [settings, policy] = await Promise.all([getEffectiveSettings(), getManagedPolicy()]);
  const { presets } = applyEnginePolicy({ configs: {} }, policy);
  const shared = keyStorageArea(isSharedMode(settings, policy)) === 'session';
  await saveEngineConfig(withoutPresetFields(config, presets[config.engine]), { shared });
  return getEffectiveEngineSettings();
}
