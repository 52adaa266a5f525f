/**
 * Playwright fixtures: Chromium (Debian's) with the e2e build of Leselotse
 * loaded, its extension id, the loopback fixture server, and a helper that
 * opens the real popup as a page aimed at a tab (`?tabId=`).
 */
import { test as base, type BrowserContext, type Page } from '@playwright/test';
import { launchWithExtension } from './launch';
import { startFixtureServer, type FixtureServer } from './fixture-server';

/** The part of the extension API the tests call inside the service worker. */
declare const chrome: { tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> } };

export interface Fixtures {
  context: BrowserContext;
  extensionId: string;
  openPopup: (target: Page) => Promise<Page>;
}

export interface WorkerFixtures {
  server: FixtureServer;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  server: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const { context, close } = await launchWithExtension();
    await use(context);
    await close();
  },
  extensionId: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(new URL(worker.url()).host);
  },
  openPopup: async ({ context, extensionId }, use) => {
    await use(async (target: Page) => {
      const tabId = await tabIdOf(context, target);
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
      return popup;
    });
  },
});

/** The `tabs` id of a page, asked of the extension's service worker. */
export async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const url = page.url();
  const id = await worker.evaluate(async (pageUrl) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === pageUrl)?.id;
  }, url);
  if (typeof id !== 'number') throw new Error(`no tab for ${url}`);
  return id;
}

export const expect = test.expect;
