/**
 * The contract between the reader script and the translate script
 * (`translate.js`, loaded when the reader is first asked to translate:
 * utils/reader/lazy-scripts.ts). The translation client (the port to the
 * background, Chrome's built-in Translator and the on-device loop) is not in
 * the reader's always-injected script: a reader who never translates never
 * loads it.
 */
import type { ReaderTranslation, ReaderTranslationEvents } from './reader-client';

/** What the translate script registers. */
export interface ReaderTranslateModule {
  /**
   * Start translating for one reader and one target (`startReaderTranslation`
   * with the browser's port and engines). `sanitize` is the reader's sanitizer
   * (utils/sanitize), so this script carries no second copy of DOMPurify.
   */
  start(source: string, target: string, events: ReaderTranslationEvents, sanitize: (html: string) => string): ReaderTranslation;
}
