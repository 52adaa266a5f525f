import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_ENGINE_SETTINGS,
  ENGINE_SETTINGS_VERSION,
  getActiveEngineConfig,
  getEngineSettings,
  repairEngineSettings,
  saveEngineConfig,
} from '@/utils/settings/engines';

describe('engine settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('has no engine until the user chooses one', async () => {
    expect(await getEngineSettings()).toEqual(DEFAULT_ENGINE_SETTINGS);
    expect(await getActiveEngineConfig()).toBeUndefined();
    expect(ENGINE_SETTINGS_VERSION).toBe(1);
  });

  it('saves an engine as the active one, with its key in storage.local and nothing in sync', async () => {
    await saveEngineConfig({ engine: 'deepl', apiKey: ' secret:fx ', deeplPlan: 'free' });
    expect(await getActiveEngineConfig()).toEqual({ engine: 'deepl', apiKey: 'secret:fx', deeplPlan: 'free' });
    const local = await fakeBrowser.storage.local.get(null);
    expect(JSON.stringify(local)).toContain('secret:fx');
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    // A second engine keeps the first one's configuration for later.
    await saveEngineConfig({ engine: 'libretranslate', baseUrl: 'http://127.0.0.1:5000/' });
    const settings = await getEngineSettings();
    expect(settings.active).toBe('libretranslate');
    expect(settings.configs.libretranslate?.baseUrl).toBe('http://127.0.0.1:5000');
    expect(settings.configs.deepl?.apiKey).toBe('secret:fx');
  });

  it('repairs a tampered value: unknown engines, bad URLs and non-strings are dropped', () => {
    const repaired = repairEngineSettings({
      active: 'evil-engine',
      configs: {
        libretranslate: { baseUrl: 'javascript:alert(1)', apiKey: 42, model: 'x'.repeat(5000) },
        openai: { baseUrl: 'http://localhost:11434/v1', model: 'llama3.2', timeoutMs: 10 },
        'evil-engine': { baseUrl: 'https://evil.example' },
        deepl: { deeplPlan: 'enterprise' },
      },
    });
    expect(repaired).toEqual({
      configs: {
        libretranslate: { engine: 'libretranslate' },
        openai: { engine: 'openai', baseUrl: 'http://localhost:11434/v1', model: 'llama3.2' },
        deepl: { engine: 'deepl' },
      },
    });
    for (const junk of [null, 7, 'x', [], { configs: 'no' }]) expect(repairEngineSettings(junk)).toEqual({ configs: {} });
  });

  it('repairs what is stored before the service reads it', async () => {
    await fakeBrowser.storage.local.set({ engines: { active: 'mymemory', configs: { mymemory: { email: 7 } } } });
    expect(await getActiveEngineConfig()).toEqual({ engine: 'mymemory' });
  });

  it('keeps a key only in storage.session on a shared computer', async () => {
    await saveEngineConfig({ engine: 'deepl', apiKey: 'client-key:fx' }, { shared: true });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('client-key');
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).toContain('client-key');
    expect(await getActiveEngineConfig()).toEqual({ engine: 'deepl', apiKey: 'client-key:fx' });
    // Saved again on a private computer: the key moves to storage.local and out of the session.
    await saveEngineConfig({ engine: 'deepl', apiKey: 'client-key:fx' });
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).not.toContain('client-key');
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toContain('client-key');
  });
});
