/**
 * The plain-language opt-ins in the engine settings: off by default and after
 * any bad stored value; switching the rewrite on saves the OpenAI-compatible
 * configuration without making it the translation engine; in shared-computer
 * mode its key goes to `storage.session` only; saving a translation engine
 * later keeps the opt-ins.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getEngineSettings, getRewriteConfig, repairEngineSettings, saveEngineConfig, saveSimplifyEngines } from '@/utils/settings/engines';

const OLLAMA = { engine: 'openai' as const, baseUrl: 'http://127.0.0.1:11434/v1', model: 'llama3.1', apiKey: 'sk-rewrite' };

describe('plain-language engine opt-ins', () => {
  beforeEach(() => fakeBrowser.reset());

  it('are off by default and only an explicit true switches one on', async () => {
    expect((await getEngineSettings()).simplify).toBeUndefined();
    expect(await getRewriteConfig()).toBeUndefined();
    expect(repairEngineSettings({ configs: {}, simplify: { llm: 'yes', summarizer: 1 } }).simplify).toBeUndefined();
    expect(repairEngineSettings({ configs: {}, simplify: { llm: true } }).simplify).toEqual({ llm: true, summarizer: false });
  });

  it('switching the rewrite on saves the engine without making it the translation engine', async () => {
    await saveEngineConfig({ engine: 'libretranslate', baseUrl: 'http://127.0.0.1:5000' });
    await saveSimplifyEngines({ llm: true }, OLLAMA);
    const settings = await getEngineSettings();
    expect(settings.active).toBe('libretranslate');
    expect(settings.simplify).toEqual({ llm: true, summarizer: false });
    expect(await getRewriteConfig()).toEqual(OLLAMA);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    // Saving a translation engine later keeps the opt-in.
    await saveEngineConfig({ engine: 'deepl', apiKey: 'k:fx' });
    expect((await getEngineSettings()).simplify).toEqual({ llm: true, summarizer: false });
    await saveSimplifyEngines({ llm: false });
    expect(await getRewriteConfig()).toBeUndefined();
  });

  it('keeps the key for this session only in shared-computer mode', async () => {
    await saveSimplifyEngines({ llm: true, summarizer: true }, OLLAMA, { shared: true });
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('sk-rewrite');
    expect(JSON.stringify(await fakeBrowser.storage.session.get(null))).toContain('sk-rewrite');
    expect((await getRewriteConfig())?.apiKey).toBe('sk-rewrite');
  });
});
