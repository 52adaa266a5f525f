/**
 * "Forget everything" from the real popup in Chromium (issue 7): one click
 * closes the reader, empties `storage.session` and the caches; keys and
 * settings go only after the confirmation.
 */
import type { BrowserContext } from '@playwright/test';
import { test, expect } from './fixtures';

const SEED = 'seed-dessau-rosslau';
type Area = 'local' | 'session' | 'sync';
declare const chrome: { storage: Record<Area, { get(keys: null): Promise<Record<string, unknown>>; set(items: object): Promise<void> }> };

async function worker(context: BrowserContext) {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

async function dump(context: BrowserContext, area: Area): Promise<Record<string, unknown>> {
  return (await worker(context)).evaluate((a) => chrome.storage[a].get(null), area);
}

test('forget: closes the reader, empties session storage, keeps keys and settings until confirmed', async ({ context, server, openPopup }) => {
  // A session as a counsellor leaves it: a saved key and setting, the reader open on two pages.
  const sw = await worker(context);
  await sw.evaluate(() => chrome.storage.local.set({ 'test-key:deepl': 'secret', settings: { textSize: 300 } }));
  const pages = [];
  for (const slug of [SEED, 'typo3-auenbach-anmeldung-wohnung']) {
    const page = await context.newPage();
    await page.goto(server.url(slug));
    const popup = await openPopup(page);
    await popup.getByRole('button', { name: 'Lesemodus', exact: true }).click();
    await expect(page.locator('leselotse-reader').getByRole('dialog')).toBeVisible();
    await popup.close();
    pages.push(page);
  }
  expect(Object.keys(await dump(context, 'session')).length).toBeGreaterThan(0);

  const popup = await openPopup(pages[0]!);
  const forget = popup.getByRole('button', { name: 'Alles vergessen' });
  await expect(forget).toBeVisible();
  await forget.click();

  await expect(popup.locator('.forget [role="status"]')).toContainText('Gelöscht');
  for (const page of pages) await expect(page.locator('leselotse-reader')).toHaveCount(0);
  expect(await dump(context, 'session')).toEqual({});
  // Not yet confirmed: keys and settings are still there, and the popup asks.
  expect(await dump(context, 'local')).toMatchObject({ 'test-key:deepl': 'secret' });
  await expect(popup.getByText('Auch gespeicherte Schlüssel und Einstellungen löschen?')).toBeVisible();
  await expect(popup.getByRole('status').first()).toHaveText('Der Lesemodus ist geschlossen.');

  await popup.getByRole('button', { name: 'Ja, auch Schlüssel und Einstellungen löschen' }).click();
  await expect(popup.locator('.forget [role="status"]')).toContainText('Alles gelöscht');
  expect(await dump(context, 'local')).toEqual({});
  expect(await dump(context, 'sync')).toEqual({});
  // The pages themselves are untouched and usable.
  await expect(pages[0]!.locator('#mainnav')).toHaveCount(1);
});

test('forget, then "keep": keys and settings stay', async ({ context, server, openPopup }) => {
  const sw = await worker(context);
  await sw.evaluate(() => chrome.storage.local.set({ 'test-key:deepl': 'secret' }));
  const page = await context.newPage();
  await page.goto(server.url(SEED));
  const popup = await openPopup(page);
  await popup.getByRole('button', { name: 'Alles vergessen' }).click();
  await popup.getByRole('button', { name: 'Nein, behalten' }).click();
  await expect(popup.locator('.forget [role="status"]')).toContainText('Schlüssel und Einstellungen bleiben');
  expect(await dump(context, 'local')).toMatchObject({ 'test-key:deepl': 'secret' });
});
