/**
 * The reader content script. Injected on demand into one tab by the background
 * (never registered for all pages); extracts the article from a clone of the
 * page and shows it in a shadow-root overlay.
 */
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { listen, type ReaderStatus } from '@/utils/messaging';
import { extractArticle } from '@/utils/extract/extract-article';
import { mountReader, type MountedReader } from './mount';

declare global {
  // Set once per page, so a second injection does not wire a second listener.
  var __leselotseReader: boolean | undefined;
}

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main() {
    if (globalThis.__leselotseReader) return;
    globalThis.__leselotseReader = true;

    let reader: MountedReader | undefined;
    let last: ReaderStatus = { open: false };

    const close = (): ReaderStatus => {
      reader?.unmount();
      reader = undefined;
      last = { ...last, open: false };
      return last;
    };

    const open = (): ReaderStatus => {
      if (reader) return last;
      const article = extractArticle(document, { url: location.href });
      reader = mountReader(article, { onClose: () => void close() });
      last = { open: true, readerable: article.readerable, title: article.title };
      return last;
    };

    listen(
      {
        'bg-cs-toggle-reader': () => (reader ? close() : open()),
        'bg-cs-open-reader': () => open(),
        'bg-cs-close-reader': () => close(),
        'bg-cs-reader-status': () => last,
      },
      // Only the background sends to content scripts; it has no tab.
      (sender) => sender.id === browser.runtime.id && !sender.tab,
    );
  },
});
