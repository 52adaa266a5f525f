import { describe, expect, it } from 'vitest';
import { checkFacts } from '@/utils/simplify/fact-check';
import { findFacts } from '@/utils/simplify/fact-patterns';

const SOURCE = [
  'Die Anmeldung ist innerhalb von zwei Wochen nach dem Einzug Pflicht.',
  'Die Gebühr für eine Meldebescheinigung beträgt 10,00 €, der Personalausweis kostet 37,00 €.',
  'Das Bürgeramt in der Zerbster Straße 4, 06844 Dessau-Roßlau, ist montags von 8.00 bis 12.00 Uhr geöffnet.',
  'Am 3. Oktober 2025 bleibt es geschlossen. Zimmer 489.',
  'Tel. 0340 204-2901, E-Mail: integrationsbuero@dessau-rosslau.de, Termine unter www.dessau-rosslau.de/termine.',
].join('\n');

const kinds = (facts: { kind: string; text: string }[]) => facts.map((f) => `${f.kind}:${f.text}`);

describe('checkFacts', () => {
  it('accepts a faithful rewrite with other number formats', () => {
    const output = [
      'Sie müssen sich in zwei Wochen anmelden.',
      'Eine Meldebescheinigung kostet 10 Euro. Ein Personalausweis kostet 37 Euro.',
      'Das Bürgeramt ist in der Zerbster Str. 4 in 06844 Dessau-Roßlau. Es hat am Montag von 8:00 bis 12:00 Uhr offen.',
      'Am 03.10.2025 ist es zu. Gehen Sie in Zimmer 489.',
      'Telefon: 0340 2042901. E-Mail: Integrationsbuero@dessau-rosslau.de. Termine: https://www.dessau-rosslau.de/termine/',
    ].join(' ');
    const result = checkFacts(SOURCE, output);
    expect(kinds(result.invented)).toEqual([]);
    expect(kinds(result.dropped)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it.each([
    ['changed digits in a fee', 'Der Personalausweis kostet 73,00 €.', 'amount:73,00 €'],
    ['an invented date', 'Am 4. Oktober 2025 ist es zu.', 'date:4. Oktober 2025'],
    ['an invented year for a known day', 'Am 3. Oktober 2026 ist es zu.', 'date:3. Oktober 2026'],
    ['swapped phone digits', 'Rufen Sie 0340 204-2910 an.', 'phone:0340 204-2910'],
    ['an invented street number', 'Gehen Sie in die Zerbster Straße 14.', 'street:Zerbster Straße 14'],
    ['a changed e-mail', 'Schreiben Sie an integrationsbüro@dessau-rosslau.de.', 'email:integrationsbüro@dessau-rosslau.de'],
    ['a changed time', 'Offen von 8:30 Uhr an.', 'time:8:30 Uhr'],
    ['a changed URL', 'Termine unter www.dessau-rosslau.de/termin.', 'url:www.dessau-rosslau.de/termin'],
    ['a changed room number', 'Gehen Sie in Zimmer 498.', 'number:498'],
  ])('flags %s as invented', (_name, output, fact) => {
    const result = checkFacts(SOURCE, output, { mustKeep: [] });
    expect(result.ok).toBe(false);
    expect(kinds(result.invented)).toContain(fact);
  });

  it('reports a lost fee as dropped', () => {
    const output = SOURCE.replace('der Personalausweis kostet 37,00 €', 'der Personalausweis kostet Geld');
    const result = checkFacts(SOURCE, output);
    expect(kinds(result.dropped)).toEqual(['amount:37,00 €']);
    expect(result.invented).toEqual([]);
  });

  it('reports dropped key facts only for what must be kept', () => {
    const keyFacts = ['Die Gebühr beträgt 10,00 €.', 'Tel. 0340 204-2901'];
    const output = 'Eine Meldebescheinigung kostet 10 Euro.';
    const result = checkFacts(SOURCE, output, { mustKeep: keyFacts });
    expect(kinds(result.dropped)).toEqual(['phone:0340 204-2901']);
    expect(result.invented).toEqual([]);
  });

  it('reports an invented fact once however often the output repeats it', () => {
    const looping = 'Sie zahlen 15 Euro. '.repeat(50) + 'Oder 15,00 €. Mehr: https://evil.example/javascript:alert(1) https://evil.example/javascript:alert(1)';
    const result = checkFacts('Die Gebühr beträgt 5,00 €.', looping);
    // "15,00 €" is the same amount; the URL ends before the closing parenthesis.
    expect(result.invented.map((f) => f.text)).toEqual(['15 Euro', 'https://evil.example/javascript:alert(1']);
    expect(result.dropped.map((f) => f.text)).toEqual(['5,00 €']);
  });

  it('reads phone numbers on consecutive lines as two, whatever stands before each line', () => {
    const card = 'Telefon:\n- 06183 941-2214\n- 06183 941-2200';
    expect(checkFacts(card, 'Rufen Sie an: 06183 941-2214 oder 06183 941-2200.')).toEqual({ ok: true, invented: [], dropped: [] });
    expect(checkFacts(card, 'Rufen Sie an: 06183 941-2214.').dropped.map((f) => f.text)).toEqual(['06183 941-2200']);
  });

  it('finds nothing to complain about in text without facts', () => {
    expect(checkFacts('Kommen Sie vorbei.', 'Bitte kommen Sie.')).toEqual({ ok: true, invented: [], dropped: [] });
  });
});

describe('findFacts normalises formats', () => {
  it.each([
    ['37,00 €', '37 Euro'],
    ['1.234,50 EUR', '1234,5 €'],
    ['8.00 Uhr', '8:00 Uhr'],
    ['3. Oktober 2025', '03.10.2025'],
    ['0340 204-2901', '+49 340 2042901'],
    ['Hauptstr. 5a', 'Hauptstraße 5 a'],
    ['https://www.stadt.example/a/', 'www.stadt.example/a'],
  ])('%s equals %s', (a, b) => {
    const [fa] = findFacts(a);
    const [fb] = findFacts(b);
    expect(fa!.kind).toBe(fb!.kind);
    expect(fa!.key).toBe(fb!.key);
  });
});
