/**
 * Hostile and broken pages (issue 7): the reader gives a result or a clear
 * message within a bounded time and never freezes the tab. Each page runs its
 * own `setInterval` heartbeat; the longest gap between beats while the reader
 * works is the measure of a frozen tab.
 */
import type { Page } from '@playwright/test';
import { clobberingElements } from '../fixtures/clobbering';
import { startPageServer, type LoopbackServer } from '../fixtures/xss/servers';
import { test, expect } from './fixtures';

const ARTICLE = Array.from(
  { length: 8 },
  (_, i) =>
    `<p>Absatz ${i + 1}: Für die Anmeldung Ihrer Wohnung benötigen Sie einen gültigen Ausweis, die Wohnungsgeberbestätigung und, falls vorhanden, den Aufenthaltstitel. Die Anmeldung ist gebührenfrei und muss innerhalb von zwei Wochen erfolgen.</p>`,
).join('\n');

const HEARTBEAT = `<script>window.__beats = []; setInterval(() => window.__beats.push(performance.now()), 50);</script>`;

const page = (head: string, body: string) =>
  `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Anmeldung einer Wohnung</title>${head}${HEARTBEAT}</head><body>${body}</body></html>`;

/** 20 MB of markup: about 100,000 paragraphs. */
function huge(): string {
  const paragraph = '<p>Die Stadt informiert über Öffnungszeiten, Gebühren und Unterlagen für alle Anliegen im Bürgeramt.</p>\n';
  return page('', `<main><h1>Anmeldung einer Wohnung</h1>${ARTICLE}${paragraph.repeat(Math.ceil((20 * 1024 * 1024) / paragraph.length))}</main>`);
}

/** A DOM 10,000 levels deep. */
function deep(): string {
  return page('', `<main><h1>Anmeldung einer Wohnung</h1>${ARTICLE}${'<div>'.repeat(10_000)}tief${'</div>'.repeat(10_000)}</main>`);
}

type Expect = 'reader' | 'too-large' | 'reader-or-message';

interface Case {
  name: string;
  html: () => string;
  expect: Expect;
  /** Checked in the page's own world before the reader opens: the page is as hostile as claimed. */
  hostile?: () => boolean;
}

const CASES: Case[] = [
  { name: '20 MB of HTML', html: huge, expect: 'too-large' },
  { name: 'a DOM 10,000 levels deep', html: deep, expect: 'too-large' },
  {
    name: 'built-in prototypes tampered with in the page world',
    html: () =>
      page(
        `<script>
          Array.prototype.map = function () { throw new Error('tampered map'); };
          Node.prototype.appendChild = function () { throw new Error('tampered appendChild'); };
          JSON.parse = function () { throw new Error('tampered JSON.parse'); };
          Element.prototype.attachShadow = function () { throw new Error('tampered attachShadow'); };
        </script>`,
        `<main><h1>Anmeldung einer Wohnung</h1>${ARTICLE}</main>`,
      ),
    expect: 'reader',
  },
  {
    name: 'a <base href> pointing elsewhere',
    html: () => page('<base href="http://127.0.0.1:1/woanders/">', `<main><h1>Anmeldung einer Wohnung</h1>${ARTICLE}<p><a href="formular.pdf">Formular</a></p></main>`),
    expect: 'reader',
  },
  {
    name: 'frames',
    html: () =>
      page(
        '',
        `<main><h1>Anmeldung einer Wohnung</h1>${ARTICLE}<iframe srcdoc="<p>Rahmen mit Text</p>"></iframe><iframe src="about:blank"></iframe></main>`,
      ),
    expect: 'reader',
  },
  {
    name: 'a page that rewrites itself while being read',
    html: () =>
      page(
        '',
        `<main id="m"><h1>Anmeldung einer Wohnung</h1>${ARTICLE}</main>
        <script>let n = 0; setInterval(() => { const p = document.createElement('p'); p.textContent = 'Neu ' + (n++); document.getElementById('m').append(p); document.querySelector('#m p').textContent += ' geändert'; }, 5);</script>`,
      ),
    expect: 'reader',
  },
  {
    // See the note in xss.spec.ts: a form's control shadows the form's own DOM method.
    name: 'a form whose control clobbers a DOM method (the clone unwraps forms)',
    html: () => page('', `<main><form><h1>Anmeldung einer Wohnung</h1>${ARTICLE}<img name="getElementsByTagName" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="></form></main>`),
    expect: 'reader',
  },
  {
    // A document's named elements shadow its own properties and methods in every world,
    // the content script's included (HTML's named properties on Document).
    name: 'named elements that shadow DOM methods and properties of the document',
    html: () =>
      page(
        '',
        `<main><h1>Anmeldung einer Wohnung</h1>${ARTICLE}</main>${clobberingElements()}`,
      ),
    expect: 'reader',
    hostile: () => {
      const own = document as unknown as Record<string, unknown>;
      return typeof own.cloneNode === 'object' && typeof own.createElement === 'object' && typeof own.title === 'object';
    },
  },
];

