/**
 * The reader script. Injected on demand into one tab by the background (never
 * registered for any page); extracts the article from a clone of the page and
 * shows it in a shadow-root overlay. An unlisted script, not a WXT content
 * script: WXT's content-script wrapper announces every start to the page's
 * window and document, and a page must not learn that its reader opened.
 */
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { listen, sendFromContent, type ReaderStatus } from '@/utils/messaging';
import { extractForReaderVia } from '@/utils/extract/selection';
import { mountReader, preloadReaderSettings, type MountedReader } from './mount';
import { checkPageBudget } from '@/utils/reader/page-budget';
import { requestTranslation } from '@/utils/translate/reader-request';

declare global {
  // Set once per page, so a second injection does not wire a second listener.
  var __leselotseReader: boolean | undefined;
}

export default defineUnlistedScript({
  main() {
    if (globalThis.__leselotseReader) return;
    globalThis.__leselotseReader = true;
    preloadReaderSettings();

    let reader: MountedReader | undefined;
    let opening: Promise<ReaderStatus> | undefined;
    let last: ReaderStatus = { open: false };

    const close = (): ReaderStatus => {
      reader?.unmount();
      reader = undefined;
      // A shared computer's next client must not find the last one's language: reopening shows the original.
      requestTranslation(undefined);
      last = { ...last, open: false };
      return last;
    };

    const open = (): Promise<ReaderStatus> => {
      if (reader) return Promise.resolve(last);
      // Hostile or broken pages (issue 7): refuse before the synchronous extraction could freeze the tab.
      if (!checkPageBudget(document).ok) return Promise.resolve((last = { open: false, error: 'page-too-large' }));
      opening ??= (async () => {
        // Selection mode: a page without an article is read from the text the user selected.
        // The contact lines are parsed in the background: text-only rules stay out of this script.
        const article = await extractForReaderVia(document, { url: location.href, selection: window.getSelection() }, async (candidates) =>
          (await sendFromContent({ type: 'cs-bg-contact', candidates }))?.picked,
        );
        reader ??= mountReader(article, { onClose: () => void close() });
        return (last = { open: true, readerable: article.readerable, title: article.title });
      })().finally(() => (opening = undefined));
      return opening;
    };

    listen(
      {
        'bg-cs-toggle-reader': () => (reader ? close() : opening ?? open()),
        'bg-cs-open-reader': () => open(),
        'bg-cs-close-reader': () => close(),
        'bg-cs-reader-status': () => last,
        'bg-cs-translate': async ({ target }) => {
          const status = await open();
          requestTranslation(target);
          return status;
        },
      },
      // Only the background sends to content scripts; it has no tab.
      (sender) => sender.id === browser.runtime.id && !sender.tab,
    );
  },
});
