/**
 * `npm run bench:extract [-- --limit N] [--workers N] [--repeat N] [--only a,b] [--dump FILE] [--settle]`: Leselotse's
 * extraction and plain Readability side by side, measured in the same run on
 * the same parsed pages, on the golden corpus (tests/fixtures/pages/) and on
 * the public evaluation data (`../shared/eval-data` from the repository root,
 * or $LESELOTSE_EVAL_DATA). Prints with-string recall, without-string
 * precision and F1 (trafilatura's counting), token F1 where a ground-truth
 * text exists, median/p95 ms per page and the time ratio.
 *
 * jsdom is slow, so pages are spread over worker threads (by default half
 * the cores: see `defaultWorkers`), and `--limit N` takes an evenly spaced
 * sample of N pages per public dataset (default 60).
 * Each page is timed `--repeat N` times per side (default 5), the two sides
 * taking turns, and each side's time for the page is the median of its runs:
 * one run per page measures whichever garbage collection or JIT tier-up
 * happens to fall into it, and the 39 golden pages are too few to average
 * that out.
 * Two ratios are printed. The ratio of the two medians compares different
 * pages (each side's median page) and jumps on a small set when one side's
 * times have a gap at the median (golden, three runs per page: 1.09–1.48).
 * The median of the per-page ratios compares each page with itself and is
 * the steadier one (1.30–1.36 in the same runs).
 * `--settle` collects the heap before each timed run, so neither side pays for
 * the garbage of the page's parse or of the other side (several times slower).
 * `--dump FILE` writes every page's texts and times (see extract-diff.ts).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { addCounts, countWithWithout, quantile, scores, tokenF1, type Counts } from './extract-score';
import { annotatedPages, evalDir, PUBLIC_DATASETS, type Annotation } from './eval-data';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPO = resolve(HERE, '../..');

interface Task {
  dataset: string;
  id: string;
  file: string;
  url: string;
  lang?: string;
  with?: string[];
  without?: string[];
  text?: string;
}

interface Result {
  dataset: string;
  id: string;
  lang?: string;
  ours?: { text: string; ms: number };
  readability?: { text: string; ms: number };
  error?: string;
  task: Task;
}

function goldenTasks(): Task[] {
  const pages = join(REPO, 'tests/fixtures/pages');
  return readdirSync(pages)
    .filter((slug) => existsSync(join(pages, slug, 'source.html')) && existsSync(join(pages, slug, 'expected.json')))
    .map((slug) => {
      const expected = JSON.parse(readFileSync(join(pages, slug, 'expected.json'), 'utf8')) as { with: string[]; without: string[]; lang?: string };
      return {
        dataset: 'golden',
        id: slug,
        file: join(pages, slug, 'source.html'),
        url: `https://www.kommune.example/pages/${slug}/`,
        lang: expected.lang,
        with: expected.with,
        without: expected.without,
      };
    });
}

function publicTasks(dir: string, name: string, limit: number): Task[] {
  return annotatedPages(dir, name, limit).map((item) => ({
    dataset: name,
    id: item.id,
    file: join(dir, name, item.file),
    url: item.url,
    lang: item.lang,
    with: item.with,
    without: item.without,
    text: item.text,
  }));
}

async function runWorker(): Promise<void> {
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { Readability } = await import('@mozilla/readability');
  const { extractArticle } = await import('../../utils/extract/extract-article');
  const { decodeHtml } = await import('../tools/decode-html');
  const { tasks, settle, repeat } = workerData as { tasks: Task[]; settle: boolean; repeat: number };
  // A full collection before each timed run: the page's parse and the other extractor leave
  // garbage behind, and whichever side runs next would pay for collecting it.
  let collect = () => {};
  if (settle) {
    const { setFlagsFromString } = await import('node:v8');
    const { runInNewContext } = await import('node:vm');
    setFlagsFromString('--expose-gc');
    collect = runInNewContext('gc') as () => void;
  }
  // Warm both extractors up (untimed) on a few pages first: a fresh thread's first pages
  // measure the JIT compiling each side's code, not the extraction.
  for (const task of tasks.slice(0, WARM_UP_PAGES)) {
    try {
      const dom = new JSDOM(decodeHtml(readFileSync(task.file)), { url: task.url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
      const win = dom.window as unknown as Window & typeof globalThis;
      for (let k = 0; k < 3; k++) {
        extractArticle(dom.window.document, { url: task.url, win });
        new Readability(dom.window.document.cloneNode(true) as Document).parse();
      }
      dom.window.close();
    } catch {
      // a page that fails is reported by the timed loop
    }
  }
  for (const [i, task] of tasks.entries()) {
    const result: Result = { dataset: task.dataset, id: task.id, lang: task.lang, task };
    try {
      const html = decodeHtml(readFileSync(task.file));
      const dom = new JSDOM(html, { url: task.url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
      const doc = dom.window.document;
      const win = dom.window as unknown as Window & typeof globalThis;
      const oursMs: number[] = [];
      const plainMs: number[] = [];
      const runOurs = () => {
        collect();
        const t = performance.now();
        const article = extractArticle(doc, { url: task.url, win });
        oursMs.push(performance.now() - t);
        result.ours = { text: article.text, ms: 0 };
      };
      const runPlain = () => {
        // Plain Readability as an extension would run it: on a clone, which is part of its cost.
        collect();
        const t = performance.now();
        const parsed = new Readability(doc.cloneNode(true) as Document).parse();
        plainMs.push(performance.now() - t);
        result.readability = { text: parsed?.textContent ?? '', ms: 0 };
      };
      // Alternate the order so neither side always runs first or on a warmer cache.
      for (let k = 0; k < repeat; k++) {
        if ((i + k) % 2) {
          runOurs();
          runPlain();
        } else {
          runPlain();
          runOurs();
        }
      }
      result.ours!.ms = quantile(oursMs, 0.5);
      result.readability!.ms = quantile(plainMs, 0.5);
      dom.window.close();
    } catch (error) {
      // A page that failed in any run counts as failed, not with the runs before the failure.
      delete result.ours;
      delete result.readability;
      result.error = error instanceof Error ? error.message : String(error);
    }
    parentPort!.postMessage(result);
  }
}

/**
 * Half the cores, at least one: a timing thread needs a core to itself. Each
 * thread's garbage collector has helper threads and the main thread collects
 * results; with as many workers as cores they take turns on the cores inside
 * the timed runs. (On two cores, golden-page ratios spread 1.08–1.57 over ten
 * runs with two workers and 1.31–1.36 over four with one.)
 */
