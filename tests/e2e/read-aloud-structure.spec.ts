/**
 * Read-aloud and the reader's cards for the visually impaired reader, in the
 * built extension (Chromium, speech engine stubbed in the content script's
 * world): what the voice gets for a fee table, key facts taken from a table
 * and the contact card; the read-aloud buttons' drawn icons in every theme
 * and at 400 % text; no gap above the key-facts card's title.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { contrastOfCss, FAKE_SPEECH, lazyScriptsIn, openReader, overlayOf, reopenWithSpeech } from './reader-helpers';
import { THEMES } from '@/utils/settings/schema';

/** A TYPO3 page with a fee table (header row in <thead>), key facts from it, a contact box and glossary words. */
const PAGE = 'typo3-auenbach-anmeldung-wohnung';

/** Replace the speech engine in the reader's world, then reopen the reader so it uses it. */
async function withFakeSpeech(page: Page, extensionId: string, openPopup: (p: Page) => Promise<Page>) {
  const world = await reopenWithSpeech(page, extensionId, openPopup, FAKE_SPEECH);
  return {
    spoken: async () => (await world.evaluate<{ text: string }[]>('globalThis.__llSpeech.log')).map((u) => u.text),
    finishAll: () =>
      world.evaluate<number>('(() => { let n = 0; while (n < 2000 && globalThis.__llSpeech.log.length > n) { n = globalThis.__llSpeech.log.length; globalThis.__llSpeech.finish(); } return n; })()'),
  };
}

test('the voice gets tables cell by cell with their headers, key facts without " | ", and the contact card before the word list', async ({ context, server, openPopup, extensionId }) => {
  const { page } = await openReader(context, openPopup, server.url(PAGE));
  const speech = await withFakeSpeech(page, extensionId, openPopup);
  const overlay = overlayOf(page);
  await expect(overlay.getByRole('region', { name: 'Das Wichtigste' })).toBeVisible();
  await expect(overlay.getByRole('region', { name: 'Kontakt' })).toBeVisible();
  await expect(overlay.getByRole('region', { name: 'Wörter aus dem Text, einfach erklärt' })).toBeVisible();
  // The read-aloud engine is a script of its own, loaded on the first press.
  expect(await lazyScriptsIn(page, extensionId)).toEqual({ loaded: [], pageSees: false });

  await overlay.getByRole('button', { name: 'Vorlesen starten' }).click();
  await expect.poll(async () => (await speech.spoken()).length).toBeGreaterThan(0);
  expect(await lazyScriptsIn(page, extensionId)).toEqual({ loaded: ['read-aloud'], pageSees: false });
  await speech.finishAll();
  const spoken = await speech.spoken();

  // The fee table: row by row, every data cell after its column header, nothing glued.
  const row = spoken.indexOf('Leistung: Meldebescheinigung (einfach)');
  expect(row, spoken.join('\n')).toBeGreaterThan(0);
  expect(spoken[row + 1]).toBe('Gebühr: 5,00 Euro');
  expect(spoken).toContain('Leistung: Anmeldung einer Wohnung');
  expect(spoken.join(' ')).not.toMatch(/LeistungGebühr|Wohnunggebührenfrei|\|/);

  // Key facts from the table: shown and read as "cell: cell", never "vertical bar".
  const facts = (await overlay.locator('.ll-keyfacts .ll-kf-text').allInnerTexts()).map((s) => s.trim());
  expect(facts.join('\n')).not.toContain('|');
  expect(facts).toContain('Meldebescheinigung (einfach): 5,00 Euro');
  expect(spoken).toContain('Meldebescheinigung (einfach): 5,00 Euro');

  // The contact card after the article, before the word list: phone and fax in digit groups, the e-mail as written.
  // (The key-facts card's contact section says the number first, in digit groups too.)
  const phone = spoken.lastIndexOf('0 5 6 7 8, 9 1 2, 0');
  expect(phone, spoken.join('\n')).toBeGreaterThan(row);
  expect(spoken[phone - 1]).toBe('Telefon');
  expect(spoken).toContain('0 5 6 7 8, 9 1 2, 1 9 9');
  const mail = spoken.lastIndexOf('buergerbuero@auenbach.example');
  expect(mail).toBeGreaterThan(phone);
  expect(spoken.slice(row)).toContain('Marktplatz 1');
  expect(spoken.slice(row)).toContain('Montag 8:00 – 12:00 Uhr');
  const words = spoken.indexOf('Wörter aus dem Text, einfach erklärt');
  expect(words).toBeGreaterThan(mail);
  // No number reaches the voice as one big figure, and the card's controls are not read.
  expect(spoken.join(' ')).not.toMatch(/05678|912-/);
  expect(spoken.join(' ')).not.toMatch(/Anschrift kopieren|Termin online/);
});

