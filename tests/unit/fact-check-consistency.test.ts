/**
 * The fact check never accuses a faithful text: over every German golden page
 * (as the rewrite sends it), the text itself and the loopback engine's
 * faithful "rewrite" (every line kept, a marker word before it) have nothing
 * dropped or invented — including address lines the extraction glued
 * together ("Bahnhofstraße 3036304 Oberwiesen").
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { fakeRewrite } from '../mock-engines/openai';
import { extractArticle } from '@/utils/extract/extract-article';
import { checkFacts } from '@/utils/simplify/fact-check';
import { extractKeyFacts } from '@/utils/simplify/key-facts';
import { rewriteSource } from '@/utils/simplify/rewrite-source';

const PAGES = join(__dirname, '../fixtures/pages');
const slugs = readdirSync(PAGES).filter((slug) => existsSync(join(PAGES, slug, 'source.html')));

describe('fact check on faithful texts', () => {
  it('accepts a glued address line copied as it is', () => {
    const line = 'Kreishaus, Zimmer E 12Bahnhofstraße 3036304 Oberwiesen';
    expect(checkFacts(line, `Einfach gesagt: ${line}`)).toEqual({ ok: true, dropped: [], invented: [] });
  });

  it.each(slugs)('%s', (slug) => {
    const { document, window } = parseHtml(readFileSync(join(PAGES, slug, 'source.html'), 'utf8'));
    const article = extractArticle(document, { win: window });
    if (!/^de(-|$)/u.test(article.lang) || !article.readerable) return;
    const source = rewriteSource(article, () => extractKeyFacts(article)).text;
    expect(checkFacts(source, source).ok).toBe(true);
    expect(checkFacts(source, fakeRewrite(source))).toEqual({ ok: true, dropped: [], invented: [] });
  });
});
