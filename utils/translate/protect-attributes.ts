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

/** An opening or closing tag as the DOM-free sanitizer reads it (`utils/translate/sanitize-output.ts`). */
const ANY_TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b([^<>]*)>/g;
const MARKER_ONLY = /^\s+data-r\s*=\s*["']?\d+["']?\s*\/?\s*$/;

/**
 * Attributes belong to the original only: an engine reply's tags keep their
 * markers and lose every attribute the engine wrote itself, so a reply cannot
 * add an image source, a link target or a style that the page did not have
 * (a remote picture in a translation would tell its host who read what).
 */
export function dropInventedAttributes(html: string): string {
  if (typeof DOMParser !== 'undefined') {
    // Where a DOM exists, read tags the way the browser will (`<img src=x <p>` is an image to a browser).
    const body = new DOMParser().parseFromString(`<!doctype html><body>${html}`, 'text/html').body;
    for (const el of Array.from(body.querySelectorAll('*'))) {
      const marker = el.getAttribute('data-r');
      for (const attr of Array.from(el.attributes)) el.removeAttribute(attr.name);
      if (marker !== null && /^\d+$/.test(marker)) el.setAttribute('data-r', marker);
    }
    return body.innerHTML;
  }
  // The service worker has no DOM; what this regex does not read as a tag, the DOM-free sanitizer escapes as text.
  return html.replace(ANY_TAG, (whole, slash: string, name: string, attributes: string) =>
    slash || !attributes.trim() || MARKER_ONLY.test(attributes) ? whole : `<${name}${/\/\s*$/.test(attributes) ? '/' : ''}>`,
  );
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
