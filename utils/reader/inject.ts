/**
 * Injecting the reader content script into one tab and talking to it. Used by
 * the background only.
 */
import { browser } from 'wxt/browser';
import { sendToTab, type PageTextStatus, type ReaderStatus } from '@/utils/messaging';
import { toErrorCode } from '@/utils/errors';

/** Path of the built reader content script (WXT's runtime-registered output). */
export const READER_SCRIPT = '/content-scripts/reader.js';

async function ensureInjected(tabId: number): Promise<void> {
  try {
    // The script answers a ping when it is already there (a second injection would run main() twice).
    await sendToTab(tabId, { type: 'bg-cs-reader-status' });
    return;
  } catch {
    // Not injected yet.
  }
  await browser.scripting.executeScript({ target: { tabId }, files: [READER_SCRIPT] });
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
    if (on) await ensureInjected(tabId);
    return await sendToTab(tabId, { type: 'bg-cs-page-text', on });
  } catch (error) {
    return on === undefined ? { on: false } : { on: false, error: toErrorCode(error) };
  }
}
