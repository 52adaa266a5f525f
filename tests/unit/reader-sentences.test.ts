import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/utils/reader/sentences';

const texts = (text: string, lang = 'de') => splitSentences(text, lang).map((s) => s.text);

describe('splitSentences', () => {
  it('splits at full stops, question and exclamation marks', () => {
    expect(texts('Das Amt ist zu. Kommen Sie morgen? Ja!')).toEqual(['Das Amt ist zu.', 'Kommen Sie morgen?', 'Ja!']);
  });

  it('keeps German abbreviations, ordinals and initials inside the sentence', () => {
    expect(
      texts(
        'Bringen Sie z. B. Ihren Ausweis mit. Am 1. Januar ist geschlossen. Das Büro ist in der Zerbster Str. 4. ' +
          'Tel. 0340 204-2901 hilft. Herr Hans M. Müller i. d. R. auch.',
      ),
    ).toEqual([
      'Bringen Sie z. B. Ihren Ausweis mit.',
      'Am 1. Januar ist geschlossen.',
      'Das Büro ist in der Zerbster Str. 4.',
      'Tel. 0340 204-2901 hilft.',
      'Herr Hans M. Müller i. d. R. auch.',
    ]);
  });

  it('does not glue sentences that end in an ordinary word', () => {
    expect(texts('Das ist so. Danach geht es weiter.')).toEqual(['Das ist so.', 'Danach geht es weiter.']);
  });

  it('returns offsets that find each sentence in the source text', () => {
    const text = '  Erster Satz.   Zweiter  Satz!\n Dritter';
    for (const span of splitSentences(text, 'de')) expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(texts(text)).toEqual(['Erster Satz.', 'Zweiter  Satz!', 'Dritter']);
  });

  it('copes with other scripts and unknown language tags', () => {
    expect(texts('مرحبا بكم. كيف حالك؟', 'ar')).toHaveLength(2);
    expect(texts('One. Two.', 'not a tag!')).toEqual(['One.', 'Two.']);
    expect(texts('   ')).toEqual([]);
  });
});
