/**
 * OpenAI-compatible chat completions (as Ollama's `/v1` serves them):
 * `POST /chat/completions` with a Bearer token; the mock reads the JSON array
 * from the last user message and answers with a JSON array of translations,
 * optionally wrapped in a code fence like chatty models do. A request with
 * `stream: true` (the plain-language rewrite) is answered as the real API
 * streams: `text/event-stream`, one `data: {"choices":[{"delta":{"content":…}}]}`
 * event per piece, a last event with `finish_reason: "stop"`, then
 * `data: [DONE]`. Errors keep the JSON body `{error:{message,type,code}}`.
 */
import { fakeTranslate, json, type EngineProtocol, type Reply } from './server';

export interface OpenAiMockOptions {
  apiKey?: string;
  /** Wrap the reply in ```json fences with a sentence before it. */
  chatty?: boolean;
  model?: string;
  /**
   * The streamed answer to a rewrite request, from the text the user message
   * carries (default `fakeRewrite`). Tests may replace it between requests:
   * the protocol reads it from this object on every request.
   */
  rewrite?: (source: string) => string;
  /** Pause between streamed events, in ms (default 15). */
  streamChunkMs?: number;
  /**
   * The whole reply to a rewrite request, replacing the well-formed stream
   * (hostile engines: broken events, an HTML page, an endless stream). Read on
   * every request, like `rewrite`.
   */
  rewriteReply?: (source: string, model: string) => Reply;
}

/**
 * The default "rewrite": every line of the source, each sentence on a line of
 * its own after a marker word, so every fact survives verbatim.
 */
export function fakeRewrite(source: string): string {
  return source
    .split(/\n+/u)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => `Einfach gesagt: ${line}`)
    .join('\n');
}

const chunkBase = (model: string) => ({ id: 'chatcmpl-mock', object: 'chat.completion.chunk', created: 1_700_000_000, model });

/** One SSE event carrying `piece` as the next delta of a streamed chat completion. */
export function sseDelta(piece: string, model: string): string {
  return `data: ${JSON.stringify({ ...chunkBase(model), choices: [{ index: 0, delta: { content: piece }, finish_reason: null }] })}\n\n`;
}

/** The events of a whole streamed completion of `pieces`: role, one delta per piece, `stop`, `[DONE]`. */
export function sseEvents(pieces: readonly string[], model: string): string[] {
  const event = (value: unknown) => `data: ${JSON.stringify(value)}\n\n`;
  const base = chunkBase(model);
  return [
    event({ ...base, choices: [{ index: 0, delta: { role: 'assistant', content: '' }, finish_reason: null }] }),
    ...pieces.map((piece) => sseDelta(piece, model)),
    event({ ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] }),
    'data: [DONE]\n\n',
  ];
}

/** A streamed chat completion as OpenAI sends it: SSE events of a few characters each. */
export function sseCompletion(content: string, model: string, chunkMs: number): Reply {
  const chunks = sseEvents(content.match(/[\s\S]{1,24}/gu) ?? [], model);
  return {
    status: 200,
    headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache' },
    body: chunks.join(''),
    chunks,
    chunkMs,
  };
}

const TARGET_IN_PROMPT = /language code "([^"]+)"/;

export function openAiProtocol(options: OpenAiMockOptions = {}): EngineProtocol {
  return {
    isTranslate: (req) => req.method === 'POST' && req.path === '/chat/completions',
    errorReply(kind, status) {
      if (kind === 'auth') return json(401, { error: { message: 'Incorrect API key provided', type: 'invalid_request_error', code: 'invalid_api_key' } });
      if (kind === 'quota') return json(429, { error: { message: 'You exceeded your current quota', type: 'insufficient_quota', code: 'insufficient_quota' } });
      if (kind === 'rate-limit') return json(429, { error: { message: 'Rate limit reached', type: 'requests', code: 'rate_limit_exceeded' } });
      return json(status, { error: { message: 'The server had an error', type: 'server_error' } });
    },
    handle(req, fault) {
      const auth = req.headers.authorization;
      if (options.apiKey && auth !== `Bearer ${options.apiKey}`) return this.errorReply('auth', 401);
      if (req.method === 'GET' && req.path === '/models') return json(200, { object: 'list', data: [{ id: options.model ?? 'llama3.1', object: 'model' }] });
      if (req.path !== '/chat/completions') return json(404, { error: { message: 'not found' } });
      const body = (req.json ?? {}) as { model?: unknown; stream?: unknown; messages?: { role?: string; content?: string }[] };
      if (typeof body.model !== 'string' || !Array.isArray(body.messages)) return json(400, { error: { message: 'model and messages are required' } });
      const system = body.messages.find((m) => m.role === 'system')?.content ?? '';
      const user = [...body.messages].reverse().find((m) => m.role === 'user')?.content ?? '';
      if (body.stream === true && options.rewriteReply) return options.rewriteReply(user, body.model);
      if (body.stream === true) return sseCompletion((options.rewrite ?? fakeRewrite)(user), body.model, options.streamChunkMs ?? 15);
      const target = TARGET_IN_PROMPT.exec(system)?.[1] ?? 'xx';
      let texts: unknown;
      try {
        texts = JSON.parse(user);
      } catch {
        texts = [user];
      }
      const list = (Array.isArray(texts) ? texts : [texts]).map((t) => fakeTranslate(String(t), target));
      if (fault?.kind === 'count-mismatch' && list.length > 1) list.pop();
      const content = options.chatty ? `Here are the translations:\n\`\`\`json\n${JSON.stringify(list, null, 2)}\n\`\`\`` : JSON.stringify(list);
      return json(200, {
        id: 'chatcmpl-mock',
        object: 'chat.completion',
        model: body.model,
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
        usage: { prompt_tokens: user.length, completion_tokens: content.length, total_tokens: user.length + content.length },
      });
    },
  };
}
