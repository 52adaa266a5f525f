/**
 * Server-sent events as OpenAI-compatible servers stream them: lines
 * `data: {json}` separated by blank lines, ending with `data: [DONE]`. Chunks
 * may split lines anywhere, so text is buffered up to the last newline.
 */

/** Thrown when a stream passes its character limit (a runaway or hostile server). */
export class SseLimitError extends Error {
  constructor(readonly limit: number) {
    super(`event stream longer than ${limit} characters`);
    this.name = 'SseLimitError';
  }
}

export interface SseOptions {
  /**
   * Stop after this many characters of the raw stream, data lines or not: a
   * server that never ends a line or never sends `[DONE]` must not fill memory.
   */
  maxChars?: number;
}

/** Yield the payload of every `data:` line of an SSE byte stream (without "[DONE]"). */
export async function* sseData(body: ReadableStream<Uint8Array>, options: SseOptions = {}): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const limit = options.maxChars ?? Infinity;
  let buffer = '';
  let total = 0;
  let finished = false;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      const text = done ? decoder.decode() : decoder.decode(value, { stream: true });
      total += text.length;
      if (total > limit) throw new SseLimitError(limit);
      buffer += text;
      const lines = buffer.split(/\r?\n/u);
      buffer = done ? '' : (lines.pop() ?? '');
      for (const line of lines) {
        if (!line.startsWith('data:')) continue; // comments (": ping"), event names, blank separators
        const data = line.slice(5).trim();
        if (data === '[DONE]') return;
        if (data) yield data;
      }
      if (done) {
        finished = true;
        return;
      }
    }
  } finally {
    // Stopped early (limit, [DONE], the consumer gave up): close the connection rather than leave it streaming.
    if (!finished) await reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
