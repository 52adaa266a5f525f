/**
 * Firefox ESR: LibreTranslate configured on the real options page (a loopback
 * server speaking its wire protocol), the seed page translated into Arabic
 * from the real popup, right to left, block by block.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../e2e/fixture-server';
import { startMockEngine, type MockEngineServer } from '../mock-engines';
import { ADDON_UUID, type FirefoxSession, launchFirefox, openExtensionPage, openPageAndPopup, poll } from './firefox';

const SEED = 'seed-dessau-rosslau';

/** What the reader's translation shows, read from its open shadow root. */
const translationState = () => {
  const root = document.querySelector('leselotse-reader')?.shadowRoot;
  const blocks = [...(root?.querySelectorAll('.ll-tr-translation') ?? [])];
  return {
    translated: blocks.length,
    pending: root?.querySelectorAll('.ll-tr-pending').length ?? -1,
    failed: root?.querySelectorAll('.ll-tr-failed').length ?? -1,
    dirs: [...new Set(blocks.map((b) => b.getAttribute('dir')))],
    langs: [...new Set(blocks.map((b) => b.getAttribute('lang')))],
    text: blocks.map((b) => b.textContent).join('\n'),
  };
};

describe('Firefox ESR: translation', () => {
  let firefox: FirefoxSession;
  let server: FixtureServer;
  let libre: MockEngineServer;

  beforeAll(async () => {
    server = await startFixtureServer();
    libre = await startMockEngine('libretranslate');
    firefox = await launchFirefox();
  });
  afterAll(async () => {
    await firefox?.close();
    await libre?.close();
    await server?.close();
  });

  it('translates the seed page into Arabic with LibreTranslate from the options page and popup', async () => {
    const options = await firefox.browser.newPage();
    await openExtensionPage(options, `moz-extension://${ADDON_UUID}/options.html`);
    await options.click('input[name="engine"][value="libretranslate"]');
    await poll(options, () => Boolean(document.querySelector('#engine-baseUrl')));
    await options.type('#engine-baseUrl', libre.baseUrl);
    await options.click('::-p-text(Speichern und verwenden)');
    await poll(options, () => Boolean(document.querySelector('.engine-message')?.textContent?.includes('Gespeichert')));

    const { page, popup } = await openPageAndPopup(firefox, server.url(SEED));
    await poll(popup, () => Boolean(document.querySelector('section.translate select:not([disabled])')));
    await popup.select('section.translate select', 'ar');
    await popup.click('section.translate button');

    await page.waitForFunction(
      () => {
        const root = document.querySelector('leselotse-reader')?.shadowRoot;
        return root?.querySelector('.ll-tr') && root.querySelectorAll('.ll-tr-pending').length === 0;
      },
      { timeout: 30_000 },
    );
    const state = await page.evaluate(translationState);
    expect(state.translated).toBeGreaterThan(3);
    expect(state.failed).toBe(0);
    expect(state.dirs).toEqual(['rtl']);
    expect(state.langs).toEqual(['ar']);
    expect(state.text).toContain('[ar] ');
    expect(libre.translateRequests().length).toBeGreaterThan(0);
  });
});
