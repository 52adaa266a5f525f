/**
 * The reader for low vision (issue 4), in Chromium with the built extension:
 * keyboard, text size up to the top without horizontal scrolling, themes
 * (contrast and axe), text spacing, a strict-CSP page with a bundled font, and
 * read-aloud driven through a speech engine stubbed in the content script's world.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { THEMES } from '@/utils/settings/schema';
import { TEXT_SIZE } from '@/utils/settings/schema';
import { contrastOfCss, FAKE_SPEECH, openReader, overlayOf, readerWorld, SEED, shadowStyle } from './reader-helpers';

/** Serious and critical axe findings, as readable strings. */
async function seriousViolations(builder: AxeBuilder): Promise<string[]> {
  const { violations } = await builder.analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Horizontal overflow of the reader: its scroll width, and any element reaching past its right edge. */
async function horizontalOverflow(page: Page): Promise<{ scroll: number; client: number; outside: string[] }> {
  return page.evaluate(() => {
    const root = document.querySelector('leselotse-reader')!.shadowRoot!.querySelector<HTMLElement>('.ll-root')!;
    const right = root.getBoundingClientRect().right;
    const outside = Array.from(root.querySelectorAll<HTMLElement>('*'))
      .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > right + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { scroll: root.scrollWidth, client: root.clientWidth, outside };
  });
}

test('opens from the popup by keyboard; focus stays in the overlay; + and − resize; Esc closes', async ({ context, server, openPopup }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(server.url(SEED));
  const popup = await openPopup(page);
  const readerButton = popup.getByRole('button', { name: 'Lesemodus', exact: true });
  await expect(readerButton).toBeEnabled();
  await popup.keyboard.press('Tab');
  await expect(readerButton).toBeFocused();
  await popup.keyboard.press('Enter');

  const overlay = overlayOf(page);
  await expect(overlay).toBeVisible();
  await page.bringToFront();
  await expect(overlay.getByRole('heading', { level: 1 })).toBeFocused();

  // Tab and Shift+Tab cycle inside the dialog, never back to the page.
  const focusInOverlay = () => page.evaluate(() => document.activeElement?.tagName.toLowerCase());
  for (let i = 0; i < 16; i += 1) {
    await page.keyboard.press('Tab');
    expect(await focusInOverlay()).toBe('leselotse-reader');
  }
  for (let i = 0; i < 3; i += 1) {
    await page.keyboard.press('Shift+Tab');
    expect(await focusInOverlay()).toBe('leselotse-reader');
  }
  // Every control has a visible focus ring.
  const ring = await page.evaluate(() => {
    const active = document.querySelector('leselotse-reader')!.shadowRoot!.activeElement as HTMLElement;
    const style = getComputedStyle(active);
    return { style: style.outlineStyle, width: style.outlineWidth };
  });
  expect(ring.style).toBe('solid');
  expect(ring.width).toBe('3px');

  const size = overlay.getByRole('group', { name: 'Schriftgröße' });
  await expect(size).toContainText('100 %');
  // + and − are the reader's keys wherever focus is, except in a form field.
  await overlay.getByRole('button', { name: 'Drucken' }).focus();
  await page.keyboard.press('+');
  await expect(size).toContainText('120 %');
  expect((await shadowStyle(page, '.ll-article p.ll-paragraph', ['font-size']))['font-size']).toBe('21.6px');
  // The popup follows the same setting live.
  await expect(popup.getByRole('group', { name: 'Schriftgröße im Lesemodus' })).toContainText('120 %');
  await page.keyboard.press('-');
  await expect(size).toContainText('100 %');

  await page.keyboard.press('Escape');
  await expect(page.locator('leselotse-reader')).toHaveCount(0);
  // The page scrolls again once the reader is gone.
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-leselotse-reader'))).toBe(false);
});

test('text size: popup +/− with bounds, up to the top size without horizontal scrolling, WCAG text spacing', async ({ context, server, openPopup }) => {
  const { page, popup, overlay } = await openReader(context, openPopup, server.url(SEED));
  const popupSize = popup.getByRole('group', { name: 'Schriftgröße im Lesemodus' });
  await expect(popupSize.getByRole('button', { name: 'Schrift kleiner' })).toHaveAttribute('aria-disabled', 'true');
  const larger = popupSize.getByRole('button', { name: 'Schrift größer' });
  // By keyboard: Enter on the focused button, which stays focusable at the bound.
  await larger.focus();
  for (let size = 100; size < 400; size += TEXT_SIZE.step) await popup.keyboard.press('Enter');
  await expect(popupSize).toContainText('400 %');
  await expect(overlay.getByRole('group', { name: 'Schriftgröße' })).toContainText('400 %');
  await expect.poll(async () => (await shadowStyle(page, '.ll-article p.ll-paragraph', ['font-size']))['font-size']).toBe('72px');
  // The page behind does not scroll.
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('hidden');

  let overflow = await horizontalOverflow(page);
  expect(overflow.outside).toEqual([]);
  expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);

  // The reader's own + goes on to the top: Firefox reader's 128 px and beyond.
  const readerLarger = overlay.getByRole('button', { name: 'Schrift größer' });
  await readerLarger.focus();
  for (let size = 400; size < TEXT_SIZE.max; size += TEXT_SIZE.step) await page.keyboard.press('Enter');
  await expect(readerLarger).toBeFocused();
  await expect(readerLarger).toHaveAttribute('aria-disabled', 'true');
  await expect(larger).toHaveAttribute('aria-disabled', 'true');
  const top = parseFloat((await shadowStyle(page, '.ll-article p.ll-paragraph', ['font-size']))['font-size']!);
  expect(top).toBeGreaterThanOrEqual(128);
  overflow = await horizontalOverflow(page);
  expect(overflow.outside).toEqual([]);
  expect(overflow.scroll).toBeLessThanOrEqual(overflow.client);

  // WCAG 1.4.12: the text-spacing override clips and overlaps nothing.
  await page.evaluate(() => {
    const shadow = document.querySelector('leselotse-reader')!.shadowRoot!;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      '* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }',
    );
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  });
  await overlay.getByRole('button', { name: 'Abstände' }).click();
  const problems = await page.evaluate(() => {
    const root = document.querySelector('leselotse-reader')!.shadowRoot!.querySelector('.ll-root')!;
    const controls = Array.from(root.querySelectorAll<HTMLElement>('.ll-toolbar button, .ll-toolbar select, .ll-stepper-value, .ll-field > span'))
      .filter((el) => el.getClientRects().length > 0);
    const found: string[] = [];
    for (const el of controls) {
      if (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1) found.push(`clipped: ${el.textContent}`);
    }
    const rects = controls.map((el) => [el, el.getBoundingClientRect()] as const);
    for (let i = 0; i < rects.length; i += 1)
      for (let j = i + 1; j < rects.length; j += 1) {
        const [a, ra] = rects[i]!;
        const [b, rb] = rects[j]!;
        if (a.contains(b) || b.contains(a)) continue;
        const overlap = ra.left < rb.right - 1 && rb.left < ra.right - 1 && ra.top < rb.bottom - 1 && rb.top < ra.bottom - 1;
        if (overlap) found.push(`overlap: ${a.textContent} / ${b.textContent}`);
      }
    return found;
  });
  expect(problems).toEqual([]);
  overflow = await horizontalOverflow(page);
  expect(overflow.outside).toEqual([]);
});

