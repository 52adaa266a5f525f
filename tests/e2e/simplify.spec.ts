/**
 * The key-facts card and the glossary in the real reader (Chromium, built
 * extension): on a golden service page with fees and documents the card is
 * there and links to its blocks; a glossary explanation opens by mouse and by
 * keyboard, Esc closes it without closing the reader; the simpler-words view
 * is labelled as machine output.
 */
import { test, expect } from './fixtures';
import { openReader } from './reader-helpers';

const PAGE = 'typo3-auenbach-anmeldung-wohnung';

test('the reader shows "Das Wichtigste" with fees and documents, linked to their blocks', async ({ context, server, openPopup }) => {
  const { overlay } = await openReader(context, openPopup, server.url(PAGE));
  const card = overlay.getByRole('region', { name: 'Das Wichtigste' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('automatisch vereinfacht – bitte prüfen');
  await expect(card).not.toContainText('Leichte Sprache');
  const fees = card.locator('[data-facts="fees"]');
  await expect(fees).toContainText('5,00 Euro');
  await expect(card.locator('[data-facts="documents"]')).toContainText('Wohnungsgeberbestätigung');
  await expect(card.locator('[data-facts="deadlines"]')).toContainText('innerhalb von zwei Wochen');

  // "Im Text zeigen" moves focus to the block the fee came from.
  const goto = fees.getByRole('button', { name: 'Im Text zeigen' }).first();
  const target = await goto.getAttribute('data-target-block');
  expect(target).toMatch(/^b\d+$/);
  await goto.click();
  await expect(overlay.locator(`[data-block-id="${target}"]`)).toBeFocused();
  await expect(overlay.locator(`[data-block-id="${target}"]`)).toContainText('5,00 Euro');
});

// Pages for newcomers in their languages: the card reads their wording (utils/simplify/fact-words), labels stay in the UI language.
test('the card finds the facts of Arabic and Ukrainian pages, each linked to its block', async ({ context, server, openPopup }) => {
  const pages: [string, Record<string, string>][] = [
    ['wordpress-gruenwalde-arabisch-anmeldung', { fees: 'التسجيل مجاني', deadlines: 'خلال أسبوعين', documents: 'Wohnungsgeberbestätigung' }],
    ['typo3-auenbach-ukrainisch-gefluechtete', { deadlines: 'Протягом двох тижнів', documents: 'паспорт' }],
  ];
  for (const [slug, facts] of pages) {
    const { overlay } = await openReader(context, openPopup, server.url(slug));
    const card = overlay.getByRole('region', { name: 'Das Wichtigste' });
    await expect(card).toBeVisible();
    for (const [section, text] of Object.entries(facts)) {
      const list = card.locator(`[data-facts="${section}"]`);
      await expect(list, `${slug}: ${section}`).toContainText(text);
      const goto = list.locator('li', { hasText: text }).getByRole('button', { name: 'Im Text zeigen' });
      const target = await goto.getAttribute('data-target-block');
      await expect(overlay.locator(`[data-block-id="${target}"]`)).toContainText(text);
    }
  }
});

test('a glossary explanation opens by mouse and by keyboard; Esc closes it, not the reader', async ({ context, server, openPopup }) => {
  const { page, overlay } = await openReader(context, openPopup, server.url(PAGE));
  const tip = overlay.getByRole('tooltip');

  // Mouse: click opens, a second click closes.
  const term = overlay.locator('dfn.ll-term button', { hasText: /^Anmeldung$/ }).first();
  await expect(term).toHaveAttribute('aria-expanded', 'false');
  await term.click();
  await expect(term).toHaveAttribute('aria-expanded', 'true');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText('Sie sagen dem Amt, wo Sie wohnen');
  await term.click();
  await expect(term).toHaveAttribute('aria-expanded', 'false');
  await expect(tip).toBeHidden();

  // Keyboard: Tab from the "simpler words" switch reaches the first term, whose explanation opens on focus.
  await overlay.getByRole('button', { name: 'Einfachere Wörter' }).focus();
  await page.keyboard.press('Tab');
  const first = overlay.locator('dfn.ll-term button').first();
  await expect(first).toBeFocused();
  await expect(first).toHaveAttribute('aria-expanded', 'true');
  await expect(tip).toBeVisible();
  await expect(tip).not.toBeEmpty();

  await page.keyboard.press('Escape');
  await expect(tip).toBeHidden();
  await expect(first).toHaveAttribute('aria-expanded', 'false');
  await expect(first).toBeFocused();
  await expect(overlay).toBeVisible();

  // With no explanation open, Esc closes the reader as before.
  await page.keyboard.press('Escape');
  await expect(page.locator('leselotse-reader')).toHaveCount(0);
});

test('the simpler-words view swaps safe words and says it is machine output', async ({ context, server, openPopup }) => {
  const { overlay } = await openReader(context, openPopup, server.url(PAGE));
  const toggle = overlay.getByRole('button', { name: 'Einfachere Wörter' });
  const block = overlay.locator('[data-block-id="b1"]');
  await expect(block).toContainText('nur persönlich oder');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(overlay.getByText('automatisch vereinfacht, bitte prüfen')).toBeVisible();
  await expect(block).toContainText('nur selbst oder');
  await toggle.click();
  await expect(block).toContainText('nur persönlich oder');
});