function defaultWorkers(): number {
  return Math.max(1, Math.floor(availableParallelism() / 2));
}

function parseArgs(argv: string[]) {
  const args = { limit: 60, workers: defaultWorkers(), repeat: 5, only: undefined as string[] | undefined, dump: undefined as string | undefined, settle: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--limit') args.limit = Number(argv[++i]);
    else if (a === '--workers') args.workers = Number(argv[++i]);
    else if (a === '--repeat') args.repeat = Math.max(1, Number(argv[++i]));
    else if (a === '--only') args.only = argv[++i]!.split(',');
    else if (a === '--dump') args.dump = argv[++i];
    else if (a === '--settle') args.settle = true;
  }
  return args;
}

/** Pages each fresh worker thread runs both extractors on, untimed, before measuring. */
const WARM_UP_PAGES = 4;
/** Pages per worker thread before it is replaced by a fresh one. */
const BATCH = 120;

const pct = (x: number) => (Number.isNaN(x) ? '   –  ' : (x * 100).toFixed(1).padStart(5) + '%');
const ms = (x: number) => (Number.isNaN(x) ? '–' : x.toFixed(0));

/** Groups smaller than this (a subset of a sampled dataset) get no time ratio. */
const MIN_PAGES_FOR_RATIO = 5;

function report(name: string, results: Result[]): void {
  const ok = results.filter((r) => r.ours && r.readability);
  if (ok.length === 0) return;
  const line = (label: string, side: 'ours' | 'readability') => {
    const times = ok.map((r) => r[side]!.ms);
    let counts: Counts = { tp: 0, fn: 0, fp: 0, tn: 0 };
    const f1s: number[] = [];
    for (const r of ok) {
      if (r.task.with) counts = addCounts(counts, countWithWithout(r[side]!.text, r.task.with, r.task.without ?? []));
      if (r.task.text !== undefined) f1s.push(tokenF1(r[side]!.text, r.task.text).f1);
    }
    const s = scores(counts);
    const tokenMean = f1s.length ? f1s.reduce((a, b) => a + b, 0) / f1s.length : NaN;
    const ww = counts.tp + counts.fn > 0;
    return {
      text: `  ${label.padEnd(12)} ${ww ? pct(s.recall) : '   –  '} ${ww ? pct(s.precision) : '   –  '} ${ww ? pct(s.f1) : '   –  '} ${pct(tokenMean)} ${ms(quantile(times, 0.5)).padStart(7)} ${ms(quantile(times, 0.95)).padStart(7)}`,
      median: quantile(times, 0.5),
    };
  };
  const ours = line('Leselotse', 'ours');
  const plain = line('Readability', 'readability');
  console.log(`\n${name} (${ok.length} pages${results.length > ok.length ? `, ${results.length - ok.length} failed` : ''})`);
  console.log('  extractor     recall  precis.  F1     tokenF1  med ms  p95 ms');
  console.log(ours.text);
  console.log(plain.text);
  // Per page, both sides ran back to back on the same parsed page: their ratio is steadier
  // than the ratio of medians when other work shares the machine.
  // A median of a handful of pages is one page's time: no ratio worth a goal.
  if (ok.length < MIN_PAGES_FOR_RATIO) {
    console.log(`  time ratio: not given for fewer than ${MIN_PAGES_FOR_RATIO} pages (run with a higher --limit)`);
    return;
  }
  const perPage = quantile(ok.map((r) => r.ours!.ms / Math.max(0.01, r.readability!.ms)), 0.5);
  console.log(`  time ratio Leselotse / Readability (median): ${(ours.median / plain.median).toFixed(2)}; median per-page ratio: ${perPage.toFixed(2)}`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const dir = evalDir();
  let tasks = goldenTasks();
  if (!dir) {
    console.log('eval data not found (../shared/eval-data from the repository root, or $LESELOTSE_EVAL_DATA): benchmarking the golden corpus only');
  } else {
    for (const name of PUBLIC_DATASETS)
      tasks.push(...publicTasks(dir, name, args.limit));
  }
  if (args.only) tasks = tasks.filter((t) => args.only!.includes(t.dataset));
  console.log(`benchmarking ${tasks.length} pages on ${args.workers} worker threads (limit ${args.limit} per public dataset, each page timed ${args.repeat}× per side, median)`);
  const started = performance.now();
  // Each worker thread takes a batch of pages and exits: jsdom windows are not all
  // collected after close(), and one thread over a full dataset runs out of heap.
  const queue = tasks.map((t, i) => ({ t, i }));
  const results: Result[] = [];
  const runBatches = async (lane: number): Promise<void> => {
    for (;;) {
      const batch: typeof queue = [];
      for (let k = 0; k < queue.length && batch.length < BATCH; ) {
        if (queue[k]!.i % args.workers === lane) batch.push(queue.splice(k, 1)[0]!);
        else k++;
      }
      if (batch.length === 0) return;
      await new Promise<void>((done) => {
        const worker = new Worker(join(HERE, 'extract-worker.mjs'), { workerData: { tasks: batch.map((q) => q.t), settle: args.settle, repeat: args.repeat } });
        worker.on('message', (r: Result) => results.push(r));
        // A thread that dies (out of heap on a huge page) fails its unreported pages, not the run.
        worker.on('error', (error) => {
          for (const { t } of batch)
            if (!results.some((r) => r.task.file === t.file && r.dataset === t.dataset))
              results.push({ dataset: t.dataset, id: t.id, lang: t.lang, task: t, error: String(error) });
        });
        worker.on('exit', () => done());
      });
    }
  };
  await Promise.all(Array.from({ length: args.workers }, (_, lane) => runBatches(lane)));
  for (const r of results) if (r.error) console.error(`failed: ${r.dataset} ${r.id}: ${r.error}`);
  // Per-page texts and times, for finding the pages where one extractor loses (see tests/bench/extract-diff.ts).
  if (args.dump) writeFileSync(args.dump, JSON.stringify(results));
  const byDataset = new Map<string, Result[]>();
  for (const r of results) byDataset.set(r.dataset, [...(byDataset.get(r.dataset) ?? []), r]);
  for (const [name, rs] of byDataset) {
    report(name, rs);
    if (name === 'trafilatura') {
      report('trafilatura, German pages', rs.filter((r) => r.lang === 'de'));
      report('trafilatura, public-sector pages', rs.filter((r) => r.task && (r as Result).task.file && isPublicSector(r)));
    }
  }
  const golden = byDataset.get('golden') ?? [];
  const leaks = golden.filter((r) => r.ours && (r.task.without ?? []).some((w) => r.ours!.text.replace(/\s+/g, ' ').includes(w.replace(/\s+/g, ' '))));
  console.log(`\ngolden pages with a noise string in Leselotse's text: ${leaks.length}${leaks.length ? ` (${leaks.map((r) => r.id).join(', ')})` : ''}`);
  console.log(`total ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

const publicSector = new Set<string>();
function isPublicSector(r: Result): boolean {
  return publicSector.has(r.id);
}

if (isMainThread) {
  const dir = evalDir();
  if (dir && existsSync(join(dir, 'trafilatura/annotations.json'))) {
    const data = JSON.parse(readFileSync(join(dir, 'trafilatura/annotations.json'), 'utf8')) as { items: Annotation[] };
    for (const item of data.items) if (item.tags?.includes('public-sector')) publicSector.add(item.id);
  }
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  void runWorker();
}