let server: LoopbackServer;
test.beforeAll(async () => {
  server = await startPageServer(Object.fromEntries(CASES.map((c, i) => [`/hostile/${i}/`, c.html])));
});
test.afterAll(async () => {
  await server.close();
});

/** Longest gap between heartbeats after `since` (ms of the page's clock). */
const longestGap = (page: Page, since: number) =>
  page.evaluate((from) => {
    const beats = (window as unknown as { __beats: number[] }).__beats.filter((t) => t >= from);
    let max = 0;
    for (let i = 1; i < beats.length; i += 1) max = Math.max(max, beats[i]! - beats[i - 1]!);
    return { max, beats: beats.length };
  }, since);

for (const [i, c] of CASES.entries()) {
  test(`hostile page: ${c.name}`, async ({ context, openPopup }) => {
    const tab = await context.newPage();
    await tab.goto(`${server.origin}/hostile/${i}/`, { timeout: 60_000 });
    if (c.hostile) expect(await tab.evaluate(c.hostile)).toBe(true);
    const popup = await openPopup(tab);
    const since = await tab.evaluate(() => performance.now());
    const started = Date.now();
    await popup.getByRole('button', { name: 'Lesemodus', exact: true }).click();
    const status = popup.getByRole('status').first();
    await expect(status).not.toHaveText(/Seite wird gelesen|^$/, { timeout: 15_000 });
    const elapsed = Date.now() - started;
    const text = await status.innerText();

    if (c.expect === 'reader') {
      expect(text).toContain('Der Lesemodus ist offen');
      await expect(tab.locator('leselotse-reader').getByRole('dialog')).toContainText('Absatz 8');
      await expect(tab.locator('leselotse-reader').locator('base')).toHaveCount(0);
    } else if (c.expect === 'too-large') {
      expect(text).toContain('zu groß');
      await expect(tab.locator('leselotse-reader')).toHaveCount(0);
    } else {
      expect(text).toMatch(/Der Lesemodus ist offen|Der Originaltext bleibt erhalten|zu groß/);
    }
    // Bounded: an answer within 5 s, and the tab never stopped for more than 1.5 s.
    await tab.waitForTimeout(300);
    const gap = await longestGap(tab, since);
    console.log(`${c.name}: answer after ${elapsed} ms, longest heartbeat gap ${Math.round(gap.max)} ms (${gap.beats} beats)`);
    expect(elapsed).toBeLessThan(5_000);
    expect(gap.beats).toBeGreaterThan(2);
    expect(gap.max).toBeLessThan(1_500);
    // The page itself still answers (its title read past any element named "title").
    expect(await tab.evaluate(() => Object.getOwnPropertyDescriptor(Document.prototype, 'title')!.get!.call(document))).toBe('Anmeldung einer Wohnung');
  });
}
