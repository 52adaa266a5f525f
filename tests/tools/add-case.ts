/**
 * Adds a page to the golden corpus (the habit of mozilla/readability's
 * `generate-testcase`): copies a saved HTML file into
 * tests/fixtures/pages/<slug>/source.html and writes an expected.json skeleton
 * pre-filled from what the current extractor sees. The skeleton is a starting
 * point for a human, never an answer: `with` holds candidate sentences to
 * check against the page, `without` is left empty for the noise the reviewer
 * finds, and `type`/`cms` are guesses marked for review.
 *
 * Usage: npm run add-case -- <saved.html> <slug> [--title "…"] [--url https://…] [--force]
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { parseHtml } from '../helpers/dom';
import { extractArticle } from '@/utils/extract/extract-article';
import { splitSentences } from '@/utils/simplify/sentences';

const PAGES = resolve(import.meta.dirname, '../fixtures/pages');
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** How many candidate sentences go into `with` (the corpus asks for 3–8). */
const WITH_CANDIDATES = 6;
/** Sentences shorter than this are usually labels or link texts, not body text. */
const MIN_SENTENCE_CHARS = 40;

/** CMS fingerprints: generator meta first, then markup every install of that CMS carries. */
const CMS_FINGERPRINTS: readonly [string, RegExp][] = [
  ['typo3', /TYPO3 CMS|powered by TYPO3|\/typo3temp\/|\/typo3conf\//i],
  ['gsb', /Government Site Builder|\/SiteGlobals\/|__blob=/],
  ['ikiss', /IKISS|[?&]object=tx,\d|ModID=\d/],
  ['sitepark-ies', /Sitepark|data-sp-/],
  ['nolis', /NOLIS/],
  ['drupal', /Drupal|data-drupal-/],
  ['wordpress', /WordPress|\/wp-content\/|\/wp-includes\//],
  ['contao', /Contao Open Source CMS|\/bundles\/contao/],
  ['joomla', /Joomla!|\/media\/system\/js\/|com_content/],
  ['opencms', /content="OpenCms|alkacon\.mercury|\/export\/system\/modules\//],
  ['weblication', /Weblication|wGlobal\/|wSendMailNospam/],
  ['imperia', /content="imperia|\/i9f\/r1\//i],
];

/** Best guess of the CMS that rendered `html`, or `unknown`. */
export function guessCms(html: string): string {
  return CMS_FINGERPRINTS.find(([, re]) => re.test(html))?.[0] ?? 'unknown';
}

/** The first body sentences long enough to be worth asserting. */
export function candidateSentences(text: string, count = WITH_CANDIDATES): string[] {
  const out: string[] = [];
  for (const block of text.split('\n')) {
    // The project's own German splitter, so candidates are the sentences the reader works with.
    for (const raw of splitSentences(block)) {
      const sentence = raw.replace(/\s+/g, ' ').trim();
      if (sentence.length >= MIN_SENTENCE_CHARS && !out.includes(sentence)) out.push(sentence);
      if (out.length >= count) return out;
    }
  }
  return out;
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { title: { type: 'string' }, url: { type: 'string' }, force: { type: 'boolean', default: false } },
  });
  const [source, slug] = positionals;
  if (!source || !slug) {
    console.error('Usage: npm run add-case -- <saved.html> <slug> [--title "…"] [--url https://…] [--force]');
    process.exit(2);
  }
  if (!SLUG.test(slug)) {
    console.error(`Slug "${slug}" must be kebab-case (a-z, 0-9, hyphens), e.g. typo3-musterstadt-wohngeld.`);
    process.exit(2);
  }
  const dir = join(PAGES, slug);
  if (existsSync(dir) && !values.force) {
    console.error(`${dir} exists; pass --force to overwrite its files.`);
    process.exit(1);
  }

  const html = readFileSync(source, 'utf8');
  const { document, window } = parseHtml(html, values.url ?? `https://www.${slug}.example/`);
  const article = extractArticle(document, { win: window });

  const expected = {
    title: values.title ?? article.title,
    lang: article.lang,
    readerable: article.readerable,
    cms: guessCms(html),
    type: 'REVIEW: news-detail | service | event | downloads | faq | easy-language | listing | search-results',
    with: article.readerable ? candidateSentences(article.text) : [],
    without: [] as string[],
    ...(article.contact ? { contact: article.contact } : {}),
  };

  mkdirSync(dir, { recursive: true });
  copyFileSync(source, join(dir, 'source.html'));
  writeFileSync(join(dir, 'expected.json'), `${JSON.stringify(expected, null, 2)}\n`);
  console.log(`Wrote ${join(dir, 'source.html')} and expected.json.`);
  console.log('Review it: fix title/type/cms, check every `with` line against the page, list 5–15 noise strings in `without`,');
  console.log('add `contact` and `facts` where the page has them, then run: npx tsx tests/tools/check-fixtures.ts ' + slug);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
