/**
 * Server-sent events as OpenAI-compatible servers stream them: lines
 * `data: {json}` separated by blank lines, ending with `data: [DONE]`. Chunks
 * may split lines anywhere, so text is buffered up to the last newline.
 */

/** Yield the payload of every `data:` line of an SSE byte stream (without "[DONE]"). */
export async function* sseData(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
      const lines = buffer.split(/\r?\n/u);
      buffer = done ? '' : (lines.pop() ?? '');
      for (const line of lines) {
        if (!line.startsWith('data:')) continue; // comments (": ping"), event names, blank separators
        const data = line.slice(5).trim();
        if (data === '[DONE]') return;
        if (data) yield data;
      }
      if (done) return;
    }
  } finally {
    reader.releaseLock();
  }
}
