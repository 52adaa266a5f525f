/**
 * Faults (issue 7): the extension reloaded mid-session, and an engine that is
 * offline or answers garbage. The page stays usable, the German text stays,
 * the user gets a clear message, nothing stored is lost.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { startMockEngine, type MockEngineServer } from '../mock-engines';
import { test, expect } from './fixtures';

const SEED = 'seed-dessau-rosslau';
declare const chrome: {
  runtime: { reload(): void };
  storage: { local: { get(k: null): Promise<Record<string, unknown>>; set(i: object): Promise<void> } };
};

const overlay = (page: Page) => page.locator('leselotse-reader').getByRole('dialog');

async function configureLibre(context: BrowserContext, extensionId: string, baseUrl: string) {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('radio', { name: /LibreTranslate/ }).check();
  await options.getByLabel(/^Server-Adresse/).fill(baseUrl);
  await options.getByRole('button', { name: 'Speichern und verwenden' }).click();
  await expect(options.locator('.engine-message')).toContainText('Gespeichert');
  await options.close();
}

/**
 * Open the reader on the seed page, then reload the extension (as an update
 * does) and wait until the old worker is gone, so the page's content script is
 * orphaned. Whether headless Chromium brings an unpacked extension back after
 * `runtime.reload()` varies from run to run (its pages then stay
 * ERR_BLOCKED_BY_CLIENT), so these tests assert only what the page and the
 * orphaned reader must do, never on the reloaded extension.
 */
async function readerThenReload(context: BrowserContext, page: Page, openPopup: (p: Page) => Promise<Page>): Promise<void> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const popup = await openPopup(page);
  await popup.getByRole('button', { name: 'Lesemodus', exact: true }).click();
  await expect(overlay(page)).toBeVisible();
  await popup.close();
  const oldWorkerGone = new Promise<void>((resolve) => worker.once('close', () => resolve()));
  await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined); // the worker dies with the reload
  await oldWorkerGone;
}

test('extension reloaded mid-session: the page and the German text stay, + still enlarges, nothing is thrown into the page', async ({
  context,
  server,
  openPopup,
}) => {
  const page = await context.newPage();
  await page.goto(server.url(SEED));
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await readerThenReload(context, page, openPopup);

  await expect(overlay(page)).toContainText('Integrationsbüro');
  // The orphaned reader's text size: `+` still works on the page (storage is gone, so it is not kept),
  // and neither the store call nor the re-rendered labels throw "Extension context invalidated."
  const scale = () => page.locator('leselotse-reader .ll-root').evaluate((el: HTMLElement) => el.style.getPropertyValue('--ll-scale'));
  const before = Number(await scale());
  await page.keyboard.press('+');
  await page.keyboard.press('+');
  await expect.poll(async () => Number(await scale())).toBeGreaterThan(before);
  await page.waitForTimeout(300); // let the failed storage writes settle
  // The page itself stays usable: its own links and scripts still work.
  expect(await page.evaluate(() => document.title)).toBeTruthy();
  await expect(page.locator('#mainnav')).toHaveCount(1);
  expect(errors).toEqual([]);
});

test('extension reloaded mid-session: the orphaned overlay still closes with its button', async ({ context, server, openPopup }) => {
  // With the context invalidated the storage listener cannot be removed; the overlay must still close.
  const page = await context.newPage();
  await page.goto(server.url(SEED));
  await readerThenReload(context, page, openPopup);
  await overlay(page).getByRole('button', { name: 'Lesemodus schließen' }).first().click();
  await expect(page.locator('leselotse-reader')).toHaveCount(0, { timeout: 3_000 });
});

/** The localized message each fault must show (German UI), so a wrong mapping cannot pass. */
const MESSAGES = {
  offline: 'Keine Verbindung',
  'server-error': 'Der Übersetzungsdienst hat ein Problem (Serverfehler, HTTP 5xx)',
  malformed: 'unverständliche Antwort',
} as const;

