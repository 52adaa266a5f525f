/**
 * Related-news and "see also" teaser boxes: a heading such as "Weitere
 * Meldungen" followed by a list of links. Readability keeps them when they sit
 * inside the article container (TYPO3 tx_news "Related", GSB "Das könnte Sie
 * auch interessieren", WordPress related-posts plugins), keyword lists
 * ("Schlagwörter") that link to the CMS's tag pages, and rivers of the site's
 * other stories below a post ("next post" thumbnails).
 */
import { DOCUMENT_HREF } from './file-info';

export const RELATED_TEASER_HEADINGS: readonly RegExp[] = [
  /^(?:Weitere|Aktuelle|Neueste|Ähnliche|Verwandte|Passende|Empfohlene) (?:Meldungen|Nachrichten|Artikel|Beiträge|News|Themen|Pressemitteilungen|Leistungen|Dienstleistungen|Links|Informationen)$/i,
  /^Das (?:Thema )?(?:könnte|dürfte) (?:Sie|dich|euch) auch interessieren$/i,
  /^(?:Auch|Ebenfalls) interessant$/i,
  /^(?:Mehr|Weitere|Artikel|Beiträge|Meldungen) zum Thema$/i,
  /^(?:Zum Weiterlesen|Weiterführende Links|Lesen Sie auch(?: die folgenden Beiträge)?|Lesetipps?|Auch lesen|Schon gelesen|Mehr Themen):?$/i,
  /^(?:Related|More) (?:news|posts|articles|stories)$/i,
  /^You (?:may|might) also like$/i,
  // Keyword lists of the CMS's taxonomy (Drupal, TYPO3 tx_news tags, WordPress tags, city portals' "Schlagwörter" boxes).
  /^(?:Schlagw(?:ö|oe)rter|Schlagworte|Stichw(?:ö|oe)rter|Stichworte|Tags|Keywords|Themen-?Tags):?$/i,
];

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * Containers named for the other stories of the site, below a post: "next post"
 * thumbnails (boingboing, WordPress themes), "read next", "more stories",
 * recommendation widgets, German "Empfehlungen" and "weitere Artikel". Not
 * "teaser" or "news-list": listing pages name their own list so.
 */
export const TEASER_RIVER_SELECTORS: readonly string[] = [
  '[class*="related" i]',
  '[id*="related" i]',
  '[class*="next-post" i]',
  '[id*="next-post" i]',
  '[class*="nextpost" i]',
  '[class*="read-next" i]',
  '[id*="read-next" i]',
  '[class*="more-stories" i]',
  '[class*="more-posts" i]',
  '[class*="more-articles" i]',
  '[class*="recommend" i]',
  '[class*="empfehlung" i]',
  '[class*="weitere-artikel" i]',
  '[class*="weitere-beitraege" i]',
];
/** A teaser: a title linking to another page and a blurb of at most this many characters. */
const MAX_TEASER_TEXT = 900;
/** A title link: the unit's heading, or a link of at least this many characters. */
const MIN_TITLE_LINK = 20;

function linkDensity(el: Element): number {
  const text = norm(el.textContent).length || 1;
  let links = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) links += norm(a.textContent).length;
  return links / text;
}

const HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'STRONG']);
const HEADING_SELECTOR = 'h2, h3, h4, h5, h6, strong, p, .header, .title';
/** A paragraph of plain text this short may title a teaser list ("Das könnte dich auch interessieren:"). */
const MAX_PARAGRAPH_HEADING = 80;

/** Whether `el` may be a teaser box's heading (what `HEADING_SELECTOR` matches). */
export function isTeaserHeadingCandidate(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (HEADING_TAGS.has(tag)) return true;
  if (tag === 'P') return !el.firstElementChild && (el.textContent ?? '').length <= MAX_PARAGRAPH_HEADING;
  const cls = el.getAttribute('class');
  return Boolean(cls && /(?:^|\s)(?:header|title)(?:\s|$)/.test(cls));
}

/**
 * Headings of lists that may be the page's content on a service page (forms, documents,
 * the offices' links): never taken out of a bigger container, only as a box of their own.
 */
const SERVICE_LIST_HEADING = /Informationen|Links|Leistungen|Dienstleistungen/i;
const LIST_TAGS = /^(?:UL|OL|DIV|NAV|BLOCKQUOTE)$/;

/** The heading, or the paragraph that holds nothing but it (`<p><strong>Auch interessant:</strong></p>`). */
function headingBlock(heading: Element, text: string): Element {
  const parent = heading.parentElement;
  return parent && /^(?:P|DIV)$/.test(parent.tagName) && norm(parent.textContent) === text ? parent : heading;
}

/**
 * Remove teaser boxes from `root`: the smallest ancestor of a matching heading
 * that holds the teaser list, when that box is mostly links. `candidates`: the
 * possible headings in document order, when the caller has already walked `root`.
 */
