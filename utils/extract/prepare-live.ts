/**
 * Prepare on the live page: decide from what only the live page knows
 * (computed visibility, `hidden`, `aria-hidden`) which elements are invisible
 * chrome and which are collapsed content (accordions, `<details>`, tab panels,
 * `aria-hidden` FAQ answers), and apply those decisions to a clone. The page
 * itself is only read, never written: the original and the clone are walked in
 * parallel (a deep clone has the same shape), so no marker attribute is needed.
 */
import { isOnlyLinkHint, stripLinkHints } from './link-hints';
import { VISUALLY_HIDDEN } from './noise';
import { closestMatch, compileSelectors, elementsIn } from '@/utils/clean/selector-matcher';

/** Page chrome whose hidden parts (mobile navigation, mega menus, dialogs) stay hidden. */
export const HIDDEN_CHROME_SELECTORS = 'nav, header, footer, [role="navigation"], [role="banner"], [role="dialog"]';
const CHROME = compileSelectors(HIDDEN_CHROME_SELECTORS);
const DETAILS = compileSelectors('details');
/** A toggle inside these names its heading or term: it becomes inline text there. */
export const HEADING_LIKE_SELECTORS = 'h1, h2, h3, h4, h5, h6, dt, summary';
const HEADING_LIKE = compileSelectors(HEADING_LIKE_SELECTORS);
const NAVIGATION = compileSelectors('nav, [role="navigation"]');

export interface PrepareOptions {
  /**
   * Use `getComputedStyle`. On by default in a browser; off under jsdom, which
   * has no layout and whose style cascade is slow and incomplete.
   */
  computedStyle?: boolean;
}

/**
 * Classes and ids of collapsible content, by widget family: Bootstrap
 * `collapse`/`tab-pane`, TYPO3 and GSB `accordion`, FAQ plugins, German
 * "Akkordeon"/"Aufklapp"/"Antwort".
 */
export const COLLAPSED_CONTENT_PATTERN =
  /accordion|akkordeon|collapse|aufklapp|klapp|toggle|expand|faq|answer|antwort|tab-?pane|tab-?content|tabpanel|panel|details|reveal|more-?text/i;

const NEVER_REVEAL = /modal|popup|overlay|paywall|subscri|newsletter|cookie|consent|banner|lightbox|offcanvas|flyout|dropdown-menu|mega-?menu/i;

/** Tags whose hidden content is never article text. */
const NEVER_CONTENT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);
/**
 * Of those, what no later step reads leaves the clone at once: program code, style
 * sheets, templates and icon drawings. Their text would count as page text: CSS-in-JS
 * libraries (Emotion, styled-components) put `<style>` elements inside headings, and
 * the headline read "…{font-size:16px…}Impfen und Boostern". Readability and the
 * noise rules need not walk them again either. Structured data (JSON-LD, which
 * Readability reads for title and byline) stays, and so do `<noscript>` (Readability
 * takes lazy-loaded images from it) and frames (its video embeds).
 */
function isDropped(el: Element, tag: string): boolean {
  if (tag === 'SCRIPT') return !/^\s*application\/ld\+json\s*$/i.test(el.getAttribute('type') ?? '');
  return tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'SVG';
}
/**
 * Inline formatting inside visible text: hidden on its own only by a class,
 * which the visually-hidden rules read. Computed styles (slow on big pages) are
 * not asked for these.
 */
const INLINE_TAGS = new Set(['B', 'I', 'EM', 'STRONG', 'U', 'S', 'SUB', 'SUP', 'SMALL', 'ABBR', 'CODE', 'MARK', 'Q', 'CITE', 'TIME', 'BR', 'WBR']);

type Decision = 'keep' | 'remove' | 'reveal';

/**
 * `checkVisibility` options: `visibility: hidden` counts as invisible too
 * (`checkVisibilityCSS` is the option's older name, from Firefox 106).
 */
const VISIBLE = { visibilityProperty: true, checkVisibilityCSS: true };

function linkDensity(el: Element): number {
  const total = (el.textContent ?? '').replace(/\s+/g, '').length || 1;
  let links = 0;
  for (const a of Array.from(el.getElementsByTagName('a'))) links += (a.textContent ?? '').replace(/\s+/g, '').length;
  return links / total;
}

