import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PAGES_DIR, startFixtureServer, type FixtureServer } from '../e2e/fixture-server';
import { type FirefoxSession, launchFirefox, openPageAndPopup, poll } from './firefox';

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

  beforeAll(async () => {
    server = await startFixtureServer();
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('shows the seed article without its portal noise, and closes again', async () => {
    const { page, popup } = await openPageAndPopup(firefox, server.url(SEED));

    await poll(popup, () => Boolean(document.querySelector('button.primary')));
    expect(await popup.$eval('button.primary', (b) => b.textContent)).toBe('Lesemodus');
    await popup.click('button.primary');
    await poll(popup, () => Boolean(document.querySelector('[role="status"]')?.textContent?.includes('Der Lesemodus ist offen')));

    await page.waitForFunction(overlayText);
    const text = ((await page.evaluate(overlayText)) ?? '').replace(/\s+/g, ' ');
    expect(text).toContain(expected.title);
    for (const wanted of expected.with) expect(text).toContain(wanted);
    for (const noise of expected.without) expect(text).not.toContain(noise);

    await popup.click('button.primary');
    await page.waitForFunction(() => !document.querySelector('leselotse-reader'));
    expect(await popup.$eval('[role="status"]', (el) => el.textContent)).toBe('Der Lesemodus ist geschlossen.');
  });
});
