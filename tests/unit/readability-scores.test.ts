import { describe, expect, it } from 'vitest';
import { blockScores, fleschBand, readabilityScores } from '@/utils/simplify/readability';

// Test vectors from the reference (apis-and-plain-language.md §3.3).
const A =
  'Die Beantragung eines Aufenthaltstitels ist unter Vorlage der erforderlichen Unterlagen persönlich bei der zuständigen Ausländerbehörde vorzunehmen.';
const B =
  'Sie wollen in Deutschland bleiben? Dann brauchen Sie einen Aufenthalts-Titel. Gehen Sie zur Ausländer-Behörde. Bringen Sie Ihre Papiere mit.';

describe('readabilityScores', () => {
  it('reproduces test vector A (W 16, S 1, Syl 47, FRE −7.8, WSTF1 19.0, LIX 72.3)', () => {
    const s = readabilityScores(A, 'de');
    expect([s.words, s.sentences, s.syllables]).toEqual([16, 1, 47]);
    expect(s.fleschDe).toBeCloseTo(-7.8, 1);
    expect(s.wstf1).toBeCloseTo(19.0, 1);
    expect(s.lix).toBeCloseTo(72.3, 1);
    expect(s.fleschBand).toBe('very-hard');
  });

  it('reproduces test vector B (W 21, S 4, Syl 38, FRE 68.9, WSTF1 7.4, LIX 43.3)', () => {
    const s = readabilityScores(B, 'de');
    expect([s.words, s.sentences, s.syllables]).toEqual([21, 4, 38]);
    expect(s.fleschDe).toBeCloseTo(68.9, 1);
    expect(s.wstf1).toBeCloseTo(7.4, 1);
    expect(s.lix).toBeCloseTo(43.3, 1);
    expect(s.fleschBand).toBe('medium');
  });

  it('gives only LIX for non-German text', () => {
    const s = readabilityScores('This is a short sentence. Another one follows here.', 'en');
    expect(s.fleschDe).toBeUndefined();
    expect(s.wstf1).toBeUndefined();
    // 9 words, 2 sentences, 3 longer than six letters (sentence, Another, follows).
    expect(s.lix).toBeCloseTo(9 / 2 + (100 * 3) / 9, 1);
  });

  it('handles text without words', () => {
    expect(readabilityScores('   123 ', 'de')).toMatchObject({ words: 0, lix: 0 });
  });

  it('maps scores to the German bands at their edges', () => {
    expect([29.9, 30, 50, 60, 70, 80, 90].map(fleschBand)).toEqual([
      'very-hard', 'hard', 'fairly-hard', 'medium', 'fairly-easy', 'easy', 'very-easy',
    ]);
  });

  it('scores each block on its own', () => {
    const map = blockScores([{ id: 'b0', text: A }, { id: 'b1', text: B }, { id: 'b2', text: 'Hello world.', lang: 'en' }], 'de');
    expect(map.get('b0')!.fleschDe).toBeLessThan(map.get('b1')!.fleschDe!);
    expect(map.get('b2')!.fleschDe).toBeUndefined();
  });
});
