/**
 * Language marking for screen readers (issue 4): in an Arabic browser the
 * reader's own UI (toolbar, read-aloud bar, buttons, status, card labels) is
 * Arabic and right to left, while the German article, its title, the card's
 * facts and the glossary explanations are German and left to right. A screen
 * reader switches its voice by `lang`; the layout follows `dir`.
 */
import type { Locator } from '@playwright/test';
import { test, expect, tabIdOf } from './fixtures';
import { launchWithExtension } from './launch';
import { overlayOf } from './reader-helpers';

/** The language an element is announced in (its nearest `lang`) and the direction it is laid out in. */
async function langAndDir(element: Locator): Promise<{ lang: string | null; dir: string }> {
  return element.evaluate((el) => ({ lang: el.closest('[lang]')?.getAttribute('lang') ?? null, dir: getComputedStyle(el).direction }));
}

test('Arabic UI: the toolbar and controls are lang="ar" dir="rtl", the German article lang="de" dir="ltr"', async ({ server }) => {
  const { context, close } = await launchWithExtension({ lang: 'ar' });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const id = new URL(worker.url()).host;
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(server.url('typo3-auenbach-anmeldung-wohnung'));
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${id}/popup.html?tabId=${await tabIdOf(context, page)}`);
    await popup.getByRole('button', { name: 'وضع القراءة', exact: true }).click();
    const overlay = overlayOf(page);
    await expect(overlay).toBeVisible();
    await page.bringToFront();
    const card = overlay.getByRole('region', { name: 'أهم المعلومات' });
    await expect(card).toBeVisible();

    // The reader's own UI: Arabic, right to left.
    const toolbar = overlay.getByRole('region', { name: 'أدوات القراءة' });
    expect(await langAndDir(toolbar)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await langAndDir(overlay.getByRole('group', { name: 'القراءة بصوت عالٍ' }))).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await langAndDir(overlay.getByRole('button', { name: 'إغلاق وضع القراءة' }))).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await langAndDir(overlay.locator('.ll-status'))).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await langAndDir(card.getByRole('heading', { name: 'أهم المعلومات' }))).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await langAndDir(overlay.getByRole('heading', { name: 'كلمات من النص بشرح مبسّط' }))).toEqual({ lang: 'ar', dir: 'rtl' });

    // The German article: its title, every block, the card's facts, the word list and an open explanation.
    expect(await langAndDir(overlay.getByRole('heading', { level: 1 }))).toEqual({ lang: 'de', dir: 'ltr' });
    const blocks = overlay.locator('.ll-article > [data-block-id]');
    expect(await blocks.count()).toBeGreaterThan(5);
    for (const block of await blocks.all()) expect(await langAndDir(block)).toEqual({ lang: 'de', dir: 'ltr' });
    expect(await langAndDir(card.locator('.ll-kf-text').first())).toEqual({ lang: 'de', dir: 'ltr' });
    expect(await langAndDir(overlay.locator('.ll-words dd').first())).toEqual({ lang: 'de', dir: 'ltr' });
    const term = overlay.locator('dfn.ll-term button').first();
    await term.click();
    const tip = overlay.getByRole('tooltip');
    await expect(tip).toBeVisible();
    expect(await langAndDir(tip)).toEqual({ lang: 'de', dir: 'ltr' });
  } finally {
    await close();
  }
});