/** Size and colours of the icon of each read-aloud button, with the button's own colours. */
async function iconsOf(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('leselotse-reader')!.shadowRoot!;
    const bar = root.querySelector('.ll-aloud')!;
    return Array.from(bar.querySelectorAll('button')).slice(1, 4).map((button) => {
      const svg = button.querySelector('svg');
      const path = svg?.querySelector('path');
      const box = svg?.getBoundingClientRect();
      const style = getComputedStyle(button);
      return {
        text: button.textContent,
        hidden: svg?.closest('[aria-hidden]')?.getAttribute('aria-hidden'),
        width: box?.width ?? 0,
        height: box?.height ?? 0,
        fill: path ? getComputedStyle(path).fill : '',
        color: style.color,
        background: style.backgroundColor,
      };
    });
  });
}

test('the read-aloud buttons draw their icons in the text colour, in every theme and at 400 %, and keep their names', async ({ context, server, openPopup }) => {
  const { page, overlay } = await openReader(context, openPopup, server.url(PAGE));
  const bar = overlay.getByRole('group', { name: 'Vorlesen' });
  for (const name of ['Vorheriger Satz', 'Nächster Satz', 'Vorlesen beenden']) await expect(bar.getByRole('button', { name, exact: true })).toBeVisible();

  const larger = overlay.getByRole('button', { name: 'Schrift größer' });
  await larger.focus();
  for (let size = 100; size < 400; size += 20) await page.keyboard.press('Enter');
  await expect(overlay.getByRole('group', { name: 'Schriftgröße' })).toContainText('400 %');

  const picker = overlay.getByRole('combobox', { name: 'Farben' });
  for (const theme of THEMES) {
    await picker.selectOption(theme);
    const icons = await iconsOf(page);
    expect(icons).toHaveLength(3);
    for (const icon of icons) {
      // Drawn, not a font glyph that may be missing: no ⏮ ⏭ ⏹ in the text, an SVG hidden from screen readers.
      expect(icon.text, theme).not.toMatch(/[⏮⏭⏹]/u);
      expect(icon.hidden, theme).toBe('true');
      expect(icon.width, theme).toBeGreaterThanOrEqual(12);
      expect(icon.height, theme).toBeGreaterThanOrEqual(12);
      expect(icon.fill, theme).toBe(icon.color);
      expect(contrastOfCss(icon.fill, icon.background), theme).toBeGreaterThanOrEqual(4.5);
    }
  }
  await overlay.locator('.ll-aloud').screenshot({ path: test.info().outputPath('read-aloud-bar.png') });
});

test('the key-facts card has no gap above its title', async ({ context, server, openPopup }) => {
  const { page, overlay } = await openReader(context, openPopup, server.url(PAGE));
  await expect(overlay.getByRole('region', { name: 'Das Wichtigste' })).toBeVisible();
  const gap = await page.evaluate(() => {
    const card = document.querySelector('leselotse-reader')!.shadowRoot!.querySelector('.ll-keyfacts')!;
    const title = card.querySelector('.ll-kf-title')!;
    const style = getComputedStyle(card);
    // From the inside of the card's border to the top of the title's box.
    return title.getBoundingClientRect().top - card.getBoundingClientRect().top - parseFloat(style.borderTopWidth) - parseFloat(style.paddingTop);
  });
  expect(Math.abs(gap)).toBeLessThanOrEqual(1);
});