test('every theme: body text ≥ 7:1 and no serious axe violation in the overlay', async ({ context, server, openPopup }) => {
  const { page, overlay } = await openReader(context, openPopup, server.url(SEED));
  const picker = overlay.getByRole('combobox', { name: 'Farben' });
  // A theme changes colours only: the full audit once, the colour audit for every theme.
  expect(await seriousViolations(new AxeBuilder({ page }).include('leselotse-reader'))).toEqual([]);
  for (const theme of THEMES) {
    await picker.selectOption(theme);
    await expect.poll(() => page.evaluate(() => document.querySelector('leselotse-reader')!.shadowRoot!.querySelector<HTMLElement>('.ll-root')!.dataset.theme)).toBe(theme);
    const root = await shadowStyle(page, '.ll-root', ['background-color']);
    const text = await shadowStyle(page, '.ll-article p.ll-paragraph', ['color']);
    expect(contrastOfCss(text.color!, root['background-color']!), theme).toBeGreaterThanOrEqual(7);
    expect(await seriousViolations(new AxeBuilder({ page }).include('leselotse-reader').withRules(['color-contrast'])), theme).toEqual([]);
  }
  // 'auto' follows the system's dark preference.
  await picker.selectOption('auto');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect.poll(async () => (await shadowStyle(page, '.ll-root', ['background-color']))['background-color']).toBe('rgb(18, 18, 18)');
  // Forced colours (Windows high contrast) replace the theme's palette.
  await picker.selectOption('black-on-yellow');
  await page.emulateMedia({ colorScheme: 'light', forcedColors: 'active' });
  await expect.poll(async () => (await shadowStyle(page, '.ll-root', ['background-color']))['background-color']).not.toBe('rgb(255, 255, 0)');
});

