/**
 * Fast matching of long selector lists. jsdom's selector engine is slow on
 * long lists of case-insensitive attribute selectors (hundreds of ms per
 * page), and browsers gain too: the simple forms our rules use are compiled
 * into grouped string tests run in one pass over the elements —
 * `.class` and `[class~="x" i]` as set lookups of the element's class tokens,
 * `#id` as a set lookup, every `[class*="x" i]` and `[id*="x" i]` as one
 * regular expression each, plus `.a.b`, `.a .b`, `[attr="x"]` and
 * `tag[attr*="x" i]`. Anything else goes to `querySelectorAll` as one joined
 * selector.
 */

/** A test of an element's class tokens (only asked when it has a class). */
type ClassTest = (tokens: string[], el: Element) => boolean;
/** A test of one attribute's value (only asked when the attribute is set and not empty). */
type ValueTest = (value: string, tag: string) => boolean;

/** A bare tag (`address`). */
const TAG = /^([a-z][a-z0-9]*)$/;
const CLASS = /^\.([\w-]+)$/;
const ID = /^#([\w-]+)$/;
const CLASS_TOKEN_I = /^\[class~="([^"]+)" i\]$/;
const CLASS_CONTAINS_I = /^\[class\*="([^"]+)" i\]$/;
const ID_CONTAINS_I = /^\[id\*="([^"]+)" i\]$/;
const CLASS_PAIR = /^\.([\w-]+)\.([\w-]+)$/;
/** `.ancestor .class`: a class inside a class (GSB `.docData .number`). */
const DESCENDANT = /^\.([\w-]+) \.([\w-]+)$/;
/** `tag[attr*="value" i]`, `[attr*="value"]` and `[attr="value"]` (class and id only with a tag). */
const ATTR = /^([a-z]+)?\[([\w-]+)(\*?)="([^"]+)"( i)?\]$/;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const tokensOf = (cls: string) => cls.split(/\s+/).filter(Boolean);

function valueTest(tag: string | undefined, contains: boolean, value: string, insensitive: boolean): ValueTest {
  const want = insensitive ? value.toLowerCase() : value;
  const upper = tag?.toUpperCase();
  return (got, elTag) => {
    if (upper && elTag !== upper) return false;
    const have = insensitive ? got.toLowerCase() : got;
    return contains ? have.includes(want) : have === want;
  };
}

function descendantTest(ancestor: string, cls: string): ClassTest {
  return (tokens, el) => {
    if (!tokens.includes(cls)) return false;
    for (let p = el.parentElement; p; p = p.parentElement) if (tokensOf(p.getAttribute('class') ?? '').includes(ancestor)) return true;
    return false;
  };
}

/**
 * Every element under `root` in page order, as a static list. A walk over
 * sibling pointers: under jsdom both `querySelectorAll('*')` and indexing a live
 * `getElementsByTagName('*')` cost several times as much.
 */
export function elementsIn(root: Document | Element): Element[] {
  const out: Element[] = [];
  const start = 'documentElement' in root ? nativeOf<Element | null>(root, 'documentElement') : root.firstElementChild;
  if (!start) return out;
  const stop = 'documentElement' in root ? null : root;
  let el: Element | null = start;
  while (el) {
    out.push(el);
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && !el.nextElementSibling) {
      el = el.parentElement;
      if (el === stop) el = null;
    }
    if (el) el = el.nextElementSibling;
  }
  return out;
}

/**
 * `root.getElementsByTagName(tag)` as a static list (indexing jsdom's live
 * collection is slow), much cheaper under jsdom than a selector query. On a
 * Document the method is taken from its prototype: a page can clobber the
 * document's own (`<img name="getElementsByTagName">`), in a clone too.
 */
export function elementsByTag(root: Document | Element, tag: string): Element[] {
  const list = 'documentElement' in root ? nativeOf<(tag: string) => HTMLCollectionOf<Element>>(root, 'getElementsByTagName')(tag) : root.getElementsByTagName(tag);
  return Array.from(list);
}

/**
 * A Document's own getter value or method (bound), from its prototype chain:
 * named elements (`<img name="…">`) override the document's own properties in
 * the page's world, and this lookup does not depend on which world runs it.
 */
