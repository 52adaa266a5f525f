/**
 * Document in, Article out: prepare a clone from the live page, clean it, find
 * the contact block, run Readability, sanitize and split into blocks. Pure:
 * the page itself is never changed, and it runs in the content script and in
 * Node (jsdom) alike.
 */
import { Readability } from '@mozilla/readability';
import { sanitizeInPlace, sanitizeToFragment } from '@/utils/sanitize';
import { separateFileInfo } from '@/utils/clean/file-info';
import { stripSoftHyphens } from '@/utils/clean/soft-hyphens';
import { removeNoise } from '@/utils/clean/remove-noise';
import { TEASER_RIVER_MARK } from '@/utils/clean/related-teasers';
import { elementsByTag, elementsIn } from '@/utils/clean/selector-matcher';
import { shownText, toBlocks } from './blocks';
import { isReaderable, pageTextLength, scoreConfidence } from './confidence';
import { collectContactCandidates, type ContactCandidates } from './contact-candidates';
import { pickContact, type PickedContact } from './contact-pick';
import { keepArticleWrappers, keepRootElement } from './article-wrappers';
import { flagDataTables } from './data-tables';
import { pageLang, textDir } from './lang';
import { prepareClone, type PrepareOptions } from './prepare-live';
import { headlineContainer, snapshotHeadline } from './headline-container';
import { isAdministrationPage } from './municipal';
import { headlines, pickTitle, separateKickers, singleHeadline } from './title';
import type { Article, Contact } from './types';

export interface ExtractOptions extends PrepareOptions {
  /** The page's address (kept in the article for the handout's source line). */
  url?: string;
  /** Window whose DOMPurify instance is used (Node passes jsdom's). */
  win?: Window & typeof globalThis;
}

/** Readability's minimum article length; municipal service pages are often short. */
const CHAR_THRESHOLD = 300;
/**
 * Municipal service pages hold sections that are mostly links and are content:
 * "Formulare" download lists, "Online-Antrag" links, Rechtsgrundlagen. With
 * Readability's default thresholds (0.2 link density for low-weight nodes)
 * `_cleanConditionally` drops them; raise the thresholds.
 */
const LINK_DENSITY_MODIFIER = 0.2;
/**
 * Readability hands back its article element, not HTML: the noise rules and the
 * sanitizer work on it without parsing it again.
 */
const serializer = (node: Node): Element => node as Element;
/**
 * On administration pages (see `municipal.ts`) the thresholds above; elsewhere
 * Readability's own, which keep teaser and newsletter boxes out of news pages.
 * (`linkDensityModifier` exists in Readability 0.6 but is missing from its type declarations.)
 */
const MUNICIPAL_READABILITY_OPTIONS = {
  charThreshold: CHAR_THRESHOLD,
  keepClasses: false,
  linkDensityModifier: LINK_DENSITY_MODIFIER,
  serializer,
};
const READABILITY_OPTIONS = { keepClasses: false, serializer };

/**
 * DOM clobbering: a form's named controls shadow the form's own methods
 * (`<img name="getElementsByTagName">`), and Readability calls them. Forms are
 * never shown in the reader, so the clone gets plain containers instead. The
 * form's own properties are not trusted: content moves through a Range.
 */
function unwrapForms(clone: Document): void {
  const forms = elementsByTag(clone, 'form');
  if (forms.length === 0) return;
  const range = clone.createRange();
  // In page order: an outer form is unwrapped before the forms inside it, so a form's parent is never a form.
  for (const form of forms) {
    const div = clone.createElement('div');
    range.selectNodeContents(form);
    div.appendChild(range.extractContents());
    // A comment or contact form (a text area, or several fields, and little text) is only its
    // labels once unwrapped: marked here, dropped from the article after Readability (which
    // would have dropped the form). Still a <div> while Readability scores the page.
    if (isFillInForm(div)) div.setAttribute(FILL_IN_FORM, '');
    // The parent comes from the range, not from the form; a range's deleteContents would walk
    // the whole parent under jsdom.
    range.selectNode(form);
    const parent = range.startContainer;
    range.insertNode(div);
    parent.removeChild(form);
  }
}

