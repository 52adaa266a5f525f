/**
 * `npm run bench:translate`: translation cost and speed over the golden corpus
 * (`tests/fixtures/pages/<slug>/source.html` → extractArticle → blocks),
 * against the loopback engines with 150 ms latency per request and their real
 * limits. Leselotse's client (`translateBlocks`: batching, first batch small,
 * 2 requests in flight) runs next to a naive client that sends one request per
 * block (also 2 in flight, so both stay equally polite to rate limits), in the
 * same run. A third pass repeats Leselotse's run with a warm cache. Requests
 * count every HTTP request (LibreTranslate's `/frontend/settings` probe, once
 * per instance, included).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../utils/extract/extract-article';
import { sanitizeHtml } from '../../utils/sanitize';
import { ENGINES } from '../../utils/translate/engines';
import { translateBlocks, type TranslatableBlock } from '../../utils/translate/translate-blocks';
import { createTranslationCache } from '../../utils/translate/cache';
import { toTranslateError } from '../../utils/translate/translate-error';
import { decodeHtml } from '../tools/decode-html';
import { REMOTE_ENGINES, startMockEngine, type RemoteEngineId } from '../mock-engines';
import type { EngineConfig } from '../../utils/translate/types';

const LATENCY_MS = 150;
const HAS_LETTERS = /\p{L}/u;
const CONCURRENCY = 2;
const TARGET = 'ar';
const pagesDir = join(import.meta.dirname, '../fixtures/pages');

interface Run {
  requests: number;
  chars: number;
  firstMs: number;
  allMs: number;
  failed: number;
}

function loadPages(): { slug: string; blocks: TranslatableBlock[]; win: Window & typeof globalThis }[] {
  return readdirSync(pagesDir)
    .filter((slug) => existsSync(join(pagesDir, slug, 'source.html')))
    .sort()
    .map((slug) => {
      const html = decodeHtml(readFileSync(join(pagesDir, slug, 'source.html')));
      const dom = new JSDOM(html, { url: `https://www.stadt.example/${slug}`, virtualConsole: new VirtualConsole() });
      const win = dom.window as unknown as Window & typeof globalThis;
      const article = extractArticle(win.document, { win });
      return { slug, blocks: article.blocks.map(({ id, html: h, text }) => ({ id, html: h, text })), win };
    });
}

/** Leselotse's client. */
async function runOurs(engine: RemoteEngineId, config: EngineConfig, blocks: TranslatableBlock[], win: Window & typeof globalThis, cache = createTranslationCache()): Promise<Run> {
  const start = performance.now();
  let firstMs = -1;
  let failed = 0;
  const wordy = new Set(blocks.filter((b) => HAS_LETTERS.test(b.text)).map((b) => b.id));
  const stats = await translateBlocks(blocks, {
    engine: ENGINES[engine],
    config,
    source: 'de',
    target: TARGET,
    fetchFn: fetch,
    cache,
    concurrency: CONCURRENCY,
    sanitize: (h) => sanitizeHtml(h, win),
    onBlock: (id, result) => {
      // "First block" = the first block that needed the engine (letterless blocks are passed through at once).
      if (firstMs < 0 && wordy.has(id)) firstMs = performance.now() - start;
      if (!result.ok) failed++;
    },
  });
  return { ...stats, firstMs, allMs: performance.now() - start, failed };
}

