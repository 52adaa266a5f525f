/**
 * Translation end to end in Chromium: an engine configured on the real options
 * page (pointed at a loopback server that speaks the engine's wire protocol),
 * the seed page translated from the real popup, shown right to left, side by
 * side and bilingual, cached for the session, and engine errors shown per block.
 * The translation client is loaded into the reader's world only when asked for.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { startMockEngine, type MockEngineServer } from '../mock-engines';
import { test, expect } from './fixtures';
import { launchWithExtension } from './launch';
import { fakeSpeech, lazyScriptsIn, openReader, readerWorld } from './reader-helpers';

const SEED = 'seed-dessau-rosslau';

interface EngineForm {
  engine: RegExp;
  fields: [label: RegExp, value: string][];
}

/** Fill in and save an engine on the options page; "Test connection" first when asked. */
async function configureEngine(context: BrowserContext, extensionId: string, form: EngineForm, testFirst = false): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('radio', { name: form.engine }).check();
  for (const [label, value] of form.fields) await options.getByLabel(label).fill(value);
  if (testFirst) {
    await options.getByRole('button', { name: 'Verbindung testen' }).click();
    await expect(options.locator('.engine-message')).toContainText('funktioniert');
  }
  await options.getByRole('button', { name: 'Speichern und verwenden' }).click();
  await expect(options.locator('.engine-message')).toContainText('Gespeichert');
  return options;
}

/** Open the seed page, pick `target` in the popup and press "Übersetzen". */
async function translateSeed(context: BrowserContext, openPopup: (p: Page) => Promise<Page>, page: Page, target: string) {
  const popup = await openPopup(page);
  await popup.locator('section.translate select').selectOption(target);
  await popup.getByRole('button', { name: 'Übersetzen', exact: true }).click();
  // The popup reports the outcome: the reader opened and translates (not an error).
  await expect(popup.locator('.translate-status')).toContainText('wird in');
  return popup;
}

const overlay = (page: Page) => page.locator('leselotse-reader').getByRole('dialog');

/** Wait until no block is pending any more. */
async function settled(page: Page) {
  await expect(overlay(page).locator('.ll-tr')).toBeVisible();
  await expect(overlay(page).locator('.ll-tr-pending')).toHaveCount(0);
}

let libre: MockEngineServer;
test.beforeEach(async () => {
  libre = await startMockEngine('libretranslate');
});
test.afterEach(async () => {
  await libre.close();
});

