/**
 * `npm run --silent extract -- [--json] [--url URL] FILE...`: run the
 * extraction engine on saved pages. With `--json`, one JSON object per line
 * and file (`file`, `title`, `lang`, `dir`, `text`, `html`, `contact`,
 * `confidence`, `readerable`, `ms`); without, a readable text rendering.
 * A file that cannot be read or parsed is reported on stderr and makes the
 * exit code non-zero, after the other files are done.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { extractArticle } from '../../utils/extract/extract-article';
import { contactToText } from '../../utils/extract/contact-parse';
import { decodeHtml } from './decode-html';

interface Args {
  json: boolean;
  url?: string;
  files: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--json') args.json = true;
    else if (a === '--url') args.url = argv[++i];
    else if (a.startsWith('--url=')) args.url = a.slice(6);
    else if (a === '--help' || a === '-h') {
      process.stdout.write('usage: extract [--json] [--url URL] FILE...\n');
      process.exit(0);
    } else args.files.push(a);
  }
  return args;
}

function run(file: string, args: Args): string {
  const html = decodeHtml(readFileSync(file));
  const url = args.url ?? pathToFileURL(resolve(file)).href;
  // Page scripts never run; a quiet console keeps jsdom's CSS parse warnings off stderr.
  const dom = new JSDOM(html, { url, contentType: 'text/html', virtualConsole: new VirtualConsole() });
  const win = dom.window as unknown as Window & typeof globalThis;
  const start = performance.now();
  const article = extractArticle(dom.window.document, { url, win });
  const ms = Math.round((performance.now() - start) * 10) / 10;
  dom.window.close();
  if (args.json) {
    const { title, lang, dir, text, html: clean, contact, confidence, readerable } = article;
    return JSON.stringify({ file, title, lang, dir, text, html: clean, contact: contact ?? null, confidence, readerable, ms });
  }
  const lines = [`# ${article.title}`, `(${file}; lang ${article.lang}, ${article.dir}; confidence ${article.confidence}; readerable ${article.readerable}; ${ms} ms)`, ''];
  for (const block of article.blocks) {
    if (block.kind === 'heading') lines.push('', `${'#'.repeat(Math.min(6, (block.level ?? 2) + 1))} ${block.text}`);
    else if (block.kind === 'list') lines.push(...block.text.split('\n').map((l) => `  • ${l}`));
    else lines.push(block.text);
  }
  if (article.contact) lines.push('', '## Kontakt', ...contactToText(article.contact).map((l) => `  ${l}`));
  return lines.join('\n');
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  if (args.files.length === 0) {
    process.stderr.write('extract: no input files (usage: extract [--json] [--url URL] FILE...)\n');
    process.exit(2);
  }
  let failed = 0;
  for (const file of args.files) {
    try {
      process.stdout.write(run(file, args) + '\n');
    } catch (error) {
      failed++;
      process.stderr.write(`extract: ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  if (failed) process.exitCode = 1;
}

main();
