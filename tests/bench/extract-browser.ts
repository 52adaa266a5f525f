/**
 * `npm run bench:extract:browser [-- --repeat N] [--datasets golden,trafilatura,…] [--limit N] [--pages]`:
 * Leselotse's extraction and plain Readability timed side by side inside
 * Debian's Chromium, on the golden pages served from loopback and, with
 * `--datasets`, on an evenly spaced sample (`--limit`, default 60) of the public
 * evaluation pages (see `eval-data.ts`), each served under its own address with
 * every other request refused. `bench:extract` measures under jsdom,
 * whose selector engine and DOM are far slower than a browser's and not in the
 * same places; this is the engine the extension runs in.
 *
 * Both extractors are bundled (esbuild, the project's own sources) into one
 * script added to each page. Per page: two untimed warm-up runs per side, then
 * `--repeat` samples per side (default 9), the sides taking turns (each side
 * in each position equally often), each sample
 * the mean of 5 back-to-back runs (the page's timer counts in 0.1 ms steps);
 * each side's time for the page is the median of its samples. Leselotse runs as the content
 * script does, with computed styles, on the live page; Readability on a clone.
 * A third side is Readability followed by DOMPurify on its HTML (same
 * sanitizer and allow-list as Leselotse): Readability's README requires a
 * sanitizer before its output is shown, so this is the least any extension
 * showing Readability's article does. Prints median and p95 ms per page, the
 * ratio of medians and the median per-page ratio against both baselines.
 */
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/browsers';
import { PAGES_DIR, startFixtureServer } from '../e2e/fixture-server';
import { quantile } from './extract-score';
import { annotatedPages, evalDir, PUBLIC_DATASETS } from './eval-data';
import { decodeHtml } from '../tools/decode-html';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '../..');

/** The two extractors as one browser script: `globalThis.__extractBench`. */
async function bundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `
        import { extractArticle } from '@/utils/extract/extract-article';
        import { Readability } from '@mozilla/readability';
        import { sanitizeHtml } from '@/utils/sanitize';
        globalThis.__extractBench = { extractArticle, Readability, sanitizeHtml };
      `,
      resolveDir: REPO,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    write: false,
    tsconfig: join(REPO, 'tsconfig.json'),
  });
  return result.outputFiles[0]!.text;
}

/**
 * Runs in the page (a string: tsx would wrap named functions in a helper the
 * page does not have). Returns each side's run times in ms.
 */
/** Runs per timed sample. */
const BATCH = 5;

const MEASURE = `(async (repeat) => {
  const { extractArticle, Readability, sanitizeHtml } = globalThis.__extractBench;
  const ours = () => extractArticle(document, { url: location.href });
  const plain = () => new Readability(document.cloneNode(true)).parse();
  // What an extension must do with Readability's HTML before showing it (its README says so):
  // sanitize it, here with the same sanitizer and allow-list as Leselotse.
  const safe = () => { const parsed = new Readability(document.cloneNode(true)).parse(); return parsed && sanitizeHtml(parsed.content); };
  // Chromium's timer counts in 0.1 ms steps here: each sample is BATCH back-to-back runs.
  const time = (f) => { const t = performance.now(); for (let b = 0; b < ${BATCH}; b++) f(); return (performance.now() - t) / ${BATCH}; };
  for (let k = 0; k < 2; k++) { ours(); plain(); safe(); }
  const o = [], p = [], s = [];
  const sides = [[ours, o], [plain, p], [safe, s]];
  for (let k = 0; k < repeat; k++) {
    // Each side in each position equally often.
    for (let j = 0; j < 3; j++) { const [f, out] = sides[(k + j) % 3]; out.push(time(f)); }
    await new Promise((r) => setTimeout(r, 0));
  }
  return { o, p, s };
})`;

interface Row {
  slug: string;
  ours: number;
  plain: number;
  safe: number;
}

/** Time both sides on an opened page (the bundle is added to it first). */
async function measure(context: BrowserContext, open: (page: Page) => Promise<unknown>, script: string, repeat: number, slug: string): Promise<Row> {
  const page = await context.newPage();
  try {
    await open(page);
    await page.addScriptTag({ content: script });
    const { o, p, s } = (await page.evaluate(`${MEASURE}(${repeat})`)) as { o: number[]; p: number[]; s: number[] };
    return { slug, ours: quantile(o, 0.5), plain: quantile(p, 0.5), safe: quantile(s, 0.5) };
  } finally {
    await page.close();
  }
}

