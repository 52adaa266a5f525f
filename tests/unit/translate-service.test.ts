import { describe, expect, it, vi } from 'vitest';
import { createTranslateService, type ReaderPort } from '@/utils/translate/service';
import { createTranslationCache, type CacheStorageArea } from '@/utils/translate/cache';
import { translateBlocks } from '@/utils/translate/translate-blocks';
import { TranslateError } from '@/utils/translate/translate-error';
import type { TranslatePortBGtoCS, TranslatePortCStoBG } from '@/utils/messaging/translate-port';
import type { EngineConfig, TranslationEngine } from '@/utils/translate/types';

/** A port pair end as the background sees it; `sent` collects what it posts. */
function fakePort() {
  const sent: TranslatePortBGtoCS[] = [];
  const onMessage: ((m: TranslatePortCStoBG) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  const port: ReaderPort = {
    post: (m) => void sent.push(m),
    onMessage: (l) => void onMessage.push(l),
    onDisconnect: (l) => void onDisconnect.push(l),
    disconnect: () => undefined,
  };
  return {
    port,
    sent,
    send: (m: TranslatePortCStoBG) => onMessage.forEach((l) => l(m)),
    disconnect: () => onDisconnect.forEach((l) => l()),
  };
}

/** A storage area like `storage.session`, in memory. */
function memoryArea(): CacheStorageArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (keys) => Object.fromEntries([...data].filter(([k]) => keys === null || keys.includes(k))),
    set: async (items) => void Object.entries(items).forEach(([k, v]) => data.set(k, v)),
    remove: async (keys) => void keys.forEach((k) => data.delete(k)),
  };
}

/** An engine that "translates" by prefixing the target, counting batches; optionally held until released. */
function fakeEngine(options: { hold?: boolean; local?: boolean } = {}) {
  const calls: string[][] = [];
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const engine: TranslationEngine = {
    id: 'libretranslate',
    local: options.local,
    supportsHtml: true,
    destination: (config) => new URL(config.baseUrl ?? 'https://lt.example').hostname,
    origins: () => [],
    limits: () => ({ maxItems: 2, maxBytes: 10_000 }),
    languages: async () => ['ar', 'uk'],
    async translateBatch(req, _config, _fetch, signal) {
      calls.push(req.texts);
      if (options.hold) {
        await Promise.race([
          held,
          new Promise((_, reject) => signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))),
        ]);
      }
      return req.texts.map((text) => `[${req.target}] ${text}`);
    },
    async testConnection(config) {
      if (config.apiKey === 'bad') throw new TranslateError('auth', 'Invalid API key', { status: 403 });
      if (config.apiKey === 'slow') throw new DOMException('timed out', 'TimeoutError');
    },
  };
  return { engine, calls, release };
}

const BLOCKS = [
  { id: 'b0', html: 'Anmeldung einer Wohnung', text: 'Anmeldung einer Wohnung' },
  { id: 'b1', html: 'Bringen Sie <b>Ihren Ausweis</b> mit.', text: 'Bringen Sie Ihren Ausweis mit.' },
  { id: 'b2', html: 'Das Bürgeramt hat montags geöffnet.', text: 'Das Bürgeramt hat montags geöffnet.' },
];
const CONFIG: EngineConfig = { engine: 'libretranslate', baseUrl: 'http://127.0.0.1:5000' };

function service(engine: TranslationEngine, area = memoryArea(), config: EngineConfig | null = CONFIG) {
  const openOptions = vi.fn(async () => undefined);
  const svc = createTranslateService({
    activeConfig: async () => config ?? undefined,
    getEngine: () => engine,
    translateBlocks: (blocks, opts) => translateBlocks(blocks, { ...opts, sanitize: (html) => html, sleep: async () => undefined }),
    cache: createTranslationCache({ storage: area }),
    fetchFn: () => Promise.reject(new Error('no network in unit tests')),
    openOptions,
  });
  return { svc, openOptions };
}

const request = (target = 'ar', requestId = 1): TranslatePortCStoBG => ({
  type: 'cs-bg-translate-blocks',
  requestId,
  source: 'de',
  target,
  blocks: BLOCKS,
});

async function until(check: () => boolean) {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 2));
  expect(check()).toBe(true);
}

