import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES_DIR, startFixtureServer, type FixtureServer } from '../e2e/fixture-server';
import { clobberingElements } from '../fixtures/clobbering';
import { startPageServer, type LoopbackServer } from '../fixtures/xss/servers';
import { type FirefoxSession, launchFirefox, openPageAndPopup, poll, tabIdFor } from './firefox';

const SEED = 'seed-dessau-rosslau';
const expected = JSON.parse(readFileSync(join(PAGES_DIR, SEED, 'expected.json'), 'utf8')) as {
  title: string;
  with: string[];
  without: string[];
};

/** Text of the reader's article (not its toolbar, whose A− / A+ are the reader's own), read from its (open) shadow root. */
const overlayText = () =>
  document.querySelector('leselotse-reader')?.shadowRoot?.querySelector('[role="dialog"] main')?.textContent ?? null;

describe('Firefox ESR: reader view from the popup', () => {
  let firefox: FirefoxSession;
  let server: FixtureServer;
  let hostile: LoopbackServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    hostile = await startPageServer({
      '/clobbered/': () =>
        `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Anmeldung einer Wohnung</title></head><body><main><h1>Anmeldung einer Wohnung</h1>${Array.from(
          { length: 6 },
          (_, i) => `<p>Absatz ${i + 1}: Für die Anmeldung Ihrer Wohnung benötigen Sie einen gültigen Ausweis und die Wohnungsgeberbestätigung. Die Anmeldung ist gebührenfrei.</p>`,
        ).join('')}</main>${clobberingElements()}</body></html>`,
    });
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
    await hostile?.close();
  });

  it('shows the seed article without its portal noise, and closes again; the page hears nothing of it', async () => {
    const { page, popup } = await openPageAndPopup(firefox, server.url(SEED));
    // The page records every message posted to its window (its own one proves the recorder works).
    await page.evaluate(() => {
      const heard: string[] = [];
      Object.defineProperty(window, '__heard', { value: heard });
      window.addEventListener('message', (event) => heard.push(JSON.stringify(event.data)), true);
      window.postMessage({ own: true }, '*');
    });

    await poll(popup, () => Boolean(document.querySelector('button.primary')));
    expect(await popup.$eval('button.primary', (b) => b.textContent)).toBe('Lesemodus');
    await popup.click('button.primary');
    await poll(popup, () => Boolean(document.querySelector('[role="status"]')?.textContent?.includes('Der Lesemodus ist offen')));

    await page.waitForFunction(overlayText);
    const text = ((await page.evaluate(overlayText)) ?? '').replace(/\s+/g, ' ');
    expect(text).toContain(expected.title);
    for (const wanted of expected.with) expect(text).toContain(wanted);
    for (const noise of expected.without) expect(text).not.toContain(noise);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual(['{"own":true}']);

    await popup.click('button.primary');
    await page.waitForFunction(() => !document.querySelector('leselotse-reader'));
    expect(await popup.$eval('[role="status"]', (el) => el.textContent)).toBe('Der Lesemodus ist geschlossen.');
  });

  it('opens the reader on a page whose named elements shadow members of the document', async () => {
    const { page, popup } = await openPageAndPopup(firefox, `${hostile.origin}/clobbered/`);
    // The page's own world sees the shadowing (the test would prove nothing otherwise).
    expect(await page.evaluate(() => typeof (document as unknown as Record<string, unknown>).cloneNode)).toBe('object');
    await poll(popup, () => Boolean(document.querySelector('button.primary')));
    await popup.click('button.primary');
    await poll(popup, () => Boolean(document.querySelector('[role="status"]')?.textContent?.includes('Der Lesemodus ist offen')));
    // The page's own `document.querySelector` is an <img> here: the test reads past it.
    const shownText = () =>
      Document.prototype.querySelector.call(document, 'leselotse-reader')?.shadowRoot?.querySelector('[role="dialog"] main')?.textContent ?? null;
    await page.waitForFunction(shownText);
    expect(((await page.evaluate(shownText)) ?? '').replace(/\s+/g, ' ')).toContain('Absatz 6');
  });

  it('loads the read-aloud engine into the reader only when read-aloud is first pressed', async () => {
    // A URL of its own: the popup finds its tab by URL, and the first test's tab shows the seed page too.
    const url = `${server.url(SEED)}?read-aloud`;
    const { page, popup } = await openPageAndPopup(firefox, url);
    await poll(popup, () => Boolean(document.querySelector('button.primary')));
    await popup.click('button.primary');
    await page.waitForFunction(overlayText);
    const tabId = await tabIdFor(popup, url);
    /** The scripts registered in the reader's content-script world (utils/reader/lazy-scripts.ts), asked from the popup. */
    const lazy = () =>
      popup.evaluate(async (tab) => {
        const api = (globalThis as unknown as { browser: { scripting: { executeScript(o: object): Promise<{ result?: unknown }[]> } } }).browser;
        const [injection] = await api.scripting.executeScript({
          target: { tabId: tab },
          func: () => Object.keys((globalThis as { __leselotseLazy?: object }).__leselotseLazy ?? {}),
        });
        return injection?.result as string[];
      }, tabId);
    expect(await lazy()).toEqual([]);
    // The page's own scripts see none of it.
    expect(await page.evaluate(() => '__leselotseLazy' in window)).toBe(false);

    await page.evaluate(() => (document.querySelector('leselotse-reader')!.shadowRoot!.querySelector('.ll-aloud-play') as HTMLButtonElement).click());
    const deadline = Date.now() + 15_000;
    let loaded: string[] = [];
    while (Date.now() < deadline && !(loaded = await lazy()).includes('read-aloud')) await new Promise((resolve) => setTimeout(resolve, 150));
    expect(loaded).toEqual(['read-aloud']);
    expect(await page.evaluate(() => '__leselotseLazy' in window)).toBe(false);
    // The engine ran: the bar left its busy state, and no "failed" message was announced.
    await page.waitForFunction(() => document.querySelector('leselotse-reader')?.shadowRoot?.querySelector('.ll-aloud')?.getAttribute('aria-busy') === 'false');
    const status = await page.evaluate(() => document.querySelector('leselotse-reader')!.shadowRoot!.querySelector('.ll-status')?.textContent ?? '');
    expect(status).not.toContain('fehlgeschlagen');
  });
});
