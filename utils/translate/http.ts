/**
 * One HTTP exchange with an engine: per-request timeout, the caller's abort
 * signal, and the status codes every engine shares mapped to error codes.
 * Engine files add their own quirks through `mapError`.
 */
import { TranslateError, abortError } from './translate-error';

export const DEFAULT_TIMEOUT_MS = 30_000;

export interface EngineReply {
  status: number;
  headers: Headers;
  /** Raw body text (already fully read, under the same timeout). */
  text: string;
}

export interface RequestOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
  /**
   * Engine-specific mapping of a non-2xx reply (or a 2xx reply with an error
   * inside); return undefined to use the shared mapping.
   */
  mapError?: (reply: EngineReply) => TranslateError | undefined;
}

/** Parse `Retry-After` (seconds or an HTTP date) into ms. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value.trim());
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The shared status mapping: 401/403 auth, 429 rate-limited, 5xx server-error (retryable), rest bad-response. */
export function mapStatus(reply: EngineReply): TranslateError {
  const { status } = reply;
  const detail = `HTTP ${status}`;
  if (status === 401 || status === 403) return new TranslateError('auth', detail, { status });
  if (status === 429)
    return new TranslateError('rate-limited', detail, {
      status,
      retryable: true,
      retryAfterMs: parseRetryAfter(reply.headers.get('retry-after')),
    });
  if (status === 408) return new TranslateError('timeout', detail, { status, retryable: true });
  if (status >= 500) return new TranslateError('server-error', detail, { status, retryable: true });
  return new TranslateError('bad-response', detail, { status });
}

/**
 * Fetch and read the reply. Rejects with TranslateError (`network`, `timeout`,
 * mapped statuses) or with an AbortError when `signal` aborted.
 */
export async function request(fetchFn: typeof fetch, url: string, init: RequestInit, options: RequestOptions = {}): Promise<EngineReply> {
  const { signal } = options;
  if (signal?.aborted) throw abortError(signal);
  const controller = new AbortController();
  let timedOut = false;
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort, { once: true });
  // The timer covers headers and body: a server that trickles its reply must not hang the reader.
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  try {
    let response: Response;
    let text: string;
    try {
      response = await fetchFn(url, { ...init, signal: controller.signal });
      text = await response.text();
    } catch (error) {
      if (signal?.aborted) throw abortError(signal);
      if (timedOut) throw new TranslateError('timeout', 'The engine did not answer in time.', { retryable: true });
      throw new TranslateError('network', error instanceof Error ? error.message : 'fetch failed', { retryable: true });
    }
    const reply: EngineReply = { status: response.status, headers: response.headers, text };
    const mapped = options.mapError?.(reply);
    if (mapped) throw mapped;
    if (response.status < 200 || response.status >= 300) throw mapStatus(reply);
    return reply;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

/** Parse a reply body as JSON; malformed bodies are `bad-response`. */
export function parseJson(reply: EngineReply): unknown {
  try {
    return JSON.parse(reply.text) as unknown;
  } catch {
    throw new TranslateError('bad-response', `Malformed JSON (HTTP ${reply.status})`);
  }
}

/** Parse a JSON error body without failing (for engine-specific mapping). */
export function tryJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Check that `value` is an array of `count` strings, else `bad-response`. */
export function expectStrings(value: unknown, count: number, what: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
    throw new TranslateError('bad-response', `${what}: expected ${count} strings`);
  if (value.length !== count) throw new TranslateError('bad-response', `${what}: ${value.length} strings for ${count} texts`, { mismatch: true });
  return value as string[];
}

/** Join a base URL and a path without doubling or losing slashes. */
export function joinUrl(base: string, path: string): string {
  return base.replace(/\/+$/, '') + '/' + path.replace(/^\/+/, '');
}

/** Host name of a URL, for the privacy label ("sent to …"). */
export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Host-permission pattern for a base URL (`https://host/*`). */
export function originPattern(url: string): string[] {
  try {
    const u = new URL(url);
    return [`${u.protocol}//${u.hostname}/*`];
  } catch {
    return [];
  }
}
