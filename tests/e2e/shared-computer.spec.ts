/**
 * Shared-computer mode across a browser restart (issue 7), in Chromium: the
 * mode is switched on on the real options page, a DeepL key is saved, a page
 * is read and translated through a loopback DeepL server; then the browser is
 * closed and started again on the SAME profile, as the next client would find
 * it. Everything but the mode itself is back to defaults, no key is left in
 * any storage area, no cache or trace of the page. The control run (normal
 * mode) keeps settings and key over the same restart.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { startMockEngine, type MockEngineServer } from '../mock-engines';
import { launchWithExtension } from './launch';
import { test, expect, tabIdOf } from './fixtures';

const SEED = 'seed-dessau-rosslau';
const KEY = 'client-0815-secret:fx';
type Area = 'local' | 'session' | 'sync';
declare const chrome: { storage: Record<Area, { get(keys: null): Promise<Record<string, unknown>> }> };

const overlay = (page: Page) => page.locator('leselotse-reader').getByRole('dialog');

async function worker(context: BrowserContext) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

async function dump(context: BrowserContext, area: Area): Promise<Record<string, unknown>> {
  return (await worker(context)).evaluate((a) => chrome.storage[a].get(null), area);
}

/** A client's session: the mode (optional), a bigger text, a DeepL key, one page read and translated. */
async function clientSession(context: BrowserContext, serverUrl: string, deepl: MockEngineServer, shared: boolean) {
  const extensionId = new URL((await worker(context)).url()).host;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const mode = options.getByRole('checkbox', { name: 'Gemeinsam genutzter Computer' });
  await expect(mode).not.toBeChecked();
  if (shared) {
    await mode.check();
    await expect(options.locator('main > p[role="status"]')).toHaveText('Gespeichert.');
  }
  await options.locator('input[type="range"]').fill('300');
  await expect(options.getByText('Schriftgröße: 300 %')).toBeVisible();
  await options.getByRole('radio', { name: /DeepL/ }).check();
  await options.getByLabel(/^API-Schlüssel/).fill(KEY);
  await options.getByLabel(/^Server-Adresse/).fill(deepl.baseUrl);
  await options.getByRole('button', { name: 'Speichern und verwenden' }).click();
  await expect(options.locator('.engine-message')).toContainText('Gespeichert');
  await options.close();

  const page = await context.newPage();
  await page.goto(serverUrl);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${await tabIdOf(context, page)}`);
  await popup.locator('section.translate select').selectOption('uk');
  await popup.getByRole('button', { name: 'Übersetzen', exact: true }).click();
  await expect(overlay(page).locator('.ll-tr-translation').first()).toBeVisible();
  await expect(overlay(page).locator('.ll-tr-pending')).toHaveCount(0);
  expect(deepl.translateRequests().at(-1)?.headers.authorization).toBe(`DeepL-Auth-Key ${KEY}`);
  const title = await overlay(page).getByRole('heading', { level: 1 }).innerText();
  const translation = (await overlay(page).locator('.ll-tr-translation').first().innerText()).trim();
  return { title, translation, url: page.url() };
}

let deepl: MockEngineServer;
let profile: string;
test.beforeAll(async () => {
  deepl = await startMockEngine('deepl');
});
test.afterAll(async () => {
  await deepl.close();
});
test.beforeEach(() => {
  profile = mkdtempSync(join(tmpdir(), 'leselotse-shared-'));
});
test.afterEach(() => {
  rmSync(profile, { recursive: true, force: true });
});

test('shared-computer mode: after a browser restart on the same profile nothing of the last client is left', async ({ server }) => {
  const first = await launchWithExtension({ profile });
  let seen: Awaited<ReturnType<typeof clientSession>>;
  try {
    seen = await clientSession(first.context, server.url(SEED), deepl, true);
    // During the session the key lives only in storage.session, never in local or sync.
    expect(JSON.stringify(await dump(first.context, 'local'))).not.toContain(KEY);
    expect(JSON.stringify(await dump(first.context, 'sync'))).not.toContain(KEY);
    expect(JSON.stringify(await dump(first.context, 'session'))).toContain(KEY);
    // The translation cache is there too (so the checks below can see it go).
    expect(Object.keys(await dump(first.context, 'session')).some((k) => k.startsWith('tcache:'))).toBe(true);
  } finally {
    await first.close();
  }

  const next = await launchWithExtension({ profile });
  try {
    const { context } = next;
    // The reset runs when the browser starts: wait until the last client's settings are gone.
    await expect
      .poll(async () => (await dump(context, 'local')).settings as { textSize?: number } | undefined, { timeout: 15_000 })
      .toMatchObject({ textSize: 100, sharedComputer: true });
    const [local, session, sync] = await Promise.all([dump(context, 'local'), dump(context, 'session'), dump(context, 'sync')]);
    const all = JSON.stringify([local, session, sync]);
    expect(all).not.toContain(KEY);
    expect(all).not.toContain(deepl.baseUrl);
    for (const trace of [seen.title, seen.url, new URL(seen.url).pathname, seen.translation]) expect(all).not.toContain(trace);
    expect(session).toEqual({});
    expect(sync).toEqual({});
    // Nothing but the default settings with the mode on: no engine, no key, no text size.
    expect(local.engines).toBeUndefined();
    expect(local.settings).toMatchObject({ textSize: 100, theme: 'auto', targetLanguage: 'en', sharedComputer: true });

    // The options page the next client opens: mode still on, text size back at 100 %, no DeepL key.
    const extensionId = new URL((await worker(context)).url()).host;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByRole('checkbox', { name: 'Gemeinsam genutzter Computer' })).toBeChecked();
    await expect(options.getByText('Schriftgröße: 100 %')).toBeVisible();
    await options.getByRole('radio', { name: /DeepL/ }).check();
    await expect(options.getByLabel(/^API-Schlüssel/)).toHaveValue('');
  } finally {
    await next.close();
  }
});

test('normal mode (control): the same restart keeps the settings and the key', async ({ server }) => {
  const first = await launchWithExtension({ profile });
  try {
    await clientSession(first.context, server.url(SEED), deepl, false);
    expect(JSON.stringify(await dump(first.context, 'local'))).toContain(KEY);
  } finally {
    await first.close();
  }
  const next = await launchWithExtension({ profile });
  try {
    const { context } = next;
    // Give a (wrong) reset the same time it gets above before looking.
    await expect.poll(async () => (await dump(context, 'local')).settings, { timeout: 15_000 }).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const local = await dump(context, 'local');
    expect(local.settings).toMatchObject({ textSize: 300, sharedComputer: false });
    expect(JSON.stringify(local)).toContain(KEY);
    expect(await dump(context, 'session')).toEqual({});
    const extensionId = new URL((await worker(context)).url()).host;
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByText('Schriftgröße: 300 %')).toBeVisible();
    await expect(options.getByLabel(/^API-Schlüssel/)).toHaveValue(KEY);
  } finally {
    await next.close();
  }
});