test('the popup and the options page pass axe; the popup works at 200 % zoom', async ({ context, server, openPopup, extensionId }) => {
  const page = await context.newPage();
  await page.goto(server.url(SEED));
  const popup = await openPopup(page);
  await expect(popup.getByRole('group', { name: 'Schriftgröße im Lesemodus' })).toBeVisible();
  expect(await seriousViolations(new AxeBuilder({ page: popup }))).toEqual([]);

  // Chrome caps a popup at 800 × 600 px; at 200 % zoom that is 400 × 300 CSS px.
  await popup.setViewportSize({ width: 400, height: 300 });
  expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
  const larger = popup.getByRole('button', { name: 'Schrift größer' });
  await larger.scrollIntoViewIfNeeded();
  await larger.click();
  await expect(popup.getByRole('group', { name: 'Schriftgröße im Lesemodus' })).toContainText('120 %');

  // The same size can enlarge the page's own text, without the reader.
  const pageParagraph = page.locator('main p').first();
  const before = parseFloat(await pageParagraph.evaluate((p) => getComputedStyle(p).fontSize));
  await popup.getByRole('checkbox', { name: 'Auch die Schrift der Seite vergrößern' }).check();
  await expect.poll(async () => parseFloat(await pageParagraph.evaluate((p) => getComputedStyle(p).fontSize))).toBeCloseTo(before * 1.2, 1);
  await expect(page.locator('leselotse-reader')).toHaveCount(0);
  await popup.getByRole('checkbox', { name: 'Auch die Schrift der Seite vergrößern' }).uncheck();
  await expect.poll(async () => parseFloat(await pageParagraph.evaluate((p) => getComputedStyle(p).fontSize))).toBe(before);

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await seriousViolations(new AxeBuilder({ page: options }))).toEqual([]);
});

