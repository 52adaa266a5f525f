/**
 * XSS corpus end to end in Chromium (issue 7). (1) A hostile page carrying
 * every payload is read through the reader; (2) a loopback LibreTranslate
 * server that speaks the real wire protocol replies with the payloads mixed
 * into its translations. Nothing may run: no dialog, no `window.__xss`, no
 * request to the attacker's loopback server, nothing active in the overlay.
 */
import type { Page } from '@playwright/test';
import { libreProtocol } from '../mock-engines/libretranslate';
import { startMockServer, type EngineProtocol, type MockEngineServer } from '../mock-engines/server';
import { XSS_PAYLOADS, renderPayload } from '../fixtures/xss/payloads';
import { xssPage } from '../fixtures/xss/page';
import { findUnsafe } from '../fixtures/xss/find-unsafe';
import { startCountingServer, startPageServer, type CountingServer, type LoopbackServer } from '../fixtures/xss/servers';
import { test, expect } from './fixtures';

/** Nothing listens on port 1: `<base>` hijacks point there. */
const ELSEWHERE = 'http://127.0.0.1:1';
const SETTLE_MS = 1500;

/**
 * Every payload goes into the page, the DOM-clobbering ones included: a
 * `<form>` that one payload leaves open adopts `<img name="getElementsByTagName">`,
 * which shadows the form's own method; the extractor unwraps forms in its clone
 * (utils/extract/extract-article.ts), so the reader still opens.
 */
const PAGE_PAYLOADS = XSS_PAYLOADS;

declare global {
  interface Window {
    __xss?: unknown;
  }
}

let attacker: CountingServer;
let pages: LoopbackServer;
test.beforeAll(async () => {
  attacker = await startCountingServer();
  pages = await startPageServer({
    '/pages/hostile-xss/': () => xssPage({ attacker: attacker.origin, elsewhere: ELSEWHERE, payloads: PAGE_PAYLOADS }),
  });
});
test.afterAll(async () => {
  await pages.close();
  await attacker.close();
});

const overlay = (page: Page) => page.locator('leselotse-reader').getByRole('dialog');

/** Count dialogs from now on (each is dismissed so the page goes on). */
function countDialogs(page: Page): { count: number } {
  const seen = { count: 0 };
  page.on('dialog', (dialog) => {
    seen.count += 1;
    void dialog.dismiss();
  });
  return seen;
}

/** Move through the overlay the way a reader would: hover, Tab through links, scroll to the end. */
async function exercise(page: Page) {
  await page.bringToFront();
  const box = await overlay(page).boundingBox();
  if (box) await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 15; i += 1) await page.keyboard.press('Tab');
  await overlay(page).evaluate((el) => el.querySelectorAll('*').forEach((n) => n.scrollIntoView?.()));
  await page.waitForTimeout(SETTLE_MS);
}

/** What the reader itself adds inside blocks: glossary term buttons (a sanitized block can hold no button). */
const READER_OWN = 'dfn.ll-term > button.ll-term-btn';

/**
 * Run `findUnsafe` in the page on the inside of every article block of the
 * overlay (the reader's own controls are not input). Evaluated as an
 * expression string, because the checker must travel into the page whole.
 */
async function unsafeInOverlay(page: Page): Promise<{ blocks: number; findings: string[] }> {
  return page.evaluate(`(() => {
    const check = ${findUnsafe.toString()};
    const root = document.querySelector('leselotse-reader')?.shadowRoot;
    const blocks = root ? Array.from(root.querySelectorAll('.ll-block')) : [];
    return { blocks: blocks.length, findings: blocks.flatMap((block) => check(block, ${JSON.stringify(READER_OWN)})) };
  })()`);
}

