/**
 * Google Cloud Translation v2 wire protocol: `POST
 * /language/translate/v2?key=`, JSON `{q[], target, source, format}`, at most
 * 128 segments, bodies over 100 KB rejected; Google-style error objects,
 * "Daily Limit Exceeded" as 403.
 */
import { fakeTranslate, json, type EngineProtocol } from './server';

export interface GoogleMockOptions {
  apiKey?: string;
}

export const GOOGLE_MAX_SEGMENTS = 128;
export const GOOGLE_MAX_BODY = 100 * 1024;

const error = (code: number, message: string, reason: string, status: string) =>
  json(code, { error: { code, message, errors: [{ message, domain: 'global', reason }], status } });

export function googleProtocol(options: GoogleMockOptions = {}): EngineProtocol {
  return {
    isTranslate: (req) => req.method === 'POST' && req.path === '/language/translate/v2',
    errorReply(kind, status) {
      if (kind === 'auth') return error(403, 'The request is missing a valid API key.', 'forbidden', 'PERMISSION_DENIED');
      if (kind === 'quota') return error(403, 'Daily Limit Exceeded', 'dailyLimitExceeded', 'PERMISSION_DENIED');
      if (kind === 'rate-limit') return error(429, 'Too many requests', 'rateLimitExceeded', 'RESOURCE_EXHAUSTED');
      return error(status, 'Internal error', 'backendError', 'INTERNAL');
    },
    handle(req) {
      const key = req.query.get('key');
      if (!key || (options.apiKey && key !== options.apiKey)) return error(400, 'API key not valid. Please pass a valid API key.', 'badRequest', 'INVALID_ARGUMENT');
      if (req.method === 'GET' && req.path === '/language/translate/v2/languages')
        return json(200, { data: { languages: ['ar', 'uk', 'tr', 'fa', 'en'].map((language) => ({ language })) } });
      if (req.path !== '/language/translate/v2') return error(404, 'Not Found', 'notFound', 'NOT_FOUND');
      if (Buffer.byteLength(req.body) > GOOGLE_MAX_BODY) return error(400, 'Request payload size exceeds the limit', 'badRequest', 'INVALID_ARGUMENT');
      const body = (req.json ?? {}) as { q?: unknown; target?: unknown; format?: unknown };
      const q = (Array.isArray(body.q) ? body.q : [body.q]) as unknown[];
      if (!q.every((t) => typeof t === 'string')) return error(400, 'Required Text', 'required', 'INVALID_ARGUMENT');
      if (q.length > GOOGLE_MAX_SEGMENTS) return error(400, 'Too many text segments', 'badRequest', 'INVALID_ARGUMENT');
      if (typeof body.target !== 'string') return error(400, 'Invalid Value', 'invalid', 'INVALID_ARGUMENT');
      const target = body.target;
      return json(200, { data: { translations: (q as string[]).map((t) => ({ translatedText: fakeTranslate(t, target) })) } });
    },
  };
}
