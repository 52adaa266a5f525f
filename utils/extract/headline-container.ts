/**
 * Municipal CMSes (NOLIS, Sitepark IES, iKISS, TYPO3) wrap the whole article in
 * one container that starts with the page's `<h1>`: event facts as `<dl>`,
 * "Formulare" download lists and service sections sit beside the paragraphs.
 * Readability scores paragraphs, picks the paragraphs' parent and drops
 * sibling blocks without paragraphs (a `<dl>` of date/time/place). When the
 * headline's container holds all of Readability's text and is not much bigger,
 * that container is the article: use it instead. Only on administration
 * pages (`municipal.ts`): on news pages that container holds bylines, teaser
 * and newsletter boxes that Readability rightly leaves out.
 */
import { DOCUMENT_HREF } from '@/utils/clean/file-info';
import { compileSelectors, elementsByTag } from '@/utils/clean/selector-matcher';

/** The container may be at most this much longer than Readability's text… */
export const MAX_GROWTH_RATIO = 2;
/** …and add at most this many characters. */
export const MAX_GROWTH_CHARS = 2500;
/** Above this link density the container is a listing or a portal page. */
const MAX_LINK_DENSITY = 0.35;

/** Elements that are never article content (Readability removes them too). */
export const NON_CONTENT_SELECTORS =
  'script, style, noscript, template, form, button, input, select, textarea, iframe, object, embed, nav, aside, footer, [role="navigation"], [role="complementary"], [role="search"], h1';
const NON_CONTENT = compileSelectors(NON_CONTENT_SELECTORS);

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();


function isDocumentLink(a: Element): boolean {
  return DOCUMENT_HREF.test(a.getAttribute('href') ?? '');
}

/** One document link's share: its parent's text, with the size note that follows it ("(PDF, 85 kB)"). */
function linkShare(a: Element): number {
  return isDocumentLink(a) ? norm(a.parentElement?.textContent).length : 0;
}

/** Text in the document links under `el` (`el` itself not counted). */
function documentLinkChars(el: Element): number {
  let n = 0;
  for (const a of elementsByTag(el, 'a')) n += linkShare(a);
  return n;
}

/**
 * `documentLinkChars(el)` when `known` is that of `child`, a child of `el`: only
 * the other children's subtrees are read, so walking up from the headline reads
 * each link once.
 */
function documentLinkCharsAround(el: Element, child: Element, known: number): number {
  let n = known;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    if (c === child) continue;
    if (c.tagName.toUpperCase() === 'A') n += linkShare(c);
    n += documentLinkChars(c);
  }
  return n;
}

/**
 * The first and the last line of at least 20 characters (whitespace collapsed), cut to 80:
 * looked for from both ends, without normalizing every line of the article.
 */
function probe(text: string): string[] {
  const lines = text.split('\n');
  const at = (i: number) => norm(lines[i]);
  let first = 0;
  while (first < lines.length && at(first).length < 20) first++;
  if (first === lines.length) return [];
  let last = lines.length - 1;
  while (at(last).length < 20) last--;
  return [at(first), at(last)].map((l) => l.slice(0, 80));
}

/** Pages bigger than this around the headline are portals, not one article. */
const MAX_SNAPSHOT_CHARS = 40000;

/**
 * Before Readability changes the clone: a detached copy of the largest
 * ancestor of `h1`, the clone's single headline (`singleHeadline`), that is
 * still article-sized.
 */
export function snapshotHeadline(h1: Element): Element | undefined {
  const clone = h1.ownerDocument;
  let top: Element | undefined;
  // The text length of each ancestor, added up from the text of the siblings on the way up:
  // `textContent` of every ancestor would build strings of the whole page over and over.
  // Node types below 7 are elements and text; comments (8) and processing instructions (7) are not text.
  let child: Element = h1;
  let length = (child.textContent ?? '').length;
  for (let el = child.parentElement; el && el !== clone.body && el !== clone.documentElement; child = el, el = el.parentElement) {
    for (let n = el.firstChild; n; n = n.nextSibling) if (n !== child && n.nodeType < 7) length += (n.textContent ?? '').length;
    if (length > MAX_SNAPSHOT_CHARS) break;
    top = el;
  }
  return top ? (top.cloneNode(true) as Element) : undefined;
}

/**
 * The headline's container in `snapshot` (without its `<h1>` and chrome), or
 * undefined when Readability's choice should stand.
 */
export function headlineContainer(snapshot: Element, readabilityText: string): Element | undefined {
  const h1 = elementsByTag(snapshot, 'h1')[0];
  const outLength = norm(readabilityText).length;
  const probes = probe(readabilityText);
  if (!h1 || outLength < 100 || probes.length === 0) return undefined;
  let child: Element = h1;
  let linkChars = documentLinkChars(h1);
  for (let el = h1.parentElement; el; child = el, el = el === snapshot ? null : el.parentElement) {
    const text = norm(el.textContent);
    // Download lists ("Formulare": PDFs with their sizes) are what such pages are for, not growth.
    linkChars = documentLinkCharsAround(el, child, linkChars);
    const growth = text.length - linkChars;
    if (growth > outLength * MAX_GROWTH_RATIO + 200 || growth - outLength > MAX_GROWTH_CHARS) return undefined;
    if (!probes.every((p) => text.includes(p))) continue;
    // The snapshot is a detached copy of our own: clean the chosen container in place.
    const copy = el;
    for (const junk of NON_CONTENT.all(copy)) junk.remove();
    const kept = norm(copy.textContent);
    if (kept.length <= outLength) return undefined; // nothing to gain
    let links = 0;
    for (const a of elementsByTag(copy, 'a')) if (!isDocumentLink(a)) links += norm(a.textContent).length;
    if (links / Math.max(1, kept.length) > MAX_LINK_DENSITY) return undefined;
    return copy;
  }
  return undefined;
}
