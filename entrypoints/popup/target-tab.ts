import { browser } from 'wxt/browser';

/**
 * The tab the popup acts on: `?tabId=<id>` when given (tests open the popup as
 * a page and aim it at another tab), else the active tab of the current window.
 */
export async function resolveTargetTab(search: string = location.search): Promise<number | undefined> {
  const fromQuery = Number(new URLSearchParams(search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}
