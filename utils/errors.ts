/**
 * Errors are values with a code. Each code maps to one localized message in
 * `errorMessageKey`; nothing is swallowed, the user always sees what failed.
 */
export type ErrorCode =
  | 'network'
  /** The engine answered with HTTP 5xx: its server has a problem, the connection is fine. */
  | 'server-error'
  | 'auth'
  | 'quota'
  | 'rate-limited'
  | 'timeout'
  | 'not-readerable'
  | 'page-too-large'
  | 'restricted-page'
  | 'context-invalidated'
  | 'bad-response'
  /** The engine's answer passed the length a sane reply can have (a runaway model, a hostile server). */
  | 'too-long'
  | 'unknown';

export class LeselotseError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
  ) {
    super(message ?? code);
    this.name = 'LeselotseError';
  }
}

const MESSAGE_KEYS: Record<ErrorCode, string> = {
  network: 'errorNetwork',
  'server-error': 'errorServer',
  auth: 'errorAuth',
  quota: 'errorQuota',
  'rate-limited': 'errorRateLimited',
  timeout: 'errorTimeout',
  'not-readerable': 'errorNotReaderable',
  'page-too-large': 'errorPageTooLarge',
  'restricted-page': 'errorRestrictedPage',
  'context-invalidated': 'errorContextInvalidated',
  'bad-response': 'errorBadResponse',
  'too-long': 'errorTooLong',
  unknown: 'errorUnknown',
};

/** The `_locales` key of the message shown for an error code. */
export function errorMessageKey(code: ErrorCode): string {
  return MESSAGE_KEYS[code];
}

/** Best-effort code for anything thrown. */
export function toErrorCode(error: unknown): ErrorCode {
  if (error instanceof LeselotseError) return error.code;
  const text = error instanceof Error ? error.message : String(error);
  if (/Extension context invalidated/i.test(text)) return 'context-invalidated';
  if (/Cannot access|cannot be scripted|Missing host permission|chrome:\/\/|about:/i.test(text))
    return 'restricted-page';
  if (/Receiving end does not exist|Could not establish connection/i.test(text))
    return 'context-invalidated';
  return 'unknown';
}
