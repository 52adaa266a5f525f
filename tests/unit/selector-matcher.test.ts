/**
 * The compiled selector lists must match exactly what the browser's selector
 * engine matches: every rule list of the extraction, on elements built from
 * the rules' own names (in other letter cases, inside longer names, nested).
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { compileSelectors } from '@/utils/clean/selector-matcher';
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
  });

  it('compiles descendant, exact-attribute and tag-qualified forms', () => {
    const { document } = parseHtml(
      '<div class="docData"><span class="number">1</span></div><span class="number">2</span><div role="search">s</div><div role="searchbox">b</div><form class="site-Search">f</form><div class="search">d</div>',
    );
    const compiled = compileSelectors(['.docData .number', '[role="search"]', 'form[class*="search" i]']);
    expect(compiled.all(document).map((e) => e.textContent)).toEqual(['1', 's', 'f']);
  });
});
