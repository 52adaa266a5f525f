/**
 * Find the contact block that belongs to the page: in the article, or the
 * page's contact box in a sidebar — never the site-wide address in the footer
 * or header. Works on the prepared clone (hidden chrome already removed).
 */
import type { Contact } from './types';
import { compileSelectors } from '@/utils/clean/selector-matcher';
import { contactLines } from './contact-lines';
import { isUsefulContact, parseContact } from './contact-parse';

/** Containers named as contact boxes: TYPO3 `tx-*-contact`, GSB `kontakt`, iKISS `ansprechpartner`, microformats. */
export const CONTACT_BOX_SELECTORS: readonly string[] = [
  'address',
  '.vcard',
  '.h-card',
  '[class*="address" i]',
  '[class*="kontakt" i]',
  '[id*="kontakt" i]',
  '[class*="contact" i]',
  '[id*="contact" i]',
  '[class*="ansprechpartner" i]',
  '[class*="ansprechperson" i]',
  '[itemtype*="schema.org/Person"]',
  '[itemtype*="schema.org/GovernmentOffice"]',
  '[itemtype*="schema.org/Organization"]',
];
const CONTACT_BOXES = compileSelectors(CONTACT_BOX_SELECTORS);
/** Pages with more candidate boxes than this are directories, not one office's page. */
const MAX_CANDIDATES = 40;

/** Headings that open a contact section. */
export const CONTACT_HEADING =
  /^(?:Kontakt|Ihr Kontakt|Kontaktdaten|Ansprechpartner(?:in)?|Ihre? Ansprechpartner(?:in)?|Ansprechperson(?:en)?|Zuständige (?:Stelle|Dienststelle|Behörde)|So erreichen Sie uns|Anschrift|Kontakt und Öffnungszeiten|Veranstalter(?:in)?|Herausgeber(?:in)?)\b/i;

const HOURS_HEADING = /^(?:Öffnungszeiten|Sprechzeiten|Servicezeiten|Sprechstunden?)\b/i;

/** Site chrome whose address is the whole city hall's, not this page's. */
const CHROME = 'footer, header, nav, [role="contentinfo"], [role="banner"], [role="navigation"], form, #footer, #header, .footer, .header-top';
const MAIN = 'main, [role="main"], article, #content, #main, #inhalt, .content, .main-content, [itemprop="articleBody"]';
const SIDEBAR = 'aside, [role="complementary"], [class*="sidebar" i], [class*="marginal" i], [class*="context" i], [class*="rightcol" i], [class*="right-col" i]';

const MAX_BOX_TEXT = 1500;
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** A heading's section: the heading and its following siblings up to the next heading of its rank. */
function sectionOf(heading: Element): Element {
  const parent = heading.parentElement!;
  const siblings = Array.from(parent.children).filter((e) => e !== heading);
  // A box of its own (the heading and its content share a small parent).
  if (siblings.length <= 4 && !siblings.some((s) => /^H[1-6]$/.test(s.tagName) && s.tagName <= heading.tagName))
    return parent;
  const holder = heading.ownerDocument.createElement('div');
  for (let n = heading.nextElementSibling; n && !(/^H[1-6]$/.test(n.tagName) && n.tagName <= heading.tagName); n = n.nextElementSibling)
    holder.appendChild(n.cloneNode(true));
  return holder;
}

export interface FoundContact {
  contact: Contact;
  /** The element in the clone the contact came from (undefined for a synthesized section). */
  element?: Element;
  complete: boolean;
}

const BLOCK_TAGS = new Set(['P', 'DIV', 'ADDRESS', 'UL', 'OL', 'TABLE', 'SECTION', 'ARTICLE', 'DL']);

/** Whether an element has a block-level child (then its children are the candidates). */
export function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_TAGS.has(c.tagName.toUpperCase())) return true;
  return false;
}

/** A postcode and town, as on German address lines. */
const POSTCODE_LINE = /(?:^|\n|>|\s)\d{5}\s+\p{Lu}/u;
const CONTACTISH = /@|\(at\)|Tel|Fax|Telefon|Öffnungszeiten|Sprechzeiten|Opening hours|\d{3,5}[\s/-]\d{2,}|(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag)\b.{0,40}\bUhr\b/i;

/** The address block and up to three following siblings that look like contact data. */
function withFollowing(el: Element): Element {
  const holder = el.ownerDocument.createElement('div');
  // "Dann rufen Sie uns an. Die Telefon·nummer ist: …" often comes right before the address.
  const before = el.previousElementSibling;
  if (before && !/^H[1-6]$/.test(before.tagName) && CONTACTISH.test(before.textContent ?? '') && norm(before.textContent).length < 200)
    holder.appendChild(before.cloneNode(true));
  holder.appendChild(el.cloneNode(true));
  // Up to three blocks after it, up to the next heading; only those with contact data join.
  let n = el.nextElementSibling;
  for (let i = 0; n && i < 3 && !/^H[1-6]$/.test(n.tagName); i++, n = n.nextElementSibling) {
    if (CONTACTISH.test(n.textContent ?? '')) holder.appendChild(n.cloneNode(true));
  }
  return holder.childElementCount === 1 ? el : holder;
}

function fieldCount(c: Contact): number {
  return Object.values(c).filter((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v))).length;
}

function score(el: Element): number {
  if (el.closest(CHROME)) return -1;
  if (el.closest(MAIN)) return 2;
  if (el.closest(SIDEBAR)) return 1;
  return 0;
}

