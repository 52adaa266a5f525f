/**
 * The plain-language rewrite port, named by direction like `translate-port.ts`.
 * The reader opens it for one rewrite: the background (where the engine's key
 * lives) streams the text back piece by piece and ends with the fact check.
 * Closing the reader or pressing cancel disconnects the port, which aborts the
 * request in flight.
 */
import type { ErrorCode } from '@/utils/errors';
import type { Article } from '@/utils/extract/types';
import type { FactCheckResult } from '@/utils/simplify/fact-check';

/** `runtime.connect` name of the rewrite port. */
export const REWRITE_PORT_NAME = 'leselotse-rewrite';

/**
 * What was sent: the whole article, or (past the token budget) the key facts
 * and the first blocks that fit.
 */
export type RewriteScope = 'article' | 'excerpt';

export type RewritePortCStoBG = { type: 'cs-bg-rewrite'; article: Article };

export type RewritePortBGtoCS =
  | { type: 'bg-cs-rewrite-start'; destination: string; scope: RewriteScope }
  /** The next piece of the text as it streams in. */
  | { type: 'bg-cs-rewrite-delta'; text: string }
  | { type: 'bg-cs-rewrite-done'; text: string; facts: FactCheckResult }
  /** `off`: the rewrite was switched off in the options since the reader offered it. */
  | { type: 'bg-cs-rewrite-failed'; error: ErrorCode; retryAfterMs?: number; off?: true };

/** Which plain-language engines the user switched on (never a key or a URL, only where text goes). */
export interface RewriteOffer {
  /** The OpenAI-compatible rewrite, with the host the text goes to. */
  llm?: { destination: string };
  /** Chrome's on-device Summarizer (key points), if the user opted in; the reader checks availability. */
  summarizer: boolean;
}

/** True when `value` is a message the reader may send on the rewrite port. */
export function isRewritePortRequest(value: unknown): value is RewritePortCStoBG {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { type?: unknown }).type === 'cs-bg-rewrite' &&
    typeof (value as { article?: unknown }).article === 'object'
  );
}
