import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { PAGES_DIR } from './fixture-server';

const SEED = 'seed-dessau-rosslau';
const expected = JSON.parse(readFileSync(join(PAGES_DIR, SEED, 'expected.json'), 'utf8')) as {
  title: string;
  with: string[];
  without: string[];
};

test('the popup opens the reader on the seed page: article in, portal noise out', async ({ context, server, openPopup }) => {
  const page = await context.newPage();
  await page.goto(server.url(SEED));
  const popup = await openPopup(page);

  await popup.getByRole('button', { name: 'Lesemodus', exact: true }).click();
  await expect(popup.getByRole('status').first()).toContainText('Der Lesemodus ist offen');

  const overlay = page.locator('leselotse-reader').getByRole('dialog');
  await expect(overlay).toBeVisible();
  await expect(overlay.getByRole('heading', { level: 1 })).toHaveText(expected.title);
  // The article, not the toolbar: its A− / A+ buttons are the reader's own, not the page's widget.
  const text = await overlay.locator('main').innerText();
  for (const wanted of expected.with) expect(text.replace(/\s+/g, ' ')).toContain(wanted);
  for (const noise of expected.without) expect(text).not.toContain(noise);
  // The page's own navigation is still on the page, but not in the reader.
  await expect(page.locator('#mainnav')).toHaveCount(1);
  expect(text).not.toContain('Rathaus & Verwaltung');
});

test('Esc closes the reader and the popup button closes it too', async ({ context, server, openPopup }) => {
  const page = await context.newPage();
  await page.goto(server.url(SEED));
  const popup = await openPopup(page);
  await popup.getByRole('button', { name: 'Lesemodus', exact: true }).click();
  const overlay = page.locator('leselotse-reader').getByRole('dialog');
  await expect(overlay).toBeVisible();

  // Focus moved into the overlay (its title), so Esc reaches it.
  await page.bringToFront();
  await expect(overlay.getByRole('heading', { level: 1 })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.locator('leselotse-reader')).toHaveCount(0);

  await popup.reload();
  await popup.getByRole('button', { name: 'Lesemodus', exact: true }).click();
  await expect(overlay).toBeVisible();
  await popup.getByRole('button', { name: 'Lesemodus schließen' }).click();
  await expect(page.locator('leselotse-reader')).toHaveCount(0);
  await expect(popup.getByRole('status').first()).toHaveText('Der Lesemodus ist geschlossen.');
});

test('the overlay close button closes the reader', async ({ context, server, openPopup }) => {
  const page = await context.newPage();
  await page.goto(server.url(SEED));
  const popup = await openPopup(page);
  await popup.getByRole('button', { name: 'Lesemodus', exact: true }).click();
  await page.locator('leselotse-reader').getByRole('button', { name: 'Lesemodus schließen' }).click();
  await expect(page.locator('leselotse-reader')).toHaveCount(0);
});

test('the reader shows the seed page contact card: phone as tel:, e-mail as mailto:', async ({ context, server, openPopup }) => {
  const page = await context.newPage();
  await page.goto(server.url(SEED));
  const popup = await openPopup(page);
  await popup.getByRole('button', { name: 'Lesemodus', exact: true }).click();

  const card = page.locator('leselotse-reader').getByRole('region', { name: 'Kontakt' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Integrationsbüro');
  await expect(card).toContainText('Zerbster Straße 4');
  await expect(card.getByRole('link', { name: '0340 204-2901' })).toHaveAttribute('href', 'tel:03402042901');
  await expect(card.getByRole('link', { name: 'integrationsbuero@dessau-rosslau.de' })).toHaveAttribute(
    'href',
    'mailto:integrationsbuero@dessau-rosslau.de',
  );
  await expect(card.getByRole('button', { name: 'Anschrift kopieren' })).toBeVisible();
});

test('the page hears nothing from Leselotse: no message and no global when the reader and the page-text script start', async ({ context, server, openPopup }) => {
  // Recorded by the page's own script from its first line on: every message posted to its window.
  await context.addInitScript(() => {
    const heard: string[] = [];
    Object.defineProperty(window, '__heard', { value: heard });
    window.addEventListener('message', (event) => heard.push(JSON.stringify(event.data)), true);
  });
  const page = await context.newPage();
  await page.goto(server.url(SEED));
  // The recorder works: the page's own message is heard.
  await page.evaluate(() => window.postMessage({ own: true }, '*'));
  await expect.poll(() => page.evaluate(() => (window as unknown as { __heard: string[] }).__heard.length)).toBe(1);
  const popup = await openPopup(page);
  await popup.getByRole('button', { name: 'Lesemodus', exact: true }).click();
  await expect(page.locator('leselotse-reader').getByRole('dialog')).toBeVisible();
  await popup.getByRole('checkbox', { name: 'Auch die Schrift der Seite vergrößern' }).check();
  await expect(popup.getByRole('checkbox', { name: 'Auch die Schrift der Seite vergrößern' })).toBeChecked();
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __heard: string[] }).__heard)).toEqual(['{"own":true}']);
  expect(await page.evaluate(() => Object.keys(window).filter((key) => /leselotse|wxt/i.test(key)))).toEqual([]);
});