test('a page full of XSS payloads: the reader shows its text and runs none of them', async ({ context, openPopup }) => {
  const page = await context.newPage();
  const dialogs = countDialogs(page);
  await page.goto(`${pages.origin}/pages/hostile-xss/`);
  await page.waitForTimeout(SETTLE_MS);
  // The payloads are live in the page itself: this is what the reader must not repeat.
  expect(await page.evaluate(() => window.__xss)).toBe(1);
  expect(dialogs.count).toBeGreaterThan(0);
  expect(attacker.hits.length).toBeGreaterThan(0);

  await page.evaluate(() => (window.__xss = 0));
  dialogs.count = 0;
  const hitsBefore = attacker.hits.length;

  const popup = await openPopup(page);
  await popup.getByRole('button', { name: 'Lesemodus', exact: true }).click();
  await expect(overlay(page).getByRole('heading', { level: 1 })).toHaveText('Anmeldung einer Wohnung');
  await expect(overlay(page)).toContainText('Die Gebühr beträgt 12,00 Euro');
  await exercise(page);

  expect(await page.evaluate(() => window.__xss)).toBe(0);
  expect(dialogs.count).toBe(0);
  expect(attacker.hits.slice(hitsBefore)).toEqual([]);
  const unsafe = await unsafeInOverlay(page);
  expect(unsafe.blocks).toBeGreaterThan(PAGE_PAYLOADS.length);
  expect(unsafe.findings).toEqual([]);
});

/**
 * LibreTranslate's real protocol, with every translation carrying a share of
 * the corpus (so all payloads pass through one page's translation).
 */
function hostileLibre(): { protocol: EngineProtocol; served: () => number } {
  const real = libreProtocol();
  let next = 0;
  const protocol: EngineProtocol = {
    ...real,
    handle(req, fault) {
      const reply = real.handle(req, fault);
      if (!real.isTranslate(req) || reply.status !== 200) return reply;
      const body = JSON.parse(reply.body) as { translatedText: string | string[] };
      const texts = Array.isArray(body.translatedText) ? body.translatedText : [body.translatedText];
      const share = Math.ceil(XSS_PAYLOADS.length / Math.max(1, Math.min(texts.length, 10)));
      const poisoned = texts.map((text) => {
        const payloads = Array.from({ length: share }, () => XSS_PAYLOADS[next++ % XSS_PAYLOADS.length]!);
        return `${text} ${payloads.map((p) => renderPayload(p, { attacker: attacker.origin, elsewhere: ELSEWHERE })).join(' ')}`;
      });
      return { ...reply, body: JSON.stringify({ translatedText: Array.isArray(body.translatedText) ? poisoned : poisoned[0] }) };
    },
  };
  return { protocol, served: () => next };
}

test('an engine that replies with XSS payloads: the translation shows, nothing runs', async ({ context, extensionId, server, openPopup }) => {
  const hostile = hostileLibre();
  const engine: MockEngineServer = await startMockServer(hostile.protocol);
  try {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.getByRole('radio', { name: /LibreTranslate/ }).check();
    await options.getByLabel(/^Server-Adresse/).fill(engine.baseUrl);
    await options.getByRole('button', { name: 'Speichern und verwenden' }).click();
    await expect(options.locator('.engine-message')).toContainText('Gespeichert');

    const page = await context.newPage();
    const dialogs = countDialogs(page);
    await page.goto(server.url('seed-dessau-rosslau'));
    await page.evaluate(() => (window.__xss = 0));
    const hitsBefore = attacker.hits.length;

    const popup = await openPopup(page);
    await popup.locator('section.translate select').selectOption('uk');
    await popup.getByRole('button', { name: 'Übersetzen', exact: true }).click();
    await expect(overlay(page).locator('.ll-tr-translation').first()).toBeVisible();
    await expect(overlay(page).locator('.ll-tr-pending')).toHaveCount(0);
    await expect(overlay(page)).toContainText('[uk] ');
    await exercise(page);

    // Every payload went out in a reply.
    expect(engine.translateRequests().length).toBeGreaterThan(0);
    expect(hostile.served()).toBeGreaterThanOrEqual(XSS_PAYLOADS.length);
    expect(await page.evaluate(() => window.__xss)).toBe(0);
    expect(dialogs.count).toBe(0);
    expect(attacker.hits.slice(hitsBefore)).toEqual([]);
    const unsafe = await unsafeInOverlay(page);
    expect(unsafe.blocks).toBeGreaterThan(3);
    expect(unsafe.findings).toEqual([]);
  } finally {
    await engine.close();
  }
});
