/**
 * Read-aloud in the built extension (Chromium), with the speech engine stubbed
 * in the content script's world (headless Chromium has no voices): the voice
 * picker lists the voices of the language being read, the chosen voice reads
 * and is remembered per language; the key-facts card is read before the
 * article and the word list (the glossary explanations) after it.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { fakeSpeech, openReader, overlayOf, reopenWithSpeech, type FakeVoice } from './reader-helpers';
import { speakable } from '@/utils/reader/sentences';

/** The part of the extension API the test calls inside the service worker. */
declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

const PAGE = 'typo3-auenbach-anmeldung-wohnung';

const VOICES: FakeVoice[] = [
  { name: 'Greta', lang: 'de-DE', localService: true, default: true },
  { name: 'Markus', lang: 'de-AT', localService: true },
  { name: 'Google Deutsch', lang: 'de-DE', localService: false },
  { name: 'Samantha', lang: 'en-US', localService: true },
  { name: 'Laila', lang: 'ar-SA', localService: true },
];

interface Spoken {
  text: string;
  lang: string;
  voice: string;
  rate: number;
}

/** Replace the speech engine, then reopen the reader so its bar lists the new voices. */
async function withVoices(page: Page, extensionId: string, openPopup: (p: Page) => Promise<Page>, voices: FakeVoice[]) {
  const world = await reopenWithSpeech(page, extensionId, openPopup, fakeSpeech(voices));
  return {
    spoken: () => world.evaluate<Spoken[]>('globalThis.__llSpeech.log'),
    /** Let the voice finish every sentence up to the end. */
    finishAll: () => world.evaluate<number>('(() => { let n = 0; while (n < 2000 && globalThis.__llSpeech.log.length > n) { n = globalThis.__llSpeech.log.length; globalThis.__llSpeech.finish(); } return n; })()'),
  };
}

/** The texts of the elements under `root` matching `selector`, whitespace collapsed. */
async function textsOf(root: Locator, selector: string): Promise<string[]> {
  return (await root.locator(selector).allInnerTexts()).map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

test('no voice for the language: the bar says so plainly, without a picker', async ({ context, server, openPopup }) => {
  const { overlay } = await openReader(context, openPopup, server.url(PAGE));
  const bar = overlay.getByRole('group', { name: 'Vorlesen' });
  await expect(bar.locator('.ll-aloud-error')).toHaveText(/Für die Sprache „Deutsch“ gibt es auf diesem Gerät keine Vorlesestimme/);
  await expect(bar.getByRole('combobox')).toHaveCount(0);
});

test('the voice picker lists the voices of the article language; the chosen voice reads and is remembered', async ({ context, server, openPopup, extensionId }) => {
  const { page } = await openReader(context, openPopup, server.url(PAGE));
  const speech = await withVoices(page, extensionId, openPopup, VOICES);
  const overlay = overlayOf(page);
  const picker = overlay.getByRole('combobox', { name: 'Stimme für Deutsch' });
  await expect(picker).toBeVisible();

  // Only German voices, grouped by variant (the article's own tag first), online voices marked.
  const groups = await picker.locator('optgroup').evaluateAll((list) =>
    list.map((g) => [g.getAttribute('label'), Array.from(g.querySelectorAll('option')).map((o) => o.textContent)]),
  );
  expect(groups).toEqual([
    ['Deutsch (Deutschland)', ['Google Deutsch (online – sendet den Text)', 'Greta']],
    ['Deutsch (Österreich)', ['Markus']],
  ]);
  await expect(picker).toHaveValue('');
  await expect(picker.locator('option').first()).toHaveText('Automatisch (passend zur Sprache)');

  // A native, labelled select: keyboard and screen readers operate it like any other.
  await picker.selectOption('Markus');
  await expect(picker).toHaveValue('Markus');

  await overlay.getByRole('button', { name: 'Vorlesen starten' }).click();
  await expect.poll(async () => (await speech.spoken()).length).toBeGreaterThan(0);
  expect((await speech.spoken())[0]).toMatchObject({ lang: 'de', voice: 'Markus' });
  await speech.finishAll();
  const all = await speech.spoken();
  expect(all.length).toBeGreaterThan(10);
  // Every utterance of the German page is read by the chosen voice.
  expect(new Set(all.map((u) => u.voice))).toEqual(new Set(['Markus']));

  // A different choice while reading takes effect at once: the sentence starts again in the new voice.
  await overlay.getByRole('button', { name: 'Vorlesen starten' }).click();
  await expect.poll(async () => (await speech.spoken()).length).toBe(all.length + 1);
  await picker.selectOption('Greta');
  await expect.poll(async () => (await speech.spoken()).at(-1)?.voice).toBe('Greta');
  expect((await speech.spoken()).at(-1)?.text).toBe((await speech.spoken()).at(-2)?.text);
  await overlay.getByRole('button', { name: 'Vorlesen beenden' }).click();

  // Remembered per language: the setting holds it, and a reopened reader shows it.
  const worker = context.serviceWorkers()[0]!;
  const stored = await worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as { readAloudVoices?: Record<string, string> });
  expect(stored.readAloudVoices).toEqual({ de: 'Greta' });
  await page.keyboard.press('Escape');
  const popup = await openPopup(page);
  await popup.getByRole('button', { name: 'Lesemodus', exact: true }).click();
  await page.bringToFront();
  await expect(overlayOf(page).getByRole('combobox', { name: 'Stimme für Deutsch' })).toHaveValue('Greta');
});