/** Marks an unwrapped comment or contact form in the clone. */
const FILL_IN_FORM = 'data-leselotse-fill-in-form';
/** Types of the inputs a visitor types into (not hidden fields, buttons or checkboxes); no type is text. */
const TEXT_INPUT_TYPES = new Set(['text', 'email', 'tel', 'url']);
/** A text field for an e-mail address, by its name, id or placeholder. */
const EMAIL_FIELD_NAME = /e-?mail/i;
/** A whole page wrapped in one form (ASP.NET WebForms) holds far more text than this. */
const MAX_FILL_IN_FORM_TEXT = 1500;

/**
 * `contents`: the unwrapped form's new container (ours, so its own methods can be trusted).
 * A text area or several fields: a comment or contact form. An e-mail field: a newsletter
 * sign-up ("Melden Sie sich für unseren Newsletter an", Drupal/WordPress/Mailchimp blocks
 * inside the article container). A form holding the page's <h1> holds the article.
 */
function isFillInForm(contents: Element): boolean {
  const textArea = elementsByTag(contents, 'textarea').length > 0;
  let fields = 0;
  let email = false;
  for (const input of elementsByTag(contents, 'input')) {
    const type = input.getAttribute('type')?.toLowerCase() ?? 'text';
    if (!TEXT_INPUT_TYPES.has(type)) continue;
    fields++;
    // Older sign-up forms (WordPress Jetpack) ask for the address in a plain text field named for it.
    if (type === 'email' || EMAIL_FIELD_NAME.test(`${input.getAttribute('name') ?? ''} ${input.getAttribute('id') ?? ''} ${input.getAttribute('placeholder') ?? ''}`))
      email = true;
  }
  if (!textArea && fields < 3 && !email) return false;
  if (elementsByTag(contents, 'h1').length > 0) return false;
  return (contents.textContent ?? '').replace(/\s+/g, ' ').trim().length <= MAX_FILL_IN_FORM_TEXT;
}

/**
 * Drop what the clone's cleaning marked for the article to leave out: unwrapped
 * comment and contact forms, rivers of other stories (`markTeaserRivers`). A walk,
 * not a selector query: jsdom's selector engine is slow.
 */
function dropMarked(root: Element): void {
  for (const el of elementsIn(root)) if (el.hasAttribute(FILL_IN_FORM) || el.hasAttribute(TEASER_RIVER_MARK)) el.remove();
}

/** The cleaning Readability's article (or a selection) gets before it is sanitized. */
function cleanArticle(root: Element): void {
  stripSoftHyphens(root);
  removeNoise(root);
  dropMarked(root);
  separateFileInfo(root);
}

/** An extraction waiting for its contact to be picked (see `startExtract`). */
export interface PendingExtract {
  /** The contact candidates, plain data: pick one here or in the background. */
  candidates: ContactCandidates;
  /** Finish with the picked contact (undefined: none, or the pick failed). */
  finish(picked: PickedContact | undefined): Article;
}

/**
 * The DOM part of extraction up to the contact: prepare and clean a clone and
 * collect the contact candidates. The picked contact's box leaves the clone
 * before Readability runs when the card shows all of it. Never mutates `doc`.
 */
export function startExtract(doc: Document, options: ExtractOptions = {}): PendingExtract {
  const url = options.url ?? doc.location?.href ?? '';
  // Municipal rules only where they were made for: an administration's page.
  const administration = isAdministrationPage(doc);
  const clone = doc.cloneNode(true) as Document;
  prepareClone(doc, clone, options);
  unwrapForms(clone);
  removeNoise(clone, { contents: administration });
  // Headlines of the cleaned clone: a consent dialog's <h1> is gone by now.
  separateKickers(clone);
  const h1s = headlines(clone);
  // The card shows an office's contact; elsewhere a box found is an author's or a press office's.
  const { data, elements } = administration
    ? collectContactCandidates(clone, url || undefined)
    : { data: { boxes: [], hours: [], phones: [], base: url || undefined }, elements: [] };

  return {
    candidates: data,
    finish(picked) {
      // The card shows a complete contact box; a partial one stays in the text too.
      const element = picked ? elements[picked.index] : undefined;
      if (element && picked?.complete) element.remove();
      flagDataTables(clone);
      const h1 = singleHeadline(clone);
      const snapshot = administration && h1 ? snapshotHeadline(h1) : undefined;
      if (h1) keepArticleWrappers(h1);
      keepRootElement(clone);
      const readabilityOptions = administration ? MUNICIPAL_READABILITY_OPTIONS : READABILITY_OPTIONS;
      const parsed = new Readability<Element>(clone, readabilityOptions).parse();
      const wider = snapshot && parsed?.textContent ? headlineContainer(snapshot, parsed.textContent) : undefined;
      return buildArticle(doc, {
        html: wider ?? parsed?.content ?? '',
        url,
        title: pickTitle(h1s, doc.title || '', parsed?.title || doc.title || ''),
        heading: h1s[0] ?? '',
        byline: parsed?.byline ?? undefined,
        siteName: parsed?.siteName ?? undefined,
        readabilityDir: parsed?.dir ?? undefined,
        contact: picked?.contact,
        contactText: picked?.text,
        win: options.win,
      });
    },
  };
}

