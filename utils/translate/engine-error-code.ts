/**
 * The error code of anything an engine call threw: TranslateError and
 * LeselotseError carry one; a timeout from `AbortSignal.timeout` is `timeout`;
 * a failed `fetch` (DNS, refused, CORS, missing host permission) is `network`.
 */
import { LeselotseError, toErrorCode, type ErrorCode } from '@/utils/errors';

/** Best code for an engine failure, for the localized message the user sees. */
export function engineErrorCode(error: unknown): ErrorCode {
  if (error instanceof LeselotseError) return error.code;
  const name = typeof error === 'object' && error !== null && 'name' in error ? (error as { name: unknown }).name : '';
  if (name === 'TimeoutError') return 'timeout';
  if (error instanceof TypeError && /fetch|network/i.test(error.message)) return 'network';
  return toErrorCode(error);
}
