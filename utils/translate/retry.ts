/**
 * Retry policy for engine requests: 429 waits at least what `Retry-After`
 * asks, 5xx/timeouts/dropped connections back off exponentially with jitter
 * (full jitter on top of the base, so parallel clients spread out). Sleep and
 * randomness are injectable so tests run instantly and deterministically.
 */
import { abortError, isAbortError, toTranslateError, type TranslateError } from './translate-error';

export interface RetryOptions {
  /** Attempts in total, including the first (default 4). */
  attempts?: number;
  /** First back-off step in ms (default 500); doubles each retry. */
  baseDelayMs?: number;
  /** Longest single wait (default 30 s); a longer `Retry-After` gives up at once. */
  maxDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  signal?: AbortSignal;
  /** Called before each wait (for tests and progress UI). */
  onRetry?: (error: TranslateError, delayMs: number, attempt: number) => void;
}

/** Sleep that an AbortSignal cuts short. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortError(signal));
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortError(signal));
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** The wait before retry number `attempt` (1-based) after `error`. */
export function retryDelay(error: TranslateError, attempt: number, base: number, random: () => number): number {
  const backoff = base * 2 ** (attempt - 1);
  const jitter = random() * backoff;
  if (error.retryAfterMs !== undefined) return error.retryAfterMs + random() * base;
  return backoff + jitter;
}

/** Run `task` until it succeeds, fails for good, or attempts run out. */
export async function withRetry<T>(task: (attempt: number) => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 4;
  const base = options.baseDelayMs ?? 500;
  const maxDelay = options.maxDelayMs ?? 30_000;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ? options.sleep : (ms: number) => abortableSleep(ms, options.signal);
  for (let attempt = 1; ; attempt++) {
    if (options.signal?.aborted) throw abortError(options.signal);
    try {
      return await task(attempt);
    } catch (raw) {
      if (isAbortError(raw) || options.signal?.aborted) throw options.signal?.aborted ? abortError(options.signal) : raw;
      const error = toTranslateError(raw);
      // A server that did not answer in time once is unlikely to answer a third time: two tries only.
      const limit = error.code === 'timeout' ? Math.min(2, attempts) : attempts;
      if (!error.retryable || attempt >= limit) throw error;
      const delay = retryDelay(error, attempt, base, random);
      // A server asking for a very long pause (quota-like 429): report now instead of hanging the reader.
      if (delay > maxDelay) throw error;
      options.onRetry?.(error, delay, attempt);
      await sleep(delay);
    }
  }
}
