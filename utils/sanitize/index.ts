/**
 * The one DOMPurify configuration. Every string that came from a page or an
 * engine passes through here before it touches a DOM.
 */
import DOMPurify, { type Config } from 'dompurify';

/** Tags the reader may show: text structure, tables, figures. No forms, media players, frames or styles. */
const ALLOWED_TAGS = [
  'a', 'abbr', 'b', 'bdi', 'bdo', 'blockquote', 'br', 'caption', 'cite', 'code', 'dd', 'del', 'dfn',
  'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img',
  'ins', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub',
  'sup', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'u', 'ul', 'var', 'wbr',
];

const ALLOWED_ATTR = [
  'href', 'title', 'alt', 'src', 'width', 'height', 'lang', 'dir', 'colspan', 'rowspan', 'scope',
  'headers', 'datetime', 'start', 'reversed', 'type', 'abbr',
];

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Only web and contact links; no javascript:, data:, vbscript:, file: or relative-protocol tricks.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|#)/i,
  FORBID_TAGS: ['style', 'script', 'svg', 'math', 'form', 'input', 'button', 'iframe', 'object', 'embed', 'base', 'link', 'meta'],
  KEEP_CONTENT: true,
};

let hooked = new WeakSet<object>();
/** One purifier per window: creating one costs about a millisecond, and extraction sanitizes on every page. */
let purifiers = new WeakMap<object, ReturnType<typeof DOMPurify>>();

function purifierFor(win?: Window & typeof globalThis) {
  let purify = win ? purifiers.get(win) : DOMPurify;
  if (!purify) {
    purify = DOMPurify(win);
    purifiers.set(win!, purify);
  }
  if (!hooked.has(purify)) {
    purify.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'A') {
        node.setAttribute('rel', 'noopener noreferrer');
        node.setAttribute('target', '_blank');
      }
      if (node.nodeName === 'IMG') {
        // Lazy, no referrer: an image must not tell its host which page was read.
        node.setAttribute('loading', 'lazy');
        node.setAttribute('referrerpolicy', 'no-referrer');
      }
    });
    hooked.add(purify);
  }
  return purify;
}

/**
 * Sanitize untrusted HTML to a string. `win` is the window whose DOM parser is
 * used (Node tests pass a jsdom window).
 */
export function sanitizeHtml(dirty: string, win?: Window & typeof globalThis): string {
  return purifierFor(win).sanitize(dirty, CONFIG) as string;
}

/** Sanitize untrusted HTML into a fragment, ready to append. */
export function sanitizeToFragment(dirty: string, win?: Window & typeof globalThis): DocumentFragment {
  return purifierFor(win).sanitize(dirty, { ...CONFIG, RETURN_DOM_FRAGMENT: true }) as DocumentFragment;
}

/**
 * Sanitize untrusted nodes from an inert document (an extraction's clone) into
 * a fragment: DOMPurify walks an imported copy, so the article is not
 * serialized and parsed once more. `dirty` itself is left as it is.
 */
export function sanitizeNodeToFragment(dirty: Node, win?: Window & typeof globalThis): DocumentFragment {
  return purifierFor(win).sanitize(dirty, { ...CONFIG, RETURN_DOM_FRAGMENT: true }) as DocumentFragment;
}

/**
 * Sanitize the children of `container`, an element of an inert document (an
 * extraction's clone) that DOMPurify's allow-list keeps (a `<div>` made for
 * it), in place: nothing is copied or parsed. Throws when DOMPurify refuses to
 * work in place; then `container` is unusable and must be dropped.
 */
export function sanitizeInPlace(container: Element, win?: Window & typeof globalThis): Element {
  return purifierFor(win).sanitize(container, { ...CONFIG, IN_PLACE: true }) as Element;
}

/** For tests: forget which purifier instances carry the hook. */
export function resetSanitizerForTests(): void {
  hooked = new WeakSet<object>();
  purifiers = new WeakMap<object, ReturnType<typeof DOMPurify>>();
}
