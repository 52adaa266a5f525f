/**
 * LibreTranslate (any instance, own server): `POST /translate` with `q` as an
 * array and the key as the BODY field `api_key` (not a header). Limits are per
 * instance and read from `GET /frontend/settings`.
 */
import { expectStrings, hostOf, joinUrl, originPattern, parseJson, request, tryJson, type EngineReply } from '../http';
import { TranslateError } from '../translate-error';
import type { EngineConfig, EngineLimits, TranslationEngine } from '../types';

export const LIBRETRANSLATE_DEFAULT_URL = 'https://libretranslate.com';

/** Used until (or when) the instance does not tell: unlimited instances still get sane requests. */
const DEFAULT_LIMITS: EngineLimits = { maxItems: 50, maxBytes: 20_000 };

const base = (config: EngineConfig) => config.baseUrl || LIBRETRANSLATE_DEFAULT_URL;
const limitsCache = new Map<string, EngineLimits>();

/** LibreTranslate errors are JSON `{error}`; the text tells key problems from bans and slowdowns. */
function mapError(reply: EngineReply): TranslateError | undefined {
  if (reply.status >= 200 && reply.status < 300) return undefined;
  const body = tryJson(reply.text) as { error?: unknown } | undefined;
  const message = typeof body?.error === 'string' ? body.error : '';
  if (reply.status === 400 && /api key|api_key|server operator/i.test(message)) return new TranslateError('auth', message, { status: 400 });
  if (reply.status === 403 && /too many request limits/i.test(message)) return new TranslateError('quota', message, { status: 403 });
  return undefined;
}

const jsonInit = (payload: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
  body: JSON.stringify(payload),
});

export const libreTranslate: TranslationEngine = {
  id: 'libretranslate',
  supportsHtml: true,
  destination: (config) => hostOf(base(config)),
  origins: (config) => originPattern(base(config)),
  limits: () => DEFAULT_LIMITS,

  async fetchLimits(config, fetchFn, signal) {
    const url = joinUrl(base(config), '/frontend/settings');
    const known = limitsCache.get(url);
    if (known) return known;
    const reply = await request(fetchFn, url, { headers: { Accept: 'application/json' } }, { signal, timeoutMs: 10_000 });
    const settings = parseJson(reply) as { charLimit?: unknown; batchLimit?: unknown };
    const positive = (v: unknown) => (typeof v === 'number' && v > 0 ? v : undefined);
    const batchLimit = positive(settings.batchLimit);
    const charLimit = positive(settings.charLimit);
    const limits: EngineLimits = {
      maxItems: Math.min(batchLimit ?? DEFAULT_LIMITS.maxItems, DEFAULT_LIMITS.maxItems),
      // The instance's charLimit counts the whole batch; bytes are a safe upper bound of characters.
      maxBytes: Math.min(charLimit ?? DEFAULT_LIMITS.maxBytes, DEFAULT_LIMITS.maxBytes),
      ...(charLimit ? { maxCharsPerItem: charLimit - 16 } : {}),
    };
    limitsCache.set(url, limits);
    return limits;
  },

  async languages(config, fetchFn, signal) {
    const reply = await request(fetchFn, joinUrl(base(config), '/languages'), { headers: { Accept: 'application/json' } }, { signal, mapError });
    const list = parseJson(reply);
    if (!Array.isArray(list)) throw new TranslateError('bad-response', 'languages: expected an array');
    const de = (list as { code?: unknown; targets?: unknown }[]).find((l) => l.code === 'de');
    const targets = Array.isArray(de?.targets) ? de.targets.filter((t): t is string => typeof t === 'string') : list.map((l: { code?: unknown }) => l.code).filter((c): c is string => typeof c === 'string');
    return targets.filter((t) => t !== 'de');
  },

  async translateBatch(req, config, fetchFn, signal) {
    const body = {
      q: req.texts,
      source: req.source,
      target: req.target,
      format: req.format,
      ...(config.apiKey ? { api_key: config.apiKey } : {}),
    };
    const reply = await request(fetchFn, joinUrl(base(config), '/translate'), jsonInit(body), { signal, timeoutMs: config.timeoutMs, mapError });
    const data = parseJson(reply) as { translatedText?: unknown };
    // Some versions answer a one-item array with a plain string.
    const out = typeof data?.translatedText === 'string' && req.texts.length === 1 ? [data.translatedText] : data?.translatedText;
    return expectStrings(out, req.texts.length, 'LibreTranslate');
  },

  async testConnection(config, fetchFn, signal) {
    // /languages is free; a key problem only shows on /translate, so probe that with one word.
    await this.translateBatch({ texts: ['Test'], source: 'de', target: 'en', format: 'text' }, config, fetchFn, signal);
  },
};

/** For tests: forget instance limits learned from `/frontend/settings`. */
export function resetLibreLimitsCache(): void {
  limitsCache.clear();
}
