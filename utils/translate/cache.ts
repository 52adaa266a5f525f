/**
 * Translation cache: memory first, then an injectable storage area. The
 * background passes `browser.storage.session` (dies with the browser session);
 * page text and translations must never reach `storage.local`/`sync`.
 */
import type { EngineConfig, TranslationCache } from './types';

/** The part of `browser.storage.StorageArea` the cache uses. */
export interface CacheStorageArea {
  get(keys: string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

export const CACHE_PREFIX = 'tcache:';

/** SHA-256 of a text, hex (the cache never keeps source text in its keys). */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * What decides a translation besides the text and the languages: the engine,
 * its instance (a LibreTranslate server, an OpenAI-compatible endpoint) and
 * its model. Switching any of them must not serve the other's translation.
 * The key is not part of it: it does not change the output.
 */
export function cacheScope(config: Pick<EngineConfig, 'engine' | 'baseUrl' | 'model'>): string {
  return [config.engine, config.baseUrl ?? '', config.model ?? ''].join('|');
}

/**
 * Cache key: engine + source + target + hash of the instance, model and text
 * (`scope` from `cacheScope`, or a bare engine id). The hash keeps both the
 * text and the server address out of the key.
 */
export async function cacheKey(scope: string, source: string, target: string, text: string): Promise<string> {
  const [engine, ...rest] = scope.split('|');
  const instance = rest.join('|').replace(/^\|+$/, '');
  return `${CACHE_PREFIX}${engine}:${source}:${target}:${await sha256Hex(instance ? `${instance}\u0000${text}` : text)}`;
}

export interface CacheOptions {
  storage?: CacheStorageArea;
  /** Memory entries kept before the oldest are dropped (default 5,000). */
  maxMemoryEntries?: number;
}

/** Create a cache; without `storage` it lives in memory only. */
export function createTranslationCache(options: CacheOptions = {}): TranslationCache {
  const memory = new Map<string, string>();
  const maxEntries = options.maxMemoryEntries ?? 5000;
  const { storage } = options;

  const remember = (key: string, value: string) => {
    memory.delete(key);
    memory.set(key, value);
    if (memory.size > maxEntries) memory.delete(memory.keys().next().value as string);
  };

  return {
    async getMany(scope, source, target, texts) {
      const keys = await Promise.all(texts.map((t) => cacheKey(scope, source, target, t)));
      const result = keys.map((k) => memory.get(k));
      const missing = keys.filter((k, i) => result[i] === undefined);
      if (storage && missing.length > 0) {
        try {
          const stored = await storage.get(missing);
          keys.forEach((k, i) => {
            const value = stored[k];
            if (result[i] === undefined && typeof value === 'string') {
              result[i] = value;
              remember(k, value);
            }
          });
        } catch {
          // A storage failure (quota, context gone) only costs a request, never a translation.
        }
      }
      return result;
    },
    async setMany(scope, source, target, entries) {
      const items: Record<string, string> = {};
      for (const { text, translation } of entries) {
        const key = await cacheKey(scope, source, target, text);
        remember(key, translation);
        items[key] = translation;
      }
      if (storage && entries.length > 0) {
        try {
          await storage.set(items);
        } catch {
          // storage.session has a 10 MB quota; the memory copy still serves this session.
        }
      }
    },
    async clear() {
      memory.clear();
      if (!storage) return;
      const all = await storage.get(null);
      const keys = Object.keys(all).filter((k) => k.startsWith(CACHE_PREFIX));
      if (keys.length > 0) await storage.remove(keys);
    },
  };
}