/** Extract the article of `doc` in one synchronous call (Node, tests, tools). Never mutates `doc`. */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Article {
  const pending = startExtract(doc, options);
  return pending.finish(pickContact(pending.candidates));
}

export interface BuildInput {
  /** Untrusted article HTML, or the article element in an inert clone (sanitized here). */
  html: string | Element;
  /** The user selected this text (selection mode): readerable whatever it looks like. */
  userChosen?: boolean;
  url: string;
  title: string;
  heading: string;
  byline?: string;
  siteName?: string;
  readabilityDir?: string;
  contact?: Contact;
  /** The contact card's lines as text (`PickedContact.text`). */
  contactText?: string[];
  win?: Window & typeof globalThis;
}

/**
 * Clean untrusted article HTML once more (Readability keeps some labels),
 * sanitize it, split it into blocks and score it. Shared with selection mode.
 */
export function buildArticle(doc: Document, input: BuildInput): Article {
  let holder: Element;
  if (typeof input.html === 'string') {
    // An inert document (no browsing context): nothing parsed into it loads or runs,
    // so it can hold the untrusted HTML while the noise rules run; DOMPurify does the same.
    holder = doc.implementation.createHTMLDocument('').createElement('div');
    holder.innerHTML = input.html; // eslint-disable-line no-unsanitized/property -- inert document, sanitized below
    cleanArticle(holder);
    // DOMPurify parses the serialized HTML and hands back its nodes.
    holder.replaceChildren(sanitizeToFragment(holder.innerHTML, input.win));
  } else {
    // The article element of the extraction's clone (inert): cleaned and sanitized as nodes, no parsing.
    const article = input.html;
    cleanArticle(article);
    // DOMPurify cleans it in place, not a copy. Readability's article is a <div>, which the
    // allow-list keeps as the root; a headline container of another tag (<section>, <main>) gives
    // its children to a <div> of the same inert clone first.
    holder = article;
    if (article.tagName !== 'DIV') {
      holder = article.ownerDocument.createElement('div');
      holder.append(...Array.from(article.childNodes));
    }
    try {
      sanitizeInPlace(holder, input.win);
    } catch {
      // DOMPurify refused to work in place (the tree kept changing): show nothing rather than unsanitized nodes.
      holder = article.ownerDocument.createElement('div');
    }
  }
  const html = holder.innerHTML;
  const blocks = toBlocks(holder);
  const articleText = blocks.map(shownText).filter(Boolean).join('\n');
  const contactText = input.contact ? (input.contactText ?? []) : [];
  const text = [articleText, ...contactText].filter(Boolean).join('\n');
  const lang = pageLang(doc);
  const score = scoreConfidence({ text: articleText, content: holder, heading: input.heading || input.title, url: input.url });
  const readerable = input.userChosen === true || isReaderable(score, articleText.length, () => pageTextLength(doc));
  if (!readerable) {
    // A listing, search result or empty page: the reader says so and offers the selection
    // instead of showing teasers and filters as if they were an article.
    return {
      title: input.title,
      lang,
      dir: textDir(lang, input.readabilityDir),
      siteName: input.siteName,
      blocks: [],
      html: '',
      text: contactText.join('\n'),
      contact: input.contact,
      confidence: score.confidence,
      readerable,
      url: input.url,
    };
  }
  return {
    title: input.title,
    byline: input.byline,
    lang,
    dir: textDir(lang, input.readabilityDir),
    siteName: input.siteName,
    blocks,
    html,
    text,
    contact: input.contact,
    // Text the user selected is what they want to read.
    confidence: input.userChosen ? 1 : score.confidence,
    readerable,
    url: input.url,
  };
}
