import { describe, expect, it } from 'vitest';
import { contentTokens, rankSentences, similarity, summarize } from '@/utils/simplify/textrank';

const input = (texts: string[]) => texts.map((text, i) => ({ text, blockId: `b${i}`, blockIndex: i }));

describe('TextRank', () => {
  it('drops stopwords but keeps city-page content words such as Uhr and Tag', () => {
    expect(contentTokens('Die Anmeldung ist am Tag bis 12 Uhr möglich.')).toEqual(['anmeldung', 'tag', '12', 'uhr', 'möglich']);
  });

  it('measures overlap normalised by length (Mihalcea–Tarau), joining inflected forms', () => {
    const a = contentTokens('Die Gebühren für die Anmeldung zahlen Sie bar.');
    const b = contentTokens('Die Gebühr für eine Anmeldung beträgt zehn Euro.');
    const c = contentTokens('Der Park hat einen schönen Spielplatz mit Rutsche.');
    expect(similarity(a, b)).toBeGreaterThan(0);
    expect(similarity(a, c)).toBe(0);
    expect(similarity(a, b)).toBeCloseTo(2 / (Math.log(a.length) + Math.log(b.length)), 6);
  });

  it('ranks the sentence the others agree with above an unrelated one', () => {
    const sentences = input([
      'Im Stadtpark blühen im Frühling viele bunte Blumen und Bäume.',
      'Die Anmeldung der Wohnung erfolgt im Bürgerbüro der Stadt.',
      'Für die Anmeldung der Wohnung brauchen Sie einen Termin im Bürgerbüro.',
      'Die Wohnung melden Sie innerhalb von zwei Wochen im Bürgerbüro an.',
    ]);
    const ranked = rankSentences(sentences, { positionWeight: 0, keywordWeight: 0 });
    expect(ranked.at(-1)!.blockId).toBe('b0');
  });

  it('adds a position and a municipal-keyword bonus', () => {
    const same = input(['Hier steht ein ganz gewöhnlicher Satz ohne Bezug.', 'Hier steht noch ein gewöhnlicher Satz ohne Bezug.']);
    expect(rankSentences(same)[0]!.blockId).toBe('b0');
    const keyword = input(['Hier steht ein ganz gewöhnlicher Satz ohne Bezug.', 'Die Gebühr und die Frist für den Antrag stehen hier.']);
    expect(rankSentences(keyword, { positionWeight: 0 })[0]!.blockId).toBe('b1');
  });

  it('returns the top k in reading order', () => {
    const sentences = input([
      'Die Anmeldung der Wohnung erfolgt im Bürgerbüro.',
      'Im Stadtpark blühen viele Blumen.',
      'Für die Anmeldung der Wohnung brauchen Sie einen Termin.',
      'Die Gebühr für die Anmeldung der Wohnung ist null Euro.',
    ]);
    const top = summarize(sentences, 2);
    expect(top).toHaveLength(2);
    expect(top[0]!.index).toBeLessThan(top[1]!.index);
    expect(top.map((s) => s.blockId)).not.toContain('b1');
  });

  it('handles empty input', () => {
    expect(summarize([], 3)).toEqual([]);
  });
});
