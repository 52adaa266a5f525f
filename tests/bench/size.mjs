#!/usr/bin/env node
/**
 * Bundle sizes (gzip) of the Chrome build's entry points: popup, content script,
 * background and options, each with the chunks its HTML or script loads.
 * `--check` exits non-zero when a budget is exceeded (the test suite runs it).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dir = process.argv.find((a) => a.startsWith('--dir='))?.slice(6) ?? '.output/chrome-mv3';
const check = process.argv.includes('--check');
if (!existsSync(join(dir, 'manifest.json'))) {
  console.error(`No build in ${dir}: run npm run build first.`);
  process.exit(1);
}

/** Budgets in bytes (gzip), from the foundation issue. */
const BUDGETS = { popup: 30 * 1024, 'content script': 60 * 1024 };

const gz = (file) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;

/** Scripts and styles an HTML entry loads (module preloads included). */
function htmlAssets(html) {
  const source = readFileSync(join(dir, html), 'utf8');
  return [...source.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
}

/** A JS file plus the chunks it imports statically, recursively. */
function withImports(file, seen = new Set()) {
  if (seen.has(file) || !existsSync(join(dir, file))) return seen;
  seen.add(file);
  const source = readFileSync(join(dir, file), 'utf8');
  for (const m of source.matchAll(/(?:import|from)\s*["'](?:\.{0,2}\/)*((?:chunks|assets)\/[^"']+)["']/g)) withImports(m[1], seen);
  return seen;
}

const entries = {
  popup: htmlAssets('popup.html').flatMap((f) => [...withImports(f)]),
  // The reader script (an unlisted script the background injects on demand): the foundation issue's content script.
  'content script': [...withImports('reader.js')],
  // Injected only when the page's own text is enlarged without the reader.
  'page-text script': [...withImports('page-text.js')],
  // Loaded by the reader when the feature is first used (utils/reader/lazy-scripts.ts).
  'rewrite script': [...withImports('rewrite.js')],
  'read-aloud script': [...withImports('read-aloud.js')],
  'translate script': [...withImports('translate.js')],
  background: [...withImports('background.js')],
  options: htmlAssets('options.html').flatMap((f) => [...withImports(f)]),
};

let over = false;
console.log(`Bundle sizes (gzip -9) of ${dir}:`);
for (const [name, files] of Object.entries(entries)) {
  const unique = [...new Set(files)];
  const size = unique.reduce((sum, f) => sum + gz(f), 0);
  const budget = BUDGETS[name];
  const verdict = budget ? (size <= budget ? `≤ ${budget / 1024} KB budget` : `OVER the ${budget / 1024} KB budget`) : '';
  if (budget && size > budget) over = true;
  console.log(`  ${name.padEnd(17)} ${(size / 1024).toFixed(1).padStart(6)} KB  ${verdict}  (${unique.join(', ')})`);
}
const fonts = existsSync(join(dir, 'fonts')) ? readdirSync(join(dir, 'fonts')).length : 0;
if (fonts) console.log(`  fonts: ${fonts} files, loaded only when chosen`);
if (check && over) process.exit(1);
