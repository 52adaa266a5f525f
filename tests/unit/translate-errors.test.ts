/** Error mapping: every engine's real error replies become the right TranslateError code. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startMockEngine, type MockEngineServer, type RemoteEngineId, REMOTE_ENGINES } from '../mock-engines';
import { getEngine } from '@/utils/translate/engines';
import { TranslateError } from '@/utils/translate/translate-error';
import { parseRetryAfter } from '@/utils/translate/http';
import type { EngineConfig } from '@/utils/translate/types';

const servers = new Map<RemoteEngineId, MockEngineServer>();
beforeAll(async () => {
  for (const id of REMOTE_ENGINES) servers.set(id, await startMockEngine(id));
});
afterAll(async () => {
  await Promise.all([...servers.values()].map((s) => s.close()));
});
afterEach(() => {
  for (const s of servers.values()) s.reset();
});

const config = (id: RemoteEngineId, extra: Partial<EngineConfig> = {}): EngineConfig => ({ engine: id, baseUrl: servers.get(id)!.baseUrl, apiKey: 'k', ...extra });

async function failure(id: RemoteEngineId, extra: Partial<EngineConfig> = {}): Promise<TranslateError> {
  const engine = getEngine(id);
  const format = engine.supportsHtml ? 'html' : 'text';
  try {
    await engine.translateBatch({ texts: ['Eins', 'Zwei'], source: 'de', target: 'ar', format }, config(id, extra), fetch);
  } catch (error) {
    expect(error).toBeInstanceOf(TranslateError);
    return error as TranslateError;
  }
  throw new Error(`${id}: expected a failure`);
}

describe.each(REMOTE_ENGINES)('%s error mapping', (id) => {
  const server = () => servers.get(id)!;

  it('maps the engine auth failure to auth (not retryable)', async () => {
    server().fail({ kind: 'auth' });
    const error = await failure(id);
    expect(error.code).toBe('auth');
    expect(error.retryable).toBe(false);
  });

  it('maps the engine quota signal to quota', async () => {
    server().fail({ kind: 'quota' });
    expect((await failure(id)).code).toBe('quota');
  });

  it('maps 429 to rate-limited with Retry-After in ms', async () => {
    server().fail({ kind: 'rate-limit', retryAfter: '3' });
    const error = await failure(id);
    expect(error.code).toBe('rate-limited');
    expect(error.retryable).toBe(true);
    expect(error.retryAfterMs).toBe(3000);
  });

  it.each([500, 503])('maps HTTP %i to its own retryable server-error (not network)', async (status) => {
    server().fail({ kind: 'server-error', status });
    const error = await failure(id);
    expect(error.code).toBe('server-error');
    expect(error.retryable).toBe(true);
  });

  it('maps malformed JSON to bad-response', async () => {
    server().fail({ kind: 'malformed' });
    expect((await failure(id)).code).toBe('bad-response');
  });

  it('times out a reply that does not come', async () => {
    server().fail({ kind: 'slow', ms: 2000 });
    const error = await failure(id, { timeoutMs: 150 });
    expect(error.code).toBe('timeout');
    expect(error.retryable).toBe(true);
  });

  it('times out a reply that trickles in too slowly', async () => {
    server().fail({ kind: 'trickle', chunkMs: 60 });
    expect((await failure(id, { timeoutMs: 200 })).code).toBe('timeout');
  });
});

describe('engine-specific errors', () => {
  it('DeepL 456 is quota', async () => {
    servers.get('deepl')!.fail({ kind: 'quota' });
    const error = await failure('deepl');
    expect(error).toMatchObject({ code: 'quota', status: 456 });
  });

  it('the MyMemory quota warning inside a 200 reply is quota, never shown as a translation', async () => {
    servers.get('mymemory')!.fail({ kind: 'quota' });
    expect((await failure('mymemory')).code).toBe('quota');
  });

  it('Google 403 "Daily Limit Exceeded" is quota, a plain 403 is auth', async () => {
    servers.get('google')!.fail({ kind: 'quota' }, { kind: 'auth' });
    expect((await failure('google')).code).toBe('quota');
    expect((await failure('google')).code).toBe('auth');
  });

  it('an OpenAI answer with one translation too few is bad-response', async () => {
    servers.get('openai')!.fail({ kind: 'count-mismatch' });
    expect((await failure('openai')).code).toBe('bad-response');
  });

  it('missing keys fail as auth before anything is sent', async () => {
    for (const id of ['deepl', 'google', 'microsoft'] as const) expect((await failure(id, { apiKey: undefined })).code).toBe('auth');
    expect(servers.get('deepl')!.requests).toHaveLength(0);
  });

  it('a closed port is a network error', async () => {
    const gone = await startMockEngine('libretranslate');
    const baseUrl = gone.baseUrl;
    await gone.close();
    const error = await failure('libretranslate', { baseUrl });
    expect(error.code).toBe('network');
  });

  it('an aborted signal rejects with AbortError, not a TranslateError', async () => {
    const controller = new AbortController();
    servers.get('deepl')!.fail({ kind: 'slow', ms: 1000 });
    const pending = getEngine('deepl').translateBatch({ texts: ['x'], source: 'de', target: 'ar', format: 'html' }, config('deepl'), fetch, controller.signal);
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('the mocks enforce the real limits (so batching mistakes would show)', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => `Satz ${i}`);
  const attempt = (id: RemoteEngineId, texts: string[], extra: Partial<EngineConfig> = {}) =>
    getEngine(id).translateBatch({ texts, source: 'de', target: 'ar', format: getEngine(id).supportsHtml ? 'html' : 'text' }, config(id, extra), fetch);

  it.each([
    ['deepl', 50],
    ['google', 128],
    ['microsoft', 1000],
  ] as const)('%s accepts %i items and rejects one more', async (id, limit) => {
    await expect(attempt(id, many(limit))).resolves.toHaveLength(limit);
    await expect(attempt(id, many(limit + 1))).rejects.toMatchObject({ code: 'bad-response', status: expect.any(Number) });
  });

  it('DeepL rejects a body over 128 KiB with 413', async () => {
    await expect(attempt('deepl', ['x'.repeat(130 * 1024)])).rejects.toMatchObject({ status: 413 });
  });

  it('Microsoft rejects more than 50,000 characters', async () => {
    await expect(attempt('microsoft', ['x'.repeat(50_001)])).rejects.toMatchObject({ code: 'bad-response', status: 400 });
  });

  it('MyMemory rejects a query over 500 bytes inside a 200 reply', async () => {
    await expect(attempt('mymemory', ['ü'.repeat(251)])).rejects.toMatchObject({ code: 'bad-response' });
    await expect(attempt('mymemory', ['ü'.repeat(250)])).resolves.toEqual([`[ar] ${'ü'.repeat(250)}`]);
  });

  it('LibreTranslate enforces the instance batch limit', async () => {
    const limited = await startMockEngine('libretranslate', { batchLimit: 2 });
    try {
      await expect(attempt('libretranslate', many(3), { baseUrl: limited.baseUrl })).rejects.toMatchObject({ code: 'bad-response', status: 400 });
    } finally {
      await limited.close();
    }
  });
});

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6_000);
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});
