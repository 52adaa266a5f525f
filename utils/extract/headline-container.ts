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
import { DOCUMENT_HREF, FILE_HREF } from '@/utils/clean/file-info';
import { TEASER_RIVER_MARK } from '@/utils/clean/related-teasers';
import { compileSelectors, elementsByTag, elementsIn } from '@/utils/clean/selector-matcher';

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
    let links = 0;
    for (const a of elementsByTag(copy, 'a')) if (!isDocumentLink(a)) links += norm(a.textContent).length;
    if (links / Math.max(1, kept.length) > MAX_LINK_DENSITY) return undefined;
    const wider = withFollowingSections(copy, Math.max(0, outLength + MAX_GROWTH_CHARS - kept.length));
    // Nothing to gain: Readability's choice stands.
    return wider === copy && kept.length <= outLength ? undefined : wider;
  }
  return undefined;
}

/** What a section module holds: running text, lists, tables. */
const SECTION_CONTENT = new Set(['P', 'UL', 'OL', 'TABLE', 'DL']);
/** A section module has at least this much text. */
const MIN_SECTION_CHARS = 80;

/**
 * Whether `el`, a sibling after the article's container, is a section of the
 * article: text in paragraphs, lists or tables (a revealed accordion, a download
 * list, "Gebühren"), not mostly links to other pages, not a river of other stories.
 */
function isFollowingSection(el: Element, text: string): boolean {
  if (text.length < MIN_SECTION_CHARS || el.hasAttribute(TEASER_RIVER_MARK) || NON_CONTENT.matches(el)) return false;
  if (SIDE_MODULE.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) return false;
  if (!elementsIn(el).some((e) => SECTION_CONTENT.has(e.tagName.toUpperCase()))) return false;
  let links = 0;
  for (const a of elementsByTag(el, 'a')) if (!isFileLink(a)) links += norm(a.textContent).length;
  return links / text.length <= MAX_LINK_DENSITY;
}

/**
 * Columns and boxes beside the article, by their names: sidebars (Bootstrap's narrow
 * `col-lg-3`, iKISS `#rechts`, Elementor `sidebar-*`), contact boxes (the card shows the
 * page's contact) and teasers of other pages.
 */
const SIDE_MODULE =
  /sidebar|aside|marginal|seitenleiste|randspalte|(?:^|[\s_-])(?:rechts|links|right|left)(?:$|[\s_-])|\bcol-(?:xs-|sm-|md-|lg-|xl-|xxl-)?[1-4](?!\d)|kontakt|contact|ansprech|teaser|related|verwandt/i;

/** A link to a file (its address or its text names the format or size), not a page that CMS keys files by (iKISS `FID`). */
const FILE_TEXT = /\b(?:PDF|DOCX?|XLSX?|ODT|ODS|RTF|ZIP)\b|\d\s*[KM]B\b/;
function isFileLink(a: Element): boolean {
  return FILE_HREF.test(a.getAttribute('href') ?? '') || FILE_TEXT.test(a.parentElement?.textContent ?? '');
}

/**
 * CMSes that build a page from modules (OpenCms Mercury, Weblication) put the
 * article's accordion, download list and further sections beside the article
 * module, in the same column; Readability, and the headline's container, hold
 * the article module only. The sections that follow it directly, up to the
 * first that is something else (a link list, share buttons, teasers), join it,
 * within `budget` characters.
 */
function withFollowingSections(container: Element, budget: number): Element {
  const sections: Element[] = [];
  for (let el = container.nextElementSibling; el; el = el.nextElementSibling) {
    const text = norm(el.textContent);
    if (!text) continue;
    if (!isFollowingSection(el, text) || text.length > budget) break;
    budget -= text.length;
    sections.push(el);
  }
  if (sections.length === 0) return container;
  const joined = container.ownerDocument.createElement('div');
  container.before(joined);
  joined.append(container, ...sections);
  for (const section of sections) for (const junk of NON_CONTENT.all(section)) junk.remove();
  return joined;
}