test('LibreTranslate: test connection, Arabic right to left, views, session cache', async ({ context, extensionId, server, openPopup }) => {
  const host = new URL(libre.baseUrl).host;
  const options = await configureEngine(
    context,
    extensionId,
    { engine: /LibreTranslate/, fields: [[/^Server-Adresse/, libre.baseUrl]] },
    true,
  );
  // The privacy label names the host the text goes to.
  await expect(options.getByRole('radio', { name: /LibreTranslate/ }).locator('..')).toContainText(`an ${new URL(libre.baseUrl).hostname}`);
  // "Test connection" reached the server (LibreTranslate's check may itself translate a word).
  expect(libre.requests.length).toBeGreaterThan(0);
  libre.reset();

  const page = await context.newPage();
  await page.goto(server.url(SEED));
  const popup = await openPopup(page);
  // The picker names the engine for Arabic and says plainly when none can do a language.
  await expect(popup.locator('section.translate option[value="ar"]')).toContainText('LibreTranslate');
  await popup.locator('section.translate select').selectOption('ti');
  await expect(popup.locator('.translate-unsupported')).toContainText('Keiner der eingerichteten Übersetzungsdienste');
  await popup.locator('section.translate select').selectOption('ar');
  await popup.getByRole('button', { name: 'Übersetzen', exact: true }).click();

  await settled(page);
  const translated = overlay(page).locator('.ll-tr-translation');
  const count = await translated.count();
  expect(count).toBeGreaterThan(3);
  await expect(translated.first()).toHaveAttribute('dir', 'rtl');
  await expect(translated.first()).toHaveAttribute('lang', 'ar');
  await expect(overlay(page).locator('.ll-tr-failed')).toHaveCount(0);
  await expect(overlay(page)).toContainText('[ar] ');
  await expect(overlay(page)).toContainText(`an ${host.split(':')[0]}`);
  // The translation client came as a script of its own, into the reader's world only.
  expect(await lazyScriptsIn(page, extensionId)).toEqual({ loaded: ['translate'], pageSees: false });
  // German names and numbers inside the Arabic text are isolated.
  expect(await overlay(page).locator('.ll-tr-translation bdi').count()).toBeGreaterThan(0);
  const requests = libre.translateRequests().length;
  expect(requests).toBeGreaterThan(0);

  // Bilingual: the German original under each translated block.
  await overlay(page).getByRole('radio', { name: 'Deutsch unter jedem Absatz' }).check();
  await expect(overlay(page).locator('.ll-tr-bilingual')).toHaveCount(count);
  const under = overlay(page).locator('.ll-tr-bilingual .ll-tr-under').first();
  await expect(under).toHaveAttribute('lang', 'de');
  await expect(under).toHaveAttribute('dir', 'ltr');
  expect(await under.innerText()).not.toContain('[ar]');
  await overlay(page).getByRole('radio', { name: 'Nebeneinander' }).check();
  await expect(overlay(page).locator('.ll-tr-side')).toHaveCount(count);

  // Close and reopen the reader, then reload the page: the session cache answers, no request.
  await overlay(page).getByRole('button', { name: 'Lesemodus schließen' }).click();
  await expect(page.locator('leselotse-reader')).toHaveCount(0);
  await popup.getByRole('button', { name: 'Übersetzen', exact: true }).click();
  await settled(page);
  await expect(overlay(page).locator('.ll-tr-translation')).toHaveCount(count);
  await page.reload();
  await translateSeed(context, openPopup, page, 'ar');
  await settled(page);
  await expect(overlay(page).locator('.ll-tr-translation')).toHaveCount(count);
  expect(libre.translateRequests().length).toBe(requests);
});

test('a 429 is retried and then succeeds', async ({ context, extensionId, server, openPopup }) => {
  await configureEngine(context, extensionId, { engine: /LibreTranslate/, fields: [[/^Server-Adresse/, libre.baseUrl]] });
  libre.fail({ kind: 'rate-limit', retryAfter: '1' });
  const page = await context.newPage();
  await page.goto(server.url(SEED));
  await translateSeed(context, openPopup, page, 'uk');
  await settled(page);
  await expect(overlay(page).locator('.ll-tr-failed')).toHaveCount(0);
  await expect(overlay(page).locator('.ll-tr-translation').first()).toHaveAttribute('dir', 'ltr');
  await expect(overlay(page)).toContainText('[uk] ');
  const statuses = libre.translateRequests().length;
  // One refused request, then every batch went through.
  expect(statuses).toBeGreaterThanOrEqual(2);
});

test('DeepL 456: quota message on the blocks, German kept, retry works', async ({ context, extensionId, server, openPopup }) => {
  const deepl = await startMockEngine('deepl');
  try {
    await configureEngine(context, extensionId, {
      engine: /DeepL/,
      fields: [
        [/^API-Schlüssel/, 'test-key:fx'],
        [/^Server-Adresse/, deepl.baseUrl],
      ],
    });
    deepl.fail({ kind: 'quota' });
    const page = await context.newPage();
    await page.goto(server.url(SEED));
    await translateSeed(context, openPopup, page, 'ar');
    await settled(page);
    const failed = overlay(page).locator('.ll-tr-failed');
    await expect(failed.first()).toContainText('Das Kontingent dieses Dienstes ist aufgebraucht.');
    await expect(failed.first()).toHaveAttribute('data-tr-error', 'quota');
    // The German text stays, marked, with a retry button.
    await expect(failed.first().locator('.ll-tr-original')).toHaveAttribute('lang', 'de');
    await failed.first().getByRole('button', { name: 'Erneut versuchen' }).click();
    await expect(overlay(page).locator('.ll-tr-translation').first()).toContainText('[ar]');
  } finally {
    await deepl.close();
  }
});

