/**
 * Bidirectional isolation for right-to-left translations. German names,
 * street addresses, phone numbers and dates stay Latin in an Arabic or Farsi
 * text; without isolation their punctuation and digits are reordered by the
 * bidi algorithm ("0340 204-2020" turns into "2020-204 0340"). Each such run
 * is wrapped in `<bdi>`, which lays it out in its own direction.
 */
import { sanitizeToFragment } from '@/utils/sanitize';

/** A run of Latin letters and digits, with the spaces and punctuation inside names, numbers and addresses. */
const LTR_RUN = /[\p{Script=Latin}\p{Nd}](?:[\p{Script=Latin}\p{Nd}.,:;/@+&()\-–_' ]*[\p{Script=Latin}\p{Nd})])?/gu;

function isolateText(node: Text, doc: Document): void {
  const text = node.data;
  LTR_RUN.lastIndex = 0;
  if (!LTR_RUN.test(text)) return;
  LTR_RUN.lastIndex = 0;
  const pieces = doc.createDocumentFragment();
  let last = 0;
  for (const match of text.matchAll(LTR_RUN)) {
    const start = match.index;
    if (start > last) pieces.append(doc.createTextNode(text.slice(last, start)));
    const bdi = doc.createElement('bdi');
    bdi.textContent = match[0];
    pieces.append(bdi);
    last = start + match[0].length;
  }
  if (last < text.length) pieces.append(doc.createTextNode(text.slice(last)));
  node.replaceWith(pieces);
}

/**
 * Sanitize `html` and wrap every embedded left-to-right run in `<bdi>`. `doc`
 * provides the DOM (the reader's document; a jsdom document in tests).
 */
export function isolateLtrRuns(html: string, doc: Document): string {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const fragment = sanitizeToFragment(html, win ?? undefined);
  const walker = doc.createTreeWalker(fragment, 4 /* NodeFilter.SHOW_TEXT */);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!(node.parentElement?.closest('bdi, bdo, code, pre, kbd, samp'))) texts.push(node as Text);
  }
  for (const text of texts) isolateText(text, doc);
  const container = doc.createElement('div');
  container.append(fragment);
  return container.innerHTML;
}
