/**
 * Background service worker: wires typed message handlers and commands, no
 * logic of its own. The reader script is injected on demand into the tab the
 * user asked for (`activeTab` + `scripting`); it is never registered for all pages.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { listen } from '@/utils/messaging';
import { injectLazyScript, pageText, readerStatus, toggleReader } from '@/utils/reader/inject';
import { isTextSizeCommand, runTextSizeCommand } from '@/utils/reader/text-size-command';
import { handleForget, trackReader, wirePrivacy } from '@/utils/privacy/background-wiring';
import { startTranslatePorts, translateHandlers } from '@/utils/translate/background-wiring';
import { simplifyHandlers, startRewritePorts } from '@/utils/simplify/background-wiring';
import { getSettings, updateSettings } from '@/utils/settings';
import { splitTexts } from '@/utils/reader/sentences';

export default defineBackground(() => {
  listen({
    'ui-bg-toggle-reader': ({ tabId }) => trackReader(tabId, toggleReader(tabId)),
    'ui-bg-forget': ({ scope }) => handleForget(scope),
    'ui-bg-reader-status': ({ tabId }) => readerStatus(tabId),
    'ui-bg-page-text': ({ tabId, on }) => pageText(tabId, on),
    'cs-bg-settings': ({ change }) => (change ? updateSettings(change) : getSettings()),
    'cs-bg-sentences': ({ texts }) => splitTexts(texts),
    'cs-bg-load-script': ({ script }, sender) => injectLazyScript(script, sender),
    ...simplifyHandlers,
    ...translateHandlers,
  });
  startTranslatePorts();
  startRewritePorts();

  wirePrivacy();

  browser.commands.onCommand.addListener(async (command, tab) => {
    // A keyboard command cannot ask for confirmation: keys and settings stay.
    if (command === 'forget-everything') return void (await handleForget('session'));
    if (isTextSizeCommand(command)) return void (await runTextSizeCommand(command));
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    if (command === 'toggle-reader') await trackReader(tabId, toggleReader(tabId));
  });
});
