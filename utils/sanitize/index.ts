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

/** What a call hands back: a string, a fragment, or the same nodes cleaned in place. */
type Mode = 'string' | 'fragment' | 'inPlace';
const MODE_CONFIG: Record<Mode, Config> = {
  string: CONFIG,
  fragment: { ...CONFIG, RETURN_DOM_FRAGMENT: true },
  inPlace: { ...CONFIG, IN_PLACE: true },
};

/**
 * One purifier per window and mode, its configuration set once: creating a
 * purifier costs about a millisecond, and DOMPurify parses a configuration
 * passed to `sanitize` on every call (a sixth of sanitizing an article in
 * Chromium). Extraction sanitizes on every page, translation every block.
 */
let purifiers = new WeakMap<object, Partial<Record<Mode, ReturnType<typeof DOMPurify>>>>();

function purifierFor(mode: Mode, win?: Window & typeof globalThis) {
  const key: object = win ?? DOMPurify;
  let byMode = purifiers.get(key);
  if (!byMode) purifiers.set(key, (byMode = {}));
  let purify = byMode[mode];
  if (!purify) {
    purify = win ? DOMPurify(win) : DOMPurify();
    purify.setConfig(MODE_CONFIG[mode]);
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
    byMode[mode] = purify;
  }
  return purify;
}

/**
 * Sanitize untrusted HTML to a string. `win` is the window whose DOM parser is
 * used (Node tests pass a jsdom window).
 */
export function sanitizeHtml(dirty: string, win?: Window & typeof globalThis): string {
  return purifierFor('string', win).sanitize(dirty) as string;
}

/** Sanitize untrusted HTML into a fragment, ready to append. */
export function sanitizeToFragment(dirty: string, win?: Window & typeof globalThis): DocumentFragment {
  return purifierFor('fragment', win).sanitize(dirty) as unknown as DocumentFragment;
}

/**
 * Sanitize untrusted nodes from an inert document (an extraction's clone) into
 * a fragment: DOMPurify walks an imported copy, so the article is not
 * serialized and parsed once more. `dirty` itself is left as it is.
 */
export function sanitizeNodeToFragment(dirty: Node, win?: Window & typeof globalThis): DocumentFragment {
  return purifierFor('fragment', win).sanitize(dirty) as unknown as DocumentFragment;
}

/**
 * Sanitize the children of `container`, an element of an inert document (an
 * extraction's clone) that DOMPurify's allow-list keeps (a `<div>` made for
 * it), in place: nothing is copied or parsed. Throws when DOMPurify refuses to
 * work in place; then `container` is unusable and must be dropped.
 */
export function sanitizeInPlace(container: Element, win?: Window & typeof globalThis): Element {
  return purifierFor('inPlace', win).sanitize(container) as unknown as Element;
}

/** For tests: start over with new purifiers. */
export function resetSanitizerForTests(): void {
  purifiers = new WeakMap();
}
