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
import type { Article } from '@/utils/extract/types';
import { serveRewritePort } from '@/utils/simplify/rewrite-service';
import type { RewritePortBGtoCS } from '@/utils/messaging/rewrite-port';
import { startMockEngine } from '../mock-engines';
import type { OpenAiMockOptions } from '../mock-engines/openai';

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
/** Key-facts recall and precision per page language (primary subtag), for the per-language rules. */
const byLang = new Map<string, { pages: number; annotated: number; recalled: number; extracted: number; precise: number }>();
/** German articles with something to check, for the rewrite's fact check against the loopback engine. */
const rewriteArticles: { slug: string; article: Article }[] = [];

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
  if (german && article.readerable) rewriteArticles.push({ slug, article });
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
    const lang = article.lang.toLowerCase().split('-')[0] || '?';
    const l = byLang.get(lang) ?? { pages: 0, annotated: 0, recalled: 0, extracted: 0, precise: 0 };
    l.pages++;
    l.annotated += s.annotated;
    l.recalled += s.recalled;
    l.extracted += s.extracted;
    l.precise += s.precise;
    byLang.set(lang, l);
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
console.log('\n| lang | annotated pages | facts recall | facts precision |\n|---|---|---|---|');
for (const [lang, l] of [...byLang].sort((x, y) => y[1].pages - x[1].pages))
  console.log(`| ${lang} | ${l.pages} | ${l.recalled}/${l.annotated} = ${pct(l.recalled, l.annotated)} | ${l.precise}/${l.extracted} = ${pct(l.precise, l.extracted)} |`);
console.log(
  `Time per page: simplify (card + scores + simpler words) ${(totals.ms / totals.pages).toFixed(1)} ms, extraction ${(totals.extractMs / totals.pages).toFixed(1)} ms (Node ${process.version}, jsdom).`,
);

/**
 * The rewrite's fact check on the loopback OpenAI-compatible engine (real SSE
 * wire format): a faithful rewrite must pass, an adversarial one (the first
 * amount, date or phone number changed, a date invented) must be flagged with
 * exactly that change.
 */
const mock: OpenAiMockOptions = { streamChunkMs: 0 };
const llm = await startMockEngine('openai', mock);
const config = { engine: 'openai' as const, baseUrl: llm.baseUrl, model: 'bench' };
async function rewriteOnce(article: Article): Promise<{ ms: number; done?: Extract<RewritePortBGtoCS, { type: 'bg-cs-rewrite-done' }> }> {
  const posted: RewritePortBGtoCS[] = [];
  let listener: (m: { type: 'cs-bg-rewrite'; article: Article }) => void = () => undefined;
  const ended = new Promise<void>((resolve) => {
    serveRewritePort(
      {
        post: (m) => {
          posted.push(m);
          if (m.type === 'bg-cs-rewrite-done' || m.type === 'bg-cs-rewrite-failed') resolve();
        },
        onMessage: (l) => void (listener = l),
        onDisconnect: () => undefined,
        disconnect: () => undefined,
      },
      { config: () => Promise.resolve(config), fetchFn: fetch },
    );
  });
  const t0 = performance.now();
  listener({ type: 'cs-bg-rewrite', article });
  await ended;
  const done = posted.find((m) => m.type === 'bg-cs-rewrite-done');
  return { ms: performance.now() - t0, done: done?.type === 'bg-cs-rewrite-done' ? done : undefined };
}
const check = { pages: 0, faithfulOk: 0, adversarial: 0, caught: 0, ms: 0 };
const missed: string[] = [];
for (const { slug, article } of rewriteArticles) {
  delete mock.rewrite;
  const faithful = await rewriteOnce(article);
  check.pages++;
  check.ms += faithful.ms;
  if (faithful.done?.facts.ok) check.faithfulOk++;
  // Change the last digit of the first amount, date or phone number of the text sent, and invent a date.
  let changed = '';
  let into = '';
  mock.rewrite = (source) => {
    const match = /\d+,\d{2}\s?(?:Euro|€)|\b\d{1,2}\.\d{1,2}\.\d{4}\b|\b0\d{3,4}\s\d{3,}/u.exec(source);
    changed = match ? match[0] : '';
    into = match ? match[0].replace(/\d(?=\D*$)/u, (d) => String((Number(d) + 1) % 10)) : '';
    // Every occurrence: a value the text repeats must not survive elsewhere.
    return `${match ? source.split(match[0]).join(into) : source}\nBitte kommen Sie am 29.02.2028.`;
  };
  const bad = await rewriteOnce(article);
  check.adversarial++;
  const facts = bad.done?.facts;
  const invented = facts?.invented.map((f) => f.text) ?? [];
  const flaggedChange = !changed || (facts?.dropped.some((f) => f.text.includes(changed)) && invented.some((t) => t.includes(into)));
  if (facts && !facts.ok && invented.includes('29.02.2028') && flaggedChange) check.caught++;
  else missed.push(`${slug} (${changed} → ${into}: dropped ${JSON.stringify(facts?.dropped.map((f) => f.text))}, invented ${JSON.stringify(invented)})`);
}
await llm.close();
for (const miss of missed) console.log(`  not caught: ${miss}`);
console.log(
  `\nRewrite fact check on the loopback engine (SSE) over ${check.pages} German pages: faithful rewrites passed ${check.faithfulOk}/${check.pages}, adversarial rewrites (changed amount/date/phone, invented date) caught ${check.caught}/${check.adversarial}; ${(check.ms / Math.max(1, check.pages)).toFixed(1)} ms per streamed rewrite and check.`,
);
