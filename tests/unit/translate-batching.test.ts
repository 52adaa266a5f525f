/** Batching within engine limits and sentence-boundary splitting. */
import { describe, expect, it } from 'vitest';
import { fitsWhole, itemBytes, packBatches, toUnits } from '@/utils/translate/batching';
import { joinPieces, splitSentences, splitToFit, utf8Bytes } from '@/utils/translate/text-split';
import { ENGINES } from '@/utils/translate/engines';

describe('splitSentences', () => {
  it('splits at sentence ends but not after German abbreviations or ordinals', () => {
    const text = 'Bitte bringen Sie z. B. Ihren Pass mit. Das Amt ist am 3. Mai geschlossen. Fragen? Tel. 0340 204-0.';
    expect(splitSentences(text)).toEqual([
      'Bitte bringen Sie z. B. Ihren Pass mit. ',
      'Das Amt ist am 3. Mai geschlossen. ',
      'Fragen? ',
      'Tel. 0340 204-0.',
    ]);
  });
});

describe('splitToFit', () => {
  const fits500 = (s: string) => utf8Bytes(s) <= 500;

  it('packs whole sentences up to the limit and rejoins to the same text', () => {
    const text = 'Für die Ummeldung brauchen Sie einen Termin im Bürgerbüro. '.repeat(20).trim();
    const pieces = splitToFit(text, fits500);
    expect(pieces.length).toBeGreaterThan(1);
    for (const p of pieces) expect(fits500(p)).toBe(true);
    expect(joinPieces(pieces)).toBe(text);
  });

  it('cuts a single over-long sentence at word boundaries', () => {
    const text = 'Wort '.repeat(300).trim();
    const pieces = splitToFit(text, fits500);
    for (const p of pieces) expect(fits500(p)).toBe(true);
    expect(pieces.join('')).toBe(text);
  });

  it('cuts a word without spaces by code points without breaking surrogate pairs', () => {
    const text = '😀'.repeat(300);
    const pieces = splitToFit(text, fits500);
    for (const p of pieces) expect(fits500(p)).toBe(true);
    expect(pieces.join('')).toBe(text);
  });
});

describe('packBatches', () => {
  const texts = Array.from({ length: 130 }, (_, i) => `Absatz ${i}`);

  it('keeps Google batches at ≤ 128 segments', () => {
    const limits = ENGINES.google.limits({ engine: 'google' });
    const batches = packBatches(toUnits(texts, limits), limits);
    expect(batches.map((b) => b.units.length)).toEqual([128, 2]);
  });

  it('makes the first batch small for a fast first screen', () => {
    const limits = ENGINES.deepl.limits({ engine: 'deepl' });
    const batches = packBatches(toUnits(texts, limits), limits, { firstBatchItems: 4 });
    expect(batches.map((b) => b.units.length)).toEqual([4, 50, 50, 26]);
  });

  it('closes a batch before it would pass the byte limit', () => {
    const big = Array.from({ length: 10 }, () => 'ä'.repeat(30_000));
    const limits = ENGINES.deepl.limits({ engine: 'deepl' });
    const batches = packBatches(toUnits(big, limits), limits);
    for (const batch of batches) expect(batch.units.reduce((n, u) => n + itemBytes(u.text), 0)).toBeLessThanOrEqual(limits.maxBytes);
    expect(batches.flatMap((b) => b.units).length).toBe(10);
  });

  it('splits items over the per-item limit and remembers where each piece belongs', () => {
    const limits = ENGINES.mymemory.limits({ engine: 'mymemory' });
    const long = 'Dies ist ein Satz über die Kita-Anmeldung in der Stadt. '.repeat(30);
    const units = toUnits(['kurz', long], limits);
    expect(units[0]).toEqual({ textIndex: 0, piece: 0, text: 'kurz' });
    const pieces = units.filter((u) => u.textIndex === 1);
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.map((u) => u.piece)).toEqual(pieces.map((_, i) => i));
    for (const u of pieces) expect(utf8Bytes(u.text)).toBeLessThanOrEqual(500);
    expect(packBatches(units, limits).every((b) => b.units.length === 1)).toBe(true);
  });

  it('fitsWhole honours per-item limits', () => {
    expect(fitsWhole('a'.repeat(501), { maxItems: 1, maxBytes: 2048, maxBytesPerItem: 500 })).toBe(false);
    expect(fitsWhole('a'.repeat(500), { maxItems: 1, maxBytes: 2048, maxBytesPerItem: 500 })).toBe(true);
  });
});
