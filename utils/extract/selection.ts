/**
 * Selection mode: when the page has no article the reader can find (listing
 * pages, search results, unusual layouts), the user selects the text to read
 * and the reader is built from the selection's ranges instead.
 */
import { sanitizeHtml } from '@/utils/sanitize';
import { buildArticle, extractArticle, startExtract, type ExtractOptions } from './extract-article';
import type { ContactCandidates } from './contact-candidates';
import type { PickedContact } from './contact-pick';
import { headlines, pickTitle } from './title';
import type { Article } from './types';

/** A selection shorter than this is a click or a word, not text to read… */
const MIN_SELECTION_CHARS = 20;
/** …and a selection this long is what the user wants to read even on an article page. */
const PREFER_SELECTION_CHARS = 200;

/** Selected text as an article, or undefined when nothing worth reading is selected. */
export function extractSelection(doc: Document, selection: Selection | null, options: ExtractOptions = {}): Article | undefined {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const holder = doc.createElement('div');
  for (let i = 0; i < selection.rangeCount; i++) {
    const range = selection.getRangeAt(i);
    // Ranges inside our own overlay are the reader, not the page.
    const host = range.commonAncestorContainer;
    if ((host as Element).closest?.('leselotse-reader') || host.parentElement?.closest('leselotse-reader')) continue;
    const part = doc.createElement('div');
    part.appendChild(range.cloneContents());
    holder.appendChild(part);
  }
  if ((holder.textContent ?? '').replace(/\s+/g, ' ').trim().length < MIN_SELECTION_CHARS) return undefined;
  const url = options.url ?? doc.location?.href ?? '';
  const article = buildArticle(doc, {
    html: sanitizeHtml(holder.innerHTML, options.win),
    url,
    title: pickTitle(headlines(doc), doc.title || '', doc.title || ''),
    heading: '',
    win: options.win,
    userChosen: true,
  });
  return article.text ? article : undefined;
}

export interface ReaderExtractOptions extends ExtractOptions {
  /** The page's selection (`window.getSelection()`), if any. */
  selection?: Selection | null;
}

/** The options without the selection (the article is extracted from the whole page). */
function pageOptions(options: ReaderExtractOptions): ExtractOptions {
  const rest: ReaderExtractOptions = { ...options };
  delete rest.selection;
  return rest;
}

/** The page's article, or the selection when the page has none (or a long passage is selected). */
function preferSelection(doc: Document, article: Article, options: ReaderExtractOptions): Article {
  const { selection, ...rest } = options;
  const selected = extractSelection(doc, selection ?? null, rest);
  if (!selected) return article;
  if (!article.readerable || selected.text.length >= PREFER_SELECTION_CHARS) return { ...selected, contact: article.contact };
  return article;
}

/**
 * What the reader shows: the page's article, or the selected text when the
 * page has no article (or the user selected a long passage on purpose).
 */
export function extractForReader(doc: Document, options: ReaderExtractOptions = {}): Article {
  return preferSelection(doc, extractArticle(doc, pageOptions(options)), options);
}

/**
 * `extractForReader` with the contact picked elsewhere: the reader asks the
 * background (`cs-bg-contact`), which keeps the parsing rules out of the
 * content script. A failed pick costs only the contact card, never the article.
 */
export async function extractForReaderVia(
  doc: Document,
  options: ReaderExtractOptions,
  pick: (candidates: ContactCandidates) => Promise<PickedContact | undefined>,
): Promise<Article> {
  const pending = startExtract(doc, pageOptions(options));
  const picked = pending.candidates.boxes.length ? await pick(pending.candidates).catch(() => undefined) : undefined;
  return preferSelection(doc, pending.finish(picked), options);
}
