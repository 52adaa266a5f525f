/**
 * The extraction benchmark's scoring (trafilatura's with/without counts, token F1):
 * layout differences between extractors (whitespace, soft hyphens) do not count.
 */
import { describe, expect, it } from 'vitest';
import { countWithWithout, tokenF1 } from '../bench/extract-score';

describe('extraction benchmark scoring', () => {
  it('counts with and without strings as trafilatura does', () => {
    expect(countWithWithout('Die Gebühr beträgt 5 Euro. Teilen', ['Gebühr beträgt 5 Euro', 'Ausweis'], ['Teilen', 'Drucken'])).toEqual({ tp: 1, fn: 1, fp: 1, tn: 1 });
    expect(countWithWithout(undefined, ['a', 'b'], ['c'])).toEqual({ tp: 0, fn: 2, fp: 0, tn: 1 });
  });

  it('takes whitespace and soft hyphens as layout, on both sides', () => {
    const annotated = 'die Kern\u00adwer\u00adte   der Stadt';
    expect(countWithWithout('Sie nennt die Kernwerte der Stadt.', [annotated], []).tp).toBe(1);
    expect(countWithWithout('Sie nennt die Kern\u00adwerte\nder Stadt.', ['die Kernwerte der Stadt'], []).tp).toBe(1);
    expect(tokenF1('die Kernwerte der Stadt', 'die Kern\u00adwer\u00adte der Stadt').f1).toBe(1);
    // Other characters still count.
    expect(countWithWithout('die Kern-werte der Stadt', ['die Kernwerte der Stadt'], []).tp).toBe(0);
  });
});