test('with no engine set up the reader explains the choice and opens the options page', async ({ context, server, openPopup }) => {
  const page = await context.newPage();
  await page.goto(server.url(SEED));
  // Farsi: Chrome's built-in Translator (where this Chromium has it) has no model for it either.
  await translateSeed(context, openPopup, page, 'fa');
  const screen = overlay(page).locator('.ll-tr-noengine');
  await expect(screen.getByRole('heading', { name: 'Übersetzungsdienst wählen' })).toBeVisible();
  await expect(screen).toContainText('فارسی');
  const optionsPage = context.waitForEvent('page', (p) => p.url().endsWith('/options.html'));
  await screen.getByRole('button', { name: 'Einstellungen öffnen' }).click();
  const options = await optionsPage;
  await expect(options.getByRole('heading', { name: 'Übersetzung', exact: true })).toBeVisible();

  // Set up an engine there and press "Übersetzen" again: the same reader now translates.
  await options.getByRole('radio', { name: /LibreTranslate/ }).check();
  await options.getByLabel(/^Server-Adresse/).fill(libre.baseUrl);
  await options.getByRole('button', { name: 'Speichern und verwenden' }).click();
  await expect(options.locator('.engine-message')).toContainText('Gespeichert');
  await translateSeed(context, openPopup, page, 'fa');
  await settled(page);
  await expect(overlay(page).locator('.ll-tr-translation').first()).toHaveAttribute('dir', 'rtl');
  await expect(overlay(page)).toContainText('[fa] ');
});

