/**
 * `npx tsx tests/bench/extract-diff.ts DUMP.json [--dataset NAME] [--top N] [--worse-only]`:
 * the pages of an extraction benchmark dump (`npm run bench:extract -- --dump DUMP.json`)
 * where Leselotse scores below plain Readability, worst first, with the "with"
 * strings it misses and the "without" strings it leaks that Readability does not
 * (or the token recall/precision against the ground truth). For finding out why
 * a dataset is lost, page by page.
 */
import { readFileSync } from 'node:fs';
import { countWithWithout, tokenF1 } from './extract-score';

interface Side {
  text: string;
  ms: number;
}
interface Dumped {
  dataset: string;
  id: string;
  lang?: string;
  ours?: Side;
  readability?: Side;
  task: { with?: string[]; without?: string[]; text?: string; file: string };
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--') && !/^\d+$/.test(a));
const opt = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
if (!file) {
  console.error('usage: tsx tests/bench/extract-diff.ts DUMP.json [--dataset NAME] [--top N]');
  process.exit(2);
}
const dataset = opt('--dataset');
const top = Number(opt('--top') ?? 30);
const results = (JSON.parse(readFileSync(file, 'utf8')) as Dumped[]).filter(
  (r) => r.ours && r.readability && (!dataset || r.dataset === dataset),
);

const ws = (s: string) => s.replace(/\s+/g, ' ').trim();
const cut = (s: string, n = 100) => (s.length > n ? `${s.slice(0, n)}…` : s);

interface Row {
  r: Dumped;
  ours: number;
  plain: number;
  detail: string[];
}
const rows: Row[] = [];
for (const r of results) {
  const ours = ws(r.ours!.text);
  const plain = ws(r.readability!.text);
  if (r.task.with) {
    const a = countWithWithout(ours, r.task.with, r.task.without ?? []);
    const b = countWithWithout(plain, r.task.with, r.task.without ?? []);
    // Per page: with-strings lost minus without-strings leaked, as counts.
    const detail: string[] = [];
    for (const w of r.task.with)
      if (!ours.includes(ws(w)) && plain.includes(ws(w))) detail.push(`  - missing: ${cut(ws(w))}`);
    for (const w of r.task.without ?? [])
      if (ours.includes(ws(w)) && !plain.includes(ws(w))) detail.push(`  + leaked:  ${cut(ws(w))}`);
    rows.push({ r, ours: a.tp - a.fp, plain: b.tp - b.fp, detail });
  } else if (r.task.text !== undefined) {
    const a = tokenF1(ours, r.task.text);
    const b = tokenF1(plain, r.task.text);
    const detail = [
      `  ours  P ${a.precision.toFixed(3)} R ${a.recall.toFixed(3)} (${ours.length} chars)   plain P ${b.precision.toFixed(3)} R ${b.recall.toFixed(3)} (${plain.length} chars), truth ${ws(r.task.text).length} chars`,
    ];
    rows.push({ r, ours: a.f1, plain: b.f1, detail });
  }
}
const worse = rows.filter((x) => x.ours < x.plain).sort((x, y) => x.ours - x.plain - (y.ours - y.plain));
const better = rows.filter((x) => x.ours > x.plain);
console.log(`${rows.length} pages: Leselotse worse on ${worse.length}, better on ${better.length}`);
for (const x of worse.slice(0, top)) {
  console.log(`\n${x.r.dataset} ${x.r.id} [${x.r.lang ?? '?'}] ${x.r.task.file.split('/').slice(-1)[0]}: ours ${x.ours.toFixed(3)} vs plain ${x.plain.toFixed(3)}`);
  for (const d of x.detail.slice(0, 8)) console.log(d);
}
if (args.includes('--better')) {
  for (const x of better.sort((x, y) => y.ours - y.plain - (x.ours - x.plain)).slice(0, top))
    console.log(`better: ${x.r.dataset} ${x.r.id} ours ${x.ours.toFixed(3)} vs plain ${x.plain.toFixed(3)}`);
}