describe('translation service (background)', () => {
  it('announces where the text goes, then streams every block in document order', async () => {
    const { engine, calls } = fakeEngine();
    const { svc } = service(engine);
    const reader = fakePort();
    svc.handlePort(reader.port);
    reader.send(request());
    await until(() => reader.sent.some((m) => m.type === 'bg-cs-translate-done'));
    expect(reader.sent[0]).toEqual({
      type: 'bg-cs-translate-plan',
      requestId: 1,
      plan: { kind: 'remote', engine: 'libretranslate', destination: '127.0.0.1' },
    });
    const blocks = reader.sent.filter((m) => m.type === 'bg-cs-translate-block');
    expect(blocks.map((m) => m.id)).toEqual(['b0', 'b1', 'b2']);
    expect(blocks[1]!.result).toEqual({ ok: true, html: '[ar] Bringen Sie <b>Ihren Ausweis</b> mit.' });
    expect(calls.flat()).toHaveLength(3);
  });

  it('answers a second request, and a restarted worker, from the session cache at no engine call', async () => {
    const { engine, calls } = fakeEngine();
    const area = memoryArea();
    const first = service(engine, area).svc;
    const a = fakePort();
    first.handlePort(a.port);
    a.send(request());
    await until(() => a.sent.some((m) => m.type === 'bg-cs-translate-done'));
    const afterFirst = calls.length;
    expect(afterFirst).toBeGreaterThan(0);
    // Nothing but hashed keys and translations are stored: no page text in the keys.
    expect([...area.data.keys()].join(' ')).not.toContain('Wohnung');

    // The worker was stopped: a new service instance, memory empty, same storage.session.
    const restarted = service(engine, area).svc;
    const b = fakePort();
    restarted.handlePort(b.port);
    b.send(request());
    await until(() => b.sent.some((m) => m.type === 'bg-cs-translate-done'));
    expect(calls.length).toBe(afterFirst);
    expect(b.sent.filter((m) => m.type === 'bg-cs-translate-block')).toHaveLength(3);
    const done = b.sent.find((m) => m.type === 'bg-cs-translate-done');
    expect(done).toMatchObject({ requests: 0 });
  });

  it('aborts everything in flight when the reader disconnects, and posts nothing after', async () => {
    const { engine, calls } = fakeEngine({ hold: true });
    const { svc } = service(engine);
    const reader = fakePort();
    svc.handlePort(reader.port);
    reader.send(request());
    await until(() => calls.length > 0);
    const before = reader.sent.length;
    reader.disconnect();
    await new Promise((r) => setTimeout(r, 20));
    expect(reader.sent.length).toBe(before);
    expect(reader.sent.some((m) => m.type === 'bg-cs-translate-block')).toBe(false);
  });

  it('tells the reader to translate itself for an on-device engine, and that nothing is set up otherwise', async () => {
    const local = service(fakeEngine({ local: true }).engine).svc;
    const a = fakePort();
    local.handlePort(a.port);
    a.send(request());
    await until(() => a.sent.length > 0);
    expect(a.sent).toEqual([{ type: 'bg-cs-translate-plan', requestId: 1, plan: { kind: 'local', engine: 'libretranslate' } }]);

    const none = service(fakeEngine().engine, memoryArea(), null).svc;
    const b = fakePort();
    none.handlePort(b.port);
    b.send(request());
    await until(() => b.sent.length > 0);
    expect(b.sent).toEqual([{ type: 'bg-cs-translate-plan', requestId: 1, plan: { kind: 'none' } }]);
  });

  it('opens the options page when the reader asks (content scripts cannot)', () => {
    const { svc, openOptions } = service(fakeEngine().engine);
    const reader = fakePort();
    svc.handlePort(reader.port);
    reader.send({ type: 'cs-bg-open-options' });
    expect(openOptions).toHaveBeenCalledOnce();
  });

  it('reports a connection test as ok with the host, or as an error code', async () => {
    const { svc } = service(fakeEngine().engine);
    expect(await svc.testConnection(CONFIG)).toEqual({ ok: true, destination: '127.0.0.1' });
    expect(await svc.testConnection({ ...CONFIG, apiKey: 'bad' })).toEqual({ ok: false, error: 'auth' });
    expect(await svc.testConnection({ ...CONFIG, apiKey: 'slow' })).toEqual({ ok: false, error: 'timeout' });
    expect(await svc.languages(CONFIG)).toEqual({ ok: true, languages: ['ar', 'uk'] });
  });
});
