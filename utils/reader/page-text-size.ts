/**
 * Enlarging the page's own text, without the reader, for pages whose layout
 * should stay (a form, a map, a table of office hours). Each element gets its
 * original computed size times the scale, so nested elements do not compound
 * and pages sized in px (which browser text-zoom settings miss) grow too. A
 * line height fixed in px is turned into the same ratio, so lines do not
 * overlap. Elements added after enabling keep the page's own sizes.
 */

interface Original {
  size: number;
  lineRatio: number | undefined;
  inlineSize: string;
  inlineSizePriority: string;
  inlineLine: string;
  inlineLinePriority: string;
}

/** Elements that hold no text of their own, or are Leselotse's. */
const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SVG|PATH|IMG|VIDEO|CANVAS|IFRAME|BR|HR|LESELOTSE-READER)$/i;

export interface PageTextScaler {
  /** Scale the page's text (1 = the page's own sizes). */
  apply(scale: number): void;
  /** Put every size back as the page had it. */
  reset(): void;
  readonly active: boolean;
}

/** A scaler for `doc`; `view` gives computed styles (the document's window). */
export function createPageTextScaler(doc: Document, view: Pick<Window, 'getComputedStyle'>): PageTextScaler {
  const originals = new Map<HTMLElement, Original>();
  let active = false;

  const capture = () => {
    // Read everything before writing anything: a write changes the children's computed sizes.
    for (const element of Array.from(doc.body?.querySelectorAll<HTMLElement>('*') ?? [])) {
      if (originals.has(element) || SKIP.test(element.tagName) || element.closest('leselotse-reader')) continue;
      const style = view.getComputedStyle(element);
      const size = parseFloat(style.fontSize);
      if (!Number.isFinite(size) || size <= 0) continue;
      const line = style.lineHeight.endsWith('px') ? parseFloat(style.lineHeight) / size : undefined;
      originals.set(element, {
        size,
        lineRatio: line && Number.isFinite(line) ? line : undefined,
        inlineSize: element.style.getPropertyValue('font-size'),
        inlineSizePriority: element.style.getPropertyPriority('font-size'),
        inlineLine: element.style.getPropertyValue('line-height'),
        inlineLinePriority: element.style.getPropertyPriority('line-height'),
      });
    }
  };

  const reset = () => {
    for (const [element, original] of originals) {
      element.style.setProperty('font-size', original.inlineSize, original.inlineSizePriority);
      element.style.setProperty('line-height', original.inlineLine, original.inlineLinePriority);
    }
    originals.clear();
    active = false;
  };

  return {
    apply(scale) {
      if (scale === 1) return reset();
      if (!active) capture();
      active = true;
      for (const [element, original] of originals) {
        // CSSOM writes: a page's `style-src` CSP cannot block them.
        element.style.setProperty('font-size', `${(original.size * scale).toFixed(2)}px`, 'important');
        if (original.lineRatio) element.style.setProperty('line-height', original.lineRatio.toFixed(3), 'important');
      }
    },
    reset,
    get active() {
      return active;
    },
  };
}