for (const fault of ['offline', 'server-error', 'malformed'] as const) {
  test(`engine ${fault}: the German text stays and each block says what failed`, async ({ context, extensionId, server, openPopup }) => {
    const engine: MockEngineServer = await startMockEngine('libretranslate');
    const baseUrl = engine.baseUrl;
    if (fault === 'offline') await engine.close();
    else engine.fail(...Array.from({ length: 20 }, () => (fault === 'malformed' ? { kind: 'malformed' as const } : { kind: 'server-error' as const })));
    try {
      await configureLibre(context, extensionId, baseUrl);
      const page = await context.newPage();
      await page.goto(server.url(SEED));
      const popup = await openPopup(page);
      await popup.locator('section.translate select').selectOption('uk');
      await popup.getByRole('button', { name: 'Übersetzen', exact: true }).click();
      await expect(overlay(page).locator('.ll-tr-failed').first()).toBeVisible({ timeout: 30_000 });
      await expect(overlay(page).locator('.ll-tr-pending')).toHaveCount(0, { timeout: 30_000 });
      // The German original is still there, and the message names the failure.
      await expect(overlay(page)).toContainText('Integrationsbüro');
      await expect(overlay(page).locator('.ll-tr-failed .ll-tr-error').first()).toContainText(MESSAGES[fault]);
      await expect(page.locator('#mainnav')).toHaveCount(1);
    } finally {
      if (fault !== 'offline') await engine.close();
    }
  });
}

/** A short per-request timeout in the engine's stored config (the options page does not offer one). */
const TIMEOUT_MS = 1500;
async function setTimeoutMs(context: BrowserContext, ms: number) {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  await worker.evaluate(async (timeoutMs) => {
    const { engines } = (await chrome.storage.local.get(null)) as { engines: { configs: Record<string, object> } };
    engines.configs.libretranslate = { ...engines.configs.libretranslate, timeoutMs };
    await chrome.storage.local.set({ engines });
  }, ms);
}

for (const fault of ['no answer', 'trickle'] as const) {
  test(`engine ${fault === 'trickle' ? 'trickles its reply for minutes' : 'never answers'}: the reader gives up within the timeout`, async ({
    context,
    extensionId,
    server,
    openPopup,
  }) => {
    const engine = await startMockEngine('libretranslate');
    // Every translation request hangs: held back 60 s, or headers at once and then one byte every 3 s
    // (a 1 KB reply would take most of an hour).
    engine.fail(...Array.from({ length: 40 }, () => (fault === 'trickle' ? { kind: 'trickle' as const, chunkMs: 3_000, bytes: 1 } : { kind: 'slow' as const, ms: 60_000 })));
    try {
      await configureLibre(context, extensionId, engine.baseUrl);
      await setTimeoutMs(context, TIMEOUT_MS);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(server.url(SEED));
      const popup = await openPopup(page);
      await popup.locator('section.translate select').selectOption('uk');
      const started = Date.now();
      await popup.getByRole('button', { name: 'Übersetzen', exact: true }).click();
      await expect(overlay(page).locator('.ll-tr-failed').first()).toBeVisible({ timeout: 20_000 });
      await expect(overlay(page).locator('.ll-tr-pending')).toHaveCount(0, { timeout: 20_000 });
      const elapsed = Date.now() - started;
      // Two tries per batch with the 1.5 s timeout, two batches at a time: seconds, not minutes.
      expect(elapsed).toBeLessThan(15_000);
      expect(engine.translateRequests().length).toBeGreaterThan(0);
      await expect(overlay(page).locator('.ll-tr-failed .ll-tr-error').first()).toContainText('Der Dienst hat nicht rechtzeitig geantwortet');
      await expect(overlay(page).locator('.ll-tr-translation')).toHaveCount(0);
      // The German text stays, the page and the reader stay usable.
      await expect(overlay(page)).toContainText('Integrationsbüro');
      await expect(page.locator('#mainnav')).toHaveCount(1);
      await overlay(page).getByRole('button', { name: 'Lesemodus schließen' }).first().click();
      await expect(page.locator('leselotse-reader')).toHaveCount(0);
      expect(errors).toEqual([]);
      console.log(`${fault}: gave up after ${elapsed} ms, ${engine.translateRequests().length} requests`);
    } finally {
      await engine.close();
    }
  });
}
