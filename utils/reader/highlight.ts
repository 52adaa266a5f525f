/**
 * Highlighting the sentence being read. The CSS Custom Highlight API paints a
 * Range without touching the DOM (Chromium 105+, Firefox 140+); elsewhere the
 * text nodes of the Range are wrapped in `<mark class="ll-speaking">` and
 * unwrapped again, leaving the block exactly as it was.
 */

/** Name of the highlight; reader.css styles `::highlight(ll-speaking)`. */
export const HIGHLIGHT_NAME = 'll-speaking';
const FALLBACK_CLASS = 'll-speaking';

/** The parts of the Custom Highlight API used (absent in older browsers). */
export interface HighlightApi {
  registry: { set(name: string, value: unknown): unknown; delete(name: string): unknown };
  Highlight: new (...ranges: Range[]) => unknown;
}

export interface Highlighter {
  /**
   * Highlight the Range `makeRange` returns (called after the previous
   * highlight is gone, since unwrapping changes text nodes). Returns it.
   */
  show(makeRange: () => Range | undefined): Range | undefined;
  clear(): void;
  /** 'api' or 'wrap', for tests and diagnostics. */
  readonly mode: 'api' | 'wrap';
}

/** The highlight API of a window, when it has one. */
export function highlightApiOf(win: typeof globalThis): HighlightApi | undefined {
  const css = (win as { CSS?: { highlights?: HighlightApi['registry'] } }).CSS;
  const Highlight = (win as { Highlight?: HighlightApi['Highlight'] }).Highlight;
  return css?.highlights && Highlight ? { registry: css.highlights, Highlight } : undefined;
}

/** Text nodes a Range touches, each with the part of it inside the Range. */
function textPieces(range: Range): { node: Text; from: number; to: number }[] {
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const pieces: { node: Text; from: number; to: number }[] = [];
  const visit = (node: Text) => {
    if (!range.intersectsNode(node)) return;
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : node.length;
    if (to > from) pieces.push({ node, from, to });
  };
  if (root.nodeType === 3) visit(root as Text);
  else {
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) visit(node as Text);
  }
  return pieces;
}

function wrapHighlighter(): Highlighter {
  let marks: HTMLElement[] = [];
  const clear = () => {
    for (const mark of marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parent.normalize();
    }
    marks = [];
  };
  return {
    mode: 'wrap',
    clear,
    show(makeRange) {
      clear();
      const range = makeRange();
      if (!range) return undefined;
      for (const { node, from, to } of textPieces(range)) {
        const middle = from > 0 ? node.splitText(from) : node;
        middle.splitText(to - from);
        const mark = node.ownerDocument.createElement('mark');
        mark.className = FALLBACK_CLASS;
        middle.parentNode!.insertBefore(mark, middle);
        mark.appendChild(middle);
        marks.push(mark);
      }
      return range;
    },
  };
}

/** A highlighter using the Custom Highlight API when `api` is given, else wrapping. */
export function createHighlighter(api: HighlightApi | undefined): Highlighter {
  if (!api) return wrapHighlighter();
  return {
    mode: 'api',
    show(makeRange) {
      const range = makeRange();
      if (range) api.registry.set(HIGHLIGHT_NAME, new api.Highlight(range));
      else api.registry.delete(HIGHLIGHT_NAME);
      return range;
    },
    clear() {
      api.registry.delete(HIGHLIGHT_NAME);
    },
  };
}
