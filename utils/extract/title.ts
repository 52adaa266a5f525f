/** The article's title. */
import { elementsByTag } from '@/utils/clean/selector-matcher';

/** Whitespace-collapsed texts of the non-empty `<h1>`s of `doc`. */
export function headlines(doc: Document): string[] {
  return elementsByTag(doc, 'h1')
    .map((h) => (h.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/**
 * Municipal CMSes put the site name into `<title>` and often shorten it; the
 * page's single `<h1>` is the full headline. Prefer it when it is clearly the
 * same headline (most of the title's words occur in it).
 */
export function pickTitle(h1s: string[], docTitle: string, readabilityTitle: string): string {
  const title = readabilityTitle.replace(/\s+/g, ' ').trim();
  if (h1s.length !== 1) return title;
  const h1 = h1s[0]!;
  if (!h1 || h1.length > 300) return title;
  if (!title) return h1;
  const h1Words = new Set(words(h1));
  const titleWords = words(title);
  // "Hundesteuer / Kreisstadt Birkenfelde": the h1 is one segment of the document title.
  const segments = docTitle.split(/\s+[|/–—:·-]\s+|\s*[|·]\s*/).map((s) => s.trim());
  if (segments.includes(h1)) return h1;
  // One headline that names part of the document title ("Wohngeld" in "Wohngeld beantragen | …").
  if (words(docTitle).some((w) => w.length >= 4 && h1Words.has(w))) return h1;
  const shared = titleWords.filter((w) => h1Words.has(w)).length;
  return shared / Math.max(1, titleWords.length) >= 0.5 && h1.length >= title.length ? h1 : title;
}
