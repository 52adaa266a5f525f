/**
 * Microsoft Translator v3 wire protocol: `POST /translate?api-version=3.0&to=…
 * &textType=…`, `Ocp-Apim-Subscription-Key` (+ optional region), body
 * `[{Text}]`; ≤ 1,000 elements and ≤ 50,000 characters; six-digit error codes.
 */
import { fakeTranslate, json, type EngineProtocol } from './server';

export interface MicrosoftMockOptions {
  apiKey?: string;
  /** Require this region header (regional resources). */
  region?: string;
}

export const MICROSOFT_MAX_ELEMENTS = 1000;
export const MICROSOFT_MAX_CHARS = 50_000;

const error = (status: number, code: number, message: string) => json(status, { error: { code, message } });

export function microsoftProtocol(options: MicrosoftMockOptions = {}): EngineProtocol {
  return {
    isTranslate: (req) => req.method === 'POST' && req.path === '/translate',
    errorReply(kind, status) {
      if (kind === 'auth') return error(401, 401000, 'The request is not authorized because credentials are missing or invalid.');
      if (kind === 'quota') return error(403, 403001, 'The operation is not allowed because the subscription has exceeded its free quota.');
      if (kind === 'rate-limit') return error(429, 429001, 'The server rejected the request because the client has exceeded request limits.');
      return error(status, 500000, 'An unexpected error occurred.');
    },
    handle(req) {
      const key = req.headers['ocp-apim-subscription-key'];
      if (!key || (options.apiKey && key !== options.apiKey)) return error(401, 401000, 'The request is not authorized because credentials are missing or invalid.');
      if (options.region && req.headers['ocp-apim-subscription-region'] !== options.region) return error(401, 401015, 'Region mismatch');
      if (req.path !== '/translate') return error(404, 404000, 'Not found');
      if (req.query.get('api-version') !== '3.0') return error(400, 400021, 'The API version parameter is missing or invalid.');
      const to = req.query.getAll('to');
      if (to.length === 0) return error(400, 400036, 'The target language ("To" field) is missing or invalid.');
      const textType = req.query.get('textType') ?? 'plain';
      if (textType !== 'plain' && textType !== 'html') return error(400, 400064, 'The translation text type is invalid.');
      const body = req.json;
      if (!Array.isArray(body) || !body.every((e) => e && typeof (e as { Text?: unknown }).Text === 'string')) return error(400, 400074, 'The body of the request is not valid JSON.');
      if (body.length > MICROSOFT_MAX_ELEMENTS) return error(400, 400077, 'The maximum request size has been exceeded.');
      const chars = (body as { Text: string }[]).reduce((n, e) => n + e.Text.length, 0) * to.length;
      if (chars > MICROSOFT_MAX_CHARS) return error(400, 400050, 'The input text is too long.');
      return json(200, (body as { Text: string }[]).map((e) => ({ translations: to.map((lang) => ({ text: fakeTranslate(e.Text, lang), to: lang })) })));
    },
  };
}
