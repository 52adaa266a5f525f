/**
 * Keep attribute values (link targets, image sources) away from remote
 * engines: every opening tag with attributes is sent as `<tag data-r="n">`
 * and restored from the original afterwards. Link URLs can carry session or
 * case numbers; engines need only the text and the tag structure. It also
 * saves characters. Attributes that hold text (alt, title) stay German.
 */

const OPEN_TAG_WITH_ATTRIBUTES = /<([a-zA-Z][a-zA-Z0-9]*)(\s[^<>]*?)(\/?)>/g;
const MARKED_TAG = /<([a-zA-Z][a-zA-Z0-9]*)\s+data-r\s*=\s*["']?(\d+)["']?\s*(\/?)>/g;

export interface ProtectedHtml {
  html: string;
  /** Original opening tags, by marker number. */
  tags: string[];
}

/** Replace attributes by numbered markers. */
export function protectAttributes(html: string): ProtectedHtml {
  const tags: string[] = [];
  const out = html.replace(OPEN_TAG_WITH_ATTRIBUTES, (whole, name: string, _attributes: string, selfClosing: string) => {
    tags.push(whole);
    return `<${name} data-r="${tags.length - 1}"${selfClosing}>`;
  });
  return { html: out, tags };
}

/**
 * Put the original tags back. A marker the engine invented or moved onto a
 * different element loses its attributes instead of borrowing another's.
 */
export function restoreAttributes(html: string, tags: string[]): string {
  return html.replace(MARKED_TAG, (_whole, name: string, n: string) => {
    const original = tags[Number(n)];
    const sameElement = original !== undefined && new RegExp(`^<${name}[\\s/>]`, 'i').test(original);
    return sameElement ? original : `<${name}>`;
  });
}
