/**
 * "Forget everything" in Firefox ESR (issue 7): the popup's button closes the
 * reader and empties `storage.session`; keys and settings go only after the
 * confirmation. Storage is read from the extension's own popup page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startFixtureServer, type FixtureServer } from '../e2e/fixture-server';
import { type FirefoxSession, launchFirefox, openPageAndPopup, poll } from './firefox';

const SEED = 'seed-dessau-rosslau';
type Area = 'local' | 'session' | 'sync';

const storageOf = (popup: Page, area: Area) =>
  popup.evaluate(async (a) => {
    const api = (globalThis as unknown as { browser: { storage: Record<string, { get(k: null): Promise<Record<string, unknown>> }> } }).browser;
    return api.storage[a]!.get(null);
  }, area);

describe('Firefox ESR: forget everything', () => {
  let firefox: FirefoxSession;
  let server: FixtureServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('closes the reader, empties session storage, and deletes keys only after confirming', async () => {
    const { page, popup } = await openPageAndPopup(firefox, server.url(SEED));
    await popup.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { storage: { local: { set(i: object): Promise<void> } } } }).browser;
      await api.storage.local.set({ 'test-key:deepl': 'secret' });
    });

    await poll(popup, () => Boolean(document.querySelector('button.primary')));
    await popup.click('button.primary');
    await page.waitForFunction(() => document.querySelector('leselotse-reader'));

    await poll(popup, () => Boolean(document.querySelector('.forget > button.danger')));
    await popup.click('.forget > button.danger');
    await poll(popup, () => Boolean(document.querySelector('.forget [role="status"]')?.textContent?.includes('Gelöscht')));
    await page.waitForFunction(() => !document.querySelector('leselotse-reader'));
    expect(await storageOf(popup, 'session')).toEqual({});
    expect(await storageOf(popup, 'local')).toMatchObject({ 'test-key:deepl': 'secret' });

    await poll(popup, () => Boolean(document.querySelector('.forget-confirm button.danger')));
    await popup.click('.forget-confirm button.danger');
    await poll(popup, () => Boolean(document.querySelector('.forget [role="status"]')?.textContent?.includes('Alles gelöscht')));
    expect(await storageOf(popup, 'local')).toEqual({});
  });
});
