/**
 * The extracted article: what the reader shows and what translation,
 * simplification, read-aloud and the bilingual view work on. Every string in it
 * came from the page and is untrusted; `html` fields are already sanitized.
 */

export type BlockKind = 'heading' | 'paragraph' | 'list' | 'table' | 'quote' | 'figure' | 'pre';

export interface Block {
  /** Stable id within the article (`b0`, `b1`, …), used to align translations. */
  id: string;
  kind: BlockKind;
  /** Heading level 1–6 (headings only). */
  level?: number;
  /** Ordered list (lists only). */
  ordered?: boolean;
  /** Sanitized inner HTML of the block. */
  html: string;
  /** Plain text of the block. */
  text: string;
  /** Language of the block when it differs from the article's. */
  lang?: string;
}

export interface Contact {
  /** Authority or city ("Stadt Dessau-Roßlau"). */
  organisation?: string;
  /** Office or department ("Integrationsbüro", "Bürgeramt Mitte"). */
  office?: string;
  person?: string;
  room?: string;
  street?: string;
  postcode?: string;
  town?: string;
  phones: string[];
  fax?: string;
  emails: string[];
  openingHours?: string[];
  appointmentUrl?: string;
}

export interface Article {
  title: string;
  byline?: string;
  lang: string;
  dir: 'ltr' | 'rtl';
  siteName?: string;
  blocks: Block[];
  /** Sanitized article HTML. */
  html: string;
  /** Plain text of what the reader shows, blocks separated by newlines. */
  text: string;
  contact?: Contact;
  /** 0..1: how sure the extractor is that this is the page's article. */
  confidence: number;
  readerable: boolean;
  url: string;
}
