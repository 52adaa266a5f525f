/**
 * Read-aloud meets the DOM: the sentences of the reader's blocks with the
 * element and text offsets they came from, and a DOM Range for each, so the
 * highlight marks exactly the words being spoken.
 */
import type { ReadAloudSentence } from './read-aloud';
import type { SentenceSpan, TextToSplit } from './sentences';

/** Where a sentence sits: its block element and text offsets within it. */
export interface SentenceLocation {
  element: Element;
  start: number;
  end: number;
}

/**
 * What is read aloud, in document order: the article's blocks (`data-block-id`,
 * set by ReaderView and the translation views) and the reader's own texts
 * marked `data-read-aloud` (the key-facts card before the article, the word
 * list after it). `data-read-aloud="label"` marks a heading in the UI language.
 */
export const READABLE_BLOCK_SELECTOR = '[data-block-id], [data-read-aloud]';

/** Language of an element: its own or its nearest ancestor's `lang`. */
export function languageOf(element: Element, fallback: string): string {
  return element.closest('[lang]')?.getAttribute('lang') || fallback;
}

/** Splits texts into sentences: the background's splitter (`cs-bg-sentences`), or `splitTexts` in tests. */
export type SentenceSplitter = (texts: TextToSplit[]) => Promise<SentenceSpan[][]> | SentenceSpan[][];

/**
 * Elements whose text is a piece of its own inside a readable block: list
 * items, table cells, terms and descriptions, the paragraphs of a quote, a
 * caption. Their texts are never glued to their neighbours' ("LeistungGebühr");
 * a `<br>` starts a new piece too (address lines).
 */
const PIECE = 'li,td,th,dt,dd,p,div,caption,figcaption';

/** A piece of a block's text: offsets into the block's text content, and what is said before it. */
interface Piece {
  start: number;
  end: number;
  text: string;
  /** A data cell's column header ("Gebühr: "), so a table is read as "Gebühr: 5,00 Euro". */
  prefix: string;
}

/**
 * The header of a data cell's column: the cell in the same place of the table's
 * first row when that row holds only headers (spanned columns are not counted:
 * municipal fee tables are plain grids).
 */
function columnHeader(cell: HTMLTableCellElement): string {
  const head = cell.closest('table')?.rows[0];
  const name = head && !head.querySelector('td') ? head.cells[cell.cellIndex]?.textContent?.replace(/\s+/g, ' ').trim() : '';
  return name ? name.replace(/:?$/, ': ') : '';
}

/** The pieces of `element`'s text, in order, with offsets that `rangeFor` finds again. */
function piecesOf(element: Element): Piece[] {
  const pieces: Piece[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, 5 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
  let offset = 0;
  let owner: Element | undefined;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeName === 'BR') owner = undefined;
    if (node.nodeType !== 3) continue;
    const text = node.nodeValue ?? '';
    const closest = node.parentElement?.closest(PIECE);
    const here = closest && element.contains(closest) ? closest : element;
    if (here !== owner) pieces.push({ start: offset, end: offset, text: '', prefix: here.tagName === 'TD' ? columnHeader(here as HTMLTableCellElement) : '' });
    owner = here;
    const piece = pieces[pieces.length - 1]!;
    piece.text += text;
    offset = piece.end += text.length;
  }
  return pieces;
}

/**
 * The sentences of every readable block under `root`, each with its block's
 * language (the German original and a translation each read in their own voice).
 * Tables are read cell by cell, row by row, each data cell after its column's
 * header; lists item by item. Blocks hidden from everyone (`hidden`,
 * `aria-hidden`) are skipped. When the splitter cannot answer (an extension
 * update orphaned this reader), each piece is read whole rather than not at all.
 */
export async function collectSentences(root: ParentNode, fallbackLang: string, split: SentenceSplitter): Promise<ReadAloudSentence<SentenceLocation>[]> {
  const units: (TextToSplit & Piece & { element: Element; optional: boolean })[] = [];
  for (const element of Array.from(root.querySelectorAll(READABLE_BLOCK_SELECTOR))) {
    if (element.closest('[hidden], [aria-hidden="true"]')) continue;
    // Blocks nested in a block (a contact card inside a list) are read with their parent.
    const parent = element.parentElement?.closest(READABLE_BLOCK_SELECTOR);
    if (parent && root.contains(parent)) continue;
    const lang = languageOf(element, fallbackLang);
    const optional = element.getAttribute('data-read-aloud') === 'label';
    for (const piece of piecesOf(element)) if (piece.text.trim()) units.push({ ...piece, element, lang, optional });
  }
  const whole = () => units.map(({ text }) => [{ start: 0, end: text.length, text: text.trim() }]);
  const answer = await Promise.resolve()
    .then(() => split(units.map(({ text, lang }) => ({ text, lang }))))
    .catch(whole);
  const spans = Array.isArray(answer) ? answer : whole();
  return units.flatMap(({ element, lang, optional, start, prefix }, i) =>
    (spans[i] ?? []).map((span, j) => ({
      text: j ? span.text : prefix + span.text,
      lang,
      where: { element, start: start + span.start, end: start + span.end },
      ...(optional ? { optional } : {}),
    })),
  );
}

/**
 * A Range over characters `start`…`end` of `element`'s text content, across
 * however many text nodes (links, emphasis) the sentence spans.
 */
export function rangeFor(location: SentenceLocation): Range | undefined {
  const { element, start, end } = location;
  const doc = element.ownerDocument;
  const walker = doc.createTreeWalker(element, 4 /* NodeFilter.SHOW_TEXT */);
  const range = doc.createRange();
  let offset = 0;
  let started = false;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const length = node.nodeValue?.length ?? 0;
    if (!started && start <= offset + length) {
      range.setStart(node, start - offset);
      started = true;
    }
    if (started && end <= offset + length) {
      range.setEnd(node, end - offset);
      return range;
    }
    offset += length;
  }
  return undefined;
}