test('read-aloud reads the key-facts card first, then the article, then the word list', async ({ context, server, openPopup, extensionId }) => {
  const { page } = await openReader(context, openPopup, server.url(PAGE));
  const overlay = overlayOf(page);
  const card = overlay.getByRole('region', { name: 'Das Wichtigste' });
  await expect(card).toBeVisible();
  const words = overlay.getByRole('region', { name: 'Wörter aus dem Text, einfach erklärt' });
  await expect(words).toBeVisible();
  const speech = await withVoices(page, extensionId, openPopup, VOICES);
  await expect(overlay.getByRole('region', { name: 'Das Wichtigste' })).toBeVisible();

  await overlay.getByRole('button', { name: 'Vorlesen starten' }).click();
  await expect.poll(async () => (await speech.spoken()).length).toBeGreaterThan(0);
  await speech.finishAll();
  const spoken = (await speech.spoken()).map((u) => u.text.replace(/\s+/g, ' ').trim());
  const joined = spoken.join(' ');

  // The card, in its order, before the article: the title, the section names and every fact.
  // As the voice gets them: phone numbers in digit groups (utils/reader/sentences `speakable`).
  const cardTexts = ['Das Wichtigste', ...(await textsOf(overlay, '.ll-keyfacts h3, .ll-keyfacts .ll-kf-text'))].map(speakable);
  expect(cardTexts.length).toBeGreaterThan(4);
  let at = -1;
  for (const text of cardTexts) {
    const next = spoken.findIndex((u, i) => i > at && text.startsWith(u));
    expect(next, `card text read in order: ${text}`).toBeGreaterThan(at);
    at = next;
  }
  // The rest of the last fact (it may have several sentences), then the article's first sentence.
  while (at + 1 < spoken.length && cardTexts.at(-1)!.includes(spoken[at + 1]!)) at += 1;
  const blocks = await textsOf(overlay, '.ll-article > [data-block-id]');
  expect(blocks[0]!.startsWith(spoken[at + 1]!), `${spoken[at + 1]} starts ${blocks[0]}`).toBe(true);
  const articleStart = spoken.slice(0, at + 1).join(' ').length;
  // "Im Text zeigen" is a control, not text to read.
  expect(joined).not.toContain('Im Text zeigen');

  // After the article: every term of the word list and its explanation.
  const lastBlock = blocks.at(-1)!;
  const articleEnd = joined.lastIndexOf(lastBlock.slice(-25));
  expect(articleEnd).toBeGreaterThan(articleStart);
  const terms = await textsOf(words, 'dt');
  const explanations = await textsOf(words, 'dd');
  expect(terms.length).toBeGreaterThan(2);
  expect(terms).toContain('Anmeldung');
  for (const [i, term] of terms.entries()) {
    const termAt = joined.indexOf(`${term} `, articleEnd);
    expect(termAt, `term read after the article: ${term}`).toBeGreaterThan(articleEnd);
    expect(joined.indexOf(explanations[i]!.slice(0, 25), termAt)).toBeGreaterThan(termAt);
  }
});