/** Find and parse the page's contact block in `doc` (a prepared clone). */
export function findContact(doc: Document, base?: string): FoundContact | undefined {
  const candidates: { el: Element; anchor: Element }[] = [];
  for (const el of CONTACT_BOXES.all(doc)) {
    if (candidates.length >= MAX_CANDIDATES) break;
    const len = norm(el.textContent).length;
    if (len > 20 && len <= MAX_BOX_TEXT && !/^(?:A|SPAN|INPUT|BUTTON|LABEL)$/.test(el.tagName))
      candidates.push({ el, anchor: el });
  }
  for (const h of Array.from(doc.querySelectorAll('h2, h3, h4, h5, h6, strong, .h2, .h3'))) {
    if (CONTACT_HEADING.test(norm(h.textContent)) && norm(h.textContent).length < 60 && h.parentElement) {
      const section = sectionOf(h.tagName === 'STRONG' ? (h.parentElement ?? h) : h);
      if (norm(section.textContent).length <= MAX_BOX_TEXT) candidates.push({ el: section, anchor: h });
    }
  }
  // Headingless address blocks in the article ("Oder kommen Sie vorbei: … 28999 Weserfurt"),
  // with the blocks right after them that carry phone, e-mail or opening hours.
  for (const el of Array.from(doc.querySelectorAll('p, address, div'))) {
    if (candidates.length >= MAX_CANDIDATES) break;
    // Cheap structural checks first: textContent on every container would be quadratic.
    if (el.childElementCount > 12 || (el.tagName === 'DIV' && hasBlockChild(el))) continue;
    if (!/\d{5}\s+\p{Lu}/u.test(el.textContent ?? '') || norm(el.textContent).length > 600) continue;
    // textContent runs "Platz 5" and "28999" together; the markup keeps the line break.
    if (!POSTCODE_LINE.test(el.innerHTML)) continue;
    candidates.push({ el: withFollowing(el), anchor: el });
  }
  let best: (FoundContact & { score: number; fields: number }) | undefined;
  for (const { el, anchor } of candidates) {
    // A synthesized section is not in the document: it scores by its heading's place.
    const s = score(anchor);
    if (s < 0) continue;
    const parsed = parseContact(contactLines(el), base);
    if (!isUsefulContact(parsed.contact)) continue;
    // More fields wins a tie: the outer box beats its parts (`.contact-phone`).
    const fields = fieldCount(parsed.contact);
    if (!best || s > best.score || (s === best.score && fields > best.fields)) {
      best = { ...parsed, element: el.isConnected ? el : undefined, score: s, fields };
    }
  }
  if (!best) return undefined;
  if (!best.contact.openingHours) addOpeningHours(doc, best);
  if (!best.contact.appointmentUrl) addAppointment(doc, best, base);
  if (best.contact.phones.length === 0) addArticlePhone(doc, best);
  return { contact: best.contact, element: best.element, complete: best.complete };
}

/** Online appointment links ("Online-Terminkalender", "Termin online buchen") in the article itself. */
const APPOINTMENT_LINK = /(?:online[- ]?)?termin(?:kalender|vergabe|vereinbarung|buchung|reservierung)?(?: online)?(?: buchen| vereinbaren| reservieren)?|book (?:an )?appointment|online appointment/i;

function addAppointment(doc: Document, found: FoundContact, base?: string): void {
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const text = norm(a.textContent);
    if (!text || text.length > 60 || !APPOINTMENT_LINK.test(text) || a.closest(CHROME)) continue;
    if (!a.closest(MAIN) && !a.closest(SIDEBAR)) continue;
    try {
      const url = new URL(a.getAttribute('href')!, base);
      if (url.protocol === 'https:' || url.protocol === 'http:') {
        found.contact.appointmentUrl = url.href;
        return;
      }
    } catch {
      // not a usable link
    }
  }
}

/**
 * Pages in Leichte Sprache give the phone number in a sentence of its own,
 * apart from the address ("Die Telefon·nummer ist: 05678 912-0").
 */
function addArticlePhone(doc: Document, found: FoundContact): void {
  for (const el of Array.from(doc.querySelectorAll('p, li'))) {
    const text = norm(el.textContent);
    if (text.length > 160 || !/Telefon|Tel\.|Rufnummer/i.test(text) || !el.closest(MAIN) || el.closest(CHROME)) continue;
    const parsed = parseContact(contactLines(el));
    if (parsed.contact.phones.length) {
      found.contact.phones = parsed.contact.phones;
      return;
    }
  }
}

/** Opening hours often sit in a box of their own beside the contact box. */
function addOpeningHours(doc: Document, found: FoundContact): void {
  for (const h of Array.from(doc.querySelectorAll('h2, h3, h4, h5, h6, strong, dt, th'))) {
    const text = norm(h.textContent);
    if (!HOURS_HEADING.test(text) || text.length > 60 || h.closest(CHROME)) continue;
    const section = sectionOf(h.tagName === 'STRONG' || h.tagName === 'DT' || h.tagName === 'TH' ? (h.parentElement ?? h) : h);
    const parsed = parseContact([{ text: 'Öffnungszeiten', hrefs: [] }, ...contactLines(section)]);
    if (parsed.contact.openingHours?.length) {
      found.contact.openingHours = parsed.contact.openingHours;
      return;
    }
  }
}
