/**
 * The page-text script: enlarges the page's own text (no reader) with
 * the reader's text-size setting. Injected on demand by the background, apart
 * from the reader script: a user who only wants bigger page text does not load
 * the reader, and the reader's 60 KB budget does not carry this feature. An
 * unlisted script like the reader's: no start signal to the page.
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { listen } from '@/utils/messaging';
import { createPageTextHandler } from './page-text';

declare global {
  // Set once per page, so a second injection does not wire a second listener.
  var __leselotsePageText: boolean | undefined;
}

export default defineUnlistedScript({
  main() {
    if (globalThis.__leselotsePageText) return;
    globalThis.__leselotsePageText = true;
    const pageText = createPageTextHandler();
    listen(
      { 'bg-cs-page-text': ({ on }) => pageText(on) },
      // Only the background sends to content scripts; it has no tab.
      (sender) => sender.id === browser.runtime.id && !sender.tab,
    );
  },
});
