/**
 * Scripts the reader loads when a feature is first used, so its always-injected
 * script stays small (60 KB budget) for everyone who never uses them: the
 * opt-in plain-language panel, the read-aloud engine and the translation
 * client (engines, port, on-device loop). The background
 * injects the script into the reader's own tab and frame on the reader's
 * request (`cs-bg-load-script`, `scripting.executeScript` with a packaged
 * file); it runs in the reader's isolated world and registers itself on
 * `globalThis.__leselotseLazy`, which the page's scripts cannot see. They are
 * unlisted scripts, not web-accessible: a page can neither load nor probe them.
 */
import { LeselotseError } from '@/utils/errors';
import { sendFromContent } from '@/utils/messaging';
import type { RewriteModule } from '@/utils/simplify/rewrite-module';
import type { ReaderTranslateModule } from '@/utils/translate/reader-translate-module';
import type { collectSentences, rangeFor } from './sentence-dom';
import type { createHighlighter, highlightApiOf } from './highlight';
import type { createReadAloud } from './read-aloud';

/** The read-aloud engine: sentences from the DOM, the speech loop, the highlight. */
export interface ReadAloudEngine {
  createReadAloud: typeof createReadAloud;
  collectSentences: typeof collectSentences;
  rangeFor: typeof rangeFor;
  createHighlighter: typeof createHighlighter;
  highlightApiOf: typeof highlightApiOf;
}

/** What each script registers, by the name the reader asks for. */
export interface LazyModules {
  rewrite: RewriteModule;
  'read-aloud': ReadAloudEngine;
  translate: ReaderTranslateModule;
}

export type LazyScript = keyof LazyModules;

declare global {
  // Set by the lazily injected scripts in the extension's isolated world.
  var __leselotseLazy: Partial<LazyModules> | undefined;
}

/** Called by a lazy script when it runs; a second injection keeps the first registration. */
export function registerLazy<K extends LazyScript>(name: K, module: LazyModules[K]): void {
  (globalThis.__leselotseLazy ??= {})[name] ??= module;
}

const loading = new Map<LazyScript, Promise<unknown>>();

/**
 * Reader side: have the background inject script `name` into this frame (once)
 * and return what it registered. A failure (the page navigated, the extension
 * was updated) rejects with its code; the next call tries again.
 */
export function loadLazy<K extends LazyScript>(name: K): Promise<LazyModules[K]> {
  const registered = globalThis.__leselotseLazy?.[name];
  if (registered) return Promise.resolve(registered as LazyModules[K]);
  let pending = loading.get(name) as Promise<LazyModules[K]> | undefined;
  if (!pending) {
    pending = sendFromContent({ type: 'cs-bg-load-script', script: name }).then((reply) => {
      const module = globalThis.__leselotseLazy?.[name];
      if (module) return module as LazyModules[K];
      throw new LeselotseError(reply && 'error' in reply ? reply.error : 'unknown');
    });
    loading.set(name, pending);
    pending.catch(() => loading.delete(name));
  }
  return pending;
}
