/**
 * Storage audit (issue 7): after a counsellor's session — three municipal
 * pages read in the reader with their "Das Wichtigste" summary, and each
 * translated through a loopback LibreTranslate server — `storage.local` and
 * `storage.sync` hold no page text, title, URL, summary or translation; after
 * "forget", `storage.session` is empty. Storage is read through the
 * extension's service worker.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { startMockEngine, type MockEngineServer } from '../mock-engines';
import { test, expect } from './fixtures';

const PAGES = ['seed-dessau-rosslau', 'typo3-auenbach-anmeldung-wohnung', 'sitepark-elbhausen-wohngeld'];
type Area = 'local' | 'session' | 'sync';
declare const chrome: { storage: Record<Area, { get(keys: null): Promise<Record<string, unknown>> }> };

async function dump(context: BrowserContext, area: Area): Promise<string> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return JSON.stringify(await worker.evaluate((a) => chrome.storage[a].get(null), area));
}

/** Five-word runs from each text: long enough to be unique to the page, short enough to survive markup. */
function snippets(texts: string[], perText = 3): string[] {
  const out: string[] = [];
  for (const text of texts) {
    const words = text.replace(/\s+/g, ' ').trim().split(' ');
    for (let i = 0; i + 5 <= words.length && i < perText * 5; i += 5) out.push(words.slice(i, i + 5).join(' '));
  }
  return out.filter((s) => s.length >= 20);
}

/** Which secrets occur in a storage dump, raw or JSON-escaped. */
const leaked = (storageDump: string, secrets: string[]) =>
  secrets.filter((s) => storageDump.includes(s) || storageDump.includes(JSON.stringify(s).slice(1, -1)));

const overlay = (page: Page) => page.locator('leselotse-reader').getByRole('dialog');

let libre: MockEngineServer;
test.beforeAll(async () => {
  libre = await startMockEngine('libretranslate');
});
test.afterAll(async () => {
  await libre.close();
});

test('after three pages read and translated, local and sync storage hold nothing of them; forget empties session', async ({
  context,
  extensionId,
  server,
  openPopup,
}) => {
  // The engine is configured on the real options page, as a counsellor would.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('radio', { name: /LibreTranslate/ }).check();
  await options.getByLabel(/^Server-Adresse/).fill(libre.baseUrl);
  await options.getByRole('button', { name: 'Speichern und verwenden' }).click();
  await expect(options.locator('.engine-message')).toContainText('Gespeichert');
  await options.close();

  const secrets: string[] = [];
  const translations: string[] = [];
  const summaries: string[] = [];
  let lastPopup: Page | undefined;
  for (const [i, slug] of PAGES.entries()) {
    const page = await context.newPage();
    await page.goto(server.url(slug));
    const popup = await openPopup(page);
    // Read first: the German article and its summary, as the reader shows them.
    await popup.getByRole('button', { name: 'Lesemodus', exact: true }).click();
    await expect(overlay(page)).toBeVisible();
    const title = await overlay(page).getByRole('heading', { level: 1 }).innerText();
    const url = new URL(page.url());
    secrets.push(title, url.href, `${url.host}${url.pathname}`, url.pathname);
    secrets.push(...snippets(await overlay(page).locator('.ll-block').allInnerTexts()));
    const summary = overlay(page).getByRole('region', { name: 'Das Wichtigste' });
    if (await summary.isVisible()) {
      // Each fact line that is long enough to be the page's own (a fee, a deadline, a document).
      const lines = (await summary.locator('li').allInnerTexts()).map((l) => l.trim()).filter((l) => l.length >= 15);
      summaries.push(...lines);
    }
    // Then translate the same page (a different language on each page, as different clients would).
    const target = ['uk', 'ar', 'tr'][i]!;
    await popup.locator('section.translate select').selectOption(target);
    await popup.getByRole('button', { name: 'Übersetzen', exact: true }).click();
    await expect(overlay(page).locator('.ll-tr-translation').first()).toBeVisible();
    await expect(overlay(page).locator('.ll-tr-pending')).toHaveCount(0);
    const translated = snippets(await overlay(page).locator('.ll-tr-translation').allInnerTexts(), 2);
    expect(translated.length, `${slug} translated`).toBeGreaterThan(1);
    expect(translated.join(' ')).toContain(`[${target}]`);
    translations.push(...translated);
    lastPopup = popup;
  }
  expect(translations.length).toBeGreaterThan(6);
  expect(summaries.length, 'a summary was shown on at least one page').toBeGreaterThan(0);
  // All three pages went to the engine (no page was served from another's cache).
  const sentTargets = new Set(libre.translateRequests().map((r) => (r.json as { target?: string }).target));
  expect([...sentTargets].sort()).toEqual(['ar', 'tr', 'uk']);
  secrets.push(...translations, ...summaries);
  expect(secrets.length).toBeGreaterThan(30);

  const local = await dump(context, 'local');
  const sync = await dump(context, 'sync');
  const session = await dump(context, 'session');
  // The check can see a leak: the session cache (allowed there) does hold translations.
  expect(leaked(session, translations).length).toBeGreaterThan(0);
  // And the words "sent to the engine" really are the pages' text (the secrets are not empty talk).
  expect(leaked(JSON.stringify(libre.translateRequests().map((r) => r.json)), secrets).length).toBeGreaterThan(0);
  // Something was stored locally (the engine, settings), but nothing of the pages.
  expect(local.length).toBeGreaterThan(2);
  expect(leaked(local, secrets)).toEqual([]);
  expect(leaked(sync, secrets)).toEqual([]);
  expect(local).not.toContain('/pages/');

  await lastPopup!.getByRole('button', { name: 'Alles vergessen' }).click();
  await expect(lastPopup!.locator('.forget [role="status"]')).toContainText('Gelöscht');
  expect(await dump(context, 'session')).toBe('{}');
});
