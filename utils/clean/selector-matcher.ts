/**
 * Fast matching of long selector lists. jsdom's selector engine is slow on
 * long lists of case-insensitive attribute selectors (hundreds of ms per
 * page), and browsers gain too: the simple forms our rules use — `.class`,
 * `#id`, `[class*="x" i]`, `[id*="x" i]`, `[class~="x" i]` — are compiled into
 * string tests run in one pass over the elements; anything else goes to
 * `querySelectorAll` as one joined selector.
 */

type Test = (cls: string, clsLower: string, id: string, idLower: string, el: Element) => boolean;

const SIMPLE = [
  { re: /^\.([\w-]+)$/, make: (v: string): Test => (cls) => ` ${cls} `.includes(` ${v} `) },
  { re: /^#([\w-]+)$/, make: (v: string): Test => (_c, _l, id) => id === v },
  { re: /^\[class\*="([^"]+)" i\]$/, make: (v: string): Test => (_c, l) => l.includes(v.toLowerCase()) },
  { re: /^\[id\*="([^"]+)" i\]$/, make: (v: string): Test => (_c, _l, _i, idl) => idl.includes(v.toLowerCase()) },
  { re: /^\[class~="([^"]+)" i\]$/, make: (v: string): Test => (_c, l) => ` ${l} `.includes(` ${v.toLowerCase()} `) },
  {
    re: /^\.([\w-]+)\.([\w-]+)$/,
    make: (a: string, b: string): Test => (cls) => ` ${cls} `.includes(` ${a} `) && ` ${cls} `.includes(` ${b} `),
  },
];

/** `tag[attr*="value" i]` and `[attr*="value"]` on any other attribute. */
const ATTR = /^([a-z]+)?\[([\w-]+)\*="([^"]+)"( i)?\]$/;

function attrTest(tag: string | undefined, attr: string, value: string, insensitive: boolean): Test {
  const want = insensitive ? value.toLowerCase() : value;
  const upper = tag?.toUpperCase();
  return (_c, _l, _i, _il, el) => {
    if (upper && el.tagName.toUpperCase() !== upper) return false;
    const got = el.getAttribute(attr);
    if (!got) return false;
    return (insensitive ? got.toLowerCase() : got).includes(want);
  };
}

export interface CompiledSelectors {
  /** Elements under `root` matching any selector, in document order. */
  all(root: Document | Element): Element[];
  /** Whether `el` matches any selector. */
  matches(el: Element): boolean;
}

/** Compile a selector list. */
export function compileSelectors(selectors: readonly string[]): CompiledSelectors {
  const tests: Test[] = [];
  const complex: string[] = [];
  for (const selector of selectors) {
    const simple = SIMPLE.find((s) => s.re.test(selector));
    const attr = ATTR.exec(selector);
    if (simple) {
      const m = simple.re.exec(selector)!;
      tests.push(simple.make(m[1]!, m[2]!));
    } else if (attr && attr[2] !== 'class' && attr[2] !== 'id') {
      tests.push(attrTest(attr[1], attr[2]!, attr[3]!, Boolean(attr[4])));
    } else complex.push(selector);
  }
  const joined = complex.join(',');
  const simpleMatch = (el: Element): boolean => {
    if (!el.hasAttributes()) return false;
    const cls = el.getAttribute('class') ?? '';
    const id = el.getAttribute('id') ?? '';
    const clsLower = cls.toLowerCase();
    const idLower = id.toLowerCase();
    return tests.some((t) => t(cls, clsLower, id, idLower, el));
  };
  const complexMatch = (el: Element): boolean => {
    if (!joined) return false;
    try {
      return el.matches(joined);
    } catch {
      return false;
    }
  };
  return {
    all(root) {
      let extra = new Set<Element>();
      if (joined) {
        try {
          extra = new Set(Array.from(root.querySelectorAll(joined)));
        } catch {
          // an engine without one of these selector features: the simple rules still apply
        }
      }
      const out: Element[] = [];
      // A static list: indexing jsdom's live HTMLCollection is slow.
      for (const el of Array.from(root.querySelectorAll('*'))) if (extra.has(el) || simpleMatch(el)) out.push(el);
      return out;
    },
    matches(el) {
      return simpleMatch(el) || complexMatch(el);
    },
  };
}
