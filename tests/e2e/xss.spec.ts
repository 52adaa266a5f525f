/**
 * XSS corpus end to end in Chromium (issue 7). (1) A hostile page carrying
 * every payload is read through the reader; (2) a loopback LibreTranslate
 * server that speaks the real wire protocol replies with the payloads mixed
 * into its translations. Nothing may run: no dialog, no `window.__xss`, no
 * request to the attacker's loopback server, nothing active in the overlay.
 */
import type { BrowserContext, Page } from '@playwright/test';
import { startMockEngine } from '../mock-engines';
import { libreProtocol } from '../mock-engines/libretranslate';
import { fakeRewrite, sseEvents } from '../mock-engines/openai';
import { startMockServer, type EngineProtocol, type MockEngineServer } from '../mock-engines/server';
import { XSS_PAYLOADS, renderPayload } from '../fixtures/xss/payloads';
import { xssPage } from '../fixtures/xss/page';
import { findUnsafe } from '../fixtures/xss/find-unsafe';
import { startCountingServer, startPageServer, type CountingServer, type LoopbackServer } from '../fixtures/xss/servers';
import { test, expect } from './fixtures';
import { readerWorld } from './reader-helpers';

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

/** Harmless on a page (its own pictures load anyway), but in an engine's reply a read receipt to the engine's side. */
const ENGINE_INVENTED = [
  '<img src="ATTACKER/engine-pixel.png" alt="Bild">',
  '<img/src="ATTACKER/engine-slash.png">',
  '<a href="ATTACKER/engine-link" style="background:url(ATTACKER/engine-style)">Link</a>',
];

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
        // An engine cannot add attributes either: a plain remote picture or styled link it invents must not load.
        const invented = next <= share ? ` ${ENGINE_INVENTED.map((html) => html.replaceAll('ATTACKER', attacker.origin)).join(' ')}` : '';
        return `${text} ${payloads.map((p) => renderPayload(p, { attacker: attacker.origin, elsewhere: ELSEWHERE })).join(' ')}${invented}`;
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

/**
 * Facts the model "invents" that are payloads themselves: the fact check lists
 * them, so the list must show them as text. The `expected` texts are what the
 * fact patterns find in each line (a URL ends at a quote or `<`).
 */
const HOSTILE_FACTS: { line: string; expected: string }[] = [
  { line: 'Mehr unter https://stadt.example/javascript:window.__xss=1 oder <a href="javascript:window.__xss=1">hier</a>.', expected: 'https://stadt.example/javascript:window.__xss=1' },
  { line: 'Schreiben Sie an "buergeramt@stadt.example"<img src=x onerror=window.__xss=1> oder an <b onmouseover="window.__xss=1">info</b>@evil.example.', expected: 'buergeramt@stadt.example' },
  { line: 'Das Formular: www.formular.example/<script>window.__xss=1</script>', expected: 'www.formular.example' },
  { line: 'Daten: <a href="data:text/html,<script>alert(1)</script>">data:text/html,alert(1)</a> und https://evil.example/?q="><svg onload=window.__xss=1>', expected: 'https://evil.example/?q=' },
];

/**
 * Cut the model's text into delta pieces at awkward places: every 13
 * characters, and inside every `onerror`, `<img`, `javascript:` and `data:`.
 */
function awkwardPieces(text: string): string[] {
  const cuts = new Set<number>();
  for (let i = 13; i < text.length; i += 13) cuts.add(i);
  for (const m of text.matchAll(/onerror|<img|javascript:|data:/giu)) cuts.add(m.index + 3);
  const sorted = [...cuts].sort((a, b) => a - b);
  return sorted.map((cut, i) => text.slice(sorted[i - 1] ?? 0, cut)).concat(text.slice(sorted.at(-1) ?? 0));
}

/** Switch on the plain-language rewrite with the OpenAI-compatible engine at `baseUrl`, on the real options page. */
async function switchOnRewrite(context: BrowserContext, extensionId: string, baseUrl: string): Promise<void> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('radio', { name: /OpenAI/ }).check();
  await options.getByLabel(/^Server-Adresse/).fill(baseUrl);
  await options.getByLabel(/^Modell/).fill('llama3.1');
  const optIn = options.getByRole('checkbox', { name: 'Lesemodus: Artikel mit diesem Dienst in Einfache Sprache umschreiben' });
  await optIn.click();
  await expect(optIn).toBeChecked();
  await expect(options.locator('.engine-message')).toContainText('gespeichert');
  await options.close();
}

