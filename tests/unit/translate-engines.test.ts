/** Each engine's wire format against its loopback mock: URL, headers, body, reply parsing. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startMockEngine, type MockEngineServer, type RemoteEngineId } from '../mock-engines';
import { ENGINES, getEngine } from '@/utils/translate/engines';
import { resetLibreLimitsCache } from '@/utils/translate/engines/libretranslate';
import { deeplBaseUrl } from '@/utils/translate/engines/deepl';
import type { EngineConfig, TranslateBatchRequest } from '@/utils/translate/types';

const servers = new Map<RemoteEngineId, MockEngineServer>();
const KEY = 'secret-key-123';

beforeAll(async () => {
  servers.set('libretranslate', await startMockEngine('libretranslate', { apiKey: KEY, batchLimit: 5, charLimit: 2000 }));
  servers.set('deepl', await startMockEngine('deepl', { apiKey: KEY }));
  servers.set('google', await startMockEngine('google', { apiKey: KEY }));
  servers.set('microsoft', await startMockEngine('microsoft', { apiKey: KEY, region: 'westeurope' }));
  servers.set('mymemory', await startMockEngine('mymemory'));
  servers.set('openai', await startMockEngine('openai', { apiKey: KEY, chatty: true }));
});
afterAll(async () => {
  await Promise.all([...servers.values()].map((s) => s.close()));
});
afterEach(() => {
  for (const s of servers.values()) s.reset();
  resetLibreLimitsCache();
});

const server = (id: RemoteEngineId) => servers.get(id)!;
const config = (id: RemoteEngineId, extra: Partial<EngineConfig> = {}): EngineConfig => ({ engine: id, baseUrl: server(id).baseUrl, apiKey: KEY, ...extra });
const req = (texts: string[], format: 'text' | 'html' = 'html'): TranslateBatchRequest => ({ texts, source: 'de', target: 'ar', format });

describe('engine registry', () => {
  it('has one engine object per id, each naming its own id', () => {
    for (const [id, engine] of Object.entries(ENGINES)) expect(engine.id).toBe(id);
    expect(getEngine('deepl')).toBe(ENGINES.deepl);
  });

  it('labels where text goes: on device or the host', () => {
    expect(getEngine('chrome-builtin').destination({ engine: 'chrome-builtin' })).toBe('device');
    expect(getEngine('deepl').destination({ engine: 'deepl', apiKey: 'abc:fx' })).toBe('api-free.deepl.com');
    expect(getEngine('deepl').destination({ engine: 'deepl', apiKey: 'abc' })).toBe('api.deepl.com');
    expect(getEngine('google').origins({ engine: 'google' })).toEqual(['https://translation.googleapis.com/*']);
    expect(getEngine('libretranslate').origins({ engine: 'libretranslate', baseUrl: 'https://lt.stadt.example:5000/' })).toEqual(['https://lt.stadt.example/*']);
  });
});

describe('LibreTranslate', () => {
  it('sends q as an array, format and the key as the body field api_key', async () => {
    const out = await getEngine('libretranslate').translateBatch(req(['<p>Hallo</p>', 'Welt']), config('libretranslate'), fetch);
    expect(out).toEqual(['[ar] <p>Hallo</p>', '[ar] Welt']);
    const [sent] = server('libretranslate').translateRequests();
    expect(sent!.json).toEqual({ q: ['<p>Hallo</p>', 'Welt'], source: 'de', target: 'ar', format: 'html', api_key: KEY });
    expect(sent!.headers.authorization).toBeUndefined();
    expect(sent!.query.has('api_key')).toBe(false);
  });

  it('reads the batch and character limits from /frontend/settings', async () => {
    const limits = await getEngine('libretranslate').fetchLimits!(config('libretranslate'), fetch);
    expect(limits.maxItems).toBe(5);
    expect(limits.maxBytes).toBe(2000);
    expect(server('libretranslate').requests.map((r) => r.path)).toEqual(['/frontend/settings']);
  });

  it('lists the targets the instance offers for German', async () => {
    const langs = await getEngine('libretranslate').languages(config('libretranslate'), fetch);
    expect(langs).toContain('ar');
    expect(langs).not.toContain('de');
  });
});

describe('DeepL', () => {
  it('authenticates with the DeepL-Auth-Key header, upper-case codes and tag_handling html', async () => {
    const out = await getEngine('deepl').translateBatch(req(['<b>Bürgeramt</b>']), config('deepl'), fetch);
    expect(out).toEqual(['[ar] <b>Bürgeramt</b>']);
    const [sent] = server('deepl').translateRequests();
    expect(sent!.headers.authorization).toBe(`DeepL-Auth-Key ${KEY}`);
    expect(sent!.json).toEqual({ text: ['<b>Bürgeramt</b>'], source_lang: 'DE', target_lang: 'AR', tag_handling: 'html' });
    expect(sent!.query.toString()).toBe('');
  });

  it('picks the Free host for :fx keys and Pro otherwise', () => {
    expect(deeplBaseUrl({ engine: 'deepl', apiKey: 'x:fx' })).toBe('https://api-free.deepl.com');
    expect(deeplBaseUrl({ engine: 'deepl', apiKey: 'x' })).toBe('https://api.deepl.com');
    expect(deeplBaseUrl({ engine: 'deepl', deeplPlan: 'pro' })).toBe('https://api.deepl.com');
  });

  it('tests the connection with /v2/usage (no characters spent)', async () => {
    await getEngine('deepl').testConnection(config('deepl'), fetch);
    expect(server('deepl').requests.map((r) => r.path)).toEqual(['/v2/usage']);
    expect(server('deepl').translateRequests()).toHaveLength(0);
  });
});

describe('Google v2', () => {
  it('puts the key in ?key= and posts q[], target, source, format', async () => {
    const out = await getEngine('google').translateBatch(req(['Anmeldung']), config('google', {}), fetch);
    expect(out).toEqual(['[ar] Anmeldung']);
    const [sent] = server('google').translateRequests();
    expect(sent!.query.get('key')).toBe(KEY);
    expect(sent!.json).toEqual({ q: ['Anmeldung'], source: 'de', target: 'ar', format: 'html' });
  });
});

describe('Microsoft v3', () => {
  it('sends api-version, from, to, textType in the URL, the key and region as headers, [{Text}] as body', async () => {
    const out = await getEngine('microsoft').translateBatch(req(['Kita', 'Müll'], 'html'), config('microsoft', { region: 'westeurope' }), fetch);
    expect(out).toEqual(['[ar] Kita', '[ar] Müll']);
    const [sent] = server('microsoft').translateRequests();
    expect(Object.fromEntries(sent!.query)).toEqual({ 'api-version': '3.0', from: 'de', to: 'ar', textType: 'html' });
    expect(sent!.headers['ocp-apim-subscription-key']).toBe(KEY);
    expect(sent!.headers['ocp-apim-subscription-region']).toBe('westeurope');
    expect(sent!.json).toEqual([{ Text: 'Kita' }, { Text: 'Müll' }]);
  });

  it('maps Kurmanji to kmr', async () => {
    await getEngine('microsoft').translateBatch({ ...req(['Hallo']), target: 'ku' }, config('microsoft', { region: 'westeurope' }), fetch);
    expect(server('microsoft').translateRequests()[0]!.query.get('to')).toBe('kmr');
  });
});

describe('MyMemory', () => {
  it('GETs /get with q, langpair and the contact e-mail as de', async () => {
    const out = await getEngine('mymemory').translateBatch(req(['Guten Tag'], 'text'), config('mymemory', { apiKey: undefined, email: 'hilfe@verein.example' }), fetch);
    expect(out).toEqual(['[ar] Guten Tag']);
    const [sent] = server('mymemory').translateRequests();
    expect(sent!.method).toBe('GET');
    expect(Object.fromEntries(sent!.query)).toEqual({ q: 'Guten Tag', langpair: 'de|ar', de: 'hilfe@verein.example' });
  });

  it('is a text engine limited to one query of at most 500 bytes', () => {
    const engine = getEngine('mymemory');
    expect(engine.supportsHtml).toBe(false);
    expect(engine.limits({ engine: 'mymemory' })).toMatchObject({ maxItems: 1, maxBytesPerItem: 500, splitSentences: true });
  });
});

describe('OpenAI-compatible', () => {
  it('posts a chat completion with the Bearer key, the model and the texts as a JSON array', async () => {
    const out = await getEngine('openai').translateBatch(req(['Eins', 'Zwei']), config('openai', { model: 'qwen2.5:7b' }), fetch);
    expect(out).toEqual(['[ar] Eins', '[ar] Zwei']);
    const [sent] = server('openai').translateRequests();
    expect(sent!.path).toBe('/chat/completions');
    expect(sent!.headers.authorization).toBe(`Bearer ${KEY}`);
    const body = sent!.json as { model: string; messages: { role: string; content: string }[] };
    expect(body.model).toBe('qwen2.5:7b');
    expect(JSON.parse(body.messages.at(-1)!.content)).toEqual(['Eins', 'Zwei']);
    expect(body.messages[0]!.content).toMatch(/JSON array/);
  });

  it('sends the dummy key Ollama expects when none is set', async () => {
    const open = await startMockEngine('openai');
    try {
      await getEngine('openai').translateBatch(req(['Eins']), { engine: 'openai', baseUrl: open.baseUrl }, fetch);
      expect(open.translateRequests()[0]!.headers.authorization).toBe('Bearer ollama');
    } finally {
      await open.close();
    }
  });
});
