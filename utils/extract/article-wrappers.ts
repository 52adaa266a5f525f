/**
 * Readability's first pass throws away every element whose class or id looks
 * like page chrome ("sidebar", "header", "menu", …), before it scores a single
 * paragraph. Themes name layout options that way on the wrapper that holds the
 * whole article: WordPress `vw-page-wrapper vw-blog-sidebar-postition-right`,
 * `has-sidebar`, `layout-with-header-image`. Readability then scores what is
 * left (a footer line, a "breaking news" list) and keeps it when it is long
 * enough; only when it is too short does it start over without the rule. Our
 * noise rules remove such short leftovers first, so Readability would settle for
 * the news list. The wrappers around the page's headline that hold the article
 * text lose the class words that name chrome, in the clone only.
 */
import { Readability } from '@mozilla/readability';

/** Readability's own patterns (its type declarations leave them out). */
const { unlikelyCandidates: UNLIKELY, okMaybeItsACandidate: OK_MAYBE } = (
  Readability.prototype as unknown as { REGEXPS: { unlikelyCandidates: RegExp; okMaybeItsACandidate: RegExp } }
).REGEXPS;

/** Paragraphs of at least this many characters… */
const MIN_PARAGRAPH_CHARS = 80;
/** …at least this many of them: article text, not a header with a logo headline and a menu. */
const MIN_PARAGRAPHS = 2;

/** Paragraphs looked at per wrapper, and wrappers per headline: a hostile page cannot make this slow. */
const MAX_PARAGRAPHS_SEEN = 200;
const MAX_WRAPPER_DEPTH = 40;

function holdsArticleText(el: Element): boolean {
  const paragraphs = el.getElementsByTagName('p');
  let found = 0;
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS_SEEN; i++) {
    if ((paragraphs[i]!.textContent ?? '').replace(/\s+/g, ' ').trim().length >= MIN_PARAGRAPH_CHARS && ++found >= MIN_PARAGRAPHS) return true;
  }
  return false;
}

/** Whether Readability's first pass would throw `el` away for its class or id. */
function isUnlikely(el: Element): boolean {
  const match = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return UNLIKELY.test(match) && !OK_MAYBE.test(match);
}

/** `el` loses the class tokens (and the id) that name chrome. */
function clearUnlikely(el: Element): void {
  el.setAttribute('class', (el.getAttribute('class') ?? '').split(/\s+/).filter((token) => token && !UNLIKELY.test(token)).join(' '));
  if (UNLIKELY.test(el.getAttribute('id') ?? '')) el.removeAttribute('id');
}

/**
 * Before Readability: the ancestors of `h1`, the clone's single headline
 * (`singleHeadline`), that Readability would throw away as unlikely and that
 * hold article text lose the class tokens (and the id) that say so. Returns
 * how many were changed.
 */
export function keepArticleWrappers(h1: Element): number {
  let changed = 0;
  let depth = 0;
  for (let el = h1.parentElement; el && el.tagName !== 'BODY' && el.tagName !== 'HTML' && depth++ < MAX_WRAPPER_DEPTH; el = el.parentElement) {
    if (!isUnlikely(el) || !holdsArticleText(el)) continue;
    clearUnlikely(el);
    changed++;
  }
  return changed;
}

/**
 * Readability starts its walk at the root element and tests it like any other: a
 * root whose classes name the layout (Avada `avada-html-header-position-top`,
 * `header-spacing`, `no-js-burgerMenu`, `with-banner--skyscraper-aside`) is
 * removed as unlikely, nothing is scored, and the whole body becomes the
 * "article" (menus, consent buttons and all; paragraphs whose text sits beside
 * a block lose it in the cleanup). The root is never chrome: in the clone it
 * loses the class tokens (and the id) that say so. Returns whether it changed.
 */
export function keepRootElement(doc: Document): boolean {
  const root = doc.documentElement;
  if (!root || !isUnlikely(root)) return false;
  clearUnlikely(root);
  return true;
}
