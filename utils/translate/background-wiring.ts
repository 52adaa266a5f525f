/**
 * The translation service bound to the real browser: engines from the registry,
 * settings from storage, `fetch` of the service worker, the session-backed
 * cache. `entrypoints/background.ts` only calls these two functions.
 */
import { browser } from 'wxt/browser';
import { sendToTab, type HandlerTable, type ReaderStatus } from '@/utils/messaging';
import { listenTranslatePorts } from '@/utils/messaging/ports';
import { getEffectiveEngineConfig } from '@/utils/settings/effective-engine';
import { readerStatus, toggleReader } from '@/utils/reader/inject';
import { toErrorCode } from '@/utils/errors';
import { getEngine } from './engines';
import { translateBlocks } from './translate-blocks';
import { createTranslateService, type TranslateService } from './service';
import { createTranslationCache } from './cache';
import { onForget } from '@/utils/privacy/forget';

let service: TranslateService | undefined;

function translateService(): TranslateService {
  if (service) return service;
  // Session storage dies with the browser session; page text never reaches storage.local.
  const cache = createTranslationCache({ storage: browser.storage.session });
  // "Forget everything" must also empty the copy in the worker's memory.
  onForget(() => cache.clear());
  service = createTranslateService({
    // The user's engine, else the organisation's preset (issue 7).
    activeConfig: getEffectiveEngineConfig,
    getEngine,
    translateBlocks,
    cache,
    // Unbound `fetch` throws "Illegal invocation" in some workers.
    fetchFn: (input, init) => fetch(input, init),
    openOptions: () => browser.runtime.openOptionsPage(),
  });
  return service;
}

/** Open the reader in `tabId` when it is closed, then ask it to translate into `target`. */
async function translateTab(tabId: number, target: string): Promise<ReaderStatus> {
  try {
    const status = await readerStatus(tabId);
    if (!status.open) {
      const opened = await toggleReader(tabId);
      if (!opened.open || opened.error) return opened;
    }
    return await sendToTab(tabId, { type: 'bg-cs-translate', target });
  } catch (error) {
    return { open: false, error: toErrorCode(error) };
  }
}

/** Message handlers of the translation feature, for the background's one table. */
export const translateHandlers: HandlerTable<'ui-bg-translate-tab' | 'ui-bg-translate-test' | 'ui-bg-translate-languages'> = {
  'ui-bg-translate-tab': ({ tabId, target }) => translateTab(tabId, target),
  'ui-bg-translate-test': ({ config }) => translateService().testConnection(config),
  'ui-bg-translate-languages': ({ config }) => translateService().languages(config),
};

/** Serve the readers' translation ports. */
export function startTranslatePorts(): () => void {
  return listenTranslatePorts((port) => translateService().handlePort(port));
}
