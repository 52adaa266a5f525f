/**
 * The background rewrite service against the OpenAI loopback engine speaking
 * the real streaming wire format (SSE `data:` events, `[DONE]`, JSON error
 * bodies): the reader's port gets the text piece by piece and the fact check;
 * a changed fee and an invented date are flagged exactly; 401, 429 with
 * Retry-After, 500, an unreachable server and a timeout come back as codes;
 * a disconnect (reader closed, cancel) aborts the request; long articles are
 * cut to the key facts and the first blocks within the budget.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startMockEngine, type MockEngineServer } from '../mock-engines';
import type { OpenAiMockOptions } from '../mock-engines/openai';
import { parseHtml } from '../helpers/dom';
import { extractArticle } from '@/utils/extract/extract-article';
import type { Article } from '@/utils/extract/types';
import type { RewritePortBGtoCS, RewritePortCStoBG } from '@/utils/messaging/rewrite-port';
import type { TypedPort } from '@/utils/messaging/ports';
import { serveRewritePort } from '@/utils/simplify/rewrite-service';
import { REWRITE_SOURCE_BUDGET, rewriteSource } from '@/utils/simplify/rewrite-source';
import { extractKeyFacts } from '@/utils/simplify/key-facts';
import type { EngineConfig } from '@/utils/translate/types';

const PAGE = join(__dirname, '../fixtures/pages/typo3-auenbach-anmeldung-wohnung/source.html');
const article = (file: string): Article => {
  const { document, window } = parseHtml(readFileSync(file, 'utf8'));
  return extractArticle(document, { win: window });
};

/** A fake port: what the service posts is recorded; `disconnect()` plays the reader going away. */
function fakePort() {
  const posted: RewritePortBGtoCS[] = [];
  const onMessage: ((m: RewritePortCStoBG) => void)[] = [];
  const onDisconnect: (() => void)[] = [];
  let settle: () => void = () => undefined;
  const ended = new Promise<void>((resolve) => (settle = resolve));
  const port: TypedPort<RewritePortBGtoCS, RewritePortCStoBG> = {
    post: (m) => {
      posted.push(m);
      if (m.type === 'bg-cs-rewrite-done' || m.type === 'bg-cs-rewrite-failed') settle();
    },
    onMessage: (l) => void onMessage.push(l),
    onDisconnect: (l) => void onDisconnect.push(l),
    disconnect: () => undefined,
  };
  return {
    port,
    posted,
    ended,
    send: (m: RewritePortCStoBG) => onMessage.forEach((l) => l(m)),
    drop: () => onDisconnect.forEach((l) => l()),
  };
}

const mockOptions: OpenAiMockOptions = { streamChunkMs: 1 };
let server: MockEngineServer;
let config: EngineConfig;
beforeAll(async () => {
  server = await startMockEngine('openai', mockOptions);
  config = { engine: 'openai', baseUrl: server.baseUrl, model: 'llama3.1', apiKey: 'sk-secret' };
});
afterAll(() => server.close());
beforeEach(() => {
  server.reset();
  delete mockOptions.rewrite;
});

async function rewrite(a: Article, cfg: EngineConfig | 'off' = config) {
  const f = fakePort();
  serveRewritePort(f.port, { config: () => Promise.resolve(cfg === 'off' ? undefined : cfg), fetchFn: fetch });
  f.send({ type: 'cs-bg-rewrite', article: a });
  await f.ended;
  return f;
}

