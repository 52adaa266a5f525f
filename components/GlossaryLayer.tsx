/**
 * Glossary marking over the rendered article blocks, and the "simpler words"
 * view. A DOM pass (the blocks are sanitized HTML, not Preact children): the
 * first occurrence of each glossary term becomes a <dfn> with a button whose
 * explanation opens on click or on keyboard focus and closes with Esc or when
 * focus leaves. In the simpler-words view, terms with a safe plain word show
 * that word instead, marked, with the original in the explanation.
 * Page text only ever goes into text nodes.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article } from '@/utils/extract/types';
import { t } from '@/utils/i18n';
import { findGlossaryWords, type GlossaryWord } from '@/utils/simplify/glossary-words';

const SKIP = 'a, button, dfn, code, pre, kbd, samp, h1, h2, h3, h4, h5, h6, .ll-term, .ll-term-plain';

const isGerman = (lang: string | null | undefined) => /^de(-|$)/iu.test(lang ?? '');

const TIP_ID = 'll-term-tip';

function tipOf(root: ParentNode): HTMLElement | null {
  return root.querySelector<HTMLElement>(`#${TIP_ID}`);
}

function closeTip(button: HTMLButtonElement, root: ParentNode): void {
  button.setAttribute('aria-expanded', 'false');
  button.removeAttribute('aria-describedby');
  const tip = tipOf(root);
  if (tip) tip.hidden = true;
}

/**
 * One shared explanation box outside the blocks (read-aloud and translation
 * read the blocks' text, which must not gain explanations), placed under the
 * button in the scrolling overlay.
 */
function openTip(button: HTMLButtonElement, root: ParentNode): void {
  for (const other of Array.from(root.querySelectorAll<HTMLButtonElement>('.ll-term-btn[aria-expanded="true"]')))
    if (other !== button) closeTip(other, root);
  const tip = tipOf(root);
  if (!tip) return;
  const original = button.dataset.original;
  tip.textContent = original
    ? `${button.dataset.explanation ?? ''} ${t('simplifyTermOriginal', original)}`
    : (button.dataset.explanation ?? '');
  tip.hidden = false;
  const parent = (tip.offsetParent as HTMLElement | null) ?? button.ownerDocument.documentElement;
  const b = button.getBoundingClientRect();
  const p = parent.getBoundingClientRect();
  tip.style.top = `${b.bottom - p.top + parent.scrollTop + 4}px`;
  tip.style.left = `${Math.max(8, Math.min(b.left - p.left, p.width - tip.offsetWidth - 8))}px`;
  button.setAttribute('aria-expanded', 'true');
  button.setAttribute('aria-describedby', TIP_ID);
}

/** Wrap one glossary term: <dfn><button aria-expanded aria-controls>word</button></dfn>. */
function termElement(doc: Document, word: string, explanation: string, plain: string | undefined): HTMLElement {
  const dfn = doc.createElement('dfn');
  dfn.className = 'll-term';
  const button = doc.createElement('button');
  button.type = 'button';
  button.className = plain ? 'll-term-btn ll-replaced' : 'll-term-btn';
  button.textContent = plain ?? word;
  button.dataset.explanation = explanation;
  if (plain) button.dataset.original = word;
  button.setAttribute('aria-expanded', 'false');
  button.setAttribute('aria-controls', TIP_ID);
  // The reader leaves Esc to an open explanation (ReaderView checks this attribute).
  button.dataset.closesOnEscape = '';
  dfn.append(button);
  return dfn;
}

/**
 * The German blocks under the reader's article: the article's own (direct
 * children), and in a translation the German beside or under each translated
 * block, or standing in while it waits or after it failed: a newcomer reading
 * both learns the hard words where they stand. Translations are never marked.
 */
const GERMAN_BLOCKS = ':scope > [data-block-id], .ll-tr-original[data-block-id]';

/** One term marked in a block: the element put in for the word, and the word as it stood. */
interface Mark {
  node: HTMLElement;
  original: string;
  /** The glossary term (lower case) when this mark is its button (the term's first occurrence). */
  button?: string;
}

/** Whether `block` is German running text the glossary marks (headings are skipped, also as a translation's companion, a <p> there). */
function isMarkable(block: HTMLElement, articleLang: string): boolean {
  return isGerman(block.getAttribute('lang') ?? articleLang) && !/^H\d$/u.test(block.tagName) && !block.classList.contains('ll-heading');
}

