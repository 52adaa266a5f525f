/**
 * Injecting the reader content script into one tab and talking to it. Used by
 * the background only.
 */
import { browser, type Browser } from 'wxt/browser';
import { sendToTab, type PageTextStatus, type ReaderStatus } from '@/utils/messaging';
import { toErrorCode, type ErrorCode } from '@/utils/errors';
import type { LazyScript } from './lazy-scripts';

/** Path of the built reader script (an unlisted script, injected into the tab asked for). */
export const READER_SCRIPT = '/reader.js';
/** Path of the page-text script (enlarging the page's own text), injected apart from the reader. */
export const PAGE_TEXT_SCRIPT = '/page-text.js';
/** The scripts the reader loads when a feature is first used (utils/reader/lazy-scripts.ts): unlisted, not web-accessible. */
export const LAZY_SCRIPTS: Readonly<Record<LazyScript, '/rewrite.js' | '/read-aloud.js' | '/translate.js'>> = {
  rewrite: '/rewrite.js',
  'read-aloud': '/read-aloud.js',
  translate: '/translate.js',
};

/** Inject `file` unless `ping` gets an answer (a second injection would run main() twice). */
async function ensureInjected(tabId: number, file: typeof READER_SCRIPT | typeof PAGE_TEXT_SCRIPT = READER_SCRIPT, ping: () => Promise<unknown> = () => sendToTab(tabId, { type: 'bg-cs-reader-status' })): Promise<void> {
  // No answer (or an empty one, from the other script's listener): not injected yet.
  if (await ping().catch(() => undefined)) return;
  await browser.scripting.executeScript({ target: { tabId }, files: [file] });
}

/** Open the reader in `tabId`, or close it when open. */
export async function toggleReader(tabId: number): Promise<ReaderStatus> {
  try {
    await ensureInjected(tabId);
    return await sendToTab(tabId, { type: 'bg-cs-toggle-reader' });
  } catch (error) {
    return { open: false, error: toErrorCode(error) };
  }
}

/** Whether the reader is open in `tabId` (false when it was never injected). */
export async function readerStatus(tabId: number): Promise<ReaderStatus> {
  try {
    return await sendToTab(tabId, { type: 'bg-cs-reader-status' });
  } catch {
    return { open: false };
  }
}

/**
 * Switch enlarging the page's own text in `tabId` (injecting the script when
 * switching on), or, with `on` undefined, ask whether it is on.
 */
export async function pageText(tabId: number, on?: boolean): Promise<PageTextStatus> {
  try {
    if (on === undefined) return await sendToTab(tabId, { type: 'bg-cs-page-text' });
    if (on) await ensureInjected(tabId, PAGE_TEXT_SCRIPT, () => sendToTab(tabId, { type: 'bg-cs-page-text' }));
    return await sendToTab(tabId, { type: 'bg-cs-page-text', on });
  } catch (error) {
    return on === undefined ? { on: false } : { on: false, error: toErrorCode(error) };
  }
}

/**
 * Inject lazy script `script` into the reader that asked (its tab and frame):
 * only names from the table, only into a tab. Running one twice is harmless
 * (a script keeps its first registration).
 */
export async function injectLazyScript(script: LazyScript, sender: Browser.runtime.MessageSender): Promise<{ ok: true } | { error: ErrorCode }> {
  const tabId = sender.tab?.id;
  const file = Object.hasOwn(LAZY_SCRIPTS, script) ? LAZY_SCRIPTS[script] : undefined;
  if (tabId === undefined || !file) return { error: 'unknown' };
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [file] });
    return { ok: true };
  } catch (error) {
    return { error: toErrorCode(error) };
  }
}
