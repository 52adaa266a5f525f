/**
 * Split sanitized article HTML into typed blocks: the unit of translation,
 * simplification, read-aloud and the bilingual view.
 */
import type { Block, BlockKind } from './types';

const CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'ASIDE', 'SPAN', 'DL']);
const KIND_BY_TAG: Record<string, BlockKind> = {
  P: 'paragraph',
  UL: 'list',
  OL: 'list',
  TABLE: 'table',
  BLOCKQUOTE: 'quote',
  FIGURE: 'figure',
  IMG: 'figure',
  PRE: 'pre',
  DT: 'paragraph',
  DD: 'paragraph',
};

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * `textContent`, but a `<br>` counts as a space: address and opening-hours
 * lines are often split by `<br>` alone ("Marktplatz 1<br>34567 Auenbach"),
 * and `textContent` would glue them into "Marktplatz 134567 Auenbach" for
 * translation, read-aloud, key facts and the fact check.
 */
function textOf(node: Node): string {
  if (node.nodeType !== 1) return node.textContent ?? '';
  const el = node as Element;
  if (el.tagName === 'BR') return ' ';
  if (!hasBr(el)) return el.textContent ?? '';
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 0x1 | 0x4 /* SHOW_ELEMENT | SHOW_TEXT */);
  let out = '';
  for (let n: Node | null = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if ((n as Element).tagName === 'BR') out += ' ';
  }
  return out;
}

/**
 * Whether `el` holds a `<br>`: a walk over its (few) descendant elements. Every
 * block asks, and under jsdom both `querySelector` and a live
 * `getElementsByTagName` collection cost far more than the walk.
 */
function hasBr(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.tagName.toUpperCase() === 'BR' || hasBr(c)) return true;
  return false;
}

/** Block-level children mean a container is split further. */
function hasBlockChildren(el: Element): boolean {
  for (const child of Array.from(el.children)) {
    if (child.tagName in KIND_BY_TAG || /^H[1-6]$/.test(child.tagName) || CONTAINERS.has(child.tagName))
      if (child.tagName !== 'SPAN') return true;
  }
  return false;
}

/**
 * The text a block shows on the page: an image block shows its picture, not
 * its alt text (which `text` carries for read-aloud and translation).
 */
export function shownText(block: Block): string {
  return block.kind === 'figure' && /^<img\b/i.test(block.html) ? '' : block.text;
}

/** Walk a sanitized container and return its blocks in document order. */
export function toBlocks(root: ParentNode): Block[] {
  const blocks: Block[] = [];
  let pending: Node[] = [];

  const push = (kind: BlockKind, html: string, text: string, extra: Partial<Block> = {}) => {
    const clean =
      kind === 'list' || kind === 'table'
        ? text.split('\n').map(normalize).filter(Boolean).join('\n')
        : normalize(text);
    if (!clean && kind !== 'figure') return;
    blocks.push({ id: `b${blocks.length}`, kind, html: html.trim(), text: clean, ...extra });
  };

  const flushInline = () => {
    // Source formatting between blocks (whitespace-only text) makes no paragraph: skip building one.
    if (pending.every((n) => n.nodeType === 3 && !/\S/.test(n.nodeValue ?? ''))) {
      pending = [];
      return;
    }
    const holder = (root as Node).ownerDocument?.createElement('p') ?? null;
    if (holder) {
      for (const n of pending) holder.appendChild(n.cloneNode(true));
      push('paragraph', holder.innerHTML, textOf(holder));
    }
    pending = [];
  };

  const visit = (parent: ParentNode) => {
    for (const node of Array.from(parent.childNodes)) {
      if (node.nodeType === 3 /* text */ || (node.nodeType === 1 && !isBlockish(node as Element))) {
        pending.push(node);
        continue;
      }
      if (node.nodeType !== 1) continue;
      flushInline();
      const el = node as Element;
      const heading = /^H([1-6])$/.exec(el.tagName);
      if (heading) {
        push('heading', el.innerHTML, textOf(el), { level: Number(heading[1]) });
      } else if (CONTAINERS.has(el.tagName) || (el.tagName === 'SPAN' && hasBlockChildren(el))) {
        if (hasBlockChildren(el)) visit(el);
        else push('paragraph', el.innerHTML, textOf(el));
      } else {
        const kind = KIND_BY_TAG[el.tagName] ?? 'paragraph';
        const extra: Partial<Block> = kind === 'list' ? { ordered: el.tagName === 'OL' } : {};
        const html = kind === 'list' || kind === 'table' || kind === 'figure' || kind === 'quote' ? el.outerHTML : el.innerHTML;
        const text = kind === 'figure' ? el.getAttribute('alt') ?? textOf(el) : textOf(el);
        if (kind === 'list' || kind === 'table') push(kind, html, blockText(el), extra);
        else push(kind, html, text, extra);
      }
    }
    flushInline();
  };

  visit(root);
  return blocks;
}

function isBlockish(el: Element): boolean {
  return (
    el.tagName in KIND_BY_TAG ||
    /^H[1-6]$/.test(el.tagName) ||
    (CONTAINERS.has(el.tagName) && (el.tagName !== 'SPAN' || hasBlockChildren(el))) ||
    el.tagName === 'HR'
  );
}

/** Text of a list or table with its items or cells on separate lines. */
function blockText(el: Element): string {
  if (el.tagName !== 'TABLE') return listLines(el).join('\n');
  const parts: string[] = [];
  for (const row of Array.from(el.getElementsByTagName('tr'))) {
    parts.push(
      Array.from(row.children)
        .map((c) => normalize(textOf(c)))
        .join(' | '),
    );
  }
  return parts.join('\n');
}

/**
 * A list's lines: one per item. Old and hand-written markup puts a nested
 * list straight into the list instead of into an item, or text without any
 * item (`<ul>` used for indentation): both are lines too, not lost.
 */
function listLines(list: Element): string[] {
  const lines: string[] = [];
  let loose = '';
  const flush = () => {
    lines.push(normalize(loose));
    loose = '';
  };
  for (const node of Array.from(list.childNodes)) {
    const tag = node.nodeType === 1 ? (node as Element).tagName.toUpperCase() : '';
    if (tag === 'LI') {
      flush();
      lines.push(normalize(textOf(node)));
    } else if (tag === 'UL' || tag === 'OL') {
      flush();
      lines.push(...listLines(node as Element));
    } else if (node.nodeType === 1 || node.nodeType === 3) loose += textOf(node);
  }
  flush();
  return lines.filter(Boolean);
}
