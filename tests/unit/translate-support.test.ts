/** Cache keys and storage, output sanitizing without a DOM, LLM reply parsing, languages, retry policy, Chrome built-in. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cacheKey, cacheScope, createTranslationCache, CACHE_PREFIX } from '@/utils/translate/cache';
import { sanitizeWithoutDom } from '@/utils/translate/sanitize-output';
import { parseTranslations } from '@/utils/translate/engines/openai-reply';
import { ENGINE_LANGUAGES, TARGET_LANGUAGES, languageDir } from '@/utils/translate/languages';
import { retryDelay, withRetry } from '@/utils/translate/retry';
import { TranslateError } from '@/utils/translate/translate-error';
import { chromeBuiltin, resetBuiltinTranslators } from '@/utils/translate/engines/chrome-builtin';
import { decodeEntities } from '@/utils/translate/engines/mymemory';
import { protectAttributes, restoreAttributes } from '@/utils/translate/protect-attributes';

describe('cache', () => {
  it('keys by engine, languages and a SHA-256 of the text', async () => {
    const key = await cacheKey('deepl', 'de', 'ar', 'abc');
    expect(key).toBe(`${CACHE_PREFIX}deepl:de:ar:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad`);
    expect(await cacheKey('google', 'de', 'ar', 'abc')).not.toBe(key);
    expect(await cacheKey('deepl', 'de', 'uk', 'abc')).not.toBe(key);
  });

  it('keys another instance or model apart, the API key not', async () => {
    const key = (config: Parameters<typeof cacheScope>[0]) => cacheKey(cacheScope(config), 'de', 'ar', 'abc');
    const city = await key({ engine: 'libretranslate', baseUrl: 'https://translate.stadt.example' });
    expect(city).toMatch(/^tcache:libretranslate:de:ar:[0-9a-f]{64}$/);
    expect(city).not.toContain('stadt');
    expect(await key({ engine: 'libretranslate', baseUrl: 'https://libretranslate.com' })).not.toBe(city);
    const llama = await key({ engine: 'openai', baseUrl: 'http://localhost:11434/v1', model: 'llama3.1:8b' });
    expect(await key({ engine: 'openai', baseUrl: 'http://localhost:11434/v1', model: 'qwen2.5:14b' })).not.toBe(llama);
    expect(await key({ engine: 'openai', baseUrl: 'http://localhost:11434/v1', model: 'llama3.1:8b' })).toBe(llama);
    // A bare engine id (no instance, no model) keys as before.
    expect(await key({ engine: 'deepl' })).toBe(await cacheKey('deepl', 'de', 'ar', 'abc'));
  });

  it('works in memory only and forgets on clear', async () => {
    const cache = createTranslationCache();
    await cache.setMany('deepl', 'de', 'ar', [{ text: 'Hallo', translation: 'مرحبا' }]);
    expect(await cache.getMany('deepl', 'de', 'ar', ['Hallo', 'Tschüss'])).toEqual(['مرحبا', undefined]);
    await cache.clear();
    expect(await cache.getMany('deepl', 'de', 'ar', ['Hallo'])).toEqual([undefined]);
  });

  it('clear removes only its own keys from the storage area', async () => {
    const store = new Map<string, unknown>([['settings:v1', { x: 1 }]]);
    const cache = createTranslationCache({
      storage: {
        get: async (keys) => Object.fromEntries([...store].filter(([k]) => keys === null || keys.includes(k))),
        set: async (items) => void Object.entries(items).forEach(([k, v]) => store.set(k, v)),
        remove: async (keys) => keys.forEach((k) => store.delete(k)),
      },
    });
    await cache.setMany('mymemory', 'de', 'tr', [{ text: 'Hallo', translation: 'Merhaba' }]);
    expect(store.size).toBe(2);
    await cache.clear();
    expect([...store.keys()]).toEqual(['settings:v1']);
  });
});

describe('sanitizeWithoutDom (service worker)', () => {
  it('rebuilds tags from the allow-lists and drops active content', () => {
    const out = sanitizeWithoutDom('<p onclick="x()">Hi <script>alert(1)</script><a href="javascript:alert(1)">a</a><a href="https://stadt.example/?a=1&amp;b=2" onmouseover=x>b</a><img src=x onerror=alert(1)></p>');
    expect(out).toBe('<p>Hi alert(1)<a>a</a><a href="https://stadt.example/?a=1&amp;b=2" rel="noopener noreferrer" target="_blank">b</a><img loading="lazy" referrerpolicy="no-referrer"></p>');
  });

  it.each([
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href=" javascript:alert(1)">x</a>',
    '<a href="data:text/html,x">x</a>',
    '<img src="x" alt="a" onerror="alert(1)">',
    '<a title=\'"><script>alert(1)</script>\'>x</a>',
    '<svg><a href="https://x.example">x</a></svg>',
    '<iframe src="https://evil.example"></iframe>',
    '<td style="background:url(https://evil.example)">x</td>',
  ])('leaves nothing active in %s', (dirty) => {
    const out = sanitizeWithoutDom(dirty);
    expect(out).not.toMatch(/<script|javascript:|data:|onerror|<svg|<iframe|style=/i);
  });

  it('keeps images, table spans and language marks the reader needs', () => {
    expect(sanitizeWithoutDom('<img src="https://stadt.example/a.png" alt="Rathaus" width="10"><td colspan="2" lang="ar" dir="rtl">x</td>')).toBe(
      '<img src="https://stadt.example/a.png" alt="Rathaus" width="10" loading="lazy" referrerpolicy="no-referrer"><td colspan="2" lang="ar" dir="rtl">x</td>',
    );
  });

  it('turns stray angle brackets into text', () => {
    expect(sanitizeWithoutDom('a < b > c <<script>>')).toBe('a &lt; b &gt; c &lt;&gt;');
  });
});

describe('parseTranslations', () => {
  it.each([
    ['["a","b"]'],
    ['Here you go:\n```json\n["a", "b"]\n```'],
    ['{"translations": ["a", "b"]}'],
    ['[{"text": "a"}, {"text": "b"}]'],
  ])('reads %j', (content) => {
    expect(parseTranslations(content, 2)).toEqual(['a', 'b']);
  });

  it('rejects a count mismatch and prose as bad-response', () => {
    expect(() => parseTranslations('["a"]', 2)).toThrow(/1 translations for 2/);
    expect(() => parseTranslations('Sorry, I cannot do that.', 2)).toThrowError(TranslateError);
  });
});

describe('protectAttributes', () => {
  it('round-trips tags with attributes through numbered markers', () => {
    const html = 'Siehe <a href="https://a.example/x?y=1">Formular</a> und <img src="https://a.example/i.png" alt="Bild"> <b>fett</b>';
    const { html: sent, tags } = protectAttributes(html);
    expect(sent).toBe('Siehe <a data-r="0">Formular</a> und <img data-r="1"> <b>fett</b>');
    expect(restoreAttributes(sent, tags)).toBe(html);
  });

  it('does not let a marker move onto another element or be invented', () => {
    const { tags } = protectAttributes('<a href="https://a.example/">x</a>');
    expect(restoreAttributes('<span data-r="0">x</span> <a data-r="7">y</a>', tags)).toBe('<span>x</span> <a>y</a>');
  });
});

describe('MyMemory entities', () => {
  it('decodes the entities MyMemory puts into plain-text translations', () => {
    expect(decodeEntities('l&#39;ufficio &quot;A&quot; &amp; B &#x263A; &bogus;')).toBe('l\'ufficio "A" & B ☺ &bogus;');
  });
});

describe('languages', () => {
  it('covers the newcomers’ languages with direction', () => {
    const codes = TARGET_LANGUAGES.map((l) => l.code);
    for (const c of ['ar', 'uk', 'tr', 'fa', 'ru', 'pl', 'ro', 'en', 'fr', 'es', 'it', 'ku', 'ps', 'ti', 'so', 'sq', 'bg', 'vi', 'zh']) expect(codes).toContain(c);
    for (const c of ['ar', 'fa', 'ps', 'ur', 'ckb', 'he', 'ar-EG']) expect(languageDir(c)).toBe('rtl');
    expect(languageDir('uk')).toBe('ltr');
  });

  it('does not offer Farsi, Pashto, Tigrinya or Kurdish on Chrome’s on-device translator', () => {
    for (const c of ['fa', 'ps', 'ti', 'ku']) expect(ENGINE_LANGUAGES['chrome-builtin']).not.toContain(c);
  });
});

describe('retry policy', () => {
  it('waits at least Retry-After and backs off exponentially otherwise', () => {
    const limited = new TranslateError('rate-limited', '', { retryable: true, retryAfterMs: 4000 });
    expect(retryDelay(limited, 1, 500, () => 0)).toBe(4000);
    const server = new TranslateError('network', '', { retryable: true });
    expect([1, 2, 3].map((a) => retryDelay(server, a, 500, () => 0))).toEqual([500, 1000, 2000]);
    expect(retryDelay(server, 1, 500, () => 1)).toBe(1000);
  });

  it('gives up at once when Retry-After is longer than the longest wait', async () => {
    const task = vi.fn(async () => {
      throw new TranslateError('rate-limited', '', { retryable: true, retryAfterMs: 3_600_000 });
    });
    await expect(withRetry(task, { sleep: async () => undefined })).rejects.toMatchObject({ code: 'rate-limited' });
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('tries a timed-out request twice at most', async () => {
    const task = vi.fn(async () => {
      throw new TranslateError('timeout', '', { retryable: true });
    });
    await expect(withRetry(task, { sleep: async () => undefined })).rejects.toMatchObject({ code: 'timeout' });
    expect(task).toHaveBeenCalledTimes(2);
  });

  it('does not retry auth errors', async () => {
    const task = vi.fn(async () => {
      throw new TranslateError('auth');
    });
    await expect(withRetry(task, { sleep: async () => undefined })).rejects.toMatchObject({ code: 'auth' });
    expect(task).toHaveBeenCalledTimes(1);
  });
});

describe('Chrome built-in Translator', () => {
  afterEach(() => {
    delete (globalThis as { Translator?: unknown }).Translator;
    resetBuiltinTranslators();
  });

  it('translates on device without fetch, reusing one translator per language pair', async () => {
    const create = vi.fn(async ({ targetLanguage }: { targetLanguage: string }) => ({ translate: async (t: string) => `${targetLanguage}:${t}` }));
    (globalThis as { Translator?: unknown }).Translator = { availability: async () => 'available', create };
    const noFetch = (() => {
      throw new Error('must not fetch');
    }) as unknown as typeof fetch;
    const req = { texts: ['Hallo', 'Welt'], source: 'de', target: 'uk', format: 'text' as const };
    expect(await chromeBuiltin.translateBatch(req, { engine: 'chrome-builtin' }, noFetch)).toEqual(['uk:Hallo', 'uk:Welt']);
    await chromeBuiltin.translateBatch(req, { engine: 'chrome-builtin' }, noFetch);
    expect(create).toHaveBeenCalledTimes(1);
    expect(chromeBuiltin.destination({ engine: 'chrome-builtin' })).toBe('device');
  });

  it('fails cleanly where the API is missing (service worker, Firefox) or the pair is unavailable', async () => {
    const req = { texts: ['Hallo'], source: 'de', target: 'fa', format: 'text' as const };
    await expect(chromeBuiltin.translateBatch(req, { engine: 'chrome-builtin' }, fetch)).rejects.toBeInstanceOf(TranslateError);
    (globalThis as { Translator?: unknown }).Translator = { availability: async () => 'unavailable', create: vi.fn() };
    await expect(chromeBuiltin.translateBatch(req, { engine: 'chrome-builtin' }, fetch)).rejects.toThrow(/cannot translate de→fa/);
    expect(await chromeBuiltin.languages({ engine: 'chrome-builtin' }, fetch)).not.toContain('fa');
  });
});
