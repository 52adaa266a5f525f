// @vitest-environment jsdom
/**
 * What read-aloud says for structured parts of the reader: tables row by row
 * with each cell on its own and data cells after their column header, lists
 * item by item, address lines one by one, key facts from tables without the
 * " | " separator, and the contact card after the article (before the word
 * list), its phone numbers in digit groups — the texts the voice gets.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { ContactCard } from '@/components/ContactCard';
import { collectSentences, rangeFor } from '@/utils/reader/sentence-dom';
import { splitTexts } from '@/utils/reader/sentences';
import { factBlocks, factText } from '@/utils/reader/reader-texts';
import type { KeyFacts } from '@/utils/simplify/key-facts';

/** Sentences as the voice gets them (the background's splitter, called directly). */
async function spoken(html: string): Promise<{ texts: string[]; ranges: (string | undefined)[] }> {
  const sentences = await collectSentences(parseHtml(`<body>${html}</body>`).document.body, 'de', splitTexts);
  return { texts: sentences.map((s) => s.text), ranges: sentences.map((s) => rangeFor(s.where)?.toString()) };
}

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
});

describe('tables and lists read aloud', () => {
  it('reads a table row by row, cells apart, each data cell after its column header', async () => {
    // As the reader shows a TYPO3 fee table: no white space between the cells.
    const { texts, ranges } = await spoken(
      '<div data-block-id="b3" lang="de"><table><thead><tr><th scope="col">Leistung</th><th scope="col">Gebühr</th></tr></thead>' +
        '<tbody><tr><td>Anmeldung einer Wohnung</td><td>gebührenfrei</td></tr><tr><td>Meldebescheinigung (einfach)</td><td>5,00 Euro</td></tr></tbody></table></div>',
    );
    expect(texts).toEqual([
      'Leistung',
      'Gebühr',
      'Leistung: Anmeldung einer Wohnung',
      'Gebühr: gebührenfrei',
      'Leistung: Meldebescheinigung (einfach)',
      'Gebühr: 5,00 Euro',
    ]);
    // The highlight marks the cell itself, never the header that was only said.
    expect(ranges).toEqual(['Leistung', 'Gebühr', 'Anmeldung einer Wohnung', 'gebührenfrei', 'Meldebescheinigung (einfach)', '5,00 Euro']);
    expect(texts.join(' ')).not.toContain('LeistungGebühr');
  });

  it('reads a table without a header row cell by cell, and a cell of several sentences sentence by sentence', async () => {
    const { texts } = await spoken(
      '<div data-block-id="b1"><table><tr><td>Montag</td><td>8 bis 12 Uhr. Nachmittags geschlossen.</td></tr><tr><th>Dienstag</th><td>14 bis 18 Uhr</td></tr></table></div>',
    );
    expect(texts).toEqual(['Montag', '8 bis 12 Uhr.', 'Nachmittags geschlossen.', 'Dienstag', '14 bis 18 Uhr']);
  });

  it('reads lists item by item (nested ones too) and address lines one by one', async () => {
    const { texts, ranges } = await spoken(
      '<div data-block-id="b2"><ul><li>Personalausweis</li><li>Wohnungsgeberbestätigung<ul><li>unterschrieben</li></ul>vom Vermieter</li></ul></div>' +
        '<address data-read-aloud="">Zerbster Str. 4<br>06844 Dessau-Roßlau</address>',
    );
    expect(texts).toEqual(['Personalausweis', 'Wohnungsgeberbestätigung', 'unterschrieben', 'vom Vermieter', 'Zerbster Str. 4', '06844 Dessau-Roßlau']);
    expect(ranges.at(-1)).toBe('06844 Dessau-Roßlau');
  });

  it('still reads a paragraph with links and emphasis as sentences of one block', async () => {
    const { texts } = await spoken('<p data-block-id="b0">Sie müssen sich <a href="/x">innerhalb von <b>zwei</b> Wochen</a> anmelden. Bringen Sie z. B. Ihren Ausweis mit.</p>');
    expect(texts).toEqual(['Sie müssen sich innerhalb von zwei Wochen anmelden.', 'Bringen Sie z. B. Ihren Ausweis mit.']);
  });
});

