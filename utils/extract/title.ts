/** The article's title. */
import { closestMatch, elementsByTag } from '@/utils/clean/selector-matcher';
import { SOFT_HYPHEN } from '@/utils/clean/soft-hyphens';
import { VISUALLY_HIDDEN } from './noise';

/**
 * The kicker over a headline, written inside the `<h1>` as a span the style sheet
 * sets above it: news and government portals ("dachzeile" at tagesschau and MDR,
 * "roofline", "topline" at BAFA, "supertitle", "overline", "kicker", and the
 * Government Site Builder's "category" of the federal ministries: `<span
 * class="category"><span class="aural">Thema </span>Verbraucherschutz</span>`).
 */
const KICKER_CLASS = /kicker|dachzeile|topline|overline|roofline|supertitle|spitzmarke|category/i;
/** A kicker that is a date ("1. Februar 2022"). */
const DATE_KICKER = /^(?:\d{1,2}\.\s*\p{L}+\.?\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4})$/u;

/**
 * Without the page's style sheet a kicker runs into the headline ("Interne Unterlagen
 * im Netz Daten von Rheinmetall gehackt"): in `doc` (the extraction's clone), a kicker
 * that starts an `<h1>` or `<h2>` gets a colon after it, as news sites write it in
 * their titles ("Interne Unterlagen im Netz: Daten von Rheinmetall gehackt").
 */
export function separateKickers(doc: Document): number {
  let separated = 0;
  for (const tag of ['h1', 'h2']) {
    for (const heading of elementsByTag(doc, tag)) {
      const kicker = heading.firstElementChild;
      if (!kicker || !KICKER_CLASS.test(kicker.getAttribute('class') ?? '')) continue;
      // Only text before the kicker that is whitespace: the kicker starts the heading.
      if (kicker.previousSibling && kicker.previousSibling.nodeType === 3 && (kicker.previousSibling.nodeValue ?? '').trim()) continue;
      const text = (kicker.textContent ?? '').replace(/\s+/g, ' ').trim();
      let after = '';
      for (let n = kicker.nextSibling; n; n = n.nextSibling) after += n.textContent ?? '';
      after = after.trim();
      if (!text || !after || /[:.!?–—-]$/.test(text) || /^[:–—-]/.test(after)) continue;
      // The kicker's own trailing line break would stand before the colon ("Verbraucherschutz : …").
      let last: Node | null = kicker.lastChild;
      while (last && last.nodeType === 1) last = last.lastChild;
      if (last?.nodeType === 3) last.nodeValue = (last.nodeValue ?? '').trimEnd();
      // A dash after a date, or before a headline that has a colon of its own ("Schulze: …").
      kicker.after(doc.createTextNode(DATE_KICKER.test(text) || after.includes(':') ? ' – ' : ': '));
      separated++;
    }
  }
  return separated;
}

/** The page's headline element: its only `<h1>` with text, or undefined when there is none or several. */
export function singleHeadline(doc: Document): Element | undefined {
  const h1s = elementsByTag(doc, 'h1').filter((h) => (h.textContent ?? '').trim());
  return h1s.length === 1 ? h1s[0] : undefined;
}

/**
 * Whitespace-collapsed texts of the `<h1>`s of `doc` a reader sees, for the title:
 * not those for screen readers only (the Government Site Builder's "Navigation und
 * Service", a site name in `sr-only`), which would make the page's headline one of
 * several. (`singleHeadline` still counts them: on federal GSB portals, widening to the
 * headline's container would take in the link-list modules below the article.)
 */
export function headlines(doc: Document): string[] {
  return elementsByTag(doc, 'h1')
    .filter((h) => !closestMatch(h, VISUALLY_HIDDEN))
    .map((h) => (h.textContent ?? '').replace(SOFT_HYPHEN, '').replace(/\s+/g, ' ').trim())
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
