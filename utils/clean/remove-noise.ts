/**
 * Apply the municipal noise rules to a cloned document (never the live page).
 */
import { ALL_NOISE_SELECTORS, CONSENT_NOISE, FONT_SIZE_WIDGET_NOISE } from './cms-rules';
import { isNoiseLine } from './noise-lines';
import { isTeaserHeadingCandidate, removeRelatedTeasers, markTeaserRivers, TEASER_RIVER_SELECTORS } from './related-teasers';
import { compileSelectors } from './selector-matcher';

const ALL = compileSelectors(ALL_NOISE_SELECTORS);
const CONSENT = compileSelectors(CONSENT_NOISE);
const FONT_SIZE_WIDGETS = compileSelectors(FONT_SIZE_WIDGET_NOISE);
const NOT_FONT_SIZE_WIDGETS = compileSelectors(ALL_NOISE_SELECTORS.filter((s) => !FONT_SIZE_WIDGET_NOISE.includes(s)));
const TEASER_RIVERS = compileSelectors(TEASER_RIVER_SELECTORS);
/** Rivers of teasers are containers. */
const RIVER_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'UL', 'OL', 'NAV']);

/**
 * A selector rule never removes a big subtree: some themes put a class like
 * `share` or `tools` on a wrapper of the whole content, and losing the article
 * is worse than keeping a widget.
 */
const MAX_WIDGET_TEXT = 1500;
/**
 * A font-size widget holds its buttons' labels ("Schriftgröße: A- A A+ Standard",
 * with contrast and read-aloud links at most); a text module styled `small-fontsize`
 * holds paragraphs.
 */
const MAX_FONT_SIZE_WIDGET_TEXT = 300;
/** Consent dialogs list every cookie with its purpose: long, but never the article. */
const MAX_CONSENT_TEXT = 20000;

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

const BLOCK_TAGS = new Set(['P', 'DIV', 'UL', 'OL', 'TABLE', 'SECTION', 'ARTICLE', 'DL', 'FORM', 'NAV']);

/**
 * A label is inline content with few child elements; an element with block
 * children is a container, checked through its children. (One pass over the
 * children: jsdom's `childElementCount` builds a live collection each time.)
 */
function isLabelShaped(el: Element): boolean {
  let n = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (++n > 6 || BLOCK_TAGS.has(c.tagName.toUpperCase())) return false;
  return true;
}

/** Elements whose whole text may be a noise label. */
const LABEL_TAGS = new Set(['A', 'BUTTON', 'SPAN', 'LI', 'P', 'DIV', 'DT', 'DD', 'LABEL', 'SMALL', 'STRONG', 'H2', 'H3', 'H4', 'H5', 'H6']);
/** Of those, the ones that sit inside running text. */
const INLINE_LABEL_TAGS = new Set(['A', 'SPAN', 'LABEL', 'SMALL', 'STRONG']);
const WORD = /\p{L}{3}/u;

/**
 * An inline element with words right beside it is part of a sentence ("meinen
 * <a>Tweet</a> zitiert", "das Formular <a>drucken</a>"), not a stand-alone label.
 */
function isInSentence(el: Element): boolean {
  for (const sibling of [el.previousSibling, el.nextSibling])
    if (sibling?.nodeType === 3 && WORD.test(sibling.nodeValue ?? '')) return true;
  return false;
}

/**
 * Copyright icons of icon fonts (Font Awesome `fa-copyright`, Bootstrap Icons
 * `bi-c-circle`, Glyphicons, theme `icon-copyright`): the © of a photo credit drawn
 * by CSS, so the credit's text has no "©" for the noise lines to see.
 */
const CREDIT_ICON_CLASS = /(?:^|\s)(?:fa-copyright|icon-copyright|bi-c-circle|glyphicon-copyright-mark)(?:\s|$)/i;
/** The names of a credit: a few words ("Thomas Tretzka", "Stadt Musterhausen / Jana Vogt"). */
const CREDIT_NAMES = /^(?:\S+\s*){1,8}$/;

/** Whether `el` opens with a copyright icon (`<i class="fa fa-copyright"></i>Thomas Tretzka`). */
function startsWithCreditIcon(el: Element): boolean {
  const icon = el.firstElementChild;
  if (!icon || !/^(?:I|SPAN)$/.test(icon.tagName.toUpperCase()) || !CREDIT_ICON_CLASS.test(icon.getAttribute('class') ?? '')) return false;
  for (let n = el.firstChild; n && n !== icon; n = n.nextSibling) if (n.nodeType === 3 && (n.nodeValue ?? '').trim()) return false;
  return true;
}

/** A table of contents lists at least this many sections. */
const MIN_CONTENTS_ITEMS = 3;