function isCollapsedContent(el: Element, controlled: Set<string>): boolean {
  // Hidden menus (mobile navigation, mega menus) are collapsed too, but chrome.
  if (closestMatch(el, CHROME)) return false;
  if (linkDensity(el) > 0.5) return false;
  // Hidden paywalls, newsletter and consent layers are chrome waiting for a trigger, not collapsed text.
  if (NEVER_REVEAL.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) return false;
  if (closestMatch(el, DETAILS)) return true;
  const role = el.getAttribute('role');
  if (role === 'tabpanel' || role === 'region') return true;
  if (el.id && controlled.has(el.id)) return true;
  if (el.hasAttribute('aria-labelledby')) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.id}`;
  if (COLLAPSED_CONTENT_PATTERN.test(names)) return true;
  const parentNames = `${el.parentElement?.getAttribute('class') ?? ''} ${el.parentElement?.id ?? ''}`;
  return COLLAPSED_CONTENT_PATTERN.test(parentNames);
}

function hiddenByAttributes(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return Boolean(style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style));
}

function isVisuallyHiddenHint(el: Element): boolean {
  return VISUALLY_HIDDEN.matches(el) && isOnlyLinkHint(el.textContent ?? '');
}

/**
 * Walk `live` and `clone` in parallel and apply the decisions to `clone`:
 * invisible chrome is removed, collapsed content is opened (Readability would
 * otherwise drop it as invisible), sr-only link hints are removed.
 */
export function prepareClone(live: Document, clone: Document, options: PrepareOptions = {}): void {
  const view = live.defaultView;
  const useStyle =
    options.computedStyle ?? Boolean(view && !/jsdom/i.test(view.navigator?.userAgent ?? ''));
  // Without computed styles every decision rests on attributes, which the clone has too:
  // then the clone is walked alone (reading the page's own nodes is not free under jsdom).
  const source = useStyle ? live : clone;
  // Ids named by accordion and tab toggles; looked up only when a hidden element needs them.
  let controlled: Set<string> | undefined;
  const controlledIds = () => {
    if (!controlled) {
      controlled = new Set<string>();
      for (const el of elementsIn(source)) {
        const ids = el.getAttribute('aria-controls');
        if (ids) for (const id of ids.split(/\s+/)) if (id) controlled.add(id);
      }
    }
    return controlled;
  };
  // An element that renders (it has a box and is not `visibility: hidden`) is shown, and
  // `checkVisibility` says so without the style object `getComputedStyle` builds for every
  // element. Only what it calls invisible is asked for its own computed style: inside a
  // revealed panel, or `display: contents`, an element without a box is not hidden itself.
  const canCheck = useStyle && typeof live.documentElement?.checkVisibility === 'function';
  const actions: [Element, Decision][] = [];
  // What the later steps work on, collected in the same walk (one pass instead of a query each).
  const details: Element[] = [];
  const toggles: Element[] = [];
  const titled: Element[] = [];
  const links: Element[] = [];

  const decide = (el: Element, tag: string, attributes: boolean): Decision => {
    if (attributes && isVisuallyHiddenHint(el)) return 'remove';
    let hidden = attributes && hiddenByAttributes(el);
    if (!hidden && useStyle && view && !INLINE_TAGS.has(tag) && !(canCheck && el.checkVisibility(VISIBLE))) {
      const style = view.getComputedStyle(el);
      hidden = style.display === 'none' || style.visibility === 'hidden';
    }
    if (!hidden) return 'keep';
    if (!(el.textContent ?? '').trim()) return 'remove';
    return isCollapsedContent(el, controlledIds()) ? 'reveal' : 'remove';
  };

  // Sibling pointers, not `children`: indexing jsdom's live HTMLCollection is slow.
  const walk = (a: Element, b: Element) => {
    let la = a.firstElementChild;
    let cb = b.firstElementChild;
    while (la && cb) {
      const tag = la.tagName.toUpperCase();
      // Scripts, styles and SVG drawings hold no text to reveal and no link hints.
      if (NEVER_CONTENT.has(tag)) {
        if (isDropped(la, tag)) actions.push([cb, 'remove']);
      } else {
        // Most elements carry no attribute at all: then no attribute rule needs asking.
        const attributes = la.hasAttributes();
        const decision = decide(la, tag, attributes);
        if (decision === 'remove') actions.push([cb, 'remove']);
        else {
          if (decision === 'reveal') actions.push([cb, 'reveal']);
          if (tag === 'DETAILS') details.push(cb);
          else if (tag === 'A') links.push(cb);
          // Disclosure and tab buttons; `aria-controls` alone also drives carousels and theme switchers.
          if (attributes) {
            if ((tag === 'BUTTON' && la.hasAttribute('aria-expanded') && !isMenuButton(la)) || la.getAttribute('role') === 'tab')
              toggles.push(cb);
            if (la.hasAttribute('title')) titled.push(cb);
          }
          walk(la, cb);
        }
      }
      la = la.nextElementSibling;
      cb = cb.nextElementSibling;
    }
  };
  if (source.body && clone.body) walk(source.body, clone.body);

  for (const [el, decision] of actions) {
    if (decision === 'remove') el.remove();
    else reveal(el);
  }
  for (const el of details) el.setAttribute('open', '');
  unwrapToggleButtons(clone, toggles);
  stripHintsInLinks(clone, titled, links);
}

/**
 * A button that opens a menu (Bootstrap and Joomla "Benutzeraktionen" dropdowns: print,
 * e-mail, share), not a panel of the text: its label is chrome, not a question.
 */
function isMenuButton(button: Element): boolean {
  const popup = button.getAttribute('aria-haspopup');
  const menu = (popup !== null && popup !== 'false') || (button.getAttribute('data-bs-toggle') ?? button.getAttribute('data-toggle')) === 'dropdown';
  // A toggle inside a heading or term names its section: an accordion question that claims a
  // popup (some FAQ plugins set `aria-haspopup` on every toggle) is still the question.
  return menu && !closestMatch(button, HEADING_LIKE);
}

/**
 * Accordion and tab toggles are buttons holding the question or section name
 * (Drupal/Bootstrap/GSB accordions). Readability removes every `<button>`, so
 * the question would be lost while its answer stays: turn them into text.
 */
function unwrapToggleButtons(doc: Document, toggles: Element[]): void {
  const tablists = new Set<Element>();
  for (const button of toggles) {
    if (!(button.textContent ?? '').trim() || togglesNavigation(doc, button)) continue;
    // A tab's label heads its panel: a tab strip lists every label before the panels, and the
    // reader reads each panel under its own name (Bootstrap, Drupal and service-portal tabs).
    const panel = button.getAttribute('role') === 'tab' ? tabPanel(doc, button) : undefined;
    if (panel) {
      const heading = doc.createElement('h3');
      heading.textContent = button.textContent;
      panel.prepend(heading);
      const list = button.closest('[role="tablist"]');
      if (list) tablists.add(list);
      button.remove();
      continue;
    }
    const inHeading = closestMatch(button, HEADING_LIKE);
    const replacement = doc.createElement(inHeading ? 'span' : 'h3');
    while (button.firstChild) replacement.appendChild(button.firstChild);
    button.replaceWith(replacement);
  }
  // A strip whose tabs all went to their panels is empty chrome now.
  for (const list of tablists) if (!(list.textContent ?? '').trim()) list.remove();
}

/** The panel a tab controls, when it exists and does not hold the tab itself. */
function tabPanel(doc: Document, tab: Element): Element | undefined {
  const id = (tab.getAttribute('aria-controls') ?? '').split(/\s+/)[0];
  if (!id) return undefined;
  const panel = doc.getElementById(id);
  return panel && !panel.contains(tab) ? panel : undefined;
}

/** Panels of in-page and site navigation ("Inhalt", "Menü"): their toggle is chrome, not a question. */
const NAVIGATION_PANEL = /nav|menu|menü/i;

function togglesNavigation(doc: Document, button: Element): boolean {
  for (const id of (button.getAttribute('aria-controls') ?? '').split(/\s+/)) {
    if (!id) continue;
    if (NAVIGATION_PANEL.test(id)) return true;
    const panel = doc.getElementById(id);
    if (panel && (closestMatch(panel, NAVIGATION) || elementsIn(panel).some((el) => NAVIGATION.matches(el)) || NAVIGATION_PANEL.test(panel.getAttribute('class') ?? '')))
      return true;
  }
  return false;
}

/** Make a collapsed panel visible to Readability's visibility check. */
function reveal(el: Element): void {
  el.removeAttribute('hidden');
  el.removeAttribute('aria-hidden');
  const style = el.getAttribute('style');
  if (style) el.setAttribute('style', style.replace(/(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*;?/gi, ''));
  // Descendants hidden the same way belong to the panel too (nested FAQ answers).
  // `[hidden], [aria-hidden="true"], [style*="none" i]`, without jsdom's slow selector engine.
  for (const inner of elementsIn(el)) {
    if (!inner.hasAttributes()) continue;
    const hidden = inner.hasAttribute('hidden') || inner.getAttribute('aria-hidden') === 'true' || /none/i.test(inner.getAttribute('style') ?? '');
    if (hidden && (inner.textContent ?? '').trim().length > 20) {
      inner.removeAttribute('hidden');
      inner.removeAttribute('aria-hidden');
    }
  }
}

/** Cheap pre-test: every link hint pattern contains one of these words. */
const HINT_WORDS = /fenster|window|tab\b|extern|intern|link|datei|download|e-?mail/i;

/** Link hints glued into link text without their own element. */
function stripHintsInLinks(doc: Document, titled: Element[], links: Element[]): void {
  // TYPO3 and GSB put the hint into the title ("Externer Link … (Öffnet neues Fenster)").
  for (const el of titled) {
    const title = el.getAttribute('title') ?? '';
    const stripped = stripLinkHints(title).replace(/\s+/g, ' ').trim();
    if (stripped !== title.trim()) {
      if (stripped) el.setAttribute('title', stripped);
      else el.removeAttribute('title');
    }
  }
  for (const link of links) {
    if (!HINT_WORDS.test(link.textContent ?? '')) continue;
    const walker = doc.createTreeWalker(link, 4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const stripped = stripLinkHints(n.nodeValue ?? '');
      if (stripped !== n.nodeValue) n.nodeValue = stripped.replace(/\s+/g, ' ');
    }
  }
}