test('in an Arabic browser the popup and options page are Arabic and right to left', async () => {
  const { context, close } = await launchWithExtension({ lang: 'ar' });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html`);
    await expect(popup.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(popup.getByRole('button', { name: 'ترجمة', exact: true })).toBeVisible();
    const options = await context.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    await expect(options.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(options.getByRole('button', { name: 'اختبار الاتصال' })).toBeVisible();
  } finally {
    await close();
  }
});

test('the key-facts card and the word list are translated with the article; the German terms stay; read aloud in the translation\'s voice', async ({ context, extensionId, server, openPopup }) => {
  await configureEngine(context, extensionId, { engine: /LibreTranslate/, fields: [[/^Server-Adresse/, libre.baseUrl]] });
  const { page } = await openReader(context, openPopup, server.url('typo3-auenbach-anmeldung-wohnung'));
  const card = overlay(page).getByRole('region', { name: 'Das Wichtigste' });
  await expect(card).toBeVisible();
  const facts = (await card.locator('.ll-kf-text').allInnerTexts()).map((s) => s.trim());
  const words = overlay(page).getByRole('region', { name: 'Wörter aus dem Text, einfach erklärt' });
  const terms = (await words.locator('dt').allInnerTexts()).map((s) => s.trim());
  const explanations = (await words.locator('dd').allInnerTexts()).map((s) => s.trim());
  expect(facts.length).toBeGreaterThan(3);
  expect(terms.length).toBeGreaterThan(3);

  // A speech engine with German and Arabic voices in the reader's world, then translate into Arabic.
  const world = await readerWorld(page, extensionId);
  await world.evaluate(
    fakeSpeech([
      { name: 'Greta', lang: 'de-DE', localService: true, default: true },
      { name: 'Laila', lang: 'ar-SA', localService: true },
      { name: 'Amira', lang: 'ar-EG', localService: true },
      { name: 'Samantha', lang: 'en-US', localService: true },
    ]),
  );
  await page.keyboard.press('Escape');
  await translateSeed(context, openPopup, page, 'ar');
  await page.bringToFront();
  await settled(page);

  // Every fact of the card in Arabic, right to left; in "translation only" without the German.
  const translatedFacts = card.locator('.ll-kf-text .ll-tr-text');
  await expect(translatedFacts).toHaveCount(facts.length);
  for (const [i, fact] of facts.entries()) {
    await expect(translatedFacts.nth(i)).toHaveAttribute('lang', 'ar');
    await expect(translatedFacts.nth(i)).toHaveAttribute('dir', 'rtl');
    // A fact without words (a phone number) is not sent to the engine at all.
    if (/\p{L}/u.test(fact)) await expect(translatedFacts.nth(i)).toContainText('[ar] ');
    // German names and numbers in the Arabic text stay whole (isolated): the fact's words are all there.
    expect((await translatedFacts.nth(i).innerText()).replace('[ar] ', '').replace(/\s+/g, ' ').trim()).toBe(fact.replace(/\s+/g, ' '));
  }
  await expect(card.locator('.ll-tr-text-original')).toHaveCount(0);

  // The word list: each German term as it is, its explanation in Arabic.
  await expect(words.locator('dt')).toHaveText(terms);
  await expect(words.locator('dt').first()).not.toContainText('[ar]');
  expect(await words.locator('dt').first().evaluate((dt) => dt.closest('[lang]')?.getAttribute('lang'))).toBe('de');
  const translatedExplanations = words.locator('dd .ll-tr-text');
  await expect(translatedExplanations).toHaveCount(explanations.length);
  await expect(translatedExplanations.first()).toHaveAttribute('lang', 'ar');
  await expect(translatedExplanations.first()).toContainText(`[ar] ${explanations[0]!.split(' ')[0]}`);

  // Two-language view: the German under each translated fact and explanation.
  await overlay(page).getByRole('radio', { name: 'Deutsch unter jedem Absatz' }).check();
  await expect(card.locator('.ll-tr-text-original')).toHaveCount(facts.length);
  await expect(card.locator('.ll-tr-text-original').first()).toHaveAttribute('lang', 'de');
  await expect(words.locator('dd .ll-tr-text-original')).toHaveText(explanations);
  // The hard words are explained where they stand in the German under each block; the Arabic gets no marks.
  const germanTerms = overlay(page).locator('.ll-tr-under dfn.ll-term button');
  await expect(germanTerms.first()).toBeVisible();
  await expect(overlay(page).locator('.ll-tr-translation dfn.ll-term')).toHaveCount(0);
  await germanTerms.first().click();
  await expect(overlay(page).locator('#ll-term-tip')).toBeVisible();
  // The word list's German explanation of that word.
  expect(explanations).toContain((await overlay(page).locator('#ll-term-tip').innerText()).trim());
  await germanTerms.first().click();
  await expect(overlay(page).locator('#ll-term-tip')).toBeHidden();

  // Read aloud: a picker for Arabic (the translation) and one for German (shown too); the Arabic choice reads the Arabic text.
  const arabic = overlay(page).getByRole('combobox', { name: 'Stimme für Arabisch' });
  await expect(arabic.locator('option')).toHaveText(['Automatisch (passend zur Sprache)', 'Amira', 'Laila']);
  await expect(overlay(page).getByRole('combobox', { name: 'Stimme für Deutsch' })).toBeVisible();
  await arabic.selectOption('Amira');
  await overlay(page).getByRole('radio', { name: 'Nur Übersetzung' }).check();
  await expect(overlay(page).getByRole('combobox', { name: 'Stimme für Deutsch' })).toHaveCount(0);
  await overlay(page).getByRole('button', { name: 'Vorlesen starten' }).click();
  const spoken = () => world.evaluate<{ text: string; lang: string; voice: string }[]>('globalThis.__llSpeech.log');
  await expect.poll(async () => (await spoken()).length).toBeGreaterThan(0);
  await world.evaluate('(() => { let n = 0; while (n < 2000 && globalThis.__llSpeech.log.length > n) { n = globalThis.__llSpeech.log.length; globalThis.__llSpeech.finish(); } })()');
  const log = await spoken();
  const arabicSpoken = log.filter((u) => u.lang === 'ar');
  expect(arabicSpoken.length).toBeGreaterThan(facts.length);
  expect(new Set(arabicSpoken.map((u) => u.voice))).toEqual(new Set(['Amira']));
  // The card's facts are read in Arabic, first (after the card's headings), before the article.
  expect(log.findIndex((u) => u.lang === 'ar')).toBeLessThan(8);
  expect(log.find((u) => u.lang === 'ar')!.text).toContain('[ar]');
});
