import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { extractArticle } from '@/utils/extract/extract-article';

const dir = join(__dirname, '../fixtures/pages/seed-dessau-rosslau');
const html = readFileSync(join(dir, 'source.html'), 'utf8');
const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as {
  title: string;
  with: string[];
  without: string[];
};

describe('extractArticle on the seed page', () => {
  const { document, window } = parseHtml(html, 'https://www.dessau-rosslau.example/integration/weltoffene-kommune');
  const before = document.documentElement.outerHTML;
  const article = extractArticle(document, { win: window });

  it('finds the title and says the page is readerable', () => {
    expect(article.title).toBe(expected.title);
    expect(article.readerable).toBe(true);
    expect(article.lang).toBe('de');
    expect(article.dir).toBe('ltr');
  });

  it.each(expected.with)('keeps "%s"', (text) => {
    expect(article.text).toContain(text);
  });

  it.each(expected.without)('drops "%s"', (text) => {
    expect(article.text).not.toContain(text);
    expect(article.html).not.toContain(text);
  });

  it('never changes the page', () => {
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('splits the article into typed blocks with stable ids', () => {
    expect(article.blocks.length).toBeGreaterThanOrEqual(3);
    expect(article.blocks.map((b) => b.id)).toEqual(article.blocks.map((_, i) => `b${i}`));
    expect(article.blocks.every((b) => b.text.length > 0)).toBe(true);
  });
});

describe('extractArticle on a page whose form clobbers DOM methods', () => {
  const filler = 'Die Meldebehörde bearbeitet Ihren Antrag innerhalb von zwei Wochen und schickt Ihnen den Bescheid per Post. ';
  const html = `<!doctype html><html lang="de"><head><title>Anmeldung</title></head><body><main><h1>Anmeldung</h1>
    <p>${filler.repeat(4)}</p><form action="/x"><img name="getElementsByTagName"><input name="firstChild"><input name="querySelectorAll">
    <p>${filler.repeat(3)}</p></form></main></body></html>`;
  it('still reads the article (the clobbered form is unwrapped in the clone only)', () => {
    const { document, window } = parseHtml(html);
    const before = document.documentElement.outerHTML;
    const article = extractArticle(document, { win: window });
    expect(article.readerable).toBe(true);
    expect(article.text).toContain('Die Meldebehörde bearbeitet Ihren Antrag');
    expect(document.documentElement.outerHTML).toBe(before);
  });
});
