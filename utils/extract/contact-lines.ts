/**
 * Turn a contact box into text lines the way a reader sees it: a new line at
 * every `<br>` and block element, links remembered with their targets.
 */

export interface ContactLine {
  text: string;
  /** `href`s of the links on this line. */
  hrefs: string[];
  /** Class names and itemprops around the line (`org`, `einrichtung`, `sp-contact-room`). */
  hint?: string;
}

const BLOCK = /^(?:P|DIV|LI|UL|OL|DL|DT|DD|H[1-6]|TR|TABLE|ADDRESS|SECTION|ARTICLE|ASIDE|HEADER|FOOTER|BLOCKQUOTE)$/;

/** Lines of `root`'s text; table rows become one line with their cells separated by spaces. */
export function contactLines(root: Element): ContactLine[] {
  const lines: ContactLine[] = [];
  let text = '';
  let hrefs: string[] = [];
  let hint = '';
  const flush = () => {
    const clean = text.replace(/\s+/g, ' ').trim();
    if (clean) lines.push({ text: clean, hrefs, hint: hint.trim() || undefined });
    text = '';
    hrefs = [];
    hint = '';
  };
  const visit = (node: Node, around: string) => {
    if (node.nodeType === 3) {
      if (!text.trim() && (node.nodeValue ?? '').trim()) hint = around;
      text += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'BUTTON' || tag === 'FORM') return;
    if (tag === 'BR') return flush();
    const block = BLOCK.test(tag);
    if (block) flush();
    if (tag === 'A') {
      const href = el.getAttribute('href');
      if (href) hrefs.push(href);
    }
    if (tag === 'TD' || tag === 'TH' || tag === 'DD') text += ' ';
    const own = `${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''}`.trim();
    const inner = own ? `${around} ${own}` : around;
    for (const child of Array.from(el.childNodes)) visit(child, inner);
    if (tag === 'TD' || tag === 'TH') text += ' ';
    if (block && tag !== 'DT') flush();
    if (tag === 'DT') text += ' ';
  };
  visit(root, '');
  flush();
  return lines;
}
