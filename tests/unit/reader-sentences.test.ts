import { describe, expect, it } from 'vitest';
import { speakable, splitSentences, splitTexts } from '@/utils/reader/sentences';

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

describe('splitTexts (the background side of cs-bg-sentences)', () => {
  it('splits each text in its language and answers malformed input with nothing', () => {
    expect(
      splitTexts([{ text: 'Das ist eins. Bringen Sie z. B. den Pass mit.', lang: 'de' }, { text: 'يجب عليك التسجيل. أحضر هويتك.', lang: 'ar' }]).map((s) => s.map((x) => x.text)),
    ).toEqual([
      ['Das ist eins.', 'Bringen Sie z. B. den Pass mit.'],
      ['يجب عليك التسجيل.', 'أحضر هويتك.'],
    ]);
    expect(splitTexts('x')).toEqual([]);
    expect(splitTexts([null, { text: 3, lang: 'de' }])).toEqual([[], []]);
  });
});

describe('speakable (what the voice gets)', () => {
  it('reads phone and fax numbers digit by digit in their groups, not as thousands', () => {
    expect(speakable('05678 912-480')).toBe('0 5 6 7 8, 9 1 2, 4 8 0');
    expect(speakable('Tel. 0340 204-2901 oder +49 (0)340 204-2902.')).toBe('Tel. 0 3 4 0, 2 0 4, 2 9 0 1 oder + 4 9, 3 4 0, 2 0 4, 2 9 0 2.');
    expect(speakable('Fax: 05678/912-499')).toBe('Fax: 0 5 6 7 8, 9 1 2, 4 9 9');
  });

  it('leaves postcodes, dates, times, amounts and short spans alone', () => {
    for (const text of ['06844 Dessau-Roßlau', 'am 01.02.2026', 'von 08:00 bis 12:00 Uhr', '08 - 12 Uhr', '1.000,00 Euro', 'im Jahr 2026']) {
      expect(speakable(text)).toBe(text);
    }
  });

  it('is what splitTexts answers, while the offsets still point at the number as written', () => {
    const text = 'Rufen Sie an: 05678 912-480. Danke.';
    const [first] = splitTexts([{ text, lang: 'de' }])[0]!;
    expect(first!.text).toBe('Rufen Sie an: 0 5 6 7 8, 9 1 2, 4 8 0.');
    expect(text.slice(first!.start, first!.end)).toBe('Rufen Sie an: 05678 912-480.');
  });
});
