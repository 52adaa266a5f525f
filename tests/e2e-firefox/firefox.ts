/**
 * Firefox ESR with the e2e build of Leselotse installed as a temporary add-on.
 * The add-on's internal UUID is fixed through `extensions.webextensions.uuids`,
 * so the tests can open the real popup as a page (`moz-extension://<uuid>/popup.html`).
 */
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIREFOX_EXTENSION_DIR, firefoxPath, requireBuild } from '../e2e/browsers';

export const ADDON_ID = 'leselotse@leselotse.example';
export const ADDON_UUID = '6f9e2a3c-4b1d-4e8a-9c7f-2d5b8e1a0c34';

export interface FirefoxSession {
  browser: Browser;
  popupUrl: (tabId?: number) => string;
  close: () => Promise<void>;
}

export interface FirefoxLaunchOptions {
  /**
   * Profile directory to use and keep, for a browser restarted on the same
   * profile. The add-on is then installed permanently (a proxy file in the
   * profile's `extensions/` pointing at the build; unsigned add-ons are allowed
   * in ESR), because a temporary add-on does not survive the restart.
   */
  profile?: string;
}

export async function launchFirefox({ profile: keep }: FirefoxLaunchOptions = {}): Promise<FirefoxSession> {
  const extension = requireBuild(FIREFOX_EXTENSION_DIR);
  const profile = keep ?? mkdtempSync(join(tmpdir(), 'leselotse-ff-'));
  if (keep) {
    mkdirSync(join(profile, 'extensions'), { recursive: true });
    writeFileSync(join(profile, 'extensions', ADDON_ID), realpathSync(extension));
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    userDataDir: profile,
    // Firefox 153 lets WebDriver navigate to moz-extension:// pages only with system access.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
      ...(keep ? { 'xpinstall.signatures.required': false, 'extensions.autoDisableScopes': 0, 'extensions.enabledScopes': 15 } : {}),
      'intl.locale.requested': 'de',
      'intl.accept_languages': 'de-DE, de',
      // Keep Firefox off the closed network.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  if (!keep) {
    const id = await browser.installExtension(extension);
    if (id !== ADDON_ID) throw new Error(`installed add-on has id ${id}, expected ${ADDON_ID}`);
  }
  return {
    browser,
    popupUrl: (tabId) => `moz-extension://${ADDON_UUID}/popup.html${tabId ? `?tabId=${tabId}` : ''}`,
    close: async () => {
      await browser.close();
      if (!keep) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Open an extension page. Firefox loads moz-extension:// pages fine, but
 * WebDriver BiDi never reports their navigation as finished, so the goto's own
 * wait is cut short and the page's readiness is checked directly.
 */
export async function openExtensionPage(page: Page, url: string): Promise<void> {
  await page.goto(url, { timeout: 3_000 }).catch(() => undefined);
  await poll(
    page,
    (wanted) => location.href === wanted && document.readyState === 'complete' && Boolean(document.querySelector('#app > *')),
    url,
  );
}

/**
 * Wait until `predicate(arg)` is true in the page, polling with plain
 * `evaluate`. Puppeteer's `waitForFunction` builds its poller with
 * `new Function`, which the extension pages' CSP blocks for an add-on
 * installed permanently (a temporary one is exempt).
 */
export async function poll(page: Page, predicate: (arg: string) => boolean | Promise<boolean>, arg = '', timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < deadline) {
    try {
      if (await page.evaluate(predicate, arg)) return;
    } catch (error) {
      last = error; // the page is still navigating
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${predicate.toString().slice(0, 120)}${last ? ` (${String(last)})` : ''}`);
}

/** The `tabs` id of the tab showing `url`, asked from an extension page. */
export async function tabIdFor(extensionPage: Page, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (wanted) => {
    const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } } }).browser;
    const tabs = await api.tabs.query({});
    return tabs.find((tab) => tab.url === wanted)?.id;
  }, url);
  if (typeof id !== 'number') throw new Error(`no tab for ${url}`);
  return id;
}

/**
 * Open `url` in a new tab, then the real popup as a page aimed at that tab
 * (`popup.html?tabId=`), as the Chromium tests do.
 */
export async function openPageAndPopup(firefox: FirefoxSession, url: string): Promise<{ page: Page; popup: Page }> {
  const page = await firefox.browser.newPage();
  await page.goto(url);
  const popup = await firefox.browser.newPage();
  await openExtensionPage(popup, firefox.popupUrl());
  const tabId = await tabIdFor(popup, url);
  await openExtensionPage(popup, firefox.popupUrl(tabId));
  return { page, popup };
}