/**
 * A list of jumps to the page's own sections ("Auf dieser Seite": service portals, GSB, FAQ
 * pages listing their questions): every item is one link to an anchor of the page. The
 * sections follow with their headings; the reader has no use for the jumps.
 */
function isInPageContents(list: Element, minItems = MIN_CONTENTS_ITEMS): boolean {
  let items = 0;
  for (let li = list.firstElementChild; li; li = li.nextElementSibling) {
    if (li.tagName.toUpperCase() !== 'LI') return false;
    // One jump link, and below it at most sub-lists of jumps (a wiki's numbered sections).
    let link: Element | undefined;
    let text = '';
    for (let c = li.firstElementChild; c; c = c.nextElementSibling) {
      const tag = c.tagName.toUpperCase();
      if (tag === 'UL' || tag === 'OL') {
        if (!isInPageContents(c, 1)) return false;
      } else if (link || tag !== 'A') return false;
      else link = c;
    }
    for (let n = li.firstChild; n; n = n.nextSibling) if (n.nodeType === 3) text += n.nodeValue ?? '';
    if (!link || text.trim() || !/^#[^#\s]/.test(link.getAttribute('href') ?? '')) return false;
    items++;
  }
  return items >= minItems;
}

export interface NoiseReport {
  selectors: number;
  lines: number;
  teasers: number;
  /** Rivers of other stories marked for the article to drop (`markTeaserRivers`). */
  rivers: number;
}

/**
 * Remove CMS widgets, consent banners, noise labels and related teasers from `root`;
 * mark rivers of other stories for the article to drop (`markTeaserRivers`).
 */
export interface NoiseOptions {
  /**
   * Remove tables of contents (`isInPageContents`). On administration pages: a service page's
   * "Auf dieser Seite" list. Elsewhere a wiki's or manual's contents stay, as Readability keeps them.
   */
  contents?: boolean;
}

export function removeNoise(root: Document | Element, options: NoiseOptions = {}): NoiseReport {
  const report: NoiseReport = { selectors: 0, lines: 0, teasers: 0, rivers: 0 };
  const headings: Element[] = [];
  const rivers: Element[] = [];
  // One walk in document order that does not enter what it removed: jsdom's selector
  // engine is slow on long lists, and `querySelectorAll('*')` would visit removed subtrees.
  const visit = (el: Element): boolean => {
    if (ALL.matches(el)) {
      const isConsent = CONSENT.matches(el);
      const length = norm(el.textContent).length;
      // Only a font-size class, and more text than such a widget has: a styling class on content.
      const styled = !isConsent && length > MAX_FONT_SIZE_WIDGET_TEXT && FONT_SIZE_WIDGETS.matches(el) && !NOT_FONT_SIZE_WIDGETS.matches(el);
      // Consent dialogs carry their own <h1>; other widgets holding the h1 hold the article.
      if (!styled && (isConsent ? length <= MAX_CONSENT_TEXT : length <= MAX_WIDGET_TEXT && el.getElementsByTagName('h1').length === 0)) {
        el.remove();
        report.selectors++;
        return false;
      }
    }
    // Labels are small; skipping big containers keeps this pass linear.
    const tag = el.tagName.toUpperCase();
    if (options.contents && (tag === 'UL' || tag === 'OL') && isInPageContents(el)) {
      el.remove();
      report.selectors++;
      return false;
    }
    if (LABEL_TAGS.has(tag) && isLabelShaped(el)) {
      // A photo credit behind a © icon is one even right after the caption it is glued to.
      const credit = startsWithCreditIcon(el);
      if (credit || !(INLINE_LABEL_TAGS.has(tag) && isInSentence(el))) {
        const text = norm(el.textContent);
        if (text && text.length < 200 && (credit ? CREDIT_NAMES.test(text) : isNoiseLine(text))) {
          el.remove();
          report.lines++;
          return false;
        }
      }
    }
    if (isTeaserHeadingCandidate(el)) headings.push(el);
    if (RIVER_TAGS.has(tag) && TEASER_RIVERS.matches(el)) rivers.push(el);
    return true;
  };
  const walk = (parent: Element) => {
    for (let el = parent.firstElementChild; el; ) {
      const next = el.nextElementSibling;
      if (visit(el)) walk(el);
      el = next;
    }
  };
  const start = 'documentElement' in root ? root.documentElement : root;
  if (start) {
    // <html> and <body> are never removed themselves.
    if (start.tagName === 'HTML') {
      for (let el = start.firstElementChild; el; ) {
        const next = el.nextElementSibling;
        if (el.tagName === 'BODY' || visit(el)) walk(el);
        el = next;
      }
    } else walk(start);
  }
  report.teasers = removeRelatedTeasers(root, headings);
  report.rivers = markTeaserRivers(root, rivers);
  return report;
}
