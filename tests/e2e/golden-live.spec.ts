/**
 * The golden corpus on the live page, in Chromium: the unit tests extract
 * each golden page under jsdom (attributes only); the reader extracts from the
 * rendered page, where computed visibility decides what is chrome and what is
 * collapsed content (`prepare-live.ts`). Each page is served from loopback and
 * the extractor (the project's own sources, bundled) runs on it as the reader
 * script runs it; title, readerable, every "with" string and no "without"
 * string are checked, as in tests/unit/golden-corpus.test.ts.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { test, expect } from './fixtures';
import { PAGES_DIR } from './fixture-server';

interface Expected {
  title: string;
  readerable: boolean;
  with: string[];
  without: string[];
}

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const slugs = readdirSync(PAGES_DIR).filter((slug) => existsSync(join(PAGES_DIR, slug, 'expected.json')));
const ws = (s: string) => s.replace(/\s+/g, ' ').trim();

test('every golden page extracts on the live page as its expectations say', async ({ context, server }) => {
  test.setTimeout(180_000);
  const bundled = await build({
    stdin: {
      contents: `import { extractArticle } from '@/utils/extract/extract-article'; globalThis.__llExtract = extractArticle;`,
      resolveDir: REPO,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    tsconfig: join(REPO, 'tsconfig.json'),
  });
  const script = bundled.outputFiles[0]!.text;
  expect(slugs.length).toBeGreaterThan(30);
  const problems: string[] = [];
  const page = await context.newPage();
  for (const slug of slugs) {
    const expected = JSON.parse(readFileSync(join(PAGES_DIR, slug, 'expected.json'), 'utf8')) as Expected;
    await page.goto(server.url(slug), { waitUntil: 'load' });
    // Some pages send a strict CSP, as municipal sites do: the test's script comes through CDP, not the page.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Runtime.evaluate', { expression: script });
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: `(() => { const a = globalThis.__llExtract(document, { url: location.href }); return { title: a.title, readerable: a.readerable, text: a.text, html: a.html }; })()`,
      returnByValue: true,
    });
    await cdp.detach();
    const article = result.value as { title: string; readerable: boolean; text: string; html: string };
    const text = ws(article.text);
    if (ws(article.title) !== ws(expected.title)) problems.push(`${slug}: title "${article.title}"`);
    if (article.readerable !== expected.readerable) problems.push(`${slug}: readerable ${article.readerable}`);
    for (const wanted of expected.with) if (!text.includes(ws(wanted))) problems.push(`${slug}: misses "${wanted}"`);
    for (const noise of expected.without)
      if (text.includes(ws(noise)) || ws(article.html).includes(ws(noise))) problems.push(`${slug}: keeps "${noise}"`);
  }
  expect(problems).toEqual([]);
});