export function removeRelatedTeasers(root: ParentNode, candidates?: Element[]): number {
  let removed = 0;
  for (const heading of candidates ?? Array.from(root.querySelectorAll(HEADING_SELECTOR))) {
    // Removed with an earlier box? (Not `isConnected`: the article after Readability is a detached tree.)
    if (!(root as Node).contains(heading)) continue;
    if (heading.tagName === 'P' && !isTeaserHeadingCandidate(heading)) continue;
    const text = norm(heading.textContent);
    const title = text.replace(/\s*[:!?]$/, '');
    if (!title || title.length > 60 || !RELATED_TEASER_HEADINGS.some((re) => re.test(title))) continue;
    // A paragraph is a heading only for a list of related articles.
    if (heading.tagName === 'P' && SERVICE_LIST_HEADING.test(title)) continue;
    let box: Element | null = heading.parentElement;
    while (box && box.getElementsByTagName('a').length === 0 && box.parentElement) box = box.parentElement;
    if (!box || box.tagName === 'BODY' || box.tagName === 'MAIN' || box.tagName === 'ARTICLE') {
      // The heading sits directly in the article: drop it and the link list right after it.
      const next = heading.nextElementSibling;
      if (next && /^(UL|OL|DIV|NAV)$/.test(next.tagName) && linkDensity(next) > 0.6) next.remove();
      heading.remove();
      removed++;
      continue;
    }
    const boxText = norm(box.textContent);
    // A box left with nothing but its heading: its list was filled by a script, or its items
    // were noise removed before.
    if ((linkDensity(box) > 0.5 && boxText.length < 2000) || boxText === text) {
      box.remove();
      removed++;
      continue;
    }
    // The heading and its teaser list inside a bigger container (the end of a blog post's text).
    if (SERVICE_LIST_HEADING.test(title)) continue;
    const head = headingBlock(heading, text);
    const list = head.nextElementSibling;
    if (list && LIST_TAGS.test(list.tagName) && linkDensity(list) > 0.6 && norm(list.textContent).length < 2000) {
      list.remove();
      head.remove();
      removed++;
    }
  }
  return removed;
}

/** Whether `el` sits in a heading inside `unit` (a walk: jsdom answers `closest` slowly). */
function inHeading(el: Element, unit: Element): boolean {
  for (let e: Element | null = el; e && e !== unit.parentElement; e = e.parentElement) if (/^H[2-6]$/.test(e.tagName.toUpperCase())) return true;
  return false;
}

/** Whether `unit` is one story's teaser: short, with a title that links to another page. */
function isTeaserUnit(unit: Element): boolean {
  const text = norm(unit.textContent);
  if (text.length === 0 || text.length > MAX_TEASER_TEXT) return false;
  const links = unit.tagName === 'A' ? [unit] : Array.from(unit.getElementsByTagName('a'));
  return links.some((a) => {
    const href = a.getAttribute('href') ?? '';
    // A list of forms and leaflets ("related documents") is a service page's content, not other stories.
    if (!href || href.startsWith('#') || DOCUMENT_HREF.test(href)) return false;
    const title = norm(a.textContent);
    return title.length >= MIN_TITLE_LINK || (title.length > 0 && inHeading(a, unit));
  });
}

/**
 * The teasers of a named river: its element children, or those of its only child
 * (a wrapper, as often), when there are at least two and every one that holds text
 * is a teaser.
 */
function teaserUnits(river: Element): Element[] | undefined {
  let list = river;
  // Down through wrappers (a river's only child, or the only one after its heading), at most a few.
  for (let depth = 0; depth < 8; depth++) {
    const units = Array.from(list.children).filter((c) => norm(c.textContent).length > 0);
    // A heading over the teasers ("Read next") belongs to the river.
    const teasers = units.filter((u, i) => !(i === 0 && /^H[2-6]$/.test(u.tagName.toUpperCase()) && norm(u.textContent).length <= 60));
    if (teasers.length === 1 && teasers[0]!.firstElementChild) {
      list = teasers[0]!;
      continue;
    }
    return teasers.length >= 2 && teasers.every(isTeaserUnit) ? teasers : undefined;
  }
  return undefined;
}

/** Whether an ancestor of `el` is a marked river. */
function insideMarked(el: Element): boolean {
  for (let e = el.parentElement; e; e = e.parentElement) if (e.hasAttribute(TEASER_RIVER_MARK)) return true;
  return false;
}

/** Marks a river of teasers (`markTeaserRivers`) until the article is built. */
export const TEASER_RIVER_MARK = 'data-leselotse-teaser-river';

/**
 * Mark rivers of other stories (`TEASER_RIVER_SELECTORS`) that hold nothing but
 * teasers, however long: below a short post, Readability takes them in, and then
 * the post looks like a listing. The size limit of the other noise rules does not
 * apply: each teaser is checked instead. A river holding the page's `<h1>` holds
 * the article and stays. Marked, not removed: Readability still chooses its
 * article from the page as it is (without the river a short post's own container
 * can lose to the footer), and the article drops what is marked.
 */
export function markTeaserRivers(root: ParentNode, rivers: Element[]): number {
  let marked = 0;
  // In page order: a river inside one marked before goes with it.
  for (const river of rivers) {
    if (river === root || insideMarked(river) || river.getElementsByTagName('h1').length > 0) continue;
    if (!teaserUnits(river)) continue;
    river.setAttribute(TEASER_RIVER_MARK, '');
    marked++;
  }
  return marked;
}
