/**
 * The compiled selector lists must match exactly what the browser's selector
 * engine matches: every rule list of the extraction, on elements built from
 * the rules' own names (in other letter cases, inside longer names, nested).
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { closestMatch, compileSelectors } from '@/utils/clean/selector-matcher';
import { CHROME_SELECTORS, MAIN_SELECTORS, SIDEBAR_SELECTORS } from '@/utils/extract/contact-candidates';
import { NON_CONTENT_SELECTORS } from '@/utils/extract/headline-container';
import { HEADING_LIKE_SELECTORS, HIDDEN_CHROME_SELECTORS } from '@/utils/extract/prepare-live';
import { ALL_NOISE_SELECTORS } from '@/utils/clean/cms-rules';
import { CONTACT_BOX_SELECTORS } from '@/utils/extract/contact-find';
import { VISUALLY_HIDDEN_SELECTORS } from '@/utils/extract/noise';

const LISTS = { noise: ALL_NOISE_SELECTORS, contact: CONTACT_BOX_SELECTORS, hidden: VISUALLY_HIDDEN_SELECTORS };

/** The names a selector list speaks of: class, id and attribute values. */
function names(selectors: readonly string[]): string[] {
  const out = new Set<string>();
  for (const s of selectors) for (const m of s.matchAll(/[.#]([\w-]+)|="([^"]+)"/g)) out.add((m[1] ?? m[2])!);
  return [...out];
}

function corpus(selectors: readonly string[]): string {
  const parts: string[] = [];
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
  for (const [i, n] of names(selectors).entries()) {
    const variants = [n, n.toUpperCase(), `x-${n}-y`, `${n}s`, n.slice(1)];
    for (const v of variants) {
      parts.push(`<div class="${esc(v)}" id="${esc(v)}-${i}"><span class="number">1</span></div>`);
      parts.push(`<form class="${esc(v)} other" action="/${esc(v)}"><p id="${esc(v)}">t</p></form>`);
      // Attribute values other than class and id are matched case-sensitively in browsers
      // (jsdom's engine ignores their case), so these get no upper-case variant.
      if (v !== n.toUpperCase() || v === n)
        parts.push(`<nav aria-label="${esc(v)}" role="${esc(v)}"><a class="a ${esc(v)}" itemtype="https://${esc(v)}">l</a></nav>`);
      parts.push(`<address class="docData"><i class="x ${esc(v)}">x</i></address>`);
    }
  }
  parts.push('<div class="docData"><p><span class="number">7</span></span></p></div><div class="rs_skip rsbtn">v</div><ul class="links inline"><li>l</li></ul>');
  return `<!doctype html><html><body>${parts.join('\n')}</body></html>`;
}

/**
 * The corpus tests compare with jsdom's selector engine, which needs about 4 s for the
 * noise corpus alone on a 2-core machine: near vitest's 5 s default. A limit for a busy
 * machine, not a speed check.
 */
const CORPUS_TIMEOUT = 60_000;

describe('compiled selector lists', () => {
  it.each(Object.entries(LISTS))('%s rules match what querySelectorAll matches', (_name, selectors) => {
    const { document } = parseHtml(corpus(selectors));
    const compiled = compileSelectors(selectors);
    const every = Array.from(document.querySelectorAll('*'));
    const describe = (els: Element[]) => els.map((el) => `${every.indexOf(el)} ${el.outerHTML.slice(0, 100)}`);
    const want = Array.from(document.querySelectorAll(selectors.join(',')));
    expect(want.length).toBeGreaterThan(20);
    expect(describe(compiled.all(document))).toEqual(describe(want));
    expect(describe(every.filter((el) => compiled.matches(el)))).toEqual(describe(want));
  }, CORPUS_TIMEOUT);

  // The lists that `closestMatch` and `all` use in place of `closest(...)` and `querySelectorAll(...)`.
  const CLOSEST_LISTS = {
    'contact chrome': CHROME_SELECTORS,
    'contact main': MAIN_SELECTORS,
    'contact sidebar': SIDEBAR_SELECTORS,
    'hidden chrome': HIDDEN_CHROME_SELECTORS,
    'heading-like': HEADING_LIKE_SELECTORS,
    'headline non-content': NON_CONTENT_SELECTORS,
  };
  const TAGS = ['div', 'section', 'footer', 'header', 'nav', 'main', 'article', 'aside', 'form', 'h2', 'dt', 'summary', 'details', 'button', 'iframe', 'h1', 'p'];

  it.each(Object.entries(CLOSEST_LISTS))('%s: closestMatch and all agree with closest and querySelectorAll', (_name, list) => {
    // Every tag, bare or carrying one of the list's names (class and id also in other cases and
    // inside longer names; other attributes exactly, as jsdom ignores their case where browsers
    // do not), nested three deep so that ancestors decide as often as the element itself.
    const esc = (v: string) => v.replace(/"/g, '&quot;');
    const attrs = [
      '',
      ...names(list.split(/\s*,\s*/)).flatMap((n) => [
        ...[n, n.toUpperCase(), `x-${n}-y`].flatMap((v) => [` class="${esc(v)}"`, ` id="${esc(v)}"`]),
        ` role="${esc(n)}"`,
        ` itemprop="${esc(n)}"`,
      ]),
    ];
    const parts = TAGS.flatMap((outer, i) =>
      attrs.map((a, j) => `<${outer}${a}><div><${TAGS[(i + j) % TAGS.length]}><span>t</span></${TAGS[(i + j) % TAGS.length]}></div></${outer}>`),
    );
    const { document } = parseHtml(`<!doctype html><html><body>${parts.join('')}<span>plain</span></body></html>`);
    const compiled = compileSelectors(list);
    const every = Array.from(document.body.querySelectorAll('*'));
    const nativeClosest = every.map((el) => every.indexOf(el.closest(list)!));
    expect(nativeClosest.filter((i) => i >= 0).length).toBeGreaterThan(10);
    expect(nativeClosest.filter((i) => i < 0).length).toBeGreaterThan(0);
    expect(every.map((el) => every.indexOf(closestMatch(el, compiled)!))).toEqual(nativeClosest);
    // jsdom's engine returns some lists grouped by selector instead of in document order: compare as sets.
    const native = Array.from(document.body.querySelectorAll(list)).map((el) => every.indexOf(el));
    expect(compiled.all(document.body).map((el) => every.indexOf(el))).toEqual(native.sort((x, y) => x - y));
  }, CORPUS_TIMEOUT);

  it('takes a comma-separated string as well as an array', () => {
    const { document } = parseHtml('<nav><p class="a">1</p></nav><div role="banner">2</div><p class="b">3</p>');
    expect(compileSelectors('nav, [role="banner"], .b').all(document).map((e) => e.tagName)).toEqual(['NAV', 'DIV', 'P']);
    expect(closestMatch(document.querySelector('.a')!, compileSelectors('nav'))?.tagName).toBe('NAV');
    expect(closestMatch(document.querySelector('.b')!, compileSelectors('nav'))).toBeNull();
  });

  it('reads each attribute once for all its tests, and still applies every test', () => {
    const { document } = parseHtml(
      '<nav aria-label="Sie sind hier">1</nav><div aria-label="Brotkrümel-Navigation">2</div><nav aria-label="Brotkrümel">3</nav><form action="/suche">4</form><div action="/suche">5</div>',
    );
    const list = ['nav[aria-label*="Brotkrümel" i]', '[aria-label*="Sie sind hier" i]', 'form[action*="such" i]'];
    expect(compileSelectors(list).all(document).map((e) => e.textContent)).toEqual(['1', '3', '4']);
    expect(Array.from(document.querySelectorAll(list.join(','))).map((e) => e.textContent)).toEqual(['1', '3', '4']);
  });

  it('compiles descendant, exact-attribute and tag-qualified forms', () => {
    const { document } = parseHtml(
      '<div class="docData"><span class="number">1</span></div><span class="number">2</span><div role="search">s</div><div role="searchbox">b</div><form class="site-Search">f</form><div class="search">d</div>',
    );
    const compiled = compileSelectors(['.docData .number', '[role="search"]', 'form[class*="search" i]']);
    expect(compiled.all(document).map((e) => e.textContent)).toEqual(['1', 's', 'f']);
  });
});
