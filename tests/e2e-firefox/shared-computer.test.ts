/**
 * Shared-computer mode across a browser restart in Firefox ESR (issue 7): the
 * mode switched on on the real options page, a DeepL key saved, a page read
 * and translated through a loopback DeepL server; Firefox closed and started
 * again on the SAME profile (the add-on installed permanently there). Nothing
 * but the mode is left; the control run in normal mode keeps settings and key.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { startFixtureServer, type FixtureServer } from '../e2e/fixture-server';
import { startMockEngine, type MockEngineServer } from '../mock-engines';
import { ADDON_UUID, type FirefoxSession, launchFirefox, openExtensionPage, openPageAndPopup, poll } from './firefox';

const SEED = 'seed-dessau-rosslau';
const KEY = 'client-0815-secret:fx';
type Area = 'local' | 'session' | 'sync';
type Storage = Record<string, unknown>;

const storageOf = (extensionPage: Page, area: Area): Promise<Storage> =>
  extensionPage.evaluate(async (a) => {
    const api = (globalThis as unknown as { browser: { storage: Record<string, { get(k: null): Promise<Record<string, unknown>> }> } }).browser;
    return api.storage[a]!.get(null);
  }, area);

async function optionsPage(firefox: FirefoxSession): Promise<Page> {
  const page = await firefox.browser.newPage();
  await openExtensionPage(page, `moz-extension://${ADDON_UUID}/options.html`);
  return page;
}

const sharedBox = 'section[aria-labelledby="privacy-heading"] input[type="checkbox"]';

/** One client's session: the mode (optional), text size 300 %, a DeepL key, the seed page read and translated. */
async function clientSession(firefox: FirefoxSession, server: FixtureServer, deepl: MockEngineServer, shared: boolean) {
  const options = await optionsPage(firefox);
  await poll(options, (box) => Boolean(document.querySelector(box)), sharedBox);
  expect(await options.$eval(sharedBox, (box) => (box as HTMLInputElement).checked)).toBe(false);
  if (shared) {
    await options.click(sharedBox);
    await poll(options, () => document.querySelector('main > p[role="status"]')?.textContent === 'Gespeichert.');
  }
  await options.$eval('input[type="range"]', (range) => {
    (range as HTMLInputElement).value = '300';
    range.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await poll(options, () => Boolean(document.body.textContent?.includes('Schriftgröße: 300 %')));
  await options.click('input[name="engine"][value="deepl"]');
  await poll(options, () => Boolean(document.querySelector('#engine-apiKey')));
  await options.type('#engine-apiKey', KEY);
  await options.type('#engine-baseUrl', deepl.baseUrl);
  await options.click('::-p-text(Speichern und verwenden)');
  await poll(options, () => Boolean(document.querySelector('.engine-message')?.textContent?.includes('Gespeichert')));

  const { page, popup } = await openPageAndPopup(firefox, server.url(SEED));
  await poll(popup, () => Boolean(document.querySelector('section.translate select:not([disabled])')));
  await popup.select('section.translate select', 'uk');
  await popup.click('section.translate button');
  await page.waitForFunction(
    () => {
      const root = document.querySelector('leselotse-reader')?.shadowRoot;
      return root?.querySelector('.ll-tr-translation') && root.querySelectorAll('.ll-tr-pending').length === 0;
    },
    { timeout: 30_000 },
  );
  expect(deepl.translateRequests().at(-1)?.headers.authorization).toBe(`DeepL-Auth-Key ${KEY}`);
  const title = await page.evaluate(() => document.querySelector('leselotse-reader')?.shadowRoot?.querySelector('h1')?.textContent ?? '');
  expect(title.length).toBeGreaterThan(5);
  return { options, title, url: page.url() };
}

describe('Firefox ESR: shared-computer mode over a browser restart', () => {
  let server: FixtureServer;
  let deepl: MockEngineServer;
  let profile: string;
  let firefox: FirefoxSession | undefined;

  beforeAll(async () => {
    server = await startFixtureServer();
    deepl = await startMockEngine('deepl');
  });
  afterAll(async () => {
    await deepl?.close();
    await server?.close();
  });
  beforeEach(() => {
    profile = mkdtempSync(join(tmpdir(), 'leselotse-ff-shared-'));
  });
  afterEach(async () => {
    await firefox?.close();
    firefox = undefined;
    rmSync(profile, { recursive: true, force: true });
  });

  it('leaves nothing of the last client after the restart: defaults, no key, no cache, no trace of the page', async () => {
    firefox = await launchFirefox({ profile });
    const seen = await clientSession(firefox, server, deepl, true);
    expect(JSON.stringify(await storageOf(seen.options, 'local'))).not.toContain(KEY);
    expect(JSON.stringify(await storageOf(seen.options, 'session'))).toContain(KEY);
    expect(Object.keys(await storageOf(seen.options, 'session')).some((k) => k.startsWith('tcache:'))).toBe(true);
    await firefox.close();

    firefox = await launchFirefox({ profile });
    const options = await optionsPage(firefox);
    // The reset runs when the browser starts; wait for it rather than for a fixed time.
    await poll(options, async () => {
      const api = (globalThis as unknown as { browser: { storage: { local: { get(k: null): Promise<Record<string, unknown>> } } } }).browser;
      const { settings } = (await api.storage.local.get(null)) as { settings?: { textSize?: number } };
      return settings?.textSize === 100;
    });
    const [local, session, sync] = await Promise.all([storageOf(options, 'local'), storageOf(options, 'session'), storageOf(options, 'sync')]);
    const all = JSON.stringify([local, session, sync]);
    expect(all).not.toContain(KEY);
    expect(all).not.toContain(deepl.baseUrl);
    for (const trace of [seen.title, seen.url, new URL(seen.url).pathname]) expect(all).not.toContain(trace);
    expect(session).toEqual({});
    expect(sync).toEqual({});
    expect(local.engines).toBeUndefined();
    expect(local.settings).toMatchObject({ textSize: 100, theme: 'auto', targetLanguage: 'en', sharedComputer: true });
    // The next client's options page: mode still on, 100 %.
    await openExtensionPage(options, `moz-extension://${ADDON_UUID}/options.html?again`);
    await poll(options, () => Boolean(document.body.textContent?.includes('Schriftgröße: 100 %')));
    expect(await options.$eval(sharedBox, (box) => (box as HTMLInputElement).checked)).toBe(true);
  });

  it('normal mode (control): the same restart keeps the settings and the key', async () => {
    firefox = await launchFirefox({ profile });
    const seen = await clientSession(firefox, server, deepl, false);
    expect(JSON.stringify(await storageOf(seen.options, 'local'))).toContain(KEY);
    await firefox.close();

    firefox = await launchFirefox({ profile });
    const options = await optionsPage(firefox);
    // Give a (wrong) reset time to run before looking.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    const local = await storageOf(options, 'local');
    expect(local.settings).toMatchObject({ textSize: 300, sharedComputer: false });
    expect(JSON.stringify(local)).toContain(KEY);
    expect(await storageOf(options, 'session')).toEqual({});
  });
});