/**
 * The glossary marks in the German blocks under `container`. A translation's
 * blocks arrive one message at a time; `sync` marks only the German blocks that
 * are new, so marks already there stay the same nodes: a term button that has
 * keyboard focus (or an open explanation) keeps it while the rest arrives, and a
 * 300-block page is not marked over again for every arriving block. Everything
 * is marked over (in page order: each term's first occurrence gets the button)
 * only when a new block comes before marked ones, or a block holding a button left.
 */
class GlossaryMarks {
  private readonly marks = new Map<HTMLElement, Mark[]>();
  /** For each term with a button: the block that holds it. */
  private readonly buttons = new Map<string, HTMLElement>();
  /** Blocks in the order they were marked (page order). */
  private order: HTMLElement[] = [];

  constructor(
    private readonly container: HTMLElement,
    private readonly index: ReadonlyMap<string, GlossaryWord>,
    private readonly simpler: boolean,
    private readonly articleLang: string,
  ) {}

  /** Bring the marks up to date with the blocks now under the container. */
  sync(): void {
    const blocks = Array.from(this.container.querySelectorAll<HTMLElement>(GERMAN_BLOCKS)).filter((b) => isMarkable(b, this.articleLang));
    const current = new Set(blocks);
    let lostButton = false;
    for (const [block, marks] of this.marks) {
      // Gone, no longer German (a translation took its place), or its content rendered anew.
      const intact = current.has(block) && marks.every((m) => block.contains(m.node));
      if (intact) continue;
      if (marks.some((m) => m.button)) lostButton = true;
      this.undo(marks);
      this.forget(block, marks);
    }
    const fresh = blocks.filter((b) => !this.marks.has(b));
    if (fresh.length === 0 && !lostButton) return;
    const last = this.order[this.order.length - 1];
    // A new block before a marked one: the first occurrence may now be in it.
    const inOrder = !last || fresh.every((b) => (last.compareDocumentPosition(b) & 4) /* FOLLOWING */ !== 0);
    if (lostButton || !inOrder) {
      const focused = this.focusedButton();
      this.clear();
      for (const block of blocks) this.markBlock(block);
      // A keyboard user on a term button stays on it when it is marked again in its block.
      if (focused) this.marks.get(focused.block)?.find((m) => m.button === focused.term)?.node.querySelector('button')?.focus({ preventScroll: true });
    } else for (const block of fresh) this.markBlock(block);
  }

  /** The term button that has the keyboard focus, and its block. */
  private focusedButton(): { block: HTMLElement; term: string } | undefined {
    const active = this.container.ownerDocument.activeElement;
    if (!active) return undefined;
    for (const [block, marks] of this.marks) for (const m of marks) if (m.button && m.node.contains(active)) return { block, term: m.button };
    return undefined;
  }

  /** Put the page text back as it was. */
  clear(): void {
    for (const marks of this.marks.values()) this.undo(marks);
    this.marks.clear();
    this.buttons.clear();
    this.order = [];
  }

  private forget(block: HTMLElement, marks: Mark[]): void {
    this.marks.delete(block);
    for (const m of marks) if (m.button && this.buttons.get(m.button) === block) this.buttons.delete(m.button);
    this.order = this.order.filter((b) => b !== block);
  }

  private undo(marks: Mark[]): void {
    for (const { node, original } of marks) {
      const parent = node.parentNode;
      if (!parent) continue;
      node.replaceWith(node.ownerDocument.createTextNode(original));
      parent.normalize();
    }
  }

