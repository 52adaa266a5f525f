/**
 * The translate script: the reader's translation client. Remote engines are
 * asked through the background (a port); Chrome's built-in Translator, a
 * Window API, runs here, block by block. An unlisted script the background
 * injects when the reader is first asked to translate (utils/reader/lazy-scripts.ts):
 * never registered for pages, not web-accessible, no page-visible start signal.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerLazy } from '@/utils/reader/lazy-scripts';
import { connectTranslatePort } from '@/utils/messaging/ports';
import { startReaderTranslation } from '@/utils/translate/reader-client';
import { translateLocally } from '@/utils/translate/translate-locally';
// Only the on-device engine: the remote ones run in the background and stay out of the page.
import { builtinEngineFor } from '@/utils/translate/engines/chrome-builtin';

export default defineUnlistedScript(() =>
  registerLazy('translate', {
    start: (source, target, events, sanitize) =>
      startReaderTranslation(source, target, events, {
        connect: connectTranslatePort,
        builtin: builtinEngineFor,
        translateBlocks: (blocks, options) => translateLocally(blocks, options, sanitize),
      }),
  }),
);