test('a plain-language rewrite that streams XSS payloads: the panel and the fact check show text, nothing runs', async ({
  context,
  extensionId,
  server,
  openPopup,
}) => {
  const origins = { attacker: attacker.origin, elsewhere: ELSEWHERE };
  let streamed: { pieces: string[]; writes: string[] } | undefined;
  const llm = await startMockEngine('openai', {
    rewriteReply: (source, model) => {
      // The faithful rewrite, then every payload of the corpus on a line of its own, then the hostile "facts".
      const text = [
        fakeRewrite(source),
        ...XSS_PAYLOADS.map((p) => `Hinweis: ${renderPayload(p, origins)}`),
        ...HOSTILE_FACTS.map((f) => f.line),
        // A model has no business showing pictures: an image from its output would be a web beacon.
        `Bild: <img src="${attacker.origin}/llm-pixel.png" alt="Pixel"> <img srcset="${attacker.origin}/llm-srcset.png 1x" alt="Pixel">`,
      ].join('\n');
      const pieces = awkwardPieces(text);
      // The events themselves also reach the reader in writes cut mid-line (as proxies do).
      const writes = sseEvents(pieces, model).join('').match(/[\s\S]{1,1009}/gu) ?? [];
      streamed = { pieces, writes };
      return { status: 200, headers: { 'Content-Type': 'text/event-stream; charset=utf-8' }, body: writes.join(''), chunks: writes, chunkMs: 0 };
    },
  });
  try {
    await switchOnRewrite(context, extensionId, llm.baseUrl);
    const page = await context.newPage();
    const dialogs = countDialogs(page);
    await page.goto(server.url('seed-dessau-rosslau'));
    await page.evaluate(() => (window.__xss = 0));
    const popup = await openPopup(page);
    await popup.getByRole('button', { name: 'Lesemodus', exact: true }).click();
    const panel = overlay(page).getByRole('region', { name: 'Einfache Sprache' });
    // The article must be on screen before it is taken as the "before".
    await expect(overlay(page).locator('[data-block-id]').first()).toBeVisible();
    await expect(panel.getByRole('button', { name: 'In Einfache Sprache umschreiben' })).toBeVisible();
    const german = await overlay(page).locator('[data-block-id]').allInnerTexts();
    expect(german.length).toBeGreaterThan(0);
    const hitsBefore = attacker.hits.length;

    await panel.getByRole('button', { name: 'In Einfache Sprache umschreiben' }).click();
    const result = panel.locator('.ll-rw-result');
    await expect(result).toHaveAttribute('aria-busy', 'false', { timeout: 30_000 });
    await exercise(page);

    // The whole corpus went out, cut inside tags and attributes, in writes that split events.
    expect(llm.translateRequests()).toHaveLength(1);
    const sent = streamed!.pieces.join('');
    const img = sent.indexOf('<img src=x onerror=alert(1)>');
    expect(img).toBeGreaterThan(0);
    let offset = 0;
    const boundaries = streamed!.pieces.map((piece) => (offset += piece.length));
    expect(boundaries).toContain(img + '<img src=x one'.length);
    expect(streamed!.writes.length).toBeGreaterThan(10);
    // Nothing ran: no flag in the page's world or the reader's, no dialog, no request to the attacker.
    expect(await page.evaluate(() => window.__xss)).toBe(0);
    const world = await readerWorld(page, extensionId);
    expect(await world.evaluate<string>('typeof globalThis.__xss')).toBe('undefined');
    expect(dialogs.count).toBe(0);
    expect(attacker.hits.slice(hitsBefore)).toEqual([]);

    // The panel shows the text: a paragraph per line, the rewrite's words and the payloads' harmless text.
    await expect(panel.getByRole('alert')).toHaveCount(0);
    const text = result.locator('.ll-rw-text');
    await expect(text).toContainText('Einfach gesagt:');
    await expect(text).toContainText('Laufschrift');
    expect(await text.locator('p').count()).toBeGreaterThan(XSS_PAYLOADS.length);
    // Text only: not even a harmless-looking picture or link from the model.
    expect(await text.evaluate((el) => el.querySelectorAll('*:not(p, ul, li)').length)).toBe(0);
    // The invented "facts" are listed as text in <mark>, never as links.
    const invented = result.locator('.ll-rw-invented li');
    const marks = await result.locator('.ll-rw-invented mark').allInnerTexts();
    for (const fact of HOSTILE_FACTS) expect(marks).toContain(fact.expected);
    // Each once, though the payloads repeat some (`alert(1)` gives the number 1 dozens of times).
    expect(marks).toEqual([...new Set(marks)]);
    expect(await invented.count()).toBe(marks.length);
    expect(await result.locator('.ll-rw-check').evaluate((el) => el.querySelectorAll('a, img, [href], [src]').length)).toBe(0);
    expect(await result.locator('.ll-rw-invented li').evaluateAll((items) => items.filter((li) => li.children.length !== 1 || li.firstElementChild?.localName !== 'mark').length)).toBe(0);
    // No live javascript:/data: link anywhere in the panel, nothing active.
    const findings = await page.evaluate(`(() => {
      const check = ${findUnsafe.toString()};
      const result = document.querySelector('leselotse-reader')?.shadowRoot?.querySelector('.ll-rw-result');
      return result ? check(result) : ['no result'];
    })()`);
    expect(findings).toEqual([]);
    // The German article is untouched.
    expect(await overlay(page).locator('[data-block-id]').allInnerTexts()).toEqual(german);
  } finally {
    await llm.close();
  }
});
