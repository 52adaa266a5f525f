/**
 * Background service worker: wires typed message handlers and commands, no
 * logic of its own. The reader script is injected on demand into the tab the
 * user asked for (`activeTab` + `scripting`); it is never registered for all pages.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listen } from '@/utils/messaging';
import { readerStatus, toggleReader } from '@/utils/reader/inject';

export default defineBackground(() => {
  listen({
    'ui-bg-toggle-reader': ({ tabId }) => toggleReader(tabId),
    'ui-bg-reader-status': ({ tabId }) => readerStatus(tabId),
  });

  browser.commands.onCommand.addListener(async (command, tab) => {
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    if (command === 'toggle-reader') await toggleReader(tabId);
  });
});
