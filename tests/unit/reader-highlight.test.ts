import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { collectSentences as collectWith, rangeFor } from '@/utils/reader/sentence-dom';
import { splitTexts } from '@/utils/reader/sentences';
import { createHighlighter, HIGHLIGHT_NAME } from '@/utils/reader/highlight';

const HTML = `<main lang="de">
  <h2 data-block-id="b0">Wohnsitz anmelden</h2>
  <p data-block-id="b1">Sie müssen sich <a href="/x">innerhalb von <b>zwei</b> Wochen</a> anmelden. Bringen Sie z. B. Ihren Ausweis mit.</p>
  <p data-block-id="b2" lang="ar">يجب عليك التسجيل. أحضر هويتك.</p>
  <p data-block-id="b3" hidden>Versteckt.</p>
  <p>Ohne Block-Id.</p>
</main>`;

/** The reader's collection with the background's splitter, called directly. */
const collectSentences = (root: ParentNode, lang: string) => collectWith(root, lang, splitTexts);

function setup() {
  const { document } = parseHtml(HTML);
  return { document, main: document.querySelector('main')! };
}

describe('sentences of the reader blocks', () => {
  it('collects sentences in document order with each block language, skipping hidden blocks', async () => {
    const { main } = setup();
    const sentences = await collectSentences(main, 'en');
    expect(sentences.map((s) => [s.text, s.lang])).toEqual([
      ['Wohnsitz anmelden', 'de'],
      ['Sie müssen sich innerhalb von zwei Wochen anmelden.', 'de'],
      ['Bringen Sie z. B. Ihren Ausweis mit.', 'de'],
      ['يجب عليك التسجيل.', 'ar'],
      ['أحضر هويتك.', 'ar'],
    ]);
  });

  it('reads each block as one piece when the splitter cannot answer (an orphaned reader)', async () => {
    const { main } = setup();
    const sentences = await collectWith(main, 'de', () => Promise.reject(new Error('Extension context invalidated.')));
    expect(sentences.map((s) => s.where.element.getAttribute('data-block-id'))).toEqual(['b0', 'b1', 'b2']);
    expect(rangeFor(sentences[1]!.where)!.toString()).toBe('Sie müssen sich innerhalb von zwei Wochen anmelden. Bringen Sie z. B. Ihren Ausweis mit.');
  });

  it('finds a Range over a sentence that spans links and emphasis', async () => {
    const { main } = setup();
    const sentence = (await collectSentences(main, 'de'))[1]!;
    const range = rangeFor(sentence.where)!;
    expect(range.toString()).toBe('Sie müssen sich innerhalb von zwei Wochen anmelden.');
    const last = (await collectSentences(main, 'de'))[2]!;
    expect(rangeFor(last.where)!.toString()).toBe('Bringen Sie z. B. Ihren Ausweis mit.');
  });
});

describe('highlighters', () => {
  it('wraps the sentence in marks and restores the block exactly', async () => {
    const { main, document } = setup();
    const block = document.querySelector('[data-block-id="b1"]')!;
    const before = block.innerHTML;
    const highlighter = createHighlighter(undefined);
    expect(highlighter.mode).toBe('wrap');
    const [, first, second] = await collectSentences(main, 'de');
    highlighter.show(() => rangeFor(first!.where));
    const marks = Array.from(block.querySelectorAll('mark.ll-speaking'));
    expect(marks.map((m) => m.textContent).join('')).toBe('Sie müssen sich innerhalb von zwei Wochen anmelden.');
    // The link and bold text are still there, the marks sit inside them.
    expect(block.querySelector('a b mark')?.textContent).toBe('zwei');
    // The next sentence: the old marks are gone, offsets still match the text.
    highlighter.show(() => rangeFor(second!.where));
    expect(Array.from(block.querySelectorAll('mark')).map((m) => m.textContent).join('')).toBe(
      'Bringen Sie z. B. Ihren Ausweis mit.',
    );
    highlighter.clear();
    expect(block.innerHTML).toBe(before);
  });

  it('uses the Custom Highlight API when present, without touching the DOM', async () => {
    const { main } = setup();
    const registry = new Map<string, unknown>();
    class Highlight {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    }
    const before = main.innerHTML;
    const highlighter = createHighlighter({ registry, Highlight });
    expect(highlighter.mode).toBe('api');
    const sentence = (await collectSentences(main, 'de'))[2]!;
    highlighter.show(() => rangeFor(sentence.where));
    const painted = registry.get(HIGHLIGHT_NAME) as Highlight;
    expect(painted.ranges[0]!.toString()).toBe('Bringen Sie z. B. Ihren Ausweis mit.');
    expect(main.innerHTML).toBe(before);
    highlighter.clear();
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
  });
});
