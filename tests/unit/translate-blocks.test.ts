/** translateBlocks end to end against loopback engines: batching, retries, cache, abort, no lost blocks. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startMockEngine, type MockEngineServer } from '../mock-engines';
import { parseHtml } from '../helpers/dom';
import { getEngine } from '@/utils/translate/engines';
import { resetLibreLimitsCache } from '@/utils/translate/engines/libretranslate';
import { resetBuiltinTranslators } from '@/utils/translate/engines/chrome-builtin';
import { translateBlocks, type TranslateBlocksOptions, type TranslatableBlock } from '@/utils/translate/translate-blocks';
import { createTranslationCache, type CacheStorageArea } from '@/utils/translate/cache';
import { sanitizeHtml } from '@/utils/sanitize';
import type { BlockResult, EngineId } from '@/utils/translate/types';

const { window } = parseHtml('<!doctype html><p></p>');
let deepl: MockEngineServer;
let libre: MockEngineServer;
let mymemory: MockEngineServer;
let openai: MockEngineServer;

beforeAll(async () => {
  deepl = await startMockEngine('deepl');
  libre = await startMockEngine('libretranslate', { batchLimit: 3 });
  mymemory = await startMockEngine('mymemory');
  openai = await startMockEngine('openai');
});
afterAll(async () => {
  await Promise.all([deepl, libre, mymemory, openai].map((s) => s.close()));
});
afterEach(() => {
  for (const s of [deepl, libre, mymemory, openai]) s.reset();
  resetLibreLimitsCache();
});

const blocks = (n: number): TranslatableBlock[] =>
  Array.from({ length: n }, (_, i) => ({ id: `b${i}`, html: `Absatz <strong>${i}</strong> über das Bürgeramt.`, text: `Absatz ${i} über das Bürgeramt.` }));

function run(engine: EngineId, server: MockEngineServer, input: TranslatableBlock[], extra: Partial<TranslateBlocksOptions> = {}) {
  const results: [string, BlockResult][] = [];
  const sleeps: number[] = [];
  const promise = translateBlocks(input, {
    engine: getEngine(engine),
    config: { engine, baseUrl: server.baseUrl, apiKey: 'k' },
    source: 'de',
    target: 'ar',
    fetchFn: fetch,
    sanitize: (html) => sanitizeHtml(html, window),
    sleep: async (ms) => void sleeps.push(ms),
    random: () => 0.5,
    onBlock: (id, result) => results.push([id, result]),
    ...extra,
  });
  return { promise, results, sleeps };
}

describe('translateBlocks', () => {
  it('reports every block once, in document order, sanitized', async () => {
    const input = blocks(120);
    input[5] = { id: 'b5', html: 'Hallo <img src=x onerror=alert(1)>', text: 'Hallo' };
    const { promise, results } = run('deepl', deepl, input, { concurrency: 3 });
    const stats = await promise;
    expect(results.map(([id]) => id)).toEqual(input.map((b) => b.id));
    expect(results.every(([, r]) => r.ok)).toBe(true);
    expect(results[1]![1]).toEqual({ ok: true, html: '[ar] Absatz <strong>1</strong> über das Bürgeramt.' });
    expect(JSON.stringify(results[5])).not.toMatch(/onerror/);
    // First batch small (4), then full 50-text batches: 4 + 50 + 50 + 16.
    expect(deepl.translateRequests().map((r) => (r.json as { text: string[] }).text.length)).toEqual([4, 50, 50, 16]);
    expect(stats.requests).toBe(4);
  });

  it('never sends link targets to a remote engine, and puts them back', async () => {
    const input: TranslatableBlock[] = [
      { id: 'l', html: 'Buchen Sie einen <a href="https://termine.stadt.example/buchen?fall=4711" title="Termin">Termin</a>.', text: 'Buchen Sie einen Termin.' },
    ];
    const { promise, results } = run('deepl', deepl, input);
    await promise;
    const body = deepl.translateRequests()[0]!.body;
    expect(body).not.toMatch(/termine\.stadt\.example|4711/);
    expect(results[0]![1]).toEqual({
      ok: true,
      html: '[ar] Buchen Sie einen <a href="https://termine.stadt.example/buchen?fall=4711" title="Termin" rel="noopener noreferrer" target="_blank">Termin</a>.',
    });
  });

  it('respects the instance batch limit learned from /frontend/settings', async () => {
    const { promise, results } = run('libretranslate', libre, blocks(7));
    await promise;
    expect(results).toHaveLength(7);
    const sizes = libre.translateRequests().map((r) => (r.json as { q: string[] }).q.length);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(3);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(7);
  });

  it('sends identical blocks once and leaves blocks without letters alone', async () => {
    const input: TranslatableBlock[] = [
      { id: 'a', html: 'Kontakt', text: 'Kontakt' },
      { id: 'b', html: '0340 204-0', text: '0340 204-0' },
      { id: 'c', html: 'Kontakt', text: 'Kontakt' },
    ];
    const { promise, results } = run('deepl', deepl, input);
    await promise;
    expect(results).toEqual([
      ['a', { ok: true, html: '[ar] Kontakt' }],
      ['b', { ok: true, html: '0340 204-0' }],
      ['c', { ok: true, html: '[ar] Kontakt' }],
    ]);
    expect((deepl.translateRequests()[0]!.json as { text: string[] }).text).toEqual(['Kontakt']);
  });

  it('honours Retry-After on 429 and then succeeds', async () => {
    deepl.fail({ kind: 'rate-limit', retryAfter: '7' });
    const { promise, results, sleeps } = run('deepl', deepl, blocks(2));
    const stats = await promise;
    expect(sleeps.length).toBeGreaterThan(0);
    for (const ms of sleeps) {
      expect(ms).toBeGreaterThanOrEqual(7000);
      expect(ms).toBeLessThan(8000);
    }
    expect(results.every(([, r]) => r.ok)).toBe(true);
    expect(stats.requests).toBe(2);
  });

  it('a 429 pauses the other workers too', async () => {
    deepl.fail({ kind: 'rate-limit', retryAfter: '20' });
    // 1/100 of real time: the 20 s Retry-After becomes 200 ms.
    const { promise, results } = run('deepl', deepl, blocks(120), {
      concurrency: 2,
      sleep: (ms) => new Promise((r) => setTimeout(r, ms / 100)),
      // Identity: jsdom sanitizing would itself delay the next batch and hide a missing pause.
      sanitize: (html) => html,
    });
    await promise;
    expect(results.every(([, r]) => r.ok)).toBe(true);
    const times = deepl.translateRequests().map((r) => r.at);
    // Requests 1 and 2 leave together; the 429 on the first holds back everything after.
    for (const t of times.slice(2)) expect(t - times[0]!).toBeGreaterThanOrEqual(180);
  });

  it('retries 5xx with growing back-off, then reports a retryable failure but keeps other blocks', async () => {
    deepl.fail({ kind: 'server-error' }, { kind: 'server-error' }, { kind: 'server-error' }, { kind: 'server-error' });
    const { promise, results, sleeps } = run('deepl', deepl, blocks(6), { concurrency: 1 });
    await promise;
    expect(sleeps).toHaveLength(3);
    expect(sleeps[1]).toBeGreaterThan(sleeps[0]!);
    expect(sleeps[2]).toBeGreaterThan(sleeps[1]!);
    // The first batch (4 blocks) failed after 4 attempts; the next batch still went through.
    expect(results.map(([, r]) => r.ok)).toEqual([false, false, false, false, true, true]);
    expect(results[0]![1]).toEqual({ ok: false, error: 'server-error', retryable: true });
  });

  it('stops sending after a quota error and keeps the German text of every block', async () => {
    deepl.fail({ kind: 'quota' });
    const { promise, results } = run('deepl', deepl, blocks(60), { concurrency: 1 });
    const stats = await promise;
    expect(results).toHaveLength(60);
    expect(results.every(([, r]) => !r.ok && r.error === 'quota' && !r.retryable)).toBe(true);
    expect(stats.requests).toBe(1);
  });

  it('splits a batch whose LLM reply does not line up, so no block is lost', async () => {
    openai.fail({ kind: 'count-mismatch' });
    const { promise, results } = run('openai', openai, blocks(4));
    await promise;
    expect(results.map(([, r]) => r.ok)).toEqual([true, true, true, true]);
    expect(openai.translateRequests().length).toBe(3);
  });

  it('does not split batches on malformed replies (a broken server must not cause a request storm)', async () => {
    deepl.fail(...Array.from({ length: 8 }, () => ({ kind: 'malformed' as const })));
    const { promise, results } = run('deepl', deepl, blocks(4));
    await promise;
    expect(results.every(([, r]) => !r.ok && r.error === 'bad-response')).toBe(true);
    expect(deepl.translateRequests()).toHaveLength(1);
  });

  it('splits long paragraphs into ≤ 500-byte sentence groups for MyMemory and rejoins them', async () => {
    const sentence = 'Die Anmeldung erfolgt im Bürgeramt in der Zerbster Str. 4 nach Terminvereinbarung. ';
    const long = sentence.repeat(12).trim();
    const { promise, results } = run('mymemory', mymemory, [{ id: 'p', html: long, text: long }]);
    await promise;
    const queries = mymemory.translateRequests().map((r) => r.query.get('q')!);
    expect(queries.length).toBeGreaterThan(2);
    for (const q of queries) {
      expect(Buffer.byteLength(q)).toBeLessThanOrEqual(500);
      expect(q.trim()).toMatch(/Terminvereinbarung\.$/);
    }
    const html = (results[0]![1] as { html: string }).html;
    expect(html.match(/\[ar\]/g)).toHaveLength(queries.length);
    expect(html.match(/Bürgeramt/g)).toHaveLength(12);
  });

  it('a second run over the same page costs no request (cache hit)', async () => {
    const store = new Map<string, unknown>();
    const storage: CacheStorageArea = {
      get: async (keys) => Object.fromEntries((keys ?? [...store.keys()]).filter((k) => store.has(k)).map((k) => [k, store.get(k)])),
      set: async (items) => void Object.entries(items).forEach(([k, v]) => store.set(k, v)),
      remove: async (keys) => void keys.forEach((k) => store.delete(k)),
    };
    const first = run('deepl', deepl, blocks(10), { cache: createTranslationCache({ storage }) });
    await first.promise;
    const sentBefore = deepl.requests.length;
    // A fresh memory layer (new worker) still finds everything in the session storage area.
    const second = run('deepl', deepl, blocks(10), { cache: createTranslationCache({ storage }) });
    const stats = await second.promise;
    expect(stats).toMatchObject({ requests: 0, chars: 0 });
    expect(deepl.requests.length).toBe(sentBefore);
    expect(second.results).toEqual(first.results);
    expect([...store.keys()].every((k) => /^tcache:deepl:de:ar:[0-9a-f]{64}$/.test(k))).toBe(true);
    expect(JSON.stringify([...store.keys()])).not.toMatch(/Bürgeramt/);
  });

  it('aborting stops the work and reports nothing more', async () => {
    deepl.setLatency(300);
    const controller = new AbortController();
    const { promise, results } = run('deepl', deepl, blocks(120), { signal: controller.signal, concurrency: 1 });
    setTimeout(() => controller.abort(), 450);
    await expect(promise).rejects.toMatchObject({ name: 'AbortError' });
    const reported = results.length;
    await new Promise((r) => setTimeout(r, 400));
    deepl.setLatency(0);
    expect(results.length).toBe(reported);
    expect(reported).toBeLessThan(120);
    expect(deepl.translateRequests().length).toBeLessThanOrEqual(3);
  });

  it('reports timings from the injected clock', async () => {
    let t = 1000;
    const { promise } = run('deepl', deepl, blocks(2), { now: () => (t += 10) });
    const stats = await promise;
    expect(stats.firstBlockMs).toBeGreaterThan(0);
    expect(stats.elapsedMs).toBeGreaterThanOrEqual(stats.firstBlockMs!);
  });

  it('runs a local engine (Chrome built-in) without any request', async () => {
    (globalThis as { Translator?: unknown }).Translator = {
      availability: async () => 'available',
      create: async () => ({ translate: async (t: string) => `uk:${t}` }),
    };
    try {
      const noFetch = (() => Promise.reject(new Error('no network for on-device translation'))) as unknown as typeof fetch;
      const { promise, results } = run('chrome-builtin', deepl, [{ id: 'x', html: '<b>Amt</b> & Co', text: 'Amt & Co' }], { fetchFn: noFetch });
      const stats = await promise;
      expect(results).toEqual([['x', { ok: true, html: 'uk:Amt &amp; Co' }]]);
      expect(stats.requests).toBe(0);
    } finally {
      delete (globalThis as { Translator?: unknown }).Translator;
      resetBuiltinTranslators();
    }
  });

  it('a timed-out request is retried', async () => {
    deepl.fail({ kind: 'slow', ms: 1500 });
    const { promise, results, sleeps } = run('deepl', deepl, blocks(1), { config: { engine: 'deepl', baseUrl: deepl.baseUrl, apiKey: 'k', timeoutMs: 200 } });
    await promise;
    expect(sleeps).toHaveLength(1);
    expect(results[0]![1].ok).toBe(true);
  });
});

describe('the cache knows the instance and the model', () => {
  it('another LibreTranslate server or LLM model is asked, not served the other one\'s translation', async () => {
    const cache = createTranslationCache();
    const second = await startMockEngine('libretranslate');
    try {
      await run('libretranslate', libre, blocks(3), { cache }).promise;
      const viaFirst = libre.translateRequests().length;
      expect(viaFirst).toBeGreaterThan(0);
      // The same server again: all from the cache.
      expect(await run('libretranslate', libre, blocks(3), { cache }).promise).toMatchObject({ requests: 0 });
      // Another instance (the organisation's own server instead of a public one) is asked.
      await run('libretranslate', second, blocks(3), { cache }).promise;
      expect(second.translateRequests().length).toBeGreaterThan(0);
      expect(libre.translateRequests().length).toBe(viaFirst);
    } finally {
      await second.close();
    }

    const model = (name: string) => ({ engine: 'openai' as const, baseUrl: openai.baseUrl, model: name });
    await run('openai', openai, blocks(3), { cache, config: model('llama3.1:8b') }).promise;
    const afterFirstModel = openai.translateRequests().length;
    expect(await run('openai', openai, blocks(3), { cache, config: model('llama3.1:8b') }).promise).toMatchObject({ requests: 0 });
    await run('openai', openai, blocks(3), { cache, config: model('qwen2.5:14b') }).promise;
    expect(openai.translateRequests().length).toBeGreaterThan(afterFirstModel);
  });
});
