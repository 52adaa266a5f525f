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
