/**
 * Engine failures as values: one `ErrorCode` (mapped to a localized message by
 * `utils/errors.ts`) plus whether trying again later can help.
 */
import { LeselotseError, type ErrorCode } from '@/utils/errors';

export interface TranslateErrorInit {
  /** Worth retrying after a pause (429, 5xx, timeouts, dropped connections). */
  retryable?: boolean;
  /** Server-requested pause (`Retry-After`), in ms. */
  retryAfterMs?: number;
  /** HTTP status, when there was a reply. */
  status?: number;
  /** The reply did not line up with the request (wrong count): smaller batches may work. */
  mismatch?: boolean;
}

export class TranslateError extends LeselotseError {
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
  readonly status?: number;
  readonly mismatch: boolean;

  constructor(code: ErrorCode, message?: string, init: TranslateErrorInit = {}) {
    super(code, message);
    this.name = 'TranslateError';
    this.retryable = init.retryable ?? false;
    this.retryAfterMs = init.retryAfterMs;
    this.status = init.status;
    this.mismatch = init.mismatch ?? false;
  }
}

/** True for the rejection an aborted `AbortSignal` causes (not a timeout of ours). */
export function isAbortError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    (error as { name: unknown }).name === 'AbortError'
  );
}

/** The error to reject with when the caller's signal aborted. */
export function abortError(signal?: AbortSignal): unknown {
  const reason: unknown = signal?.reason;
  if (isAbortError(reason)) return reason;
  return new DOMException('The translation was aborted.', 'AbortError');
}

/** Any thrown value as a TranslateError (aborts are not converted: callers rethrow them). */
export function toTranslateError(error: unknown): TranslateError {
  if (error instanceof TranslateError) return error;
  if (error instanceof LeselotseError) return new TranslateError(error.code, error.message);
  return new TranslateError('unknown', error instanceof Error ? error.message : String(error));
}
