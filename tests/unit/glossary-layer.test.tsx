// @vitest-environment jsdom
/**
 * Glossary marks while a translation arrives: the German blocks are marked as
 * they come (each term's button at its first occurrence in page order), marks
 * already made stay the same nodes (a keyboard user on a term button keeps
 * the focus), and the page text is what it was once the layer is gone.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GlossaryLayer } from '@/components/GlossaryLayer';
import type { Article } from '@/utils/extract/types';
import type { GlossaryWord } from '@/utils/simplify/glossary-words';

const WORDS: GlossaryWord[] = [
  { word: 'Meldebescheinigung', term: 'Meldebescheinigung', explanation: 'Ein Papier, das zeigt, wo Sie wohnen.' },
  { word: 'Gebühr', term: 'Gebühr', explanation: 'Geld, das Sie für die Arbeit des Amtes zahlen.', plain: 'Kosten' },
  { word: 'Gebühren', term: 'Gebühr', explanation: 'Geld, das Sie für die Arbeit des Amtes zahlen.', plain: 'Kosten' },
  { word: 'Personalausweis', term: 'Personalausweis', explanation: 'Ihr deutscher Ausweis mit Foto.' },
];

const ARTICLE = { title: 'Anmeldung', lang: 'de', dir: 'ltr', blocks: [], html: '', text: '', confidence: 1, readerable: true, url: '' } as unknown as Article;

let host: HTMLElement;
let doc: Document;

beforeEach(() => {
  doc = document;
  host = doc.createElement('article');
  doc.body.append(host);
});

afterEach(() => {
  act(() => render(null, host));
  host.remove();
});

/** A row of a translation view: the German original beside (or standing in for) its translation. */
function row(id: string, german: string, translation?: string): HTMLElement {
  const r = doc.createElement('div');
  r.className = 'll-tr-row';
  const original = doc.createElement('p');
  original.className = 'll-block ll-paragraph ll-tr-original';
  original.dataset.blockId = id;
  original.lang = 'de';
  original.textContent = german;
  r.append(original);
  if (translation) r.append(translated(id, translation));
  return r;
}

function translated(id: string, text: string): HTMLElement {
  const p = doc.createElement('p');
  p.className = 'll-block ll-paragraph ll-tr-translation';
  p.dataset.blockId = id;
  p.lang = 'en';
  p.textContent = text;
  return p;
}

const show = () => act(() => render(<GlossaryLayer article={ARTICLE} words={WORDS} />, host));
/** The layer waits 50 ms for more blocks before it marks. */
const settle = () => act(() => new Promise((r) => setTimeout(r, 120)));
const buttonsIn = (el: Element) => Array.from(el.querySelectorAll('.ll-term-btn')).map((b) => b.textContent);
const original = (id: string) => host.querySelector<HTMLElement>(`.ll-tr-original[data-block-id="${id}"]`)!;

describe('GlossaryLayer in a translation that arrives block by block', () => {
  it('keeps the focused term button while later blocks arrive, and marks only their first occurrences', async () => {
    const rows = doc.createElement('div');
    rows.className = 'll-translated';
    rows.append(row('b0', 'Bringen Sie Ihre Meldebescheinigung mit.', 'Bring your registration certificate.'));
    show();
    host.append(rows);
    await settle();
    const button = original('b0').querySelector<HTMLButtonElement>('.ll-term-btn')!;
    expect(button.textContent).toBe('Meldebescheinigung');
    button.focus();
    expect(doc.activeElement).toBe(button);

    // Three more rows, one message at a time: German first, then its translation.
    for (const [id, text] of [
      ['b1', 'Die Gebühr beträgt 12 Euro.'],
      ['b2', 'Ohne Meldebescheinigung und Personalausweis geht es nicht.'],
      ['b3', 'Die Gebühren zahlen Sie bar.'],
    ]) {
      rows.append(row(id!, text!));
      await settle();
      original(id!).after(translated(id!, 'translated'));
      await settle();
    }
    expect(doc.activeElement).toBe(button);
    expect(button.isConnected).toBe(true);
    expect(buttonsIn(original('b1'))).toEqual(['Gebühr']);
    // "Meldebescheinigung" has its button in b0; "Personalausweis" is new here.
    expect(buttonsIn(original('b2'))).toEqual(['Personalausweis']);
    // "Gebühren" is the term "Gebühr" again.
    expect(buttonsIn(original('b3'))).toEqual([]);
    // Translations are never marked.
    expect(host.querySelectorAll('.ll-tr-translation .ll-term')).toHaveLength(0);
  });

  it('moves a term button to an earlier block that arrives later, and to the next occurrence when its block is translated in place', async () => {
    const rows = doc.createElement('div');
    rows.append(row('b1', 'Die Gebühr beträgt 12 Euro.'), row('b2', 'Auch die Gebühr für den Personalausweis zahlen Sie bar.'));
    show();
    host.append(rows);
    await settle();
    expect(buttonsIn(original('b1'))).toEqual(['Gebühr']);
    expect(buttonsIn(original('b2'))).toEqual(['Personalausweis']);

    // An earlier block (a block the view shows first) arrives after them.
    rows.prepend(row('b0', 'Eine Gebühr fällt an, wenn Sie den Personalausweis verlieren.'));
    await settle();
    expect(buttonsIn(original('b0'))).toEqual(['Gebühr', 'Personalausweis']);
    expect(buttonsIn(original('b1'))).toEqual([]);
    expect(buttonsIn(original('b2'))).toEqual([]);

    // Translation view: b0's element becomes the translation (its German content replaced).
    const b0 = original('b0');
    b0.className = 'll-block ll-paragraph ll-tr-translation';
    b0.lang = 'en';
    b0.innerHTML = 'A fee is due if you lose your identity card.';
    await settle();
    expect(buttonsIn(b0)).toEqual([]);
    expect(buttonsIn(original('b1'))).toEqual(['Gebühr']);
    expect(buttonsIn(original('b2'))).toEqual(['Personalausweis']);
  });

  it('gives the page text back unchanged when the layer goes', async () => {
    const rows = doc.createElement('div');
    rows.append(row('b0', 'Die Gebühr beträgt 12 Euro.'), row('b1', 'Die Gebühren und die Meldebescheinigung.'));
    const before = rows.innerHTML;
    show();
    host.append(rows);
    await settle();
    expect(host.querySelectorAll('.ll-term')).toHaveLength(2);
    act(() => render(null, host));
    expect(rows.innerHTML).toBe(before);
    expect(Array.from(rows.querySelectorAll('p')).map((p) => p.childNodes.length)).toEqual([1, 1]);
  });
});
