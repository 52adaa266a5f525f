/**
 * Engine output is untrusted HTML. Where a DOM exists (content script, reader,
 * tests with jsdom) it goes through the project's one DOMPurify config. The MV3
 * service worker has no DOM, and DOMPurify then returns its input unchanged, so
 * there a strict string filter rebuilds every tag from allow-lists (tags,
 * attributes per tag, web/mail/phone URLs only); the reader sanitizes again
 * at the DOM boundary (`SafeHtml`).
 */
import { sanitizeHtml } from '@/utils/sanitize';

const BARE_TAGS = new Set([
  'b', 'strong', 'i', 'em', 'u', 's', 'small', 'sub', 'sup', 'mark', 'br', 'p', 'span', 'abbr', 'code', 'q',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'cite', 'del', 'ins', 'bdi', 'wbr', 'time', 'a', 'img',
  'figure', 'figcaption', 'pre', 'kbd', 'samp', 'var', 'dfn', 'hr',
]);

const escapeText = (s: string) => s.replace(/&(?![a-zA-Z]+;|#\d+;|#x[0-9a-fA-F]+;)/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Values come from serialized HTML: existing entities stay, bare `&` and quotes are escaped. */
const escapeAttr = (s: string) => escapeText(s).replace(/"/g, '&quot;');

/** Attributes kept per tag (values are escaped; URLs must be web, mail or phone links). */
const KEPT_ATTRIBUTES: Record<string, readonly string[]> = {
  a: ['href', 'title'],
  img: ['src', 'alt', 'width', 'height'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  ol: ['start', 'reversed'],
  abbr: ['title'],
  time: ['datetime'],
};
const GLOBAL_ATTRIBUTES = ['lang', 'dir'];
const URL_ATTRIBUTES = new Set(['href', 'src']);
const ATTRIBUTE = /([a-zA-Z][a-zA-Z0-9-]*)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** The raw value must start with a web, mail or phone scheme (an entity-encoded `javascript:` does not). */
const SAFE_URL = /^(?:https?:|mailto:|tel:)/i;

function keptAttributes(name: string, raw: string): string {
  const allowed = new Set([...(KEPT_ATTRIBUTES[name] ?? []), ...GLOBAL_ATTRIBUTES]);
  let out = '';
  for (const m of raw.matchAll(ATTRIBUTE)) {
    const attr = m[1]!.toLowerCase();
    if (!allowed.has(attr) || out.includes(` ${attr}=`)) continue;
    const value = m[2] ?? m[3] ?? m[4] ?? '';
    if (URL_ATTRIBUTES.has(attr) && !SAFE_URL.test(value.trim())) continue;
    out += ` ${attr}="${escapeAttr(value.trim())}"`;
  }
  if (name === 'a' && out.includes(' href=')) out += ' rel="noopener noreferrer" target="_blank"';
  // An image must not tell its host which page was read.
  if (name === 'img') out += ' loading="lazy" referrerpolicy="no-referrer"';
  return out;
}

/** DOM-free filter: every tag is rebuilt from the allow-lists; anything else becomes text. */
export function sanitizeWithoutDom(html: string): string {
  let out = '';
  let last = 0;
  const tagRe = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b([^<>]*)>/g;
  for (let m = tagRe.exec(html); m; m = tagRe.exec(html)) {
    out += escapeText(html.slice(last, m.index));
    last = m.index + m[0].length;
    const [, slash, rawName, attributes] = m;
    const name = rawName!.toLowerCase();
    if (!BARE_TAGS.has(name)) continue;
    if (slash) out += name === 'img' || name === 'br' || name === 'wbr' ? '' : `</${name}>`;
    else out += `<${name}${keptAttributes(name, attributes ?? '')}>`;
  }
  out += escapeText(html.slice(last));
  return out;
}

/** Sanitize an engine's HTML output for the current context. */
export function sanitizeTranslation(html: string, win?: Window & typeof globalThis): string {
  const hasDom = win !== undefined || (typeof document !== 'undefined' && typeof DOMParser !== 'undefined');
  return hasDom ? sanitizeHtml(html, win) : sanitizeWithoutDom(html);
}

/** Plain text as HTML (for text-only engines). */
export function textToHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
