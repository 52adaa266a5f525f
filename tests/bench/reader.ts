/**
 * Reader benchmark (issue 4): in Chromium with the built e2e extension, the
 * time from the popup's "Lesemodus" click to the article being painted in the
 * overlay, on every golden page, next to the page's own load (first
 * contentful paint and load event) for comparison. Median and p95.
 *
 *   npm run build:e2e && npm run bench:reader        (BENCH_RUNS=9 for more runs; default 3)
 *
 * "Painted" = the frame after the overlay's first article block (or its
 * no-article notice) is in the shadow DOM: a requestAnimationFrame callback
 * runs just before the frame that paints it, a second one just after.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension } from '../e2e/launch';
import { PAGES_DIR, startFixtureServer } from '../e2e/fixture-server';

declare const chrome: { tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> } };

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));

interface Sample {
  reader: number;
  fcp: number;
  load: number;
}

/** Nearest-rank percentile of the finite values (NaN when there are none). */
export function percentile(values: number[], p: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1]!;
}

/**
 * Watch (in the page's main world) for the overlay's first painted article
 * block. A string, not a function: tsx would wrap named arrows in a `__name`
 * helper that does not exist in the page.
 */
const WATCH_FOR_READER = `(() => {
  delete window.__llPainted;
  const ready = () =>
    document.querySelector('leselotse-reader')?.shadowRoot?.querySelector('.ll-article [data-block-id], .ll-article .ll-notice');
  const painted = () =>
    requestAnimationFrame(() => requestAnimationFrame(() => (window.__llPainted = performance.timeOrigin + performance.now())));
  const observer = new MutationObserver(() => {
    const host = document.querySelector('leselotse-reader');
    if (!host) return;
    observer.disconnect();
    if (ready()) return painted();
    // The host is attached before its content is rendered: watch its shadow root.
    const inner = new MutationObserver(() => {
      if (!ready()) return;
      inner.disconnect();
      painted();
    });
    inner.observe(host.shadowRoot ?? host, { childList: true, subtree: true });
  });
  observer.observe(document.documentElement, { childList: true });
})()`;

/** The page's own first contentful paint (which may come after `load`) and load event, in ms from navigation start. */
const PAGE_TIMINGS = `new Promise((resolve) => {
  const load = performance.getEntriesByType('navigation')[0].loadEventEnd;
  const done = (fcp) => resolve({ fcp, load });
  const seen = performance.getEntriesByName('first-contentful-paint')[0];
  if (seen) return done(seen.startTime);
  new PerformanceObserver((list) => {
    const entry = list.getEntriesByName('first-contentful-paint')[0];
    if (entry) done(entry.startTime);
  }).observe({ type: 'paint', buffered: true });
  setTimeout(() => done(NaN), 3000);
})`;

async function main(): Promise<void> {
  const slugs = readdirSync(PAGES_DIR).filter((slug) => existsSync(join(PAGES_DIR, slug, 'source.html'))).sort();
  const server = await startFixtureServer();
  const { context, close } = await launchWithExtension({ viewport: { width: 1280, height: 800 } });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const popup = await context.newPage();
    const rows: { slug: string; samples: Sample[] }[] = [];
    const all: Sample[] = [];

    for (const slug of slugs) {
      const samples: Sample[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        const page = await context.newPage();
        await page.goto(server.url(slug), { waitUntil: 'load' });
        const own = (await page.evaluate(PAGE_TIMINGS)) as { fcp: number; load: number };
        const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, page.url());
        await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
        const button = popup.getByRole('button', { name: 'Lesemodus', exact: true });
        await button.waitFor();
        await popup.waitForFunction(() => !(document.querySelector('button.primary') as HTMLButtonElement | null)?.disabled);
        await page.evaluate(WATCH_FOR_READER);
        const clicked = await popup.evaluate(() => {
          const at = performance.timeOrigin + performance.now();
          (document.querySelector('button.primary') as HTMLButtonElement).click();
          return at;
        });
        await page.waitForFunction(() => (window as unknown as { __llPainted?: number }).__llPainted, undefined, { timeout: 30_000 });
        const painted = await page.evaluate(() => (window as unknown as { __llPainted: number }).__llPainted);
        const sample = { reader: painted - clicked, fcp: own.fcp, load: own.load };
        samples.push(sample);
        all.push(sample);
        await page.close();
      }
      rows.push({ slug, samples });
    }

    const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(0).padStart(6) : '     –');
    const line = (name: string, s: Sample[]) =>
      `${name.padEnd(46)} ${fmt(percentile(s.map((x) => x.reader), 50))} ${fmt(percentile(s.map((x) => x.reader), 95))}` +
      `   ${fmt(percentile(s.map((x) => x.fcp), 50))} ${fmt(percentile(s.map((x) => x.fcp), 95))}` +
      `   ${fmt(percentile(s.map((x) => x.load), 50))} ${fmt(percentile(s.map((x) => x.load), 95))}`;
    console.log(`Reader benchmark: ${RUNS} runs per page, Chromium ${context.browser()?.version() ?? ''} headless, ms`);
    console.log(`${'page'.padEnd(46)} ${'click→article painted'.padEnd(13)}   ${'page FCP'.padEnd(13)}   page load`);
    console.log(`${''.padEnd(46)} ${'median'.padStart(6)} ${'p95'.padStart(6)}   ${'median'.padStart(6)} ${'p95'.padStart(6)}   ${'median'.padStart(6)} ${'p95'.padStart(6)}`);
    for (const row of rows) console.log(line(row.slug, row.samples));
    console.log(line(`all pages (${all.length} runs)`, all));
  } finally {
    await close();
    await server.close();
  }
}

await main();
