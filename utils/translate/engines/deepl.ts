/**
 * DeepL API v2 (Free and Pro): `Authorization: DeepL-Auth-Key`, never a key in
 * the URL; Free keys end in `:fx` and use api-free.deepl.com. 50 texts and
 * 128 KiB per request; `tag_handling: 'html'` keeps markup; 456 = quota used up.
 */
import { ENGINE_LANGUAGES } from '../languages';
import { expectStrings, hostOf, joinUrl, originPattern, parseJson, request, type EngineReply } from '../http';
import { TranslateError } from '../translate-error';
import type { EngineConfig, TranslationEngine } from '../types';

export const DEEPL_FREE_URL = 'https://api-free.deepl.com';
export const DEEPL_PRO_URL = 'https://api.deepl.com';

/** The key decides the host (`:fx` = Free); the plan setting only helps before a key is entered. */
export function deeplBaseUrl(config: EngineConfig): string {
  if (config.baseUrl) return config.baseUrl;
  if (config.apiKey) return config.apiKey.trim().endsWith(':fx') ? DEEPL_FREE_URL : DEEPL_PRO_URL;
  return config.deeplPlan === 'pro' ? DEEPL_PRO_URL : DEEPL_FREE_URL;
}

/** DeepL wants upper-case codes and has retired plain `EN`/`PT`/`ZH` as targets. */
export function deeplTarget(code: string): string {
  const map: Record<string, string> = { en: 'EN-GB', pt: 'PT-PT', zh: 'ZH-HANS' };
  return map[code.toLowerCase()] ?? code.toUpperCase();
}

function mapError(reply: EngineReply): TranslateError | undefined {
  if (reply.status === 456) return new TranslateError('quota', 'DeepL quota exceeded', { status: 456 });
  if (reply.status === 413) return new TranslateError('bad-response', 'DeepL: request too large', { status: 413 });
  if (reply.status === 529) return new TranslateError('rate-limited', 'DeepL: too many requests', { status: 529, retryable: true });
  return undefined;
}

const headers = (config: EngineConfig) => ({
  'Content-Type': 'application/json',
  Accept: 'application/json',
  Authorization: `DeepL-Auth-Key ${config.apiKey ?? ''}`,
});

export const deepl: TranslationEngine = {
  id: 'deepl',
  supportsHtml: true,
  destination: (config) => hostOf(deeplBaseUrl(config)),
  origins: (config) => originPattern(deeplBaseUrl(config)),
  // 128 KiB is the whole body; leave room for the JSON around the texts.
  limits: () => ({ maxItems: 50, maxBytes: 128 * 1024 - 1024 }),
  languages: () => Promise.resolve([...ENGINE_LANGUAGES.deepl]),

  async translateBatch(req, config, fetchFn, signal) {
    if (!config.apiKey) throw new TranslateError('auth', 'DeepL needs an API key');
    const body = {
      text: req.texts,
      source_lang: req.source.toUpperCase(),
      target_lang: deeplTarget(req.target),
      ...(req.format === 'html' ? { tag_handling: 'html' } : {}),
    };
    const init: RequestInit = { method: 'POST', headers: headers(config), body: JSON.stringify(body) };
    const reply = await request(fetchFn, joinUrl(deeplBaseUrl(config), '/v2/translate'), init, { signal, timeoutMs: config.timeoutMs, mapError });
    const data = parseJson(reply) as { translations?: { text?: unknown }[] };
    const list = Array.isArray(data?.translations) ? data.translations.map((t) => t?.text) : undefined;
    return expectStrings(list, req.texts.length, 'DeepL');
  },

  async testConnection(config, fetchFn, signal) {
    if (!config.apiKey) throw new TranslateError('auth', 'DeepL needs an API key');
    // /v2/usage costs no characters and checks the key.
    const reply = await request(fetchFn, joinUrl(deeplBaseUrl(config), '/v2/usage'), { headers: headers(config) }, { signal, mapError });
    parseJson(reply);
  },
};