test('read-aloud: a clear message without voices; with an engine the controls drive it and the highlight follows', async ({ context, server, openPopup, extensionId }) => {
  const { page, overlay } = await openReader(context, openPopup, server.url(SEED));
  const play = overlay.getByRole('button', { name: 'Vorlesen starten' });

  // Headless Chromium has no voices: the user is told which language lacks one.
  await play.click();
  await expect(overlay.locator('.ll-status')).toContainText('keine Vorlesestimme');
  await expect(overlay.locator('.ll-status')).toContainText('Deutsch');
  await overlay.getByRole('button', { name: 'Vorlesen beenden' }).click();

  // Now with an engine that has a German voice, in the content script's own world.
  const world = await readerWorld(page, extensionId);
  expect(await world.evaluate<boolean>(FAKE_SPEECH)).toBe(true);
  const spoken = () => world.evaluate<{ text: string; lang: string; voice: string; rate: number }[]>('globalThis.__llSpeech.log');
  const highlighted = () =>
    page.evaluate(() => {
      const highlight = CSS.highlights.get('ll-speaking');
      return highlight ? Array.from(highlight as unknown as Iterable<Range>).map((r) => r.toString()).join('') : '';
    });

  await play.click();
  await expect.poll(async () => (await spoken()).length).toBe(1);
  const [first] = await spoken();
  expect(first).toMatchObject({ lang: 'de', voice: 'Testa', rate: 1 });
  expect(await highlighted()).toBe(first!.text);
  await expect(overlay.getByRole('button', { name: 'Vorlesen anhalten' })).toHaveAttribute('aria-pressed', 'true');

  // The voice finishes the sentence: the next one is read and highlighted.
  await world.evaluate('globalThis.__llSpeech.finish()');
  await expect.poll(async () => (await spoken()).length).toBe(2);
  const second = (await spoken())[1]!;
  expect(second.text).not.toBe(first!.text);
  await expect.poll(highlighted).toBe(second.text);
  await expect(overlay).toContainText('Satz 2 von');

  // Next sentence by button, then back.
  await overlay.getByRole('button', { name: 'Nächster Satz' }).click();
  await expect.poll(async () => (await spoken()).length).toBe(3);
  await expect.poll(highlighted).toBe((await spoken())[2]!.text);
  await overlay.getByRole('button', { name: 'Vorheriger Satz' }).click();
  await expect.poll(async () => (await spoken()).at(-1)?.text).toBe(second.text);

  // Speed: the sentence restarts at the new rate, and the rate is kept as a setting.
  await overlay.getByRole('group', { name: 'Sprechtempo' }).getByRole('button', { name: 'Sprechtempo vergrößern' }).click();
  await expect.poll(async () => (await spoken()).at(-1)?.rate).toBe(1.1);

  // Pause, then stop: the highlight goes away and the state is announced.
  await overlay.getByRole('button', { name: 'Vorlesen anhalten' }).click();
  await expect(overlay.locator('.ll-status')).toHaveText('Vorlesen angehalten.');
  await overlay.getByRole('button', { name: 'Vorlesen beenden' }).click();
  await expect(overlay.locator('.ll-status')).toHaveText('Vorlesen beendet.');
  expect(await highlighted()).toBe('');
});

test('a page with a strict CSP: the overlay is styled and a bundled font loads from the package', async ({ context, server, openPopup }) => {
  const page = await context.newPage();
  const response = await page.goto(server.url('csp-strict-dessau-rosslau'));
  expect(response?.headers()['content-security-policy']).toContain("style-src 'none'");
  const popup = await openPopup(page);
  await popup.getByRole('button', { name: 'Lesemodus', exact: true }).click();
  const overlay = overlayOf(page);
  await expect(overlay).toBeVisible();
  await page.bringToFront();

  const root = await shadowStyle(page, '.ll-root', ['position', 'background-color', 'overflow-y']);
  expect(root).toEqual({ position: 'fixed', 'background-color': 'rgb(255, 255, 255)', 'overflow-y': 'auto' });
  expect((await shadowStyle(page, '.ll-article p.ll-paragraph', ['font-size']))['font-size']).toBe('18px');

  await overlay.getByRole('combobox', { name: 'Schriftart' }).selectOption('atkinson');
  // The reader adds the faces once their bytes are loaded. (fonts.check() alone proves nothing: it is
  // also true while no face of the family exists yet.)
  await expect
    .poll(() =>
      page.evaluate(() => Array.from(document.fonts).filter((f) => f.family.includes('Atkinson') && f.status === 'loaded').length),
    )
    .toBeGreaterThan(0);
  expect(await page.evaluate(() => document.fonts.check('18px "Leselotse Atkinson Hyperlegible"'))).toBe(true);
  await expect(overlay.locator('.ll-status')).toHaveText('');
  expect((await shadowStyle(page, '.ll-article p.ll-paragraph', ['font-family']))['font-family']).toMatch(/^"Leselotse Atkinson Hyperlegible"/);
});
