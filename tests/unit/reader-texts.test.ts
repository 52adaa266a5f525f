/**
 * The reader's own texts that travel with the article: the key-facts card
 * and the word list become translation blocks (escaped, stable ids, the
 * card's order), the word list names each glossary term once, and read-aloud
 * collects them in document order: card (labels optional), article, word list.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { collectSentences } from '@/utils/reader/sentence-dom';
import { splitTexts } from '@/utils/reader/sentences';
import { factBlocks, factId, textBlock, wordId, wordList } from '@/utils/reader/reader-texts';
import type { KeyFacts } from '@/utils/simplify/key-facts';

const FACTS: KeyFacts = {
  about: [{ text: 'Sie müssen sich anmelden.', blockId: 'b0' }],
  documents: [{ text: 'Personalausweis', blockId: 'b2' }, { text: 'Formular <A> & Vollmacht', blockId: 'b2' }],
  fees: [{ text: '5,00 Euro', blockId: 'b3' }],
  deadlines: [],
  dates: [],
  address: [],
  openingHours: [],
  online: [],
  contact: [{ text: '0340 204-0' }],
};

describe('reader texts as translation blocks', () => {
  it('escapes the text: an engine gets HTML, so page text must not turn into markup', () => {
    expect(textBlock('x', 'a < b & <img src=x onerror=alert(1)>')).toEqual({
      id: 'x',
      kind: 'paragraph',
      html: 'a &lt; b &amp; &lt;img src=x onerror=alert(1)&gt;',
      text: 'a < b & <img src=x onerror=alert(1)>',
    });
  });

  it('gives every fact a stable id, in the order of the given sections', () => {
    const blocks = factBlocks(FACTS, ['about', 'documents', 'fees', 'contact']);
    expect(blocks.map((b) => [b.id, b.text])).toEqual([
      [factId('about', 0), 'Sie müssen sich anmelden.'],
      ['kf-documents-0', 'Personalausweis'],
      ['kf-documents-1', 'Formular <A> & Vollmacht'],
      ['kf-fees-0', '5,00 Euro'],
      ['kf-contact-0', '0340 204-0'],
    ]);
    expect(factBlocks(FACTS, ['deadlines'])).toEqual([]);
    expect(wordId(2)).toBe('gl-2');
  });

  it('lists each glossary term once, in the order its first form was found', () => {
    const words = [
      { word: 'Gebühren', term: 'Gebühr', explanation: 'Geld für das Amt.' },
      { word: 'Anmeldung', term: 'Anmeldung', explanation: 'Sie sagen dem Amt, wo Sie wohnen.' },
      { word: 'Gebühr', term: 'Gebühr', explanation: 'Geld für das Amt.' },
    ];
    expect(wordList(words)).toEqual([
      { term: 'Gebühr', explanation: 'Geld für das Amt.' },
      { term: 'Anmeldung', explanation: 'Sie sagen dem Amt, wo Sie wohnen.' },
    ]);
  });
});

describe('read-aloud order', () => {
  const HTML = `<div lang="ar"><main>
    <section class="ll-keyfacts">
      <h2 data-read-aloud="label">أهم المعلومات</h2>
      <ul lang="de"><li><span class="ll-kf-text"><span data-read-aloud="">Die Anmeldung ist kostenlos.</span></span> <button>Im Text zeigen</button></li></ul>
    </section>
    <p data-block-id="b0" lang="de">Sie müssen sich anmelden. Bringen Sie den Ausweis mit.</p>
    <section class="ll-words"><h2 data-read-aloud="label">كلمات</h2>
      <dl lang="de"><div><dt data-read-aloud="">Anmeldung</dt><dd><span lang="ar" data-read-aloud="">[ar] شرح</span><span lang="de" data-read-aloud="">Sie sagen dem Amt, wo Sie wohnen.</span></dd></div></dl>
    </section>
  </main></div>`;

  it('reads the card first, then the article, then the word list, each part in its language; labels are optional', async () => {
    const { document } = parseHtml(HTML);
    const sentences = await collectSentences(document.querySelector('main')!, 'de', splitTexts);
    expect(sentences.map((s) => [s.text, s.lang, Boolean(s.optional)])).toEqual([
      ['أهم المعلومات', 'ar', true],
      ['Die Anmeldung ist kostenlos.', 'de', false],
      ['Sie müssen sich anmelden.', 'de', false],
      ['Bringen Sie den Ausweis mit.', 'de', false],
      ['كلمات', 'ar', true],
      ['Anmeldung', 'de', false],
      ['[ar] شرح', 'ar', false],
      ['Sie sagen dem Amt, wo Sie wohnen.', 'de', false],
    ]);
    // The card's "show in text" button is a control, never read.
    expect(sentences.some((s) => s.text.includes('Im Text zeigen'))).toBe(false);
  });
});
