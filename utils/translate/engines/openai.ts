/**
 * OpenAI-compatible chat completions (any base URL: Ollama at
 * localhost:11434/v1, or a provider). The texts go in as a JSON array and the
 * model is told to answer with a JSON array of the same length, in order.
 */
import { ENGINE_LANGUAGES, findLanguage } from '../languages';
import { hostOf, joinUrl, originPattern, parseJson, request, tryJson, type EngineReply } from '../http';
import { TranslateError } from '../translate-error';
import type { EngineConfig, TranslationEngine } from '../types';
import { parseTranslations } from './openai-reply';

export const OPENAI_DEFAULT_URL = 'http://localhost:11434/v1';
export const OPENAI_DEFAULT_MODEL = 'llama3.1';
/** Local models are slow: a generous per-request timeout. */
const LLM_TIMEOUT_MS = 120_000;

const base = (config: EngineConfig) => config.baseUrl || OPENAI_DEFAULT_URL;
const languageName = (code: string) => (code === 'de' ? 'German' : (findLanguage(code)?.english ?? code));

/** The system prompt: translate each item, keep markup, numbers, names and addresses, answer JSON only. */
export function systemPrompt(source: string, target: string, format: 'text' | 'html'): string {
  return [
    `You translate texts from ${languageName(source)} into ${languageName(target)} (language code "${target}").`,
    'The user sends a JSON array of strings. Reply with ONLY a JSON array of strings of the same length, in the same order: element i is the translation of element i.',
    'Do not merge, split, drop or add elements. Keep every number, date, time, amount, phone number, e-mail address, URL and street address exactly as written.',
    format === 'html' ? 'The strings are HTML fragments: keep every tag and attribute unchanged and translate only the text between tags.' : 'The strings are plain text.',
    'Keep official German names of offices and documents and add the translation in brackets where it helps.',
  ].join('\n');
}

/** OpenAI reports a used-up balance as 429 `insufficient_quota`: waiting does not help. */
function mapError(reply: EngineReply): TranslateError | undefined {
  if (reply.status !== 429) return undefined;
  const body = tryJson(reply.text) as { error?: { code?: unknown; type?: unknown } } | undefined;
  if (body?.error?.code === 'insufficient_quota' || body?.error?.type === 'insufficient_quota')
    return new TranslateError('quota', 'LLM provider quota used up', { status: 429 });
  return undefined;
}

/** Ollama needs some Bearer value ("required but ignored"). */
const headers = (config: EngineConfig) => ({
  'Content-Type': 'application/json',
  Authorization: `Bearer ${config.apiKey || 'ollama'}`,
});

export const openAi: TranslationEngine = {
  id: 'openai',
  supportsHtml: true,
  destination: (config) => hostOf(base(config)),
  origins: (config) => originPattern(base(config)),
  // Small batches: models lose count on long arrays, and a failed batch is cheap to split.
  limits: () => ({ maxItems: 12, maxBytes: 6000 }),
  languages: () => Promise.resolve([...ENGINE_LANGUAGES.openai]),

  async translateBatch(req, config, fetchFn, signal) {
    const body = {
      model: config.model || OPENAI_DEFAULT_MODEL,
      temperature: 0,
      stream: false,
      messages: [
        { role: 'system', content: systemPrompt(req.source, req.target, req.format) },
        { role: 'user', content: JSON.stringify(req.texts) },
      ],
    };
    const init: RequestInit = { method: 'POST', headers: headers(config), body: JSON.stringify(body) };
    const reply = await request(fetchFn, joinUrl(base(config), '/chat/completions'), init, { signal, timeoutMs: config.timeoutMs ?? LLM_TIMEOUT_MS, mapError });
    const data = parseJson(reply) as { choices?: { message?: { content?: unknown }; finish_reason?: unknown }[] };
    const choice = data?.choices?.[0];
    const content = choice?.message?.content;
    if (typeof content !== 'string') throw new TranslateError('bad-response', 'LLM reply without message content');
    if (choice?.finish_reason === 'length') throw new TranslateError('bad-response', 'LLM reply was cut off');
    return parseTranslations(content, req.texts.length);
  },

  async testConnection(config, fetchFn, signal) {
    const reply = await request(fetchFn, joinUrl(base(config), '/models'), { headers: headers(config) }, { signal });
    parseJson(reply);
  },
};