describe('key facts from a table', () => {
  it('show, translate and read a table row without " | " (no "vertical bar")', () => {
    expect(factText('Pass | 70,00 Euro')).toBe('Pass: 70,00 Euro');
    expect(factText('Personen ab 24 Jahren | 37,00 Euro | 10 Jahre')).toBe('Personen ab 24 Jahren: 37,00 Euro, 10 Jahre');
    expect(factText('Die Anmeldung ist kostenlos.')).toBe('Die Anmeldung ist kostenlos.');
    const facts = { about: [], documents: [], fees: [{ text: 'Pass | 70,00 Euro', blockId: 'b4' }], deadlines: [], dates: [], openingHours: [], address: [], online: [], contact: [] } as KeyFacts;
    expect(factBlocks(facts, ['fees']).map((b) => b.text)).toEqual(['Pass: 70,00 Euro']);
  });

  it('the voice never gets " | ", from any text', () => {
    expect(splitTexts([{ text: 'Pass | 70,00 Euro', lang: 'de' }])[0]!.map((s) => s.text)).toEqual(['Pass, 70,00 Euro']);
  });
});

describe('the contact card read aloud', () => {
  const contact = {
    office: 'Bürgerbüro Auenbach',
    street: 'Marktplatz 3',
    postcode: '05678',
    town: 'Auenbach',
    phones: ['05678 912-480'],
    fax: '05678 912-499',
    emails: ['buergerbuero@auenbach.example'],
    openingHours: ['Mo 8:00 – 12:00 Uhr', 'Do 14:00 – 18:00 Uhr'],
    appointmentUrl: 'https://www.auenbach.example/termin',
  };

  it('comes after the article and before the word list; labels optional, phone numbers in digit groups', async () => {
    document.body.innerHTML = '<main lang="de"><p data-block-id="b0">Sie müssen sich anmelden.</p><div id="card"></div><section><h2 data-read-aloud="label">Wörter</h2><dl lang="de"><dt data-read-aloud="">Anmeldung</dt></dl></section></main>';
    render(<ContactCard contact={contact} lang="de" copy={() => Promise.resolve()} />, document.getElementById('card')!);
    const sentences = await collectSentences(document.querySelector('main')!, 'de', splitTexts);
    // Without an extension context the labels are their message keys; the UI language falls back to German.
    const said = sentences.map((s) => [s.text, s.lang, Boolean(s.optional)]);
    expect(said).toEqual([
      ['Sie müssen sich anmelden.', 'de', false],
      ['contactHeading', 'de', true],
      ['Bürgerbüro Auenbach', 'de', false],
      ['Marktplatz 3', 'de', false],
      ['05678 Auenbach', 'de', false],
      ['contactPhone', 'de', true],
      ['0 5 6 7 8, 9 1 2, 4 8 0', 'de', false],
      ['contactFax', 'de', true],
      ['0 5 6 7 8, 9 1 2, 4 9 9', 'de', false],
      ['contactEmail', 'de', true],
      ['buergerbuero@auenbach.example', 'de', false],
      ['contactOpeningHours', 'de', true],
      ['Mo 8:00 – 12:00 Uhr', 'de', false],
      ['Do 14:00 – 18:00 Uhr', 'de', false],
      ['Wörter', 'de', true],
      ['Anmeldung', 'de', false],
    ]);
    // Controls are not read: the copy button, the appointment link.
    expect(said.some(([text]) => /contactCopy|contactAppointment/.test(String(text)))).toBe(false);
    // The highlight marks the number as written.
    expect(rangeFor(sentences[6]!.where)?.toString()).toBe('05678 912-480');
  });
});
