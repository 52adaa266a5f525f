/**
 * DeepL API v2 wire protocol: `POST /v2/translate` with
 * `Authorization: DeepL-Auth-Key`, JSON `{text[], target_lang, …}`, at most
 * 50 texts and 128 KiB body (400 / 413 otherwise); 456 when the quota is used
 * up; `GET /v2/usage`.
 */
import { fakeTranslate, json, type EngineProtocol } from './server';

export interface DeepLMockOptions {
  apiKey?: string;
}

export const DEEPL_MAX_TEXTS = 50;
export const DEEPL_MAX_BODY = 128 * 1024;

export function deeplProtocol(options: DeepLMockOptions = {}): EngineProtocol {
  const authorized = (header: unknown) =>
    typeof header === 'string' && header.startsWith('DeepL-Auth-Key ') && (!options.apiKey || header.slice(15) === options.apiKey);
  return {
    isTranslate: (req) => req.method === 'POST' && req.path === '/v2/translate',
    errorReply(kind, status) {
      if (kind === 'auth') return json(403, { message: 'Authorization failure, check auth_key' });
      if (kind === 'quota') return json(456, { message: 'Quota exceeded' });
      if (kind === 'rate-limit') return json(429, { message: 'Too many requests' });
      return json(status, { message: 'Internal server error' });
    },
    handle(req) {
      if (!authorized(req.headers.authorization)) return json(403, { message: 'Authorization failure, check auth_key' });
      if (req.method === 'GET' && req.path === '/v2/usage') return json(200, { character_count: 0, character_limit: 500000 });
      if (req.path !== '/v2/translate') return json(404, { message: 'Not found' });
      if (Buffer.byteLength(req.body) > DEEPL_MAX_BODY) return { status: 413, body: 'Request Entity Too Large' };
      const body = (req.json ?? {}) as { text?: unknown; target_lang?: unknown; tag_handling?: unknown };
      if (!Array.isArray(body.text) || body.text.length === 0 || !body.text.every((t) => typeof t === 'string'))
        return json(400, { message: "Value for 'text' not supported." });
      if (body.text.length > DEEPL_MAX_TEXTS) return json(400, { message: `Too many texts: ${body.text.length} (max ${DEEPL_MAX_TEXTS})` });
      if (typeof body.target_lang !== 'string') return json(400, { message: "Value for 'target_lang' not supported." });
      if (body.tag_handling !== undefined && body.tag_handling !== 'html' && body.tag_handling !== 'xml')
        return json(400, { message: "Value for 'tag_handling' not supported." });
      const target = body.target_lang;
      return json(200, { translations: (body.text as string[]).map((t) => ({ detected_source_language: 'DE', text: fakeTranslate(t, target) })) });
    },
  };
}
