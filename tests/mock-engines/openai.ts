/**
 * OpenAI-compatible chat completions (as Ollama's `/v1` serves them):
 * `POST /chat/completions` with a Bearer token; the mock reads the JSON array
 * from the last user message and answers with a JSON array of translations,
 * optionally wrapped in a code fence like chatty models do.
 */
import { fakeTranslate, json, type EngineProtocol } from './server';

export interface OpenAiMockOptions {
  apiKey?: string;
  /** Wrap the reply in ```json fences with a sentence before it. */
  chatty?: boolean;
  model?: string;
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
      const body = (req.json ?? {}) as { model?: unknown; messages?: { role?: string; content?: string }[] };
      if (typeof body.model !== 'string' || !Array.isArray(body.messages)) return json(400, { error: { message: 'model and messages are required' } });
      const system = body.messages.find((m) => m.role === 'system')?.content ?? '';
      const user = [...body.messages].reverse().find((m) => m.role === 'user')?.content ?? '';
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
