/**
 * The Einfache-Sprache rewrite against a loopback server that speaks the
 * OpenAI-compatible streaming protocol (SSE `data:` lines, `[DONE]`), with
 * chunks split mid-line, plus its error statuses; the fact check runs on the output.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rewriteEinfacheSprache } from '@/utils/simplify/llm-rewrite';

const SOURCE =
  'Die Anmeldung hat innerhalb von zwei Wochen nach dem Einzug zu erfolgen. Die Gebühr für die Meldebescheinigung beträgt 5,00 €. Tel. 05678 912-0.';

let server: Server;
let base = '';
const seen: { auth?: string; body?: { model: string; stream: boolean; messages: { role: string; content: string }[] } }[] = [];
let reply: (res: ServerResponse) => void = () => undefined;

function sse(res: ServerResponse, pieces: string[], finish = true): void {
  res.writeHead(200, { 'content-type': 'text/event-stream' });
  const events = [
    ': keep-alive',
    '',
    ...pieces.flatMap((p) => [`data: ${JSON.stringify({ choices: [{ delta: { content: p }, finish_reason: null }] })}`, '']),
    ...(finish ? [`data: ${JSON.stringify({ choices: [{ delta: {}, finish_reason: 'stop' }] })}`, '', 'data: [DONE]', ''] : []),
  ].join('\n');
  // Split the stream at odd places, as real servers and proxies do.
  for (let i = 0; i < events.length; i += 37) res.write(events.slice(i, i + 37));
  res.end();
}

beforeAll(async () => {
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => {
      seen.push({ auth: req.headers.authorization, body: JSON.parse(body) });
      if (req.url !== '/v1/chat/completions') return void res.writeHead(404).end();
      reply(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('rewriteEinfacheSprache', () => {
  it('streams the text, sends the DIN 8581-1 prompt and checks the facts', async () => {
    reply = (res) =>
      sse(res, ['Sie ziehen um? ', 'Dann melden Sie sich in zwei Wochen an. ', 'Eine Melde-Bescheinigung kostet 5 Euro. ', 'Telefon: 05678 912-0.']);
    const progress: string[] = [];
    const result = await rewriteEinfacheSprache(SOURCE, { baseUrl: `${base}/`, model: 'llama3', apiKey: 'sk-test', fetch, onText: (t) => progress.push(t) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toBe('Sie ziehen um? Dann melden Sie sich in zwei Wochen an. Eine Melde-Bescheinigung kostet 5 Euro. Telefon: 05678 912-0.');
    expect(result.finishReason).toBe('stop');
    expect(progress.length).toBe(4);
    expect(result.facts).toEqual({ ok: true, invented: [], dropped: [] });
    const request = seen.at(-1)!;
    expect(request.auth).toBe('Bearer sk-test');
    expect(request.body!.stream).toBe(true);
    expect(request.body!.model).toBe('llama3');
    expect(request.body!.messages[0]!.role).toBe('system');
    expect(request.body!.messages[0]!.content).toContain('DIN 8581-1');
    expect(request.body!.messages[1]).toEqual({ role: 'user', content: SOURCE });
  });

  it('reports an invented fee and a lost phone number from the model', async () => {
    reply = (res) => sse(res, ['Die Bescheinigung kostet 15 Euro.']);
    const result = await rewriteEinfacheSprache(SOURCE, { baseUrl: base, model: 'm', fetch });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.facts.ok).toBe(false);
    expect(result.facts.invented.map((f) => f.text)).toEqual(['15 Euro']);
    expect(result.facts.dropped.map((f) => f.kind).sort()).toEqual(['amount', 'phone']);
    expect(seen.at(-1)!.auth).toBe('Bearer ollama');
  });

  it.each([
    [401, 'auth'],
    [429, 'rate-limited'],
    [500, 'server-error'],
    [502, 'server-error'],
    [504, 'timeout'],
  ] as const)('maps HTTP %i to the error code %s', async (status, code) => {
    reply = (res) => res.writeHead(status, { 'content-type': 'application/json' }).end('{"error":{"message":"no"}}');
    expect(await rewriteEinfacheSprache(SOURCE, { baseUrl: base, model: 'm', fetch })).toEqual({ ok: false, code, status });
  });

  it('treats a garbled stream as a bad response and keeps what arrived', async () => {
    reply = (res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(`data: ${JSON.stringify({ choices: [{ delta: { content: 'Hallo' } }] })}\n\ndata: {kaputt\n\n`);
    };
    expect(await rewriteEinfacheSprache(SOURCE, { baseUrl: base, model: 'm', fetch })).toEqual({ ok: false, code: 'bad-response', partial: 'Hallo' });
  });

  it('reports an unreachable server as a network error', async () => {
    const result = await rewriteEinfacheSprache(SOURCE, { baseUrl: 'http://127.0.0.1:9/v1', model: 'm', fetch });
    expect(result).toEqual({ ok: false, code: 'network' });
  });
});
