/**
 * Chrome's on-device Translator (Chrome 138+ desktop). The API exists only in
 * Window contexts, never in the service worker, so this engine runs in the
 * content script / reader; it ignores `fetchFn` (`local: true`) and sends
 * nothing anywhere. `create()` may need a user gesture while a model downloads.
 */
import { CHROME_BUILTIN_LANGUAGES } from '../language-dir';
import { TranslateError, abortError, isAbortError } from '../translate-error';
import type { TranslationEngine } from '../types';

type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';
interface BuiltinTranslator {
  translate(input: string, options?: { signal?: AbortSignal }): Promise<string>;
  destroy?(): void;
}
interface TranslatorFactory {
  availability(options: { sourceLanguage: string; targetLanguage: string }): Promise<Availability>;
  create(options: { sourceLanguage: string; targetLanguage: string; signal?: AbortSignal }): Promise<BuiltinTranslator>;
}
interface DetectorFactory {
  create(options?: { expectedInputLanguages?: string[] }): Promise<{ detect(text: string, options?: { signal?: AbortSignal }): Promise<{ detectedLanguage: string; confidence: number }[]> }>;
}

const api = () => (globalThis as { Translator?: TranslatorFactory }).Translator;
const translators = new Map<string, Promise<BuiltinTranslator>>();

/** Whether this context has the Translator API at all (false in workers, Firefox, Android). */
export function hasBuiltinTranslator(): boolean {
  return typeof api()?.create === 'function';
}

async function translatorFor(source: string, target: string, signal?: AbortSignal): Promise<BuiltinTranslator> {
  const factory = api();
  if (!factory) throw new TranslateError('unknown', 'Chrome built-in Translator is not available here');
  const key = `${source}>${target}`;
  let pending = translators.get(key);
  if (!pending) {
    const availability = await factory.availability({ sourceLanguage: source, targetLanguage: target });
    if (availability === 'unavailable') throw new TranslateError('unknown', `Chrome cannot translate ${source}→${target}`);
    pending = factory.create({ sourceLanguage: source, targetLanguage: target, signal });
    translators.set(key, pending);
    // A failed create (no user gesture for the download) must not poison later attempts.
    pending.catch(() => translators.delete(key));
  }
  return pending;
}

/**
 * This engine when this window can translate `source` → `target` with it (now
 * or after a model download), else undefined: no Translator API (Firefox,
 * older Chrome), or a pair without a model (no fa/ps/ti/ku/so).
 */
export async function builtinEngineFor(source: string, target: string): Promise<TranslationEngine | undefined> {
  const factory = api();
  if (!factory) return undefined;
  const availability = await factory.availability({ sourceLanguage: source, targetLanguage: target });
  return availability === 'unavailable' ? undefined : chromeBuiltin;
}

export const chromeBuiltin: TranslationEngine = {
  id: 'chrome-builtin',
  local: true,
  supportsHtml: false,
  destination: () => 'device',
  origins: () => [],
  limits: () => ({ maxItems: 8, maxBytes: 16_000 }),
  languages: () => Promise.resolve(hasBuiltinTranslator() ? [...CHROME_BUILTIN_LANGUAGES] : []),

  async translateBatch(req, _config, _fetchFn, signal) {
    const translator = await translatorFor(req.source, req.target, signal);
    const out: string[] = [];
    for (const text of req.texts) {
      if (signal?.aborted) throw abortError(signal);
      try {
        out.push(await translator.translate(text, { signal }));
      } catch (error) {
        if (isAbortError(error) || signal?.aborted) throw abortError(signal);
        // NotAllowedError (download needs a gesture) and QuotaExceededError (input too long) end here.
        throw new TranslateError(error instanceof DOMException && error.name === 'QuotaExceededError' ? 'quota' : 'unknown', error instanceof Error ? error.message : String(error));
      }
    }
    return out;
  },

  async testConnection() {
    const factory = api();
    if (!factory) throw new TranslateError('unknown', 'Chrome built-in Translator is not available here');
    const availability = await factory.availability({ sourceLanguage: 'de', targetLanguage: 'en' });
    if (availability === 'unavailable') throw new TranslateError('unknown', 'Chrome cannot translate from German here');
  },
};

/**
 * Detect a text's language on device with Chrome's LanguageDetector; undefined
 * where the API is missing or unsure (confidence < 0.5).
 */
export async function detectLanguageOnDevice(text: string, signal?: AbortSignal): Promise<string | undefined> {
  const factory = (globalThis as { LanguageDetector?: DetectorFactory }).LanguageDetector;
  if (!factory) return undefined;
  const detector = await factory.create();
  const [best] = await detector.detect(text, { signal });
  return best && best.confidence >= 0.5 ? best.detectedLanguage : undefined;
}

/** For tests: forget created translators. */
export function resetBuiltinTranslators(): void {
  translators.clear();
}
