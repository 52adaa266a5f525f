/**
 * How sure the extractor is that it found the page's article. Listing and
 * overview pages (news lists, teaser grids), search results and pages without
 * an article get a low score and `readerable: false`, so the reader says so
 * instead of showing a pile of teasers.
 */
import { elementsIn } from '@/utils/clean/selector-matcher';

/** Search result pages: URL parameters and headings of the usual site searches (TYPO3 indexed_search, Solr, GSB). */
export const SEARCH_URL = /[?&](?:q|query|s|search|suche|searchterm|tx_indexedsearch[^=]*|tx_solr[^=]*)=|\/(?:suche|search|suchergebnis(?:se)?)(?:[/.?]|$)/i;
export const SEARCH_HEADING = /^(?:Suche|Volltextsuche|Search|Suchergebnis(?:se)?|Ergebnisse der Suche|Search results?|Ihre Suche|\d+ (?:Treffer|Ergebnisse))(?:\s|:|$)/i;
/** Result counts of GSB, TYPO3 Solr/indexed_search and common site searches. */
export const SEARCH_TEXT = /Ihre Suche nach .{1,80} ergab \d+ Treffer|Es wurden \d+ (?:Ergebnisse|Treffer)|\d+ (?:Treffer|Suchergebnisse) (?:gefunden|für)|Zeige Ergebnisse \d+ bis \d+|\d+ results? (?:found|for)/i;

export interface ConfidenceInput {
  /** Plain text of the extracted article. */
  text: string;
  /** The extracted article as a (sanitized, inert) element. */
  content: Element;
  /** Page headline (h1) and URL. */
  heading: string;
  url: string;
}

export interface ConfidenceResult {
  confidence: number;
  listing: boolean;
  search: boolean;
}

const len = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim().length;

/** Headings that title a teaser in a listing. */
const SECTION_HEADINGS = new Set(['H2', 'H3', 'H4']);

/** Score the extraction 0..1. */
export function scoreConfidence({ text, content, heading, url }: ConfidenceInput): ConfidenceResult {
  const total = len(text);
  if (total === 0) return { confidence: 0, listing: false, search: false };
  // Tag lookups, not selector queries: jsdom's selector engine is slow.
  const links = Array.from(content.getElementsByTagName('a'));
  let linkChars = 0;
  for (const a of links) linkChars += len(a.textContent);
  const linkDensity = linkChars / Math.max(1, total);
  const paragraphs = Array.from(content.getElementsByTagName('p')).filter((p) => len(p.textContent) >= 80).length;
  // Teaser lists: headings that are links, or many short linked items each with a blurb.
  // Self-links ("#section" anchors beside headings) are tables of contents, not teasers.
  const linkedHeadings = elementsIn(content).filter((h) => {
    if (!SECTION_HEADINGS.has(h.tagName.toUpperCase())) return false;
    const linked = Array.from(h.getElementsByTagName('a')).find((a) => a.hasAttribute('href')) ?? (h.parentElement?.tagName === 'A' ? h.parentElement : null);
    const href = linked?.getAttribute('href') ?? '';
    return linked && !href.startsWith('#') && len(linked.textContent) >= len(h.textContent) * 0.8;
  }).length;
  const moreLinks = links.filter((a) =>
    /^(?:mehr|weiterlesen|mehr lesen|mehr erfahren|zum artikel|read more|more|details|\[?mehr\]?)\W*$/i.test(
      (a.textContent ?? '').trim(),
    ),
  ).length;
  // Teasers are short: many linked headings over a long text are an article's section links.
  const teaserShort = total / Math.max(1, linkedHeadings, moreLinks) < 600;
  // An article with a few related-story links below it stays low in link density.
  const listing = ((linkedHeadings >= 3 || moreLinks >= 3) && teaserShort && linkDensity > 0.2) || linkDensity > 0.5;
  const search = SEARCH_URL.test(url) || SEARCH_HEADING.test(heading.trim()) || SEARCH_TEXT.test(text.slice(0, 2000));

  let confidence =
    0.45 * Math.min(1, total / 1200) + 0.3 * Math.min(1, paragraphs / 3) + 0.25 * Math.max(0, 1 - 2 * linkDensity);
  if (listing) confidence *= 0.3;
  if (search) confidence *= 0.2;
  return { confidence: Math.round(confidence * 100) / 100, listing, search };
}

/** Below this many characters there is no article to read… */
export const MIN_ARTICLE_CHARS = 140;

const HIDDEN_TEXT_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** Characters of text in `doc`'s body, without scripts and styles (whitespace collapsed). */
export function pageTextLength(doc: Document): number {
  if (!doc.body) return 0;
  let n = 0;
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (HIDDEN_TEXT_PARENTS.has(t.parentElement?.tagName.toUpperCase() ?? '')) continue;
    n += len(t.nodeValue);
  }
  return n;
}

/**
 * Whether the reader shows the extraction as an article. Listings and search
 * results never. Otherwise a short article (a two-paragraph notice, a short
 * blog post) is still the page's article, though its `confidence` is low
 * because it is short: the score says how sure, not whether. Below `MIN_ARTICLE_CHARS` there is
 * no article — unless the extracted text is all the page says (`pageChars`,
 * asked only then), which is then what there is to read.
 */
export function isReaderable(score: ConfidenceResult, articleChars: number, pageChars: () => number): boolean {
  if (score.listing || score.search || articleChars === 0) return false;
  if (articleChars >= MIN_ARTICLE_CHARS) return true;
  return pageChars() <= articleChars * 1.5 + 40;
}
