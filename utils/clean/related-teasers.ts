/**
 * Related-news and "see also" teaser boxes: a heading such as "Weitere
 * Meldungen" followed by a list of links. Readability keeps them when they sit
 * inside the article container (TYPO3 tx_news "Related", GSB "Das könnte Sie
 * auch interessieren", WordPress related-posts plugins), and keyword lists
 * ("Schlagwörter") that link to the CMS's tag pages.
 */
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
