/**
 * Guards the golden corpus itself (tests/fixtures/pages): every expectation
 * must be checkable against its own page, and the generated large page must
 * match its generator. The extractor's results on the corpus are checked in
 * golden-corpus.test.ts; this file only keeps the corpus honest.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { candidateSentences, guessCms } from '../tools/add-case';
import { checkCase, pageText, readerText, type Expected } from '../tools/check-fixtures';
import { buildLargePage } from '../tools/generate-large-page';

const PAGES = join(__dirname, '../fixtures/pages');
const slugs = readdirSync(PAGES).filter((s) => existsSync(join(PAGES, s, 'expected.json'))).sort();
const load = (slug: string) => ({
  html: readFileSync(join(PAGES, slug, 'source.html'), 'utf8'),
  expected: JSON.parse(readFileSync(join(PAGES, slug, 'expected.json'), 'utf8')) as Expected,
});

describe('golden corpus', () => {
  it('has at least 32 cases', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(32);
  });

  it.each(slugs)('%s: every expectation can be checked against the page', (slug) => {
    expect(checkCase(join(PAGES, slug))).toEqual([]);
  });

  it.each(slugs)('%s: the page carries the fingerprint of the CMS it claims', (slug) => {
    const { html, expected } = load(slug);
    expect(guessCms(html)).toBe(expected.cms);
  });

  it('covers the CMSes, page types and consent managers the extractor must handle', () => {
    const all = slugs.map(load);
    const cmses = new Set(all.map((c) => c.expected.cms));
    for (const cms of ['typo3', 'gsb', 'ikiss', 'sitepark-ies', 'nolis', 'drupal', 'wordpress']) expect(cmses).toContain(cms);
    const types = new Set(all.map((c) => c.expected.type));
    for (const type of ['news-detail', 'service', 'event', 'downloads', 'faq', 'easy-language', 'listing', 'search-results']) {
      expect(types).toContain(type);
    }
    // Real ids of each consent manager's banner as it renders into the page.
    for (const marker of ['CybotCookiebotDialog', 'BorlabsCookieBox', 'usercentrics-root', 'id="klaro"', 'ccm-widget', 'onetrust-banner-sdk']) {
      expect(all.some((c) => c.html.includes(marker)), marker).toBe(true);
    }
    expect(all.some((c) => c.expected.lang === 'en')).toBe(true);
    expect(all.some((c) => Buffer.byteLength(c.html) > 1024 * 1024)).toBe(true);
  });

  it('the large page is what its generator writes', () => {
    const committed = readFileSync(join(PAGES, 'typo3-steinbrueck-bewohnerparkausweis-large/source.html'), 'utf8');
    expect(buildLargePage()).toBe(committed);
  });
});

describe('corpus tools', () => {
  it('pageText keeps hidden answers and separates blocks', () => {
    const text = pageText('<body><p>Eins</p><details><summary>Frage</summary><p hidden>Antwort</p></details><script>x()</script></body>');
    expect(text).toBe('Eins Frage Antwort');
  });

  it('readerText drops link hints glued into sentences', () => {
    expect(readerText('beim Projekt Opens external link in new windowWeltoffene Kommune')).toBe('beim Projekt Weltoffene Kommune');
    expect(readerText('das Formular (Link öffnet in neuem Fenster) .')).toBe('das Formular.');
  });

  it('checkCase reports expectations the page cannot back', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leselotse-case-'));
    try {
      writeFileSync(join(dir, 'source.html'), '<html lang="de"><body><nav>Startseite</nav><h1>Hundesteuer</h1><p>Wer einen Hund hält, zahlt Steuer.</p></body></html>');
      const expected = { title: 'Hundesteuer', lang: 'de', readerable: true, cms: 'typo3', type: 'service',
        with: ['Wer einen Hund hält, zahlt Steuer.', 'Nicht auf der Seite', 'Hundesteuer'],
        without: ['Startseite', 'Impressum', 'Hund', 'a', 'b'] };
      writeFileSync(join(dir, 'expected.json'), JSON.stringify(expected));
      const problems = checkCase(dir);
      expect(problems).toContain('with not in page: Nicht auf der Seite');
      expect(problems).toContain('without not in page (the check could never fail): Impressum');
      expect(problems.some((p) => p.startsWith('without "Hund" is part of kept text'))).toBe(true);
      expect(problems.some((p) => p.includes('Startseite'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('guessCms names unknown pages unknown', () => {
    expect(guessCms('<html><head><title>x</title></head><body><p>Hallo</p></body></html>')).toBe('unknown');
  });

  it('candidateSentences returns the first long sentences, each once', () => {
    const text = 'Kurz. Die Anmeldung muss innerhalb von zwei Wochen erfolgen, sonst droht ein Bußgeld.\nDie Anmeldung muss innerhalb von zwei Wochen erfolgen, sonst droht ein Bußgeld. Bitte bringen Sie Ihren Personalausweis oder Reisepass mit.';
    expect(candidateSentences(text, 5)).toEqual([
      'Die Anmeldung muss innerhalb von zwei Wochen erfolgen, sonst droht ein Bußgeld.',
      'Bitte bringen Sie Ihren Personalausweis oder Reisepass mit.',
    ]);
    expect(candidateSentences(text, 1)).toHaveLength(1);
  });
});
