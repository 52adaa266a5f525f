/**
 * Document in, Article out: prepare a clone from the live page, clean it, find
 * the contact block, run Readability, sanitize and split into blocks. Pure:
 * the page itself is never changed, and it runs in the content script and in
 * Node (jsdom) alike.
 */
import { Readability } from '@mozilla/readability';
import { sanitizeHtml } from '@/utils/sanitize';
import { removeNoise } from '@/utils/clean/remove-noise';
import { toBlocks } from './blocks';
import { scoreConfidence, READERABLE_THRESHOLD } from './confidence';
import { findContact } from './contact-find';
import { contactToText } from './contact-parse';
import { flagDataTables } from './data-tables';
import { pageLang, textDir } from './lang';
import { prepareClone, type PrepareOptions } from './prepare-live';
import { headlineContainerHtml, snapshotHeadline } from './headline-container';
import { headlines, pickTitle } from './title';
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
/** `linkDensityModifier` exists in Readability 0.6 but is missing from its type declarations. */
const READABILITY_OPTIONS = {
  charThreshold: CHAR_THRESHOLD,
  keepClasses: false,
  linkDensityModifier: LINK_DENSITY_MODIFIER,
} as { charThreshold: number; keepClasses: boolean };
/** Below this many characters there is no article to read. */
const MIN_ARTICLE_CHARS = 140;

/**
 * DOM clobbering: a form's named controls shadow the form's own methods
 * (`<img name="getElementsByTagName">`), and Readability calls them. Forms are
 * never shown in the reader, so the clone gets plain containers instead. The
 * form's own properties are not trusted: content moves through a Range.
 */
function unwrapForms(clone: Document): void {
  for (const form of Array.from(clone.querySelectorAll('form'))) {
    const range = clone.createRange();
    range.selectNodeContents(form);
    const div = clone.createElement('div');
    div.appendChild(range.extractContents());
    range.selectNode(form);
    range.deleteContents();
    range.insertNode(div);
  }
}

/** Extract the article of `doc`. Never mutates `doc`. */
export function extractArticle(doc: Document, options: ExtractOptions = {}): Article {
  const url = options.url ?? doc.location?.href ?? '';
  const clone = doc.cloneNode(true) as Document;
  prepareClone(doc, clone, options);
  unwrapForms(clone);
  removeNoise(clone);
  // Headlines of the cleaned clone: a consent dialog's <h1> is gone by now.
  const h1s = headlines(clone);

  const found = findContact(clone, url || undefined);
  // The card shows a complete contact box; a partial one stays in the text too.
  if (found?.element && found.complete) found.element.remove();
  flagDataTables(clone);
  const snapshot = snapshotHeadline(clone);

  const parsed = new Readability<string>(clone, READABILITY_OPTIONS).parse();
  let content = parsed?.content ?? '';
  const wider = snapshot && parsed?.textContent ? headlineContainerHtml(snapshot, parsed.textContent) : undefined;
  if (wider) content = wider;
  return buildArticle(doc, {
    html: content,
    url,
    title: pickTitle(h1s, doc.title || '', parsed?.title || doc.title || ''),
    heading: h1s[0] ?? '',
    byline: parsed?.byline ?? undefined,
    siteName: parsed?.siteName ?? undefined,
    readabilityDir: parsed?.dir ?? undefined,
    contact: found?.contact,
    win: options.win,
  });
}

export interface BuildInput {
  /** Untrusted article HTML (sanitized here). */
  html: string;
  /** The user selected this text (selection mode): readerable whatever it looks like. */
  userChosen?: boolean;
  url: string;
  title: string;
  heading: string;
  byline?: string;
  siteName?: string;
  readabilityDir?: string;
  contact?: Contact;
  win?: Window & typeof globalThis;
}

/**
 * Clean untrusted article HTML once more (Readability keeps some labels),
 * sanitize it, split it into blocks and score it. Shared with selection mode.
 */
export function buildArticle(doc: Document, input: BuildInput): Article {
  // An inert document (no browsing context): nothing parsed into it loads or runs,
  // so it can hold the untrusted HTML while the noise rules run; DOMPurify does the same.
  const holder = doc.implementation.createHTMLDocument('').createElement('div');
  holder.innerHTML = input.html; // eslint-disable-line no-unsanitized/property -- inert document, sanitized below
  removeNoise(holder);
  const html = sanitizeHtml(holder.innerHTML, input.win);
  holder.innerHTML = html; // eslint-disable-line no-unsanitized/property -- sanitized on the line above
  const blocks = toBlocks(holder);
  const articleText = blocks.map((b) => b.text).join('\n');
  const contactText = input.contact ? contactToText(input.contact) : [];
  const text = [articleText, ...contactText].filter(Boolean).join('\n');
  const lang = pageLang(doc);
  const score = scoreConfidence({ text: articleText, content: holder, heading: input.heading || input.title, url: input.url });
  const readerable =
    input.userChosen === true ||
    (articleText.length >= MIN_ARTICLE_CHARS && score.confidence >= READERABLE_THRESHOLD);
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
