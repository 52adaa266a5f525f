/**
 * Optional rewrite into Einfache Sprache through an OpenAI-compatible chat
 * completions endpoint (Ollama on localhost or any provider), streamed as SSE.
 * The output is always run through the fact-preservation check; the result
 * says what the model dropped or invented. Takes `fetch` as an argument, so it
 * runs in the background worker and in tests alike. The key is sent only in
 * the Authorization header and never logged.
 */
import type { ErrorCode } from '@/utils/errors';
import { checkFacts, type FactCheckResult } from './fact-check';
import { EINFACHE_SPRACHE_SYSTEM_PROMPT } from './llm-prompt';
import { SseLimitError, sseData } from './sse';
import { parseRetryAfter } from '@/utils/translate/http';

export interface RewriteOptions {
  /** Base URL up to `/v1` (e.g. `http://localhost:11434/v1`). */
  baseUrl: string;
  model: string;
  apiKey?: string;
  fetch: typeof fetch;
  signal?: AbortSignal;
  /** Called with the text so far as tokens arrive. */
  onText?: (textSoFar: string) => void;
  temperature?: number;
}

export type RewriteResult =
  | { ok: true; text: string; facts: FactCheckResult; finishReason?: string }
  | { ok: false; code: ErrorCode; status?: number; partial?: string; retryAfterMs?: number };

/**
 * The longest rewrite accepted, in characters. The source is at most
 * REWRITE_SOURCE_BUDGET (4,000) characters; a plain-language version runs
 * longer, but six times that is a model stuck in a loop or a hostile server,
 * and rendering it would stall the reader. Past it the stream is cut off.
 */
export const REWRITE_MAX_CHARS = 24_000;

/**
 * The longest event stream read, in characters, with its JSON wrapping: a
 * token of ~4 characters arrives in an event of ~200, so 24,000 characters of
 * text take ~1.2 MB. A stream past this is cut off however little text it held.
 */
export const REWRITE_MAX_STREAM_CHARS = 4_000_000;

/** A timeout signal (`AbortSignal.timeout`) rejects with a TimeoutError, a caller's abort with an AbortError. */
const stopped = (error: unknown) => ['AbortError', 'TimeoutError'].includes((error as Error)?.name);

interface StreamChunk {
  choices?: { delta?: { content?: string | null }; finish_reason?: string | null }[];
  error?: { message?: string };
}

function codeForStatus(status: number): ErrorCode {
  if (status === 401 || status === 403) return 'auth';
  if (status === 429) return 'rate-limited';
  if (status === 402) return 'quota';
  if (status === 408 || status === 504) return 'timeout';
  if (status >= 500) return 'server-error';
  return 'bad-response';
}

/** Rewrite `source` (German) into Einfache Sprache and check its facts. */
export async function rewriteEinfacheSprache(source: string, options: RewriteOptions): Promise<RewriteResult> {
  const url = `${options.baseUrl.replace(/\/+$/u, '')}/chat/completions`;
  let response: Response;
  try {
    response = await options.fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        // Ollama wants some key and ignores it.
        authorization: `Bearer ${options.apiKey || 'ollama'}`,
      },
      body: JSON.stringify({
        model: options.model,
        stream: true,
        temperature: options.temperature ?? 0.2,
        messages: [
          { role: 'system', content: EINFACHE_SPRACHE_SYSTEM_PROMPT },
          { role: 'user', content: source },
        ],
      }),
      signal: options.signal,
    });
  } catch (error) {
    return { ok: false, code: stopped(error) ? 'timeout' : 'network' };
  }
  if (!response.ok) {
    const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'));
    // OpenAI reports a used-up balance as 429 `insufficient_quota`: waiting does not help.
    const body = await response.text().catch(() => '');
    const code = response.status === 429 && body.includes('insufficient_quota') ? 'quota' : codeForStatus(response.status);
    return { ok: false, code, status: response.status, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
  }
  if (!response.body) return { ok: false, code: 'bad-response', status: response.status };

  let text = '';
  let finishReason: string | undefined;
  try {
    for await (const data of sseData(response.body, { maxChars: REWRITE_MAX_STREAM_CHARS })) {
      let chunk: StreamChunk;
      try {
        chunk = JSON.parse(data) as StreamChunk;
      } catch {
        return { ok: false, code: 'bad-response', partial: text };
      }
      if (chunk.error) return { ok: false, code: 'bad-response', partial: text };
      const choice = chunk.choices?.[0];
      const delta = choice?.delta?.content;
      if (typeof delta === 'string' && delta) {
        // Leaving the loop cancels the stream (sseData closes the reader).
        if (text.length + delta.length > REWRITE_MAX_CHARS) return { ok: false, code: 'too-long', partial: text };
        text += delta;
        options.onText?.(text);
      }
      if (choice?.finish_reason) finishReason = choice.finish_reason;
    }
  } catch (error) {
    if (error instanceof SseLimitError) return { ok: false, code: 'too-long', partial: text };
    return { ok: false, code: stopped(error) ? 'timeout' : 'network', partial: text };
  }
  if (!text.trim()) return { ok: false, code: 'bad-response' };
  return { ok: true, text, facts: checkFacts(source, text), finishReason };
}
