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

/** Whether a mutation added a block (a translation view renders its rows, blocks and German halves). */
const addsBlocks = (records: MutationRecord[]) =>
  records.some((r) => Array.from(r.addedNodes).some((n) => n instanceof Element && (n.matches('[data-block-id]') || n.querySelector('[data-block-id]') !== null)));

/** Mark terms in the blocks under `container`; returns an undo function. */
function markTerms(container: HTMLElement, index: ReadonlyMap<string, GlossaryWord>, simpler: boolean, articleLang: string): () => void {
  const doc = container.ownerDocument;
  const seen = new Set<string>();
  const inserted: { node: HTMLElement; original: string }[] = [];
  for (const block of Array.from(container.querySelectorAll<HTMLElement>(GERMAN_BLOCKS))) {
    // Headings are skipped, also as a translation's companion (a <p> there).
    if (!isGerman(block.getAttribute('lang') ?? articleLang) || /^H\d$/u.test(block.tagName) || block.classList.contains('ll-heading')) continue;
    const walker = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
    const texts: Text[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) if (!n.parentElement?.closest(SKIP)) texts.push(n as Text);
    for (const node of texts) {
      const text = node.data;
      const matches = findGlossaryWords(text, index);
      if (matches.length === 0) continue;
      const fragment = doc.createDocumentFragment();
      let last = 0;
      for (const match of matches) {
        const term = match.word.term.toLowerCase();
        const plain = simpler ? match.word.plain : undefined;
        let el: HTMLElement | undefined;
        if (!seen.has(term)) {
          seen.add(term);
          el = termElement(doc, match.text, match.word.explanation, plain);
        } else if (plain) {
          el = doc.createElement('span');
          el.className = 'll-term-plain ll-replaced';
          el.textContent = plain;
          el.title = t('simplifyTermOriginal', match.text);
        }
        if (!el) continue;
        fragment.append(text.slice(last, match.start), el);
        inserted.push({ node: el, original: match.text });
        last = match.end;
      }
      if (last === 0) continue;
      fragment.append(text.slice(last));
      node.replaceWith(fragment);
    }
  }
  return () => {
    for (const { node, original } of inserted) {
      const parent = node.parentNode;
      node.replaceWith(doc.createTextNode(original));
      parent?.normalize();
    }
  };
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
    let undo = markTerms(container, index, simpler, article.lang);
    // Blocks come and go: a translation's rows as they arrive, a change of its view, the
    // original blocks after it is closed. Mark again (the first occurrence gets the button).
    // A translation's blocks arrive one message at a time: one pass for those of the last 50 ms.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const remark = () => {
      timer = undefined;
      undo();
      undo = markTerms(container, index, simpler, article.lang);
      // This pass's own insertions are not blocks; drop their records.
      observer.takeRecords();
    };
    const observer = new MutationObserver((records) => {
      if (addsBlocks(records)) timer ??= setTimeout(remark, 50);
    });
    observer.observe(container, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      clearTimeout(timer);
      undo();
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
