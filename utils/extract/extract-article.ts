/**
 * Document in, Article out: prepare a clone, run Readability on it, clean,
 * sanitize and split into blocks. Pure: the page itself is never changed, and
 * it runs in the content script and in Node (jsdom) alike.
 */
import { Readability } from '@mozilla/readability';
import { sanitizeHtml } from '@/utils/sanitize';
import { toBlocks } from './blocks';
import { isOnlyLinkHint, stripLinkHints } from './link-hints';
import { NOISE_LINES, PORTAL_WIDGET_SELECTORS, VISUALLY_HIDDEN_SELECTORS } from './noise';
import type { Article } from './types';

export interface ExtractOptions {
  /** The page's address (kept in the article for the handout's source line). */
  url?: string;
  /** Window whose DOMPurify instance is used (Node passes jsdom's). */
  win?: Window & typeof globalThis;
}

const RTL_LANGS = /^(ar|fa|he|ps|ur|ckb|yi|dv|sd|ug)(-|$)/i;

/** Remove link hints and portal widgets from a cloned document. */
function prepareClone(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(VISUALLY_HIDDEN_SELECTORS.join(',')))) {
    if (isOnlyLinkHint(el.textContent ?? '')) el.remove();
  }
  for (const link of Array.from(doc.querySelectorAll('a'))) {
    const walker = doc.createTreeWalker(link, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const stripped = stripLinkHints(n.nodeValue ?? '');
      if (stripped !== n.nodeValue) n.nodeValue = stripped.replace(/\s+/g, ' ');
    }
  }
  for (const el of Array.from(doc.querySelectorAll(PORTAL_WIDGET_SELECTORS.join(',')))) el.remove();
  for (const el of Array.from(doc.querySelectorAll('p, div, span, li, a, button'))) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text && text.length < 200 && NOISE_LINES.some((re) => re.test(text))) el.remove();
  }
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Municipal CMSes put the site name into `<title>` and often shorten it; the
 * page's single `<h1>` is the full headline. Prefer it when it is clearly the
 * same headline (most of the title's words occur in it).
 */
function pickTitle(doc: Document, readabilityTitle: string): string {
  const h1s = Array.from(doc.querySelectorAll('h1'));
  const title = readabilityTitle.replace(/\s+/g, ' ').trim();
  if (h1s.length !== 1) return title;
  const h1 = (h1s[0]!.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!h1 || h1.length > 300) return title;
  if (!title) return h1;
  const h1Words = new Set(words(h1));
  const titleWords = words(title);
  const shared = titleWords.filter((w) => h1Words.has(w)).length;
  return shared / Math.max(1, titleWords.length) >= 0.5 && h1.length >= title.length ? h1 : title;
}

/** Extract the article of `doc`. Never mutates `doc`. */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Article {
  const url = options.url ?? doc.location?.href ?? '';
  const clone = doc.cloneNode(true) as Document;
  prepareClone(clone);
  const lang = (doc.documentElement.getAttribute('lang') || 'de').trim();
  const parsed = new Readability(clone, { charThreshold: 300, keepClasses: false }).parse();

  const html = parsed?.content ? sanitizeHtml(parsed.content, options.win) : '';
  // Parsed into an inert document: nothing in it loads or runs.
  const holder = doc.implementation.createHTMLDocument('').createElement('div');
  holder.innerHTML = html; // eslint-disable-line no-unsanitized/property -- sanitized above
  const blocks = toBlocks(holder);
  const text = blocks.map((b) => b.text).join('\n');
  const title = pickTitle(doc, parsed?.title || doc.title || '');
  const readerable = Boolean(parsed) && text.length >= 140;

  return {
    title,
    byline: parsed?.byline ?? undefined,
    lang,
    dir: RTL_LANGS.test(lang) ? 'rtl' : parsed?.dir === 'rtl' ? 'rtl' : 'ltr',
    siteName: parsed?.siteName ?? undefined,
    blocks,
    html,
    text,
    confidence: readerable ? 0.5 : 0,
    readerable,
    url,
  };
}
