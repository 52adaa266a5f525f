/**
 * The translation engine interface. The UI half (background service, options,
 * reader views) builds on these types; fields may be added, never renamed.
 */
import type { ErrorCode } from '@/utils/errors';

export type EngineId = 'chrome-builtin' | 'libretranslate' | 'deepl' | 'google' | 'microsoft' | 'mymemory' | 'openai';

export interface EngineConfig {
  engine: EngineId;
  /** Override of the engine's API base (needed for LibreTranslate/OpenAI; tests point any engine at loopback). */
  baseUrl?: string;
  apiKey?: string;
  model?: string;
  /** MyMemory `de` contact e-mail (raises its daily quota). */
  email?: string;
  /** Microsoft `Ocp-Apim-Subscription-Region`. */
  region?: string;
  deeplPlan?: 'free' | 'pro';
  /** Per-request timeout in ms (default 30 s; LLMs get longer). */
  timeoutMs?: number;
}

export interface TranslateBatchRequest {
  texts: string[];
  source: string;
  target: string;
  format: 'text' | 'html';
}

export interface EngineLimits {
  maxItems: number;
  /** Maximum UTF-8 bytes of the JSON-encoded texts per request (a safe upper bound for char limits too). */
  maxBytes: number;
  /** Longer items (UTF-16 characters) are split at sentence boundaries and rejoined. */
  maxCharsPerItem?: number;
  /** Longer items (UTF-8 bytes) are split at sentence boundaries and rejoined (MyMemory: 500). */
  maxBytesPerItem?: number;
  /** Send each sentence of a long item separately (engines with tiny per-query limits). */
  splitSentences?: boolean;
}

export interface TranslationEngine {
  id: EngineId;
  /** Where text goes, for the privacy label: 'device' or the host name. */
  destination(config: EngineConfig): 'device' | string;
  /** Origins to request as optional host permissions (e.g. 'https://api-free.deepl.com/*'). */
  origins(config: EngineConfig): string[];
  limits(config: EngineConfig): EngineLimits;
  /**
   * Limits that need a request to learn (LibreTranslate's `GET /frontend/settings`).
   * `translateBlocks` prefers it over `limits` when present; falls back to `limits` on failure.
   */
  fetchLimits?(config: EngineConfig, fetchFn: typeof fetch, signal?: AbortSignal): Promise<EngineLimits>;
  supportsHtml: boolean;
  /**
   * True for engines that run in the page's window (Chrome built-in Translator):
   * they ignore `fetchFn`, must be called from a Window context (content script,
   * reader), never from the service worker.
   */
  local?: boolean;
  /** Target languages this engine supports (static list or fetched). */
  languages(config: EngineConfig, fetchFn: typeof fetch, signal?: AbortSignal): Promise<string[]>;
  /** One request's worth of texts, already batched. Rejects with TranslateError. */
  translateBatch(req: TranslateBatchRequest, config: EngineConfig, fetchFn: typeof fetch, signal?: AbortSignal): Promise<string[]>;
  /** Cheapest call that proves URL and key work (languages/health). */
  testConnection(config: EngineConfig, fetchFn: typeof fetch, signal?: AbortSignal): Promise<void>;
}

/** Result reported per block by `translateBlocks`. */
export type BlockResult = { ok: true; html: string } | { ok: false; error: ErrorCode; retryable: boolean };

/** Translation cache (memory + injectable storage area); see `cache.ts`. */
export interface TranslationCache {
  /** Cached translations for `texts` (undefined where missing), in order. `scope`: `cacheScope(config)` or an engine id. */
  getMany(scope: string, source: string, target: string, texts: string[]): Promise<(string | undefined)[]>;
  setMany(scope: string, source: string, target: string, entries: { text: string; translation: string }[]): Promise<void>;
  clear(): Promise<void>;
}
