/**
 * The printed handout (issue 4): Chromium prints the open reader to PDF and
 * `pdftotext` (Debian's poppler-utils) reads it back. The PDF must hold what
 * the reader shows of the article (title, blocks, contact, source, date) and
 * nothing of the page's own chrome or of the overlay's controls.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from './fixtures';
import { PAGES_DIR } from './fixture-server';
import { openReader, readerWorld, SEED } from './reader-helpers';

const expected = JSON.parse(readFileSync(join(PAGES_DIR, SEED, 'expected.json'), 'utf8')) as {
  title: string;
  with: string[];
  without: string[];
};

const ws = (s: string) => s.replace(/\s+/g, ' ').trim();
/** pdftotext joins a word broken at a hyphen at the line end ("Dessau-\nRoßlau" → "DessauRoßlau"): compare without hyphens. */
const flat = (s: string) => ws(s.replace(/-/g, ''));

function pdfText(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'leselotse-print-'));
  try {
    const file = join(dir, 'handout.pdf');
    writeFileSync(file, pdf);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  } catch (error) {
    throw new Error(`pdftotext failed (apt-get install poppler-utils): ${String(error)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the print button prints a clean handout: the article, contact, source and date, no page chrome', async ({ context, server, openPopup, extensionId }) => {
  const { page, overlay } = await openReader(context, openPopup, server.url(SEED));

  // The toolbar's print button asks the browser to print (caught in the content script's world).
  const world = await readerWorld(page, extensionId);
  await world.evaluate('window.print = () => { globalThis.__llPrinted = (globalThis.__llPrinted || 0) + 1; }; true');
  await overlay.getByRole('button', { name: 'Drucken' }).click();
  expect(await world.evaluate<number>('globalThis.__llPrinted')).toBe(1);

  // What the reader shows of the article on screen, paragraph by paragraph, without its controls.
  const shown = (
    await page.evaluate(() => {
      const shadow = document.querySelector('leselotse-reader')!.shadowRoot!;
      const sheet = new CSSStyleSheet();
      // Controls are not printed; a glossary term (a button inside <dfn>) is a word of the text and is.
      sheet.replaceSync('button:not(dfn > button), select, input { display: none !important; }');
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
      const text = shadow.querySelector<HTMLElement>('main')!.innerText;
      shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((s) => s !== sheet);
      return text;
    })
  )
    .split('\n')
    .map(ws)
    .filter(Boolean);
  expect(shown.length).toBeGreaterThan(3);

  // Links print with their address after them: "hier (http://…)"; the screen shows "hier".
  const text = ws(pdfText(await page.pdf({ format: 'A4', printBackground: true }))).replace(/ \(https?:\/\/[^ )]*\)/g, '');
  expect(flat(text)).toContain(flat(expected.title));
  for (const line of shown) expect(flat(text), line).toContain(flat(line));
  for (const wanted of expected.with) expect(flat(text)).toContain(flat(wanted));
  expect(flat(text)).toContain(flat(`Quelle: ${server.url(SEED)}`));
  expect(text).toMatch(/Gedruckt am \d{1,2}\. \p{L}+ \d{4}/u);

  // Nothing of the page: its navigation, banner and footer stay off the paper …
  for (const noise of [...expected.without, 'Rathaus & Verwaltung', 'Zum Inhalt springen']) expect(text).not.toContain(noise);
  // … and nothing of the overlay's controls.
  for (const control of ['Lesemodus schließen', 'Vorlesen starten', 'Schriftgröße', 'Farben', 'Drucken', 'Abstände'])
    expect(text).not.toContain(control);
});

test('the handout holds "Das Wichtigste" and the word list with the explanations of the marked terms', async ({ context, server, openPopup }) => {
  const { page, overlay } = await openReader(context, openPopup, server.url('typo3-auenbach-anmeldung-wohnung'));
  const card = overlay.getByRole('region', { name: 'Das Wichtigste' });
  await expect(card).toBeVisible();
  const words = overlay.getByRole('region', { name: 'Wörter aus dem Text, einfach erklärt' });
  await expect(words).toBeVisible();

  const text = flat(pdfText(await page.pdf({ format: 'A4', printBackground: true })));
  // The card: its title, machine-output label and every fact (not its "show in text" buttons).
  expect(text).toContain(flat('Das Wichtigste'));
  expect(text).toContain(flat('automatisch vereinfacht – bitte prüfen'));
  const facts = (await card.locator('.ll-kf-text').allInnerTexts()).map(ws);
  expect(facts.length).toBeGreaterThan(3);
  for (const fact of facts) expect(text, fact).toContain(flat(fact));
  expect(text).not.toContain('Im Text zeigen');

  // Every term marked in the text has its explanation on paper, in the word list after the article.
  const marked = [...new Set((await overlay.locator('dfn.ll-term').allInnerTexts()).map(ws))];
  expect(marked.length).toBeGreaterThan(3);
  const listed = (await words.locator('dt').allInnerTexts()).map(ws);
  const explanations = (await words.locator('dd').allInnerTexts()).map(ws);
  const listStart = text.indexOf(flat('Wörter aus dem Text, einfach erklärt'));
  expect(listStart).toBeGreaterThan(text.indexOf(flat('§ 17 Bundesmeldegesetz (BMG)')));
  for (const term of marked) {
    // A marked word may be an inflected form ("Gebühren"); the list names the glossary term.
    const i = listed.findIndex((entry) => term.toLowerCase().startsWith(entry.toLowerCase()) || entry.toLowerCase().startsWith(term.toLowerCase()));
    expect(i, `${term} in the word list ${listed.join(', ')}`).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(flat(`${listed[i]!} ${explanations[i]!}`), listStart), `${term} explained on paper`).toBeGreaterThan(listStart);
  }
});
