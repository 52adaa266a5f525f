/**
 * Translation cache: memory first, then an injectable storage area. The
 * background passes `browser.storage.session` (dies with the browser session);
 * page text and translations must never reach `storage.local`/`sync`.
 */
import type { EngineId, TranslationCache } from './types';

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

/** Cache key: engine + source + target + hash of the text. */
export async function cacheKey(engine: EngineId, source: string, target: string, text: string): Promise<string> {
  return `${CACHE_PREFIX}${engine}:${source}:${target}:${await sha256Hex(text)}`;
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
    async getMany(engine, source, target, texts) {
      const keys = await Promise.all(texts.map((t) => cacheKey(engine, source, target, t)));
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
    async setMany(engine, source, target, entries) {
      const items: Record<string, string> = {};
      for (const { text, translation } of entries) {
        const key = await cacheKey(engine, source, target, text);
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