describe('rewrite service (background, OpenAI-compatible SSE)', () => {
  const anmeldung = article(PAGE);

  it('streams a good rewrite piece by piece and reports nothing dropped or invented', async () => {
    const { posted } = await rewrite(anmeldung);
    expect(posted[0]).toEqual({ type: 'bg-cs-rewrite-start', destination: new URL(server.baseUrl).host, scope: 'article' });
    const deltas = posted.filter((m) => m.type === 'bg-cs-rewrite-delta');
    expect(deltas.length).toBeGreaterThan(5);
    const done = posted.at(-1)!;
    expect(done.type).toBe('bg-cs-rewrite-done');
    if (done.type !== 'bg-cs-rewrite-done') return;
    expect(deltas.map((d) => (d.type === 'bg-cs-rewrite-delta' ? d.text : '')).join('')).toBe(done.text);
    expect(done.text).toContain('Einfach gesagt: ');
    expect(done.text).toContain('5,00 Euro');
    expect(done.facts).toEqual({ ok: true, invented: [], dropped: [] });
    // One streaming request with the DIN 8581-1 prompt and the article; the key only in the header.
    const [request] = server.translateRequests();
    const body = request!.json as { stream: boolean; messages: { role: string; content: string }[] };
    expect(body.stream).toBe(true);
    expect(body.messages[0]!.content).toContain('DIN 8581-1');
    expect(body.messages[1]!.content).toContain('innerhalb von zwei Wochen nach dem Einzug');
    expect(request!.headers.authorization).toBe('Bearer sk-secret');
    expect(JSON.stringify(posted)).not.toContain('sk-secret');
  });

  it('flags a changed fee and an invented date exactly', async () => {
    mockOptions.rewrite = (source) => `${source.replace('5,00 Euro', '15,00 Euro')}\nBitte kommen Sie bis zum 12.03.2027.`;
    const { posted } = await rewrite(anmeldung);
    const done = posted.at(-1)!;
    if (done.type !== 'bg-cs-rewrite-done') throw new Error(done.type);
    expect(done.facts.ok).toBe(false);
    expect(done.facts.dropped.map((f) => [f.kind, f.text])).toEqual([['amount', '5,00 Euro']]);
    expect(done.facts.invented.map((f) => [f.kind, f.text])).toEqual([
      ['amount', '15,00 Euro'],
      ['date', '12.03.2027'],
    ]);
  });

  it.each([
    [{ kind: 'auth' } as const, 'auth', undefined],
    [{ kind: 'rate-limit', retryAfter: '30' } as const, 'rate-limited', 30_000],
    [{ kind: 'quota' } as const, 'quota', undefined],
    [{ kind: 'server-error', status: 500 } as const, 'server-error', undefined],
  ])('maps %o to %s', async (fault, error, retryAfterMs) => {
    server.fail(fault);
    const { posted } = await rewrite(anmeldung);
    expect(posted.at(-1)).toEqual({ type: 'bg-cs-rewrite-failed', error, ...(retryAfterMs ? { retryAfterMs } : {}) });
    expect(posted.some((m) => m.type === 'bg-cs-rewrite-delta')).toBe(false);
  });

  it('says "network" when the server cannot be reached and "timeout" when it does not answer in time', async () => {
    const gone = await startMockEngine('openai');
    const url = gone.baseUrl;
    await gone.close();
    expect((await rewrite(anmeldung, { ...config, baseUrl: url })).posted.at(-1)).toEqual({ type: 'bg-cs-rewrite-failed', error: 'network' });
    server.fail({ kind: 'slow', ms: 3000 });
    expect((await rewrite(anmeldung, { ...config, timeoutMs: 1000 })).posted.at(-1)).toEqual({ type: 'bg-cs-rewrite-failed', error: 'timeout' });
  });

  it('aborts the request when the reader disconnects, and posts nothing after', async () => {
    mockOptions.streamChunkMs = 40;
    try {
      const f = fakePort();
      serveRewritePort(f.port, { config: () => Promise.resolve(config), fetchFn: fetch });
      f.send({ type: 'cs-bg-rewrite', article: anmeldung });
      await expect.poll(() => f.posted.filter((m) => m.type === 'bg-cs-rewrite-delta').length).toBeGreaterThan(1);
      f.drop();
      const count = f.posted.length;
      await new Promise((r) => setTimeout(r, 300));
      expect(f.posted.length).toBe(count);
      expect(f.posted.some((m) => m.type === 'bg-cs-rewrite-done')).toBe(false);
    } finally {
      mockOptions.streamChunkMs = 1;
    }
  });

  it('sends nothing when the rewrite is switched off', async () => {
    const { posted } = await rewrite(anmeldung, 'off');
    expect(posted).toEqual([{ type: 'bg-cs-rewrite-failed', error: 'unknown', off: true }]);
    expect(server.requests).toHaveLength(0);
  });
});

describe('rewrite source (token budget)', () => {
  it('sends a short article whole', () => {
    const a = article(PAGE);
    const source = rewriteSource(a, () => extractKeyFacts(a));
    expect(source.scope).toBe('article');
    expect(source.text).toBe(a.blocks.map((b) => b.text.trim()).filter(Boolean).join('\n\n'));
  });

  it('sends the key facts and the first blocks of a long article, within the budget', () => {
    // No fixture page is that long: four copies of one make a long article.
    const one = article(PAGE);
    const a: Article = { ...one, blocks: [0, 1, 2, 3].flatMap((n) => one.blocks.map((b) => ({ ...b, id: `${b.id}-${n}` }))) };
    expect(a.blocks.map((b) => b.text).join('\n\n').length).toBeGreaterThan(REWRITE_SOURCE_BUDGET);
    const facts = extractKeyFacts(a);
    const source = rewriteSource(a, () => facts);
    expect(source.scope).toBe('excerpt');
    expect(source.text.length).toBeLessThanOrEqual(REWRITE_SOURCE_BUDGET);
    expect(source.text.startsWith('Das Wichtigste:\n- ')).toBe(true);
    for (const fee of facts.fees.slice(0, 1)) expect(source.text).toContain(fee.text);
    // The opening of the article follows the facts.
    expect(source.text).toContain(a.blocks.find((b) => b.text.trim().length > 40)!.text.trim().slice(0, 40));
  });

  it('cuts a single over-long block at a sentence end', () => {
    const long = Array.from({ length: 200 }, (_, i) => `Satz Nummer ${i} ist hier.`).join(' ');
    const source = rewriteSource({ blocks: [{ id: 'b0', kind: 'paragraph', html: long, text: long }] }, () => ({ about: [], documents: [], fees: [], deadlines: [], dates: [], address: [], openingHours: [], online: [], contact: [] }), 500);
    expect(source.scope).toBe('excerpt');
    expect(source.text.length).toBeLessThanOrEqual(500);
    expect(source.text.endsWith('ist hier.')).toBe(true);
  });
});
