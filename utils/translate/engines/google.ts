/**
 * Google Cloud Translation – Basic (v2): API key as `?key=`, at most 128 `q`
 * segments, `format: 'html'` keeps tags. Quota overruns arrive as 403 with a
 * reason ("dailyLimitExceeded", "userRateLimitExceeded"), not as 429.
 */
import { ENGINE_LANGUAGES } from '../languages';
import { expectStrings, joinUrl, hostOf, originPattern, parseJson, request, tryJson, type EngineReply } from '../http';
import { TranslateError } from '../translate-error';
import type { EngineConfig, TranslationEngine } from '../types';

export const GOOGLE_DEFAULT_URL = 'https://translation.googleapis.com';
const base = (config: EngineConfig) => config.baseUrl || GOOGLE_DEFAULT_URL;

/** Google codes for our targets (Kurmanji is `ku`, Sorani `ckb`, Chinese simplified `zh-CN`). */
const toGoogle = (code: string) => (code === 'zh' ? 'zh-CN' : code === 'he' ? 'iw' : code);

function mapError(reply: EngineReply): TranslateError | undefined {
  // 429 carries Retry-After: the shared mapping reads it.
  if (reply.status < 400 || reply.status === 429) return undefined;
  const body = tryJson(reply.text) as { error?: { message?: string; errors?: { reason?: string }[] } } | undefined;
  const reasons = (body?.error?.errors ?? []).map((e) => e.reason ?? '').join(' ');
  const text = `${reasons} ${body?.error?.message ?? ''}`;
  if (/dailyLimitExceeded|quotaExceeded|Daily Limit/i.test(text)) return new TranslateError('quota', 'Google daily limit exceeded', { status: reply.status });
  if (/userRateLimitExceeded|rateLimitExceeded|Rate Limit/i.test(text))
    return new TranslateError('rate-limited', 'Google rate limit', { status: reply.status, retryable: true });
  if (reply.status === 400 && /keyInvalid|API key not valid/i.test(text)) return new TranslateError('auth', 'Google API key not valid', { status: 400 });
  return undefined;
}

const url = (config: EngineConfig, path: string) => `${joinUrl(base(config), path)}?key=${encodeURIComponent(config.apiKey ?? '')}`;

export const google: TranslationEngine = {
  id: 'google',
  supportsHtml: true,
  destination: (config) => hostOf(base(config)),
  origins: (config) => originPattern(base(config)),
  // Requests over 100 KB are rejected; Google recommends about 5,000 code points per request for latency.
  limits: () => ({ maxItems: 128, maxBytes: 30_000 }),
  languages: () => Promise.resolve([...ENGINE_LANGUAGES.google]),

  async translateBatch(req, config, fetchFn, signal) {
    if (!config.apiKey) throw new TranslateError('auth', 'Google needs an API key');
    const body = { q: req.texts, source: req.source, target: toGoogle(req.target), format: req.format };
    const init: RequestInit = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
    const reply = await request(fetchFn, url(config, '/language/translate/v2'), init, { signal, timeoutMs: config.timeoutMs, mapError });
    const data = parseJson(reply) as { data?: { translations?: { translatedText?: unknown }[] } };
    const list = Array.isArray(data?.data?.translations) ? data.data.translations.map((t) => t?.translatedText) : undefined;
    return expectStrings(list, req.texts.length, 'Google');
  },

  async testConnection(config, fetchFn, signal) {
    if (!config.apiKey) throw new TranslateError('auth', 'Google needs an API key');
    const reply = await request(fetchFn, `${url(config, '/language/translate/v2/languages')}&target=en`, {}, { signal, mapError });
    parseJson(reply);
  },
};
