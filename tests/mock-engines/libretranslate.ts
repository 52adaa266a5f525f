/**
 * LibreTranslate wire protocol (v1.9): `POST /translate` JSON or form with `q`
 * string or array and `api_key` in the body; `GET /frontend/settings`,
 * `/languages`, `/health`; errors as `{"error": "..."}`; the instance's
 * batch and character limits enforced like `--batch-limit`/`--char-limit`.
 */
import { fakeTranslate, json, type EngineProtocol } from './server';

export interface LibreMockOptions {
  /** Require this key (instance started with --api-keys --require-api-key-origin). */
  apiKey?: string;
  batchLimit?: number;
  charLimit?: number;
}

const TARGETS = ['ar', 'bg', 'en', 'es', 'fa', 'fr', 'it', 'pl', 'ro', 'ru', 'sq', 'tr', 'uk', 'zh'];

export function libreProtocol(options: LibreMockOptions = {}): EngineProtocol {
  const batchLimit = options.batchLimit ?? -1;
  const charLimit = options.charLimit ?? -1;
  return {
    isTranslate: (req) => req.method === 'POST' && req.path === '/translate',
    errorReply(kind, status) {
      if (kind === 'auth') return json(403, { error: 'Invalid API key' });
      if (kind === 'quota') return json(403, { error: 'Too many request limits violations' });
      if (kind === 'rate-limit') return json(status, { error: 'Slowdown: 60 per 1 minute' });
      return json(status, { error: 'Internal server error' });
    },
    handle(req) {
      if (req.method === 'GET' && req.path === '/frontend/settings')
        return json(200, { charLimit, batchLimit, keyRequired: Boolean(options.apiKey), apiKeys: Boolean(options.apiKey), suggestions: false, filesTranslation: false, frontendTimeout: 500 });
      if (req.method === 'GET' && req.path === '/languages')
        return json(200, [{ code: 'de', name: 'German', targets: TARGETS }, ...TARGETS.map((code) => ({ code, name: code, targets: ['de'] }))]);
      if (req.method === 'GET' && req.path === '/health') return json(200, { status: 'ok' });
      if (req.path !== '/translate') return json(404, { error: 'Not Found' });
      const body = (req.json ?? {}) as { q?: unknown; source?: unknown; target?: unknown; format?: unknown; api_key?: unknown };
      if (options.apiKey && body.api_key === undefined) return json(400, { error: 'Visit https://portal.libretranslate.com to get an API key' });
      if (options.apiKey && body.api_key !== options.apiKey) return json(403, { error: 'Invalid API key' });
      if (body.q === undefined) return json(400, { error: 'Invalid request: missing q parameter' });
      if (typeof body.source !== 'string') return json(400, { error: 'Invalid request: missing source parameter' });
      if (typeof body.target !== 'string') return json(400, { error: 'Invalid request: missing target parameter' });
      if (!TARGETS.includes(body.target)) return json(400, { error: `${body.target} is not supported` });
      if (body.format !== undefined && body.format !== 'text' && body.format !== 'html') return json(400, { error: `${String(body.format)} format is not supported` });
      const batch = Array.isArray(body.q);
      const q = (batch ? body.q : [body.q]) as unknown[];
      if (!q.every((t) => typeof t === 'string')) return json(400, { error: 'Invalid request: q must be text' });
      if (batchLimit !== -1 && q.length > batchLimit) return json(400, { error: `Invalid request: request (${q.length}) exceeds text limit (${batchLimit})` });
      const chars = (q as string[]).reduce((n, t) => n + t.length, 0);
      if (charLimit !== -1 && chars > charLimit) return json(400, { error: `Invalid request: request (${chars}) exceeds text limit (${charLimit})` });
      const out = (q as string[]).map((t) => fakeTranslate(t, body.target as string));
      return json(200, {
        translatedText: batch ? out : out[0],
        ...(body.source === 'auto' ? { detectedLanguage: batch ? out.map(() => ({ confidence: 90, language: 'de' })) : { confidence: 90, language: 'de' } } : {}),
      });
    },
  };
}
