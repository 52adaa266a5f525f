import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { collectSentences, rangeFor } from '@/utils/reader/sentence-dom';
import { createHighlighter, HIGHLIGHT_NAME } from '@/utils/reader/highlight';

const HTML = `<main lang="de">
  <h2 data-block-id="b0">Wohnsitz anmelden</h2>
  <p data-block-id="b1">Sie müssen sich <a href="/x">innerhalb von <b>zwei</b> Wochen</a> anmelden. Bringen Sie z. B. Ihren Ausweis mit.</p>
  <p data-block-id="b2" lang="ar">يجب عليك التسجيل. أحضر هويتك.</p>
  <p data-block-id="b3" hidden>Versteckt.</p>
  <p>Ohne Block-Id.</p>
</main>`;

function setup() {
  const { document } = parseHtml(HTML);
  return { document, main: document.querySelector('main')! };
}

describe('sentences of the reader blocks', () => {
  it('collects sentences in document order with each block language, skipping hidden blocks', () => {
    const { main } = setup();
    const sentences = collectSentences(main, 'en');
    expect(sentences.map((s) => [s.text, s.lang])).toEqual([
      ['Wohnsitz anmelden', 'de'],
      ['Sie müssen sich innerhalb von zwei Wochen anmelden.', 'de'],
      ['Bringen Sie z. B. Ihren Ausweis mit.', 'de'],
      ['يجب عليك التسجيل.', 'ar'],
      ['أحضر هويتك.', 'ar'],
    ]);
  });

  it('finds a Range over a sentence that spans links and emphasis', () => {
    const { main } = setup();
    const sentence = collectSentences(main, 'de')[1]!;
    const range = rangeFor(sentence.where)!;
    expect(range.toString()).toBe('Sie müssen sich innerhalb von zwei Wochen anmelden.');
    const last = collectSentences(main, 'de')[2]!;
    expect(rangeFor(last.where)!.toString()).toBe('Bringen Sie z. B. Ihren Ausweis mit.');
  });
});

describe('highlighters', () => {
  it('wraps the sentence in marks and restores the block exactly', () => {
    const { main, document } = setup();
    const block = document.querySelector('[data-block-id="b1"]')!;
    const before = block.innerHTML;
    const highlighter = createHighlighter(undefined);
    expect(highlighter.mode).toBe('wrap');
    const [, first, second] = collectSentences(main, 'de');
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

  it('uses the Custom Highlight API when present, without touching the DOM', () => {
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
    const sentence = collectSentences(main, 'de')[2]!;
    highlighter.show(() => rangeFor(sentence.where));
    const painted = registry.get(HIGHLIGHT_NAME) as Highlight;
    expect(painted.ranges[0]!.toString()).toBe('Bringen Sie z. B. Ihren Ausweis mit.');
    expect(main.innerHTML).toBe(before);
    highlighter.clear();
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
  });
});
