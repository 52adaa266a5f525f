/**
 * The privacy parts the background wires in: the forget handler, remembering
 * reader tabs, and the shared-computer reset at browser start. Kept here so
 * `entrypoints/background.ts` only adds a few lines.
 */
import { browser } from 'wxt/browser';
import { sendToTab, type ReaderStatus } from '@/utils/messaging';
import { toErrorCode, type ErrorCode } from '@/utils/errors';
import { forgetEverything, type ForgetResult, type ForgetScope } from './forget';
import { forgetReaderTab, readerTabs, rememberReaderTab } from './reader-tabs';
import { resetSharedComputerOnStartup } from './startup-reset';

/** Close the reader in one tab; true when an overlay was open. */
async function closeReaderIn(tabId: number): Promise<boolean> {
  const before = await sendToTab(tabId, { type: 'bg-cs-reader-status' });
  await sendToTab(tabId, { type: 'bg-cs-close-reader' });
  return before.open;
}

/**
 * Handle "forget": never throws, a failure comes back as an error code. After
 * the remembered tabs, every other tab is asked too, because a reader may have
 * been injected by a path that did not report it (a tab without our script just
 * rejects the message; no `tabs` permission is needed for this).
 */
export async function handleForget(scope: ForgetScope): Promise<ForgetResult | { error: ErrorCode }> {
  try {
    const tracked = new Set(await readerTabs());
    const result = await forgetEverything(scope, closeReaderIn);
    let extra = 0;
    for (const tab of await browser.tabs.query({})) {
      if (tab.id === undefined || tracked.has(tab.id)) continue;
      if (await closeReaderIn(tab.id).catch(() => false)) extra += 1;
    }
    return { ...result, closedReaders: result.closedReaders + extra };
  } catch (error) {
    return { error: toErrorCode(error) };
  }
}

/** Remember the tab once the reader script answered there; passes the status through. */
export async function trackReader(tabId: number, status: Promise<ReaderStatus>): Promise<ReaderStatus> {
  const result = await status;
  if (!result.error) await rememberReaderTab(tabId);
  return result;
}

/** Listeners the background registers synchronously at start. */
export function wirePrivacy(): void {
  browser.tabs.onRemoved.addListener((tabId) => void forgetReaderTab(tabId));
  browser.runtime.onStartup.addListener(() => void resetSharedComputerOnStartup());
  // An extension loaded from the command line, or updated, starts with onInstalled instead of onStartup;
  // its storage.session is new as well, so the last client's session ends here too.
  browser.runtime.onInstalled.addListener(() => void resetSharedComputerOnStartup());
}
