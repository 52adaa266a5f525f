/**
 * `npm run bench:simplify`: over the golden corpus, the German Flesch score of
 * the original, of the key-facts card and of the simpler-words view; key-facts
 * recall and precision against the annotated facts; time per page.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../helpers/dom';
import { extractArticle } from '@/utils/extract/extract-article';
import { extractKeyFacts, type KeyFacts } from '@/utils/simplify/key-facts';
import { scoreKeyFacts, type AnnotatedFacts } from '@/utils/simplify/key-facts-score';
import { readabilityScores } from '@/utils/simplify/readability';
import { glossaryDe } from '@/utils/simplify/glossary-de';
import { buildGlossaryIndex, findGlossaryTerms, simplerWords } from '@/utils/simplify/glossary-match';

const PAGES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/pages');
const index = buildGlossaryIndex(glossaryDe());

/** The card as read: one fact per line. */
function cardText(card: KeyFacts): string {
  return Object.values(card)
    .flat()
    .map((f) => f.text)
    .join('\n');
}

const fmt = (n: number | undefined) => (n === undefined ? '–' : n.toFixed(1));
const rows: string[] = [];
const totals = { annotated: 0, recalled: 0, extracted: 0, precise: 0, pages: 0, ms: 0, extractMs: 0 };

for (const slug of readdirSync(PAGES).sort()) {
  const dir = join(PAGES, slug);
  if (!existsSync(join(dir, 'source.html')) || !existsSync(join(dir, 'expected.json'))) continue;
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { facts?: AnnotatedFacts };
  const { document, window } = parseHtml(readFileSync(join(dir, 'source.html'), 'utf8'));
  const t0 = performance.now();
  const article = extractArticle(document, { win: window });
  const t1 = performance.now();
  const card = extractKeyFacts(article);
  // The glossary is German; the reader marks nothing on other pages, and neither does the benchmark.
  const german = /^de(-|$)/iu.test(article.lang);
  const simpler = german ? simplerWords(article.text, index) : { text: article.text, replaced: 0 };
  const terms = german ? findGlossaryTerms(article.text, index).length : 0;
  const original = readabilityScores(article.text, article.lang);
  const cardScores = readabilityScores(cardText(card), article.lang);
  const simplerScores = readabilityScores(simpler.text, article.lang);
  const t2 = performance.now();
  totals.pages++;
  totals.ms += t2 - t1;
  totals.extractMs += t1 - t0;
  let recall = '–';
  let precision = '–';
  if (expected.facts) {
    const s = scoreKeyFacts(card, expected.facts);
    totals.annotated += s.annotated;
    totals.recalled += s.recalled;
    totals.extracted += s.extracted;
    totals.precise += s.precise;
    recall = `${s.recalled}/${s.annotated}`;
    precision = `${s.precise}/${s.extracted}`;
  }
  rows.push(
    `| ${slug} | ${article.lang} | ${original.words} | ${fmt(original.fleschDe)} | ${fmt(cardScores.fleschDe)} | ${fmt(simplerScores.fleschDe)} | ${terms} | ${simpler.replaced} | ${recall} | ${precision} | ${(t2 - t1).toFixed(1)} |`,
  );
}

console.log('| page | lang | words | Flesch-DE original | Flesch-DE card | Flesch-DE simpler words | glossary terms | replaced | facts recall | facts precision | simplify ms |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const row of rows) console.log(row);
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)} %` : '–');
console.log(
  `\nKey facts over ${totals.pages} pages: recall ${totals.recalled}/${totals.annotated} = ${pct(totals.recalled, totals.annotated)}, precision ${totals.precise}/${totals.extracted} = ${pct(totals.precise, totals.extracted)}.`,
);
console.log(
  `Time per page: simplify (card + scores + simpler words) ${(totals.ms / totals.pages).toFixed(1)} ms, extraction ${(totals.extractMs / totals.pages).toFixed(1)} ms (Node ${process.version}, jsdom).`,
);
