import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { extractArticle } from '@/utils/extract/extract-article';
import { analyzeArticle } from '@/utils/simplify/analyze';
import { glossaryDe } from '@/utils/simplify/glossary-de';
import { buildGlossaryIndex, findGlossaryTerms, plainFor } from '@/utils/simplify/glossary-match';
import { findGlossaryWords } from '@/utils/simplify/glossary-words';
import { extractKeyFacts } from '@/utils/simplify/key-facts';

const page = (slug: string) => {
  const html = readFileSync(join(__dirname, '../fixtures/pages', slug, 'source.html'), 'utf8');
  const { document, window } = parseHtml(html, `https://www.stadt.example/${slug}`);
  return extractArticle(document, { win: window });
};

describe('analyzeArticle (run in the background for the reader)', () => {
  const article = page('gsb-weserfurt-personalausweis');
  const analysis = analyzeArticle(article);

  it('gives the same key facts as the offline extractor', () => {
    expect(analysis.facts).toEqual(extractKeyFacts(article));
    expect(analysis.facts.fees.length).toBeGreaterThan(0);
  });

  it('sends the glossary words as written, and the reader marks exactly what the full matcher finds', () => {
    const full = buildGlossaryIndex(glossaryDe());
    const words = new Map(analysis.words.map((w) => [w.word, w]));
    expect(analysis.words.length).toBeGreaterThan(0);
    for (const block of article.blocks) {
      const expected = findGlossaryTerms(block.text, full).map((m) => [m.start, m.end, m.entry.term, plainFor(m)]);
      const marked = findGlossaryWords(block.text, words).map((m) => [m.start, m.end, m.word.term, m.word.plain]);
      expect(marked).toEqual(expected);
    }
  });

  it('survives structured cloning (it crosses the message channel)', () => {
    expect(structuredClone(analysis)).toEqual(analysis);
  });

  it('finds no glossary terms in a non-German article', () => {
    expect(analyzeArticle(page('typo3-lindenhain-english-registration')).words).toEqual([]);
  });
});