export function nativeOf<T>(doc: Document, name: string): T {
  for (let proto = Object.getPrototypeOf(doc); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor?.get) return descriptor.get.call(doc) as T;
    if (typeof descriptor?.value === 'function') return (descriptor.value as (...a: unknown[]) => unknown).bind(doc) as T;
  }
  throw new TypeError(`Document has no ${name}`);
}

/**
 * `el.closest(selectors)` for a compiled list: `el` itself or its nearest
 * ancestor that matches. (jsdom answers `closest` with a long selector list
 * slowly, and contact and chrome checks ask it for many elements.)
 */
export function closestMatch(el: Element, compiled: CompiledSelectors): Element | null {
  for (let e: Element | null = el; e; e = e.parentElement) if (compiled.matches(e)) return e;
  return null;
}

export interface CompiledSelectors {
  /** Elements under `root` matching any selector, in document order. */
  all(root: Document | Element): Element[];
  /** Whether `el` matches any selector. */
  matches(el: Element): boolean;
}

/** Compile a selector list (an array, or one comma-separated string). */
export function compileSelectors(list: readonly string[] | string): CompiledSelectors {
  const selectors = typeof list === 'string' ? list.split(/\s*,\s*/) : list;
  const tags = new Set<string>();
  const classes = new Set<string>();
  const classesLower = new Set<string>();
  const ids = new Set<string>();
  const classParts: string[] = [];
  const idParts: string[] = [];
  const classTests: ClassTest[] = [];
  // Attribute tests grouped by attribute: each attribute is read once per element.
  const valueTests = new Map<string, ValueTest[]>();
  const complex: string[] = [];
  for (const selector of selectors) {
    let m: RegExpExecArray | null;
    if ((m = TAG.exec(selector))) tags.add(m[1]!.toUpperCase());
    else if ((m = CLASS.exec(selector))) classes.add(m[1]!);
    else if ((m = ID.exec(selector))) ids.add(m[1]!);
    else if ((m = CLASS_TOKEN_I.exec(selector))) classesLower.add(m[1]!.toLowerCase());
    else if ((m = CLASS_CONTAINS_I.exec(selector))) classParts.push(escape(m[1]!.toLowerCase()));
    else if ((m = ID_CONTAINS_I.exec(selector))) idParts.push(escape(m[1]!.toLowerCase()));
    else if ((m = CLASS_PAIR.exec(selector))) {
      const [a, b] = [m[1]!, m[2]!];
      classTests.push((t) => t.includes(a) && t.includes(b));
    } else if ((m = DESCENDANT.exec(selector))) classTests.push(descendantTest(m[1]!, m[2]!));
    else if ((m = ATTR.exec(selector)) && (m[1] || (m[2] !== 'class' && m[2] !== 'id'))) {
      const forAttr = valueTests.get(m[2]!) ?? [];
      forAttr.push(valueTest(m[1], m[3] === '*', m[4]!, Boolean(m[5])));
      valueTests.set(m[2]!, forAttr);
    } else complex.push(selector);
  }
  const classContains = classParts.length ? new RegExp(classParts.join('|')) : undefined;
  const idContains = idParts.length ? new RegExp(idParts.join('|')) : undefined;
  const joined = complex.join(',');
  const simpleMatch = (el: Element): boolean => {
    const tag = el.tagName.toUpperCase();
    if (tags.has(tag)) return true;
    if (!el.hasAttributes()) return false;
    const cls = el.getAttribute('class');
    if (cls) {
      if (classContains?.test(cls.toLowerCase())) return true;
      const tokens = tokensOf(cls);
      for (const token of tokens) if (classes.has(token) || classesLower.has(token.toLowerCase())) return true;
      for (const t of classTests) if (t(tokens, el)) return true;
    }
    const id = el.getAttribute('id');
    if (id && (ids.has(id) || idContains?.test(id.toLowerCase()))) return true;
    for (const [attr, tests] of valueTests) {
      const value = el.getAttribute(attr);
      if (value) for (const t of tests) if (t(value, tag)) return true;
    }
    return false;
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
      for (const el of elementsIn(root)) if (extra.has(el) || simpleMatch(el)) out.push(el);
      return out;
    },
    matches(el) {
      return simpleMatch(el) || complexMatch(el);
    },
  };
}