function report(name: string, rows: Row[], repeat: number, failed: number, perPage: boolean): void {
  const line = (label: string, v: number[]) =>
    `  ${label.padEnd(29)} ${quantile(v, 0.5).toFixed(2).padStart(7)} ${quantile(v, 0.95).toFixed(2).padStart(7)}`;
  const ours = rows.map((r) => r.ours);
  const plain = rows.map((r) => r.plain);
  const safe = rows.map((r) => r.safe);
  console.log(`\n${name} in Chromium (${rows.length} pages${failed ? `, ${failed} failed` : ''}, ${repeat} timed runs per side and page, median)`);
  if (rows.length === 0) return;
  console.log('  extractor                      med ms  p95 ms');
  console.log(line('Leselotse', ours));
  console.log(line('Readability', plain));
  console.log(line('Readability + DOMPurify', safe));
  const ratios = (base: number[], label: string) => {
    const byPage = quantile(rows.map((r, i) => r.ours / Math.max(0.01, base[i]!)), 0.5);
    console.log(`  time ratio Leselotse / ${label} (median): ${(quantile(ours, 0.5) / quantile(base, 0.5)).toFixed(2)}; median per-page ratio: ${byPage.toFixed(2)}`);
  };
  ratios(plain, 'Readability');
  ratios(safe, 'Readability + DOMPurify');
  if (perPage) for (const r of rows) console.log(`  ${r.slug.slice(0, 52).padEnd(52)} ${r.ours.toFixed(2).padStart(7)} ${r.plain.toFixed(2).padStart(7)} ${r.safe.toFixed(2).padStart(7)}`);
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const arg = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const repeat = Math.max(1, Number(arg('--repeat') ?? 9));
  const limit = Math.max(1, Number(arg('--limit') ?? 60));
  const datasets = (arg('--datasets') ?? 'golden').split(',');
  // A misspelt name would otherwise measure nothing without a word.
  const unknown = datasets.filter((d) => d !== 'golden' && !(PUBLIC_DATASETS as readonly string[]).includes(d));
  if (unknown.length) {
    console.error(`unknown dataset: ${unknown.join(', ')} (known: golden, ${PUBLIC_DATASETS.join(', ')})`);
    process.exit(2);
  }
  const dir = evalDir();
  if (datasets.some((d) => d !== 'golden') && !dir) console.log('eval data not found (../shared/eval-data, or $LESELOTSE_EVAL_DATA): golden pages only');
  const script = await bundle();
  const server = await startFixtureServer();
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
  // Some pages send a CSP (as municipal sites do); the benchmark's script is not the page's.
  const context = await browser.newContext({ bypassCSP: true });
  try {
    if (datasets.includes('golden')) {
      const slugs = readdirSync(PAGES_DIR).filter((s) => existsSync(join(PAGES_DIR, s, 'expected.json')));
      const rows: Row[] = [];
      for (const slug of slugs) rows.push(await measure(context, (page) => page.goto(server.url(slug), { waitUntil: 'load' }), script, repeat, slug));
      report('golden pages', rows, repeat, 0, argv.includes('--pages'));
    }
    for (const name of PUBLIC_DATASETS) {
      if (!dir || !datasets.includes(name)) continue;
      const rows: Row[] = [];
      let failed = 0;
      for (const item of annotatedPages(dir, name, limit)) {
        const html = decodeHtml(readFileSync(join(dir, name, item.file)));
        // The saved page under its own address; its pictures, style sheets, scripts and any
        // second navigation (a script's redirect) are refused: nothing leaves the machine.
        let served = false;
        const open = async (page: Page) => {
          await page.route('**/*', (route) => {
            if (!served && route.request().isNavigationRequest()) {
              served = true;
              return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
            }
            return route.abort();
          });
          page.setDefaultTimeout(20_000);
          await page.goto(item.url, { waitUntil: 'load' });
        };
        try {
          rows.push(await measure(context, open, script, repeat, item.id));
        } catch (error) {
          failed++;
          console.error(`failed: ${name} ${item.id}: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        }
      }
      report(name, rows, repeat, failed, argv.includes('--pages'));
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
