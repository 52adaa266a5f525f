import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/utils/simplify/sentences';
import { glossaryDe } from '@/utils/simplify/glossary-de';
import { buildGlossaryIndex, findGlossaryTerms, plainFor, simplerWords } from '@/utils/simplify/glossary-match';

const entries = glossaryDe();
const index = buildGlossaryIndex(entries);
const termsIn = (text: string) => findGlossaryTerms(text, index).map((m) => `${m.text}=${m.entry.term}/${m.form}`);

describe('the glossary data', () => {
  it('has at least 200 distinct terms with short explanations', () => {
    expect(new Set(entries.map((e) => e.term.toLowerCase())).size).toBe(entries.length);
    expect(entries.length).toBeGreaterThanOrEqual(200);
    for (const e of entries) {
      expect(e.explanation, e.term).toMatch(/\.$/u);
      const sentences = splitSentences(e.explanation).length;
      expect(sentences, e.term).toBeLessThanOrEqual(2);
      expect(e.explanation.length, e.term).toBeLessThan(140);
    }
  });

  it.each(['Meldebescheinigung', 'Aufenthaltstitel', 'Anmeldung', 'Lichtbild', 'Antragsteller', 'Vorsprache', 'Bescheid', 'Widerspruch', 'Frist', 'Gebühr', 'Personenstandsurkunde'])(
    'explains %s',
    (term) => {
      expect(entries.some((e) => e.term === term)).toBe(true);
    },
  );

  it('never calls its output Leichte Sprache', () => {
    expect(entries.some((e) => /leichte sprache/iu.test(e.explanation))).toBe(false);
  });
});

describe('findGlossaryTerms', () => {
  it('finds inflected forms', () => {
    expect(termsIn('Die Gebühren des Bescheides und zwei Meldebescheinigungen.')).toEqual([
      'Gebühren=Gebühr/inflected',
      'Bescheides=Bescheid/inflected',
      'Meldebescheinigungen=Meldebescheinigung/inflected',
    ]);
  });

  it('undoes umlaut plurals', () => {
    expect(termsIn('Alle Anträge')).toEqual(['Anträge=Antrag/inflected']);
  });

  it('prefers the longest term and finds compound heads', () => {
    expect(termsIn('Die Widerspruchsfrist und die Erstanmeldung')).toEqual([
      'Widerspruchsfrist=Widerspruchsfrist/base',
      'Erstanmeldung=Anmeldung/compound',
    ]);
  });

  it('does not read a different head into a compound', () => {
    expect(termsIn('Die Parkanlage und der Stadthaushalt')).toEqual([]);
  });

  it('matches only whole words', () => {
    expect(termsIn('Fristlos, Gebührlich, Bescheidenheit')).toEqual([]);
  });
});

describe('simpler words', () => {
  it('replaces base forms that have a safe plain word, keeping the case', () => {
    const { text, replaced } = simplerWords('Bringen Sie ein Lichtbild und Ihre Unterlagen mit. Lichtbild: biometrisch.', index);
    expect(text).toBe('Bringen Sie ein Foto und Ihre Papiere mit. Foto: biometrisch.');
    expect(replaced).toBe(3);
  });

  it('leaves inflected forms and terms without a safe replacement alone', () => {
    const { text } = simplerWords('Die Lichtbilder und der Bescheid.', index);
    expect(text).toBe('Die Lichtbilder und der Bescheid.');
  });

  it('gives a plain word only for the base form', () => {
    const [inflected] = findGlossaryTerms('Reisepässe', index);
    expect(inflected && plainFor(inflected)).toBeUndefined();
    const [base] = findGlossaryTerms('Reisepass', index);
    expect(plainFor(base!)).toBe('Pass');
  });
});
