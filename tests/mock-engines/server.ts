/**
 * Loopback HTTP server shared by the mock engines: records every request,
 * adds latency, and plays scripted faults (auth, quota, 429 with Retry-After,
 * 5xx, malformed JSON, slow or trickling replies) in each engine's own wire
 * format. Listens on 127.0.0.1 only, on a free port.
 */
import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: string;
  /** Parsed JSON or form body (undefined when neither). */
  json?: unknown;
  /** Arrival time (`performance.now()`). */
  at: number;
}

export type Fault =
  | { kind: 'auth' }
  | { kind: 'quota' }
  | { kind: 'rate-limit'; retryAfter?: string }
  | { kind: 'server-error'; status?: number }
  | { kind: 'malformed' }
  /** Hold the reply back (client timeouts). */
  | { kind: 'slow'; ms: number }
  /** Send the headers at once, then the body `bytes` (default 8) at a time, one chunk every `chunkMs`. */
  | { kind: 'trickle'; chunkMs: number; bytes?: number }
  /** Answer with one translation too few (LLM engines). */
  | { kind: 'count-mismatch' };

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body: string;
  /**
   * Send the body as these pieces, `chunkMs` apart (a streamed reply: SSE
   * events). May be endless (a generator): sending stops when the client hangs up.
   */
  chunks?: Iterable<string>;
  chunkMs?: number;
}

export interface EngineProtocol {
  /** Whether a request is a (billable) translation request: faults apply only to these. */
  isTranslate(req: RecordedRequest): boolean;
  /** The real reply to a request (translation, settings, languages, limit errors, key checks). */
  handle(req: RecordedRequest, fault: Fault | undefined): Reply;
  /** The engine's error reply for a fault the shared code renders. */
  errorReply(kind: 'auth' | 'quota' | 'rate-limit' | 'server-error', status: number): Reply;
}

export interface MockEngineServer {
  baseUrl: string;
  /** Every request, in arrival order. */
  requests: RecordedRequest[];
  /** Only the translation requests. */
  translateRequests(): RecordedRequest[];
  /** Queue faults: each applies to the next translation request. */
  fail(...faults: Fault[]): void;
  setLatency(ms: number): void;
  reset(): void;
  close(): Promise<void>;
}

export interface MockServerOptions {
  /** Delay before every reply, in ms (default 0). */
  latencyMs?: number;
  /** Base path prefix the protocol lives under (e.g. `/v1` for OpenAI-compatible). */
  basePath?: string;
}

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The deterministic "translation": a target prefix; markup is kept untouched. */
export function fakeTranslate(text: string, target: string): string {
  return `[${target.toLowerCase().split('-')[0]}] ${text}`;
}

function parseBody(body: string, contentType: string | undefined): unknown {
  if (!body) return undefined;
  if (contentType?.includes('application/x-www-form-urlencoded')) {
    const form = new URLSearchParams(body);
    const out: Record<string, string | string[]> = {};
    for (const key of new Set(form.keys())) {
      const all = form.getAll(key);
      out[key] = all.length > 1 ? all : all[0]!;
    }
    return out;
  }
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

async function send(res: ServerResponse, reply: Reply, trickle?: { chunkMs: number; bytes?: number }): Promise<void> {
  res.writeHead(reply.status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Access-Control-Allow-Origin': '*',
    // No socket reuse: a reused socket the server already dropped would show up as a spurious network error.
    Connection: 'close',
    ...reply.headers,
  });
  if (reply.chunks) {
    // A streamed reply (SSE): each event its own write, the way a real server flushes them.
    for (const chunk of reply.chunks) {
      if (res.destroyed) return;
      res.write(chunk);
      await delay(reply.chunkMs ?? 0);
    }
    return void res.end();
  }
  if (!trickle) return void res.end(reply.body);
  const bytes = Buffer.from(reply.body);
  const step = Math.max(1, trickle.bytes ?? 8);
  // Headers go out at once (fetch resolves), the body crawls: only a timeout over the whole body catches this.
  res.flushHeaders();
  for (let i = 0; i < bytes.length && !res.destroyed; i += step) {
    res.write(bytes.subarray(i, i + step));
    await delay(trickle.chunkMs);
  }
  res.end();
}

/** Start a mock engine on 127.0.0.1 with a free port. */
export async function startMockServer(protocol: EngineProtocol, options: MockServerOptions = {}): Promise<MockEngineServer> {
  const requests: RecordedRequest[] = [];
  const faults: Fault[] = [];
  let latency = options.latencyMs ?? 0;
  const basePath = options.basePath ?? '';

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      void (async () => {
        if (req.method === 'OPTIONS') {
          res.writeHead(204, {
            'Access-Control-Allow-Origin': '*',
            'Access-Control-Allow-Methods': 'GET, POST',
            'Access-Control-Allow-Headers': '*',
          });
          return void res.end();
        }
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const body = Buffer.concat(chunks).toString('utf8');
        const path = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) || '/' : url.pathname;
        const recorded: RecordedRequest = {
          method: req.method ?? 'GET',
          path,
          query: url.searchParams,
          headers: req.headers,
          body,
          json: parseBody(body, req.headers['content-type']),
          at: performance.now(),
        };
        requests.push(recorded);
        const fault = protocol.isTranslate(recorded) ? faults.shift() : undefined;
        if (latency > 0) await delay(latency);
        if (fault?.kind === 'slow') await delay(fault.ms);
        if (res.destroyed) return;
        let reply: Reply;
        switch (fault?.kind) {
          case 'auth':
            reply = protocol.errorReply('auth', 403);
            break;
          case 'rate-limit':
            reply = protocol.errorReply('rate-limit', 429);
            if (fault.retryAfter !== undefined) reply.headers = { ...reply.headers, 'Retry-After': fault.retryAfter };
            break;
          case 'server-error':
            reply = protocol.errorReply('server-error', fault.status ?? 500);
            break;
          case 'malformed':
            reply = { status: 200, body: '{"translations": [{"text": "unterbroch' };
            break;
          default:
            reply = fault?.kind === 'quota' ? protocol.errorReply('quota', 0) : protocol.handle(recorded, fault);
        }
        await send(res, reply, fault?.kind === 'trickle' ? fault : undefined);
      })().catch(() => {
        if (!res.headersSent) res.writeHead(500);
        res.end();
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}${basePath}`,
    requests,
    translateRequests: () => requests.filter((r) => protocol.isTranslate(r)),
    fail: (...f) => void faults.push(...f),
    setLatency: (ms) => void (latency = ms),
    reset: () => {
      requests.length = 0;
      faults.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** JSON reply helper. */
export const json = (status: number, value: unknown, headers?: Record<string, string>): Reply => ({
  status,
  body: JSON.stringify(value),
  ...(headers ? { headers } : {}),
});
