/**
 * Microsoft Translator v3: `POST /translate?api-version=3.0&from=&to=&textType=`,
 * key in `Ocp-Apim-Subscription-Key`, region header for regional resources,
 * body `[{Text}]`; at most 1,000 elements and 50,000 characters per request.
 */
import { ENGINE_LANGUAGES } from '../languages';
import { expectStrings, hostOf, joinUrl, originPattern, parseJson, request, tryJson, type EngineReply } from '../http';
import { TranslateError } from '../translate-error';
import type { EngineConfig, TranslationEngine } from '../types';

export const MICROSOFT_DEFAULT_URL = 'https://api.cognitive.microsofttranslator.com';
const base = (config: EngineConfig) => config.baseUrl || MICROSOFT_DEFAULT_URL;

/** Microsoft's `ku` is Central Kurdish; Kurmanji is `kmr`; simplified Chinese `zh-Hans`. */
export function microsoftCode(code: string): string {
  const map: Record<string, string> = { ku: 'kmr', ckb: 'ku', zh: 'zh-Hans' };
  return map[code] ?? code;
}

/** Error bodies carry a six-digit code: 403001 = free-tier quota (a plain 403 would read as a key problem). */
function mapError(reply: EngineReply): TranslateError | undefined {
  if (reply.status < 400) return undefined;
  const body = tryJson(reply.text) as { error?: { code?: number } } | undefined;
  const code = body?.error?.code ?? 0;
  if (code === 403001) return new TranslateError('quota', 'Microsoft free quota exceeded', { status: reply.status });
  return undefined;
}

const headers = (config: EngineConfig): Record<string, string> => ({
  'Content-Type': 'application/json',
  'Ocp-Apim-Subscription-Key': config.apiKey ?? '',
  ...(config.region ? { 'Ocp-Apim-Subscription-Region': config.region } : {}),
});

async function translate(texts: string[], from: string, to: string, textType: 'plain' | 'html', config: EngineConfig, fetchFn: typeof fetch, signal?: AbortSignal): Promise<string[]> {
  if (!config.apiKey) throw new TranslateError('auth', 'Microsoft Translator needs a key');
  const params = new URLSearchParams({ 'api-version': '3.0', from, to: microsoftCode(to), textType });
  const init: RequestInit = { method: 'POST', headers: headers(config), body: JSON.stringify(texts.map((Text) => ({ Text }))) };
  const reply = await request(fetchFn, `${joinUrl(base(config), '/translate')}?${params}`, init, { signal, timeoutMs: config.timeoutMs, mapError });
  const data = parseJson(reply);
  const list = Array.isArray(data) ? (data as { translations?: { text?: unknown }[] }[]).map((d) => d?.translations?.[0]?.text) : undefined;
  return expectStrings(list, texts.length, 'Microsoft');
}

export const microsoft: TranslationEngine = {
  id: 'microsoft',
  supportsHtml: true,
  destination: (config) => hostOf(base(config)),
  origins: (config) => originPattern(base(config)),
  // 50,000 characters; bytes of the JSON-encoded text are a safe upper bound.
  limits: () => ({ maxItems: 1000, maxBytes: 50_000 }),
  languages: () => Promise.resolve([...ENGINE_LANGUAGES.microsoft]),
  translateBatch: (req, config, fetchFn, signal) =>
    translate(req.texts, req.source, req.target, req.format === 'html' ? 'html' : 'plain', config, fetchFn, signal),
  async testConnection(config, fetchFn, signal) {
    // GET /languages needs no key, so it proves nothing: translate one short word.
    await translate(['Test'], 'de', 'en', 'plain', config, fetchFn, signal);
  },
};