/** The naive client: one request per block, whole block, no batching, splitting, retry or cache. */
async function runNaive(engine: RemoteEngineId, config: EngineConfig, blocks: TranslatableBlock[]): Promise<Run> {
  const impl = ENGINES[engine];
  const format = impl.supportsHtml ? 'html' : 'text';
  const start = performance.now();
  let firstMs = -1;
  let failed = 0;
  let chars = 0;
  const queue = [...blocks];
  const worker = async () => {
    for (let block = queue.shift(); block; block = queue.shift()) {
      // A naive client sends every block, letters or not.
      const text = format === 'html' ? block.html : block.text;
      chars += text.length;
      try {
        await impl.translateBatch({ texts: [text], source: 'de', target: TARGET, format }, config, fetch);
      } catch (error) {
        toTranslateError(error);
        failed++;
      }
      if (firstMs < 0) firstMs = performance.now() - start;
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { requests: blocks.length, chars, firstMs, allMs: performance.now() - start, failed };
}

const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

async function main() {
  const all = loadPages();
  // Pages the extractor finds no article in (search results, listings) have nothing to translate.
  const pages = all.filter((p) => p.blocks.length > 0);
  const skipped = all.filter((p) => p.blocks.length === 0).map((p) => p.slug);
  const totalBlocks = pages.reduce((n, p) => n + p.blocks.length, 0);
  if (skipped.length > 0) console.log(`Skipped (no article blocks): ${skipped.join(', ')}`);
  console.log(`Corpus: ${pages.length} pages, ${totalBlocks} blocks; loopback latency ${LATENCY_MS} ms/request; ${CONCURRENCY} requests in flight; target ${TARGET}.\n`);
  console.log('| engine | client | requests/page | chars sent/page | first block ms (mean) | whole article ms (mean) | failed blocks (total) |');
  console.log('|---|---|---:|---:|---:|---:|---:|');
  const perPage: string[] = [];
  // Warm-up (JIT, jsdom, DOMPurify) so the first measured engine is not penalised.
  {
    const warm = await startMockEngine('deepl');
    await runOurs('deepl', { engine: 'deepl', baseUrl: warm.baseUrl, apiKey: 'k' }, pages[0]!.blocks, pages[0]!.win);
    await runNaive('deepl', { engine: 'deepl', baseUrl: warm.baseUrl, apiKey: 'k' }, pages[0]!.blocks);
    await warm.close();
  }
  // `npm run bench:translate -- --engines=deepl,mymemory` measures a subset.
  const only = process.argv.find((a) => a.startsWith('--engines='))?.slice(10).split(',');
  for (const engine of REMOTE_ENGINES.filter((e) => !only || only.includes(e))) {
    const server = await startMockEngine(engine, { latencyMs: LATENCY_MS });
    const config: EngineConfig = { engine, baseUrl: server.baseUrl, apiKey: 'bench-key' };
    const rows: Record<'ours' | 'naive' | 'cached', Run[]> = { ours: [], naive: [], cached: [] };
    try {
      for (const page of pages) {
        const cache = createTranslationCache();
        const ours = await runOurs(engine, config, page.blocks, page.win, cache);
        const cached = await runOurs(engine, config, page.blocks, page.win, cache);
        const naive = await runNaive(engine, config, page.blocks);
        rows.ours.push(ours);
        rows.cached.push(cached);
        rows.naive.push(naive);
        if (engine === 'deepl')
          perPage.push(`| ${page.slug} | ${page.blocks.length} | ${ours.requests} / ${naive.requests} | ${fmt(ours.firstMs)} / ${fmt(naive.firstMs)} | ${fmt(ours.allMs)} / ${fmt(naive.allMs)} |`);
      }
    } finally {
      await server.close();
    }
    for (const [client, runs] of Object.entries(rows)) {
      const label = client === 'ours' ? 'Leselotse' : client === 'cached' ? 'Leselotse, reopened (cache)' : 'naive 1 req/block';
      console.log(
        `| ${engine} | ${label} | ${fmt(mean(runs.map((r) => r.requests)))} | ${fmt(mean(runs.map((r) => r.chars)))} | ${fmt(mean(runs.map((r) => Math.max(0, r.firstMs))))} | ${fmt(mean(runs.map((r) => r.allMs)))} | ${runs.reduce((n, r) => n + r.failed, 0)} |`,
      );
    }
  }
  if (perPage.length === 0) return;
  console.log('\nPer page, DeepL (Leselotse / naive):\n');
  console.log('| page | blocks | requests | first block ms | whole article ms |');
  console.log('|---|---:|---:|---:|---:|');
  for (const line of perPage) console.log(line);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
