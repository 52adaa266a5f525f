/**
 * MyMemory (keyless): one `GET /get?q=&langpair=de|ar` per text, `q` at most
 * 500 bytes, so long paragraphs go sentence by sentence and are rejoined. An
 * exhausted daily quota comes back as HTTP 200 with a warning as the
 * "translation": that must become a quota error, never shown as text.
 */
import { ENGINE_LANGUAGES } from '../languages';
import { hostOf, joinUrl, originPattern, parseJson, request } from '../http';
import { TranslateError } from '../translate-error';
import type { EngineConfig, TranslationEngine } from '../types';

export const MYMEMORY_DEFAULT_URL = 'https://api.mymemory.translated.net';
export const MYMEMORY_MAX_BYTES = 500;
/** Anonymous 5,000 characters/day, 50,000 with a contact e-mail: the UI labels it "small daily quota". */
export const MYMEMORY_DAILY_CHARS = { anonymous: 5_000, withEmail: 50_000 };

const base = (config: EngineConfig) => config.baseUrl || MYMEMORY_DEFAULT_URL;
const QUOTA_WARNING = /MYMEMORY WARNING|YOU USED ALL AVAILABLE FREE TRANSLATIONS/i;

interface MyMemoryReply {
  responseData?: { translatedText?: unknown };
  responseStatus?: unknown;
  responseDetails?: unknown;
  quotaFinished?: unknown;
}

/**
 * MyMemory returns some translations HTML-escaped (`&#39;`, `&quot;`) even for
 * plain text; decode the common ones so they are not shown literally.
 */
export function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return named[ref.toLowerCase()] ?? whole;
  });
}

async function translateOne(text: string, source: string, target: string, config: EngineConfig, fetchFn: typeof fetch, signal?: AbortSignal): Promise<string> {
  const params = new URLSearchParams({ q: text, langpair: `${source}|${target}` });
  if (config.email) params.set('de', config.email);
  if (config.apiKey) params.set('key', config.apiKey);
  const reply = await request(fetchFn, `${joinUrl(base(config), '/get')}?${params}`, { headers: { Accept: 'application/json' } }, { signal, timeoutMs: config.timeoutMs });
  const data = parseJson(reply) as MyMemoryReply;
  const translated = data?.responseData?.translatedText;
  const status = Number(data?.responseStatus ?? 200);
  const details = typeof data?.responseDetails === 'string' ? data.responseDetails : '';
  if (data?.quotaFinished === true || QUOTA_WARNING.test(`${String(translated)} ${details}`))
    throw new TranslateError('quota', 'MyMemory daily quota used up');
  if (status === 429) throw new TranslateError('rate-limited', details || 'MyMemory rate limit', { retryable: true });
  if (status === 401 || status === 403) {
    // 403 in the body also means "query too long" or "invalid language pair": not a key problem.
    if (/QUERY LENGTH|LANGPAIR|NO QUERY/i.test(details)) throw new TranslateError('bad-response', details, { status });
    throw new TranslateError('auth', details || 'MyMemory refused the request', { status });
  }
  if (status >= 500) throw new TranslateError('server-error', details || 'MyMemory server error', { status, retryable: true });
  if (status !== 200 || typeof translated !== 'string') throw new TranslateError('bad-response', details || 'MyMemory: no translation');
  return decodeEntities(translated);
}

export const myMemory: TranslationEngine = {
  id: 'mymemory',
  supportsHtml: false,
  destination: (config) => hostOf(base(config)),
  origins: (config) => originPattern(base(config)),
  limits: () => ({ maxItems: 1, maxBytes: 2048, maxBytesPerItem: MYMEMORY_MAX_BYTES, splitSentences: true }),
  languages: () => Promise.resolve([...ENGINE_LANGUAGES.mymemory]),
  async translateBatch(req, config, fetchFn, signal) {
    // Batches hold one text (limits.maxItems = 1); a longer list is still served, one query each.
    const out: string[] = [];
    for (const text of req.texts) out.push(await translateOne(text, req.source, req.target, config, fetchFn, signal));
    return out;
  },
  async testConnection(config, fetchFn, signal) {
    await translateOne('Test', 'de', 'en', config, fetchFn, signal);
  },
};