  private markBlock(block: HTMLElement): void {
    const doc = block.ownerDocument;
    const marks: Mark[] = [];
    const walker = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
    const texts: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest(SKIP)) texts.push(n as Text);
    for (const node of texts) {
      const text = node.data;
      const matches = findGlossaryWords(text, this.index);
      if (matches.length === 0) continue;
      const fragment = doc.createDocumentFragment();
      let last = 0;
      for (const match of matches) {
        const term = match.word.term.toLowerCase();
        const plain = this.simpler ? match.word.plain : undefined;
        let mark: Mark | undefined;
        if (!this.buttons.has(term)) {
          this.buttons.set(term, block);
          mark = { node: termElement(doc, match.text, match.word.explanation, plain), original: match.text, button: term };
        } else if (plain) {
          const span = doc.createElement('span');
          span.className = 'll-term-plain ll-replaced';
          span.textContent = plain;
          span.title = t('simplifyTermOriginal', match.text);
          mark = { node: span, original: match.text };
        }
        if (!mark) continue;
        fragment.append(text.slice(last, match.start), mark.node);
        marks.push(mark);
        last = match.end;
      }
      if (last === 0) continue;
      fragment.append(text.slice(last));
      node.replaceWith(fragment);
    }
    this.marks.set(block, marks);
    this.order.push(block);
  }
}

export interface GlossaryLayerProps {
  article: Article;
  /** The article's glossary words, found in the background (`utils/simplify/analyze`). */
  words: GlossaryWord[];
}

export function GlossaryLayer({ article, words }: GlossaryLayerProps) {
  const anchor = useRef<HTMLDivElement>(null);
  const [simpler, setSimpler] = useState(false);
  const german = isGerman(article.lang) || article.blocks.some((b) => isGerman(b.lang));
  const index = useMemo(
    () => (german && words.length > 0 ? new Map(words.map((w) => [w.word, w])) : undefined),
    [german, words],
  );

  useEffect(() => {
    const container = anchor.current?.parentElement;
    if (!container || !index) return;
    const marks = new GlossaryMarks(container, index, simpler, article.lang);
    marks.sync();
    // Blocks come and go: a translation's rows as they arrive, a change of its view, the
    // original blocks after it is closed. A translation's blocks arrive one message at a
    // time: one pass for the changes of the last 50 ms.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const update = () => {
      timer = undefined;
      marks.sync();
      // This pass's own insertions are not the page's changes: drop their records.
      observer.takeRecords();
    };
    const observer = new MutationObserver(() => {
      timer ??= setTimeout(update, 50);
    });
    observer.observe(container, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      clearTimeout(timer);
      marks.clear();
    };
  }, [article, index, simpler]);

  // Registered once, on mount, before the reader's own Esc handler: Esc closes an open explanation, not the reader.
  useEffect(() => {
    const container = anchor.current?.parentElement;
    if (!container) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      const open = container.querySelector<HTMLButtonElement>('.ll-term-btn[aria-expanded="true"]');
      if (!open) return;
      event.preventDefault();
      event.stopImmediatePropagation();
      closeTip(open, container);
      open.focus();
    };
    const target = (event: Event) => (event.target as Element | null)?.closest?.('.ll-term-btn') as HTMLButtonElement | null;
    const onClick = (event: MouseEvent) => {
      const button = target(event);
      if (!button) return;
      if (button.getAttribute('aria-expanded') === 'true') closeTip(button, container);
      else openTip(button, container);
    };
    const onFocusIn = (event: FocusEvent) => {
      const button = target(event);
      // Keyboard focus opens the explanation; a mouse click decides by itself.
      if (button && button.matches(':focus-visible')) openTip(button, container);
    };
    const onFocusOut = (event: FocusEvent) => {
      const button = target(event);
      if (button) closeTip(button, container);
    };
    window.addEventListener('keydown', onKey, true);
    container.addEventListener('click', onClick);
    container.addEventListener('focusin', onFocusIn);
    container.addEventListener('focusout', onFocusOut);
    return () => {
      window.removeEventListener('keydown', onKey, true);
      container.removeEventListener('click', onClick);
      container.removeEventListener('focusin', onFocusIn);
      container.removeEventListener('focusout', onFocusOut);
    };
  }, []);

  if (!german) return <div ref={anchor} hidden />;
  return (
    <div ref={anchor} class="ll-glossary-bar">
      <button type="button" class="ll-simpler-toggle" aria-pressed={simpler} onClick={() => setSimpler((v) => !v)}>
        {t('simplifySimplerWords')}
      </button>
      {simpler ? (
        <p class="ll-machine-label" role="status">
          {t('simplifySimplerWordsOn')}
        </p>
      ) : null}
      {/* The explanations are German, inside a bar that speaks the UI language. */}
      <span id={TIP_ID} class="ll-term-tip" role="tooltip" lang="de" dir="ltr" hidden />
    </div>
  );
}
