/**
 * The plain-language rewrite against a hostile OpenAI-compatible server
 * (issue 7): a reply far too long, in many events or in one endless line, a
 * stream that never sends `[DONE]`, a broken event in the middle, an HTML
 * error page with status 200. The client stops at its limits, closes the
 * connection, and answers with an error code the reader can name.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REWRITE_MAX_CHARS, REWRITE_MAX_STREAM_CHARS, rewriteEinfacheSprache } from '@/utils/simplify/llm-rewrite';
import { SseLimitError, sseData } from '@/utils/simplify/sse';
import { sseDelta, sseEvents } from '../mock-engines/openai';

const SOURCE = 'Die Gebühr für die Meldebescheinigung beträgt 5,00 €.';
const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

let server: Server;
let base = '';
let reply: (res: ServerResponse) => Promise<void> = async () => undefined;
/** How each reply ended: `finished` (the server wrote all of it) or `closed` (the client hung up first). */
const endings: ('finished' | 'closed')[] = [];

function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.once('drain', done).once('close', done);
  });
}

/** Write `chunks` one after another, as long as the client listens; record how it ended. */
async function stream(res: ServerResponse, chunks: Iterable<string>, contentType = 'text/event-stream'): Promise<void> {
  res.writeHead(200, { 'content-type': contentType });
  let closed = false;
  res.on('close', () => (closed = !res.writableFinished));
  for (const chunk of chunks) {
    if (closed || res.destroyed) return void endings.push('closed');
    // Wait for the socket to drain so a client that stops reading shows up as a hang-up, not as buffered bytes.
    if (!res.write(chunk)) await drained(res);
    await delay(0);
  }
  res.end();
  endings.push('finished');
}

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    req.on('end', () => void reply(res));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(
  () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    }),
);

const FIVE_MB = 5 * 1024 * 1024;

describe('rewriteEinfacheSprache against a hostile server', () => {
  it('cuts off a 5 MB reply streamed in 4 KB pieces at its limit and hangs up', async () => {
    const piece = 'Einfach gesagt: Sie zahlen 5,00 €. '.repeat(120).slice(0, 4096);
    reply = (res) => stream(res, sseEvents(Array.from({ length: FIVE_MB / 4096 }, () => piece), 'm'));
    const seen: number[] = [];
    const result = await rewriteEinfacheSprache(SOURCE, { baseUrl: base, model: 'm', fetch, onText: (t) => seen.push(t.length) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.code).toBe('too-long');
    expect(result.partial!.length).toBeLessThanOrEqual(REWRITE_MAX_CHARS);
    expect(result.partial!.length).toBeGreaterThan(REWRITE_MAX_CHARS - 4096);
    // The reader never got more than the limit.
    expect(Math.max(...seen)).toBeLessThanOrEqual(REWRITE_MAX_CHARS);
    await expect.poll(() => endings.at(-1)).toBe('closed');
  });

  it('cuts off one endless `data:` line that never ends (no newline in 5 MB)', async () => {
    const line = `data: {"choices":[{"delta":{"content":"${'x'.repeat(FIVE_MB)}`;
    reply = (res) => stream(res, line.match(/[\s\S]{1,65536}/gu)!);
    const result = await rewriteEinfacheSprache(SOURCE, { baseUrl: base, model: 'm', fetch });
    expect(result).toEqual({ ok: false, code: 'too-long', partial: '' });
    await expect.poll(() => endings.at(-1)).toBe('closed');
  });

  it('stops an endless stream of text that never sends [DONE]', async () => {
    function* endless() {
      for (let i = 0; i < 1_000_000; i += 1) yield sseDelta(`Satz ${i} ohne Ende. `, 'm');
    }
    reply = (res) => stream(res, endless());
    const started = Date.now();
    const result = await rewriteEinfacheSprache(SOURCE, { baseUrl: base, model: 'm', fetch });
    expect(result.ok ? 'ok' : result.code).toBe('too-long');
    expect(Date.now() - started).toBeLessThan(20_000);
    await expect.poll(() => endings.at(-1)).toBe('closed');
  });

  it('gives up on an endless stream of keep-alives at the timeout', async () => {
    function* pings() {
      for (let i = 0; i < 100_000; i += 1) yield ': ping\n\n';
    }
    reply = async (res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      for (const ping of pings()) {
        if (res.destroyed) return void endings.push('closed');
        res.write(ping);
        await delay(50);
      }
    };
    const started = Date.now();
    const result = await rewriteEinfacheSprache(SOURCE, { baseUrl: base, model: 'm', fetch, signal: AbortSignal.timeout(800) });
    expect(result).toEqual({ ok: false, code: 'timeout', partial: '' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('stops at a broken event in the middle and closes the stream', async () => {
    const events = sseEvents(['Einfach gesagt: ', 'Sie zahlen 5,00 €.'], 'm');
    events.splice(2, 0, 'data: {"choices":[{"delta":{"content":"kaputt"}\n\n');
    reply = (res) => stream(res, [...events, ...Array.from({ length: 2000 }, () => sseDelta('mehr ', 'm'))]);
    expect(await rewriteEinfacheSprache(SOURCE, { baseUrl: base, model: 'm', fetch })).toEqual({ ok: false, code: 'bad-response', partial: 'Einfach gesagt: ' });
  });

  it('treats an HTML error page sent with 200 as a bad response', async () => {
    const page = '<!doctype html>\n<html><head><title>502 Bad Gateway</title></head>\n<body><h1>Bad Gateway</h1>\n<p>data: nginx</p>\n</body></html>\n';
    reply = (res) => stream(res, [page], 'text/html');
    expect(await rewriteEinfacheSprache(SOURCE, { baseUrl: base, model: 'm', fetch })).toEqual({ ok: false, code: 'bad-response' });
  });
});

describe('sseData limits', () => {
  const body = (parts: string[]) =>
    new ReadableStream<Uint8Array>({
      pull(controller) {
        const next = parts.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });

  it('throws SseLimitError past maxChars, counting what is not a data line too', async () => {
    const read = async () => {
      for await (const data of sseData(body([': ping\n\n'.repeat(100), 'data: "a"\n\n']), { maxChars: 500 })) void data;
    };
    await expect(read()).rejects.toBeInstanceOf(SseLimitError);
  });

  it('passes a stream within the limit unchanged and stops at [DONE]', async () => {
    const out: string[] = [];
    for await (const data of sseData(body(['data: 1\n', '\ndata: 2\n\ndata: [DO', 'NE]\n\ndata: 3\n\n']), { maxChars: REWRITE_MAX_STREAM_CHARS })) out.push(data);
    expect(out).toEqual(['1', '2']);
  });
});
