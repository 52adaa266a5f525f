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
    const cls = el.getAttribute('class') ?? '';
    const id = el.getAttribute('id') ?? '';
    const match = `${cls} ${id}`;
    if (!UNLIKELY.test(match) || OK_MAYBE.test(match)) continue;
    if (!holdsArticleText(el)) continue;
    el.setAttribute('class', cls.split(/\s+/).filter((token) => token && !UNLIKELY.test(token)).join(' '));
    if (UNLIKELY.test(id)) el.removeAttribute('id');
    changed++;
  }
  return changed;
}
