/**
 * Organisation policies applied (issue 7): the preset engines, default engine,
 * engine lock and target languages reach the options page, the popup and the
 * translation service. Managed storage is faked (`fakeBrowser.storage.managed`).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { applyEnginePolicy, engineIdOfKind, withoutPresetFields } from '@/utils/privacy/engine-policy';
import { EMPTY_POLICY, offeredTargetLanguages, repairManagedPolicy } from '@/utils/privacy/managed-policy';
import {
  getEffectiveEngineConfig,
  getEffectiveEngineSettings,
  saveEffectiveEngineConfig,
} from '@/utils/settings/effective-engine';
import { ENGINE_IDS, moveKeysToSession, saveEngineConfig } from '@/utils/settings/engines';
import { updateSettings } from '@/utils/settings';
import { TARGET_LANGUAGES } from '@/utils/translate/languages';
import { planFor } from '@/utils/translate/service';
import { getEngine } from '@/utils/translate/engines';

const CITY = {
  engines: [
    { kind: 'libretranslate', label: 'Übersetzungsserver der Stadt', url: 'https://translate.stadt.example/', apiKey: 'city-key' },
    { kind: 'openai-compatible', url: 'http://127.0.0.1:11434/v1', model: 'llama3.1:8b' },
  ],
  defaultEngine: 'libretranslate',
  targetLanguages: ['uk', 'ar', 'ti'],
};

const local = async () => fakeBrowser.storage.local.get(null);
const session = async () => fakeBrowser.storage.session.get(null);

describe('applyEnginePolicy (pure)', () => {
  it('without a policy the user settings pass through unchanged', () => {
    const settings = { active: 'deepl' as const, configs: { deepl: { engine: 'deepl' as const, apiKey: 'k' } } };
    expect(applyEnginePolicy(settings, EMPTY_POLICY)).toEqual({ ...settings, offered: [...ENGINE_IDS], presets: {} });
    expect(applyEnginePolicy({ configs: {} }, EMPTY_POLICY).active).toBeUndefined();
  });

  it('uses the default engine until the user chose, with the preset URL, key and model', () => {
    const effective = applyEnginePolicy({ configs: {} }, repairManagedPolicy(CITY));
    expect(effective.active).toBe('libretranslate');
    expect(effective.configs.libretranslate).toEqual({ engine: 'libretranslate', baseUrl: 'https://translate.stadt.example', apiKey: 'city-key' });
    expect(effective.configs.openai).toEqual({ engine: 'openai', baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.1:8b' });
    expect(effective.presets.libretranslate?.label).toBe('Übersetzungsserver der Stadt');
    expect(effective.offered).toEqual([...ENGINE_IDS]);
  });

  it("keeps the user's choice; preset fields win over what the user typed for that engine", () => {
    const user = {
      active: 'deepl' as const,
      configs: { libretranslate: { engine: 'libretranslate' as const, baseUrl: 'https://libretranslate.com', apiKey: 'own' } },
    };
    const effective = applyEnginePolicy(user, repairManagedPolicy(CITY));
    expect(effective.active).toBe('deepl');
    expect(effective.configs.libretranslate).toMatchObject({ baseUrl: 'https://translate.stadt.example', apiKey: 'city-key' });
  });

  it('without defaultEngine the first preset is used', () => {
    expect(applyEnginePolicy({ configs: {} }, repairManagedPolicy({ engines: [CITY.engines[1]] })).active).toBe('openai');
  });

  it('lockEngines offers only the organisation engines and overrides a choice outside them', () => {
    const policy = repairManagedPolicy({ ...CITY, lockEngines: true });
    const effective = applyEnginePolicy({ active: 'deepl', configs: {} }, policy);
    expect(effective.offered).toEqual(['libretranslate', 'openai']);
    expect(effective.active).toBe('libretranslate');
    expect(applyEnginePolicy({ active: 'openai', configs: {} }, policy).active).toBe('openai');
  });

  it('maps the schema kinds to engines and ignores unknown kinds', () => {
    expect(engineIdOfKind('openai-compatible')).toBe('openai');
    expect(engineIdOfKind('deepl')).toBe('deepl');
    expect(engineIdOfKind('babelfish')).toBeUndefined();
    expect(applyEnginePolicy({ configs: {} }, repairManagedPolicy({ engines: [{ kind: 'babelfish' }] })).active).toBeUndefined();
  });

  it('a config to store leaves out what the organisation set', () => {
    const { presets } = applyEnginePolicy({ configs: {} }, repairManagedPolicy(CITY));
    expect(
      withoutPresetFields({ engine: 'libretranslate', baseUrl: 'https://translate.stadt.example', apiKey: 'city-key', timeoutMs: 5000 }, presets.libretranslate),
    ).toEqual({ engine: 'libretranslate', timeoutMs: 5000 });
  });

  it('offers the organisation target languages first, in its order', () => {
    const { preferred, rest } = offeredTargetLanguages(repairManagedPolicy(CITY), TARGET_LANGUAGES);
    expect(preferred.map((l) => l.code)).toEqual(['uk', 'ar', 'ti']);
    expect(preferred[1]).toMatchObject({ native: 'العربية', dir: 'rtl' });
    expect(rest.map((l) => l.code)).not.toContain('uk');
    expect(preferred.length + rest.length).toBe(TARGET_LANGUAGES.length);
    expect(offeredTargetLanguages(EMPTY_POLICY, TARGET_LANGUAGES)).toEqual({ preferred: [], rest: [...TARGET_LANGUAGES] });
  });
});

describe('policies from fake managed storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the translation service translates with the preset engine when the user has none', async () => {
    expect(await getEffectiveEngineConfig()).toBeUndefined();
    await fakeBrowser.storage.managed.set(CITY);
    const config = await getEffectiveEngineConfig();
    expect(config).toEqual({ engine: 'libretranslate', baseUrl: 'https://translate.stadt.example', apiKey: 'city-key' });
    const { plan } = await planFor({ activeConfig: getEffectiveEngineConfig, getEngine });
    expect(plan).toEqual({ kind: 'remote', engine: 'libretranslate', destination: 'translate.stadt.example' });
  });

  it('saving the preset engine never copies the organisation key or URL into storage', async () => {
    await fakeBrowser.storage.managed.set(CITY);
    const effective = await saveEffectiveEngineConfig({
      engine: 'libretranslate',
      baseUrl: 'https://translate.stadt.example',
      apiKey: 'city-key',
    });
    expect(effective.active).toBe('libretranslate');
    expect(effective.configs.libretranslate?.apiKey).toBe('city-key');
    const stored = JSON.stringify([await local(), await session()]);
    expect(stored).not.toContain('city-key');
    expect(stored).not.toContain('translate.stadt.example');
  });

  it("a user's own choice wins unless the organisation locks the engines", async () => {
    await fakeBrowser.storage.managed.set(CITY);
    await saveEffectiveEngineConfig({ engine: 'deepl', apiKey: 'own-key:fx' });
    expect((await getEffectiveEngineConfig())?.engine).toBe('deepl');
    await fakeBrowser.storage.managed.set({ lockEngines: true });
    expect((await getEffectiveEngineConfig())?.engine).toBe('libretranslate');
    expect((await getEffectiveEngineSettings()).offered).toEqual(['libretranslate', 'openai']);
  });
});

describe('keys in shared-computer mode', () => {
  beforeEach(() => fakeBrowser.reset());

  it('a key saved while the mode is on (chosen or locked) goes to storage.session only', async () => {
    await updateSettings({ sharedComputer: true });
    await saveEffectiveEngineConfig({ engine: 'deepl', apiKey: 'client-key:fx' });
    expect(JSON.stringify(await local())).not.toContain('client-key');
    expect(JSON.stringify(await session())).toContain('client-key');
    expect((await getEffectiveEngineConfig())?.apiKey).toBe('client-key:fx');

    fakeBrowser.reset();
    await fakeBrowser.storage.managed.set({ lockSharedComputer: true });
    await saveEffectiveEngineConfig({ engine: 'google', apiKey: 'locked-key' });
    expect(JSON.stringify(await local())).not.toContain('locked-key');
    expect(JSON.stringify(await session())).toContain('locked-key');
  });

  it('outside the mode the key is kept on this device', async () => {
    await saveEffectiveEngineConfig({ engine: 'deepl', apiKey: 'own-key:fx' });
    expect(JSON.stringify(await local())).toContain('own-key');
    expect(JSON.stringify(await session())).not.toContain('own-key');
  });

  it('switching the mode on moves the keys saved before into storage.session', async () => {
    await saveEngineConfig({ engine: 'deepl', apiKey: 'old-key:fx' });
    await saveEngineConfig({ engine: 'libretranslate', baseUrl: 'https://lt.example' });
    expect(await moveKeysToSession()).toBe(1);
    expect(JSON.stringify(await local())).not.toContain('old-key');
    expect(JSON.stringify(await local())).toContain('lt.example');
    expect((await getEffectiveEngineSettings()).configs.deepl?.apiKey).toBe('old-key:fx');
    expect(await moveKeysToSession()).toBe(0);
  });
});
