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
/** Markup of a part of a name (schema.org, vCard), which shares its line with the other parts. */
const NAME_PART = /(?:^|\s)(?:givenName|familyName|additionalName|honorificPrefix|honorificSuffix|given-name|family-name|additional-name|honorific-prefix|honorific-suffix|p-given-name|p-family-name)(?:$|\s)/;
/** A postcode alone: its town was in the next `<span>` ("<span>10117</span> <span>Berlin</span>"). */
const POSTCODE_ONLY = /^(?:D-\s?)?\d{5}$/;

/**
 * Whether `el` holds two or more `<span>`s and otherwise only whitespace, blocks or
 * `<br>`s: contact boxes that write each line as a span the style sheet shows as a
 * block (Bundesrat: `<h3>Bundesrat</h3> <span>Leipziger Straße 3-4, 10117 Berlin</span>
 * <span>Tel. …</span>`). Each of them is a line, as on the page.
 */
function holdsSpanLines(el: Element): boolean {
  let spans = 0;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      if ((n.nodeValue ?? '').trim()) return false;
    } else if (n.nodeType === 1) {
      const tag = (n as Element).tagName.toUpperCase();
      if (tag === 'SPAN') {
        // "<span>Fax:</span> <span>0340 …</span>": a label and its value share a line.
        if (/:\s*$/.test(n.textContent ?? '')) return false;
        // Parts of one name (schema.org `givenName`/`familyName`, vCard `given-name`) share a line.
        if (NAME_PART.test(`${(n as Element).getAttribute('itemprop') ?? ''} ${(n as Element).getAttribute('class') ?? ''}`)) return false;
        spans++;
      }
      // Beside a heading or paragraph of the box ("<h3>Bundesrat</h3>"), not inside running text.
      else if (tag !== 'BR' && !BLOCK.test(tag)) return false;
    }
  }
  return spans >= 2;
}

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
  const visit = (node: Node, around: string, spanLines = false) => {
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
    const block = BLOCK.test(tag) || spanLines;
    if (block) flush();
    if (tag === 'A') {
      const href = el.getAttribute('href');
      if (href) hrefs.push(href);
    }
    if (tag === 'TD' || tag === 'TH' || tag === 'DD') text += ' ';
    const own = `${el.getAttribute('class') ?? ''} ${el.getAttribute('itemprop') ?? ''}`.trim();
    const inner = own ? `${around} ${own}` : around;
    const childLines = holdsSpanLines(el);
    for (const child of Array.from(el.childNodes)) visit(child, inner, childLines);
    if (tag === 'TD' || tag === 'TH') text += ' ';
    if (block && tag !== 'DT') flush();
    if (tag === 'DT') text += ' ';
  };
  visit(root, '');
  flush();
  // A postcode split from its town by the span lines above goes back to it.
  for (let i = lines.length - 2; i >= 0; i--) {
    const line = lines[i]!;
    const next = lines[i + 1]!;
    if (POSTCODE_ONLY.test(line.text) && /^\p{L}/u.test(next.text)) {
      lines.splice(i, 2, { text: `${line.text} ${next.text}`, hrefs: [...line.hrefs, ...next.hrefs], hint: line.hint ?? next.hint });
    }
  }
  return lines;
}
