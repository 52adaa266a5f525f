/**
 * The DOM half of finding the page's contact block: every box, heading section
 * and headingless address block that may hold it, read into text lines, plus
 * the opening hours, appointment link and article phone lines that can
 * complete it — in the article or the page's sidebar, never the site-wide
 * address in the footer or header. Works on the prepared clone (hidden chrome
 * already removed). Parsing the lines is text-only work (`contact-pick.ts`): the
 * reader has the background do it, so its rules stay out of the content script.
 */
import { closestMatch, compileSelectors, elementsByTag, elementsIn } from '@/utils/clean/selector-matcher';
import { contactLines, type ContactLine } from './contact-lines';

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
  /^(?:Kontakt|Ihr Kontakt|Kontaktdaten|(?:Für )?Rückfragen|Pressekontakt|Medienkontakt|Ansprechpartner(?:in)?|Ihre? Ansprechpartner(?:in)?|Ansprechperson(?:en)?|Zuständige (?:Stelle|Dienststelle|Behörde)|So erreichen Sie uns|Anschrift|Kontakt und Öffnungszeiten|Veranstalter(?:in)?|Herausgeber(?:in)?)\b/i;

const HOURS_HEADING = /^(?:Öffnungszeiten|Sprechzeiten|Servicezeiten|Sprechstunden?)\b/i;

/** Site chrome whose address is the whole city hall's, not this page's. */
export const CHROME_SELECTORS = 'footer, header, nav, [role="contentinfo"], [role="banner"], [role="navigation"], form, #footer, #header, .footer, .header-top';
export const MAIN_SELECTORS = 'main, [role="main"], article, #content, #main, #inhalt, .content, .main-content, [itemprop="articleBody"]';
export const SIDEBAR_SELECTORS = 'aside, [role="complementary"], [class*="sidebar" i], [class*="marginal" i], [class*="context" i], [class*="rightcol" i], [class*="right-col" i]';
const CHROME = compileSelectors(CHROME_SELECTORS);
const MAIN = compileSelectors(MAIN_SELECTORS);
const SIDEBAR = compileSelectors(SIDEBAR_SELECTORS);

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

const BLOCK_TAGS = new Set(['P', 'DIV', 'ADDRESS', 'UL', 'OL', 'TABLE', 'SECTION', 'ARTICLE', 'DL']);

/** Whether an element has a block-level child (then its children are the candidates). */
export function hasBlockChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BLOCK_TAGS.has(c.tagName.toUpperCase())) return true;
  return false;
}

/** Whether `el` has more than `max` child elements (jsdom's `childElementCount` builds a live collection). */
function hasMoreChildren(el: Element, max: number): boolean {
  let n = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (++n > max) return true;
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

function score(el: Element): number {
  if (closestMatch(el, CHROME)) return -1;
  // The nearer of the two decides: a sidebar column inside the main landmark (Imperia's
  // `#layout-grid__area--marginal` in `#layout-grid[role=main]`) is a sidebar.
  const main = closestMatch(el, MAIN);
  const side = closestMatch(el, SIDEBAR);
  if (main && (!side || side.contains(main))) return 2;
  if (side) return 1;
  return 0;
}

/** Plain data (it crosses to the background as a message): the candidates' lines in page order. */
export interface ContactCandidates {
  /** Candidate blocks, each with its place's score: 2 in the main content, 1 in a sidebar, 0 elsewhere. */
  boxes: { lines: ContactLine[]; score: number }[];
  /** Sections under an "Öffnungszeiten" heading, for a contact without hours. */
  hours: ContactLine[][];
  /** Short article lines naming a phone number, for a contact without one. */
  phones: ContactLine[][];
  /** The first online-appointment link in the article or sidebar. */
  appointmentUrl?: string;
  /** The page address, to resolve relative links. */
  base?: string;
}

export interface CollectedContacts {
  data: ContactCandidates;
  /** The element in the clone of each box (undefined for a synthesized section), to remove the chosen one. */
  elements: (Element | undefined)[];
}

/** Tags (upper case) of contact headings, boxes and lines looked for below. */
const HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'STRONG']);
const HOURS_HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'DT', 'TH']);
const ADDRESS_BLOCK_TAGS = new Set(['P', 'ADDRESS', 'DIV']);
const PHONE_LINE_TAGS = new Set(['P', 'LI']);
/** `.h2` and `.h3`: headings styled as such (GSB, Bootstrap). */
const HEADING_CLASS = /(?:^|\s)h[23](?:\s|$)/;

/**
 * The elements of `all` (in page order) with one of `tags`: one static list of the page's
 * elements (`elementsIn`) filtered, instead of a selector query each, which jsdom answers slowly.
 */
function withTags(all: Element[], tags: ReadonlySet<string>): Element[] {
  return all.filter((el) => tags.has(el.tagName.toUpperCase()));
}

/** Collect the contact candidates of `doc` (a prepared clone). */
export function collectContactCandidates(doc: Document, base?: string): CollectedContacts {
  const all = elementsIn(doc);
  const found: { el: Element; anchor: Element }[] = [];
  for (const el of all.filter((e) => CONTACT_BOXES.matches(e))) {
    if (found.length >= MAX_CANDIDATES) break;
    const len = norm(el.textContent).length;
    if (len > 20 && len <= MAX_BOX_TEXT && !/^(?:A|SPAN|INPUT|BUTTON|LABEL)$/.test(el.tagName))
      found.push({ el, anchor: el });
  }
  for (const h of all.filter((el) => HEADING_TAGS.has(el.tagName.toUpperCase()) || HEADING_CLASS.test(el.getAttribute('class') ?? ''))) {
    const title = norm(h.textContent);
    if (CONTACT_HEADING.test(title) && title.length < 60 && h.parentElement) {
      // A bold label opening a paragraph of lines ("<p><strong>Rückfragen:</strong><br>Pressestelle<br>…"): that paragraph.
      const labelled = h.tagName === 'STRONG' && norm(h.parentElement.textContent).length > title.length + 20 && elementsByTag(h.parentElement, 'br').length > 0;
      const section = labelled ? h.parentElement : sectionOf(h.tagName === 'STRONG' ? h.parentElement : h);
      if (norm(section.textContent).length <= MAX_BOX_TEXT) found.push({ el: section, anchor: h });
    }
  }
  // Headingless address blocks in the article ("Oder kommen Sie vorbei: … 28999 Weserfurt"),
  // with the blocks right after them that carry phone, e-mail or opening hours.
  for (const el of withTags(all, ADDRESS_BLOCK_TAGS)) {
    if (found.length >= MAX_CANDIDATES) break;
    // Cheap structural checks first: textContent on every container would be quadratic.
    if (hasMoreChildren(el, 12) || (el.tagName === 'DIV' && hasBlockChild(el))) continue;
    if (!/\d{5}\s+\p{Lu}/u.test(el.textContent ?? '') || norm(el.textContent).length > 600) continue;
    // textContent runs "Platz 5" and "28999" together; the markup keeps the line break.
    if (!POSTCODE_LINE.test(el.innerHTML)) continue;
    found.push({ el: withFollowing(el), anchor: el });
  }
  const data: ContactCandidates = { boxes: [], hours: [], phones: [], ...(base ? { base } : {}) };
  const elements: (Element | undefined)[] = [];
  for (const { el, anchor } of found) {
    // A synthesized section is not in the document: it scores by its heading's place.
    const s = score(anchor);
    if (s < 0) continue;
    data.boxes.push({ lines: contactLines(el), score: s });
    elements.push(el.isConnected ? el : undefined);
  }
  if (data.boxes.length === 0) return { data, elements };
  data.hours = hoursSections(all);
  data.phones = articlePhoneLines(all);
  const appointment = appointmentLink(all, base);
  if (appointment) data.appointmentUrl = appointment;
  return { data, elements };
}

/** Online appointment links ("Online-Terminkalender", "Termin online buchen") in the article itself. */
const APPOINTMENT_LINK = /(?:online[- ]?)?termin(?:kalender|vergabe|vereinbarung|buchung|reservierung)?(?: online)?(?: buchen| vereinbaren| reservieren)?|book (?:an )?appointment|online appointment/i;

/** Every text `APPOINTMENT_LINK` matches holds one of these words (no whitespace in them). */
const APPOINTMENT_WORD = /termin|appointment/i;

function appointmentLink(all: Element[], base?: string): string | undefined {
  for (const a of all) {
    if (a.tagName.toUpperCase() !== 'A' || !a.hasAttribute('href')) continue;
    // The words come first: most links name neither, and normalizing their text is the cost.
    const raw = a.textContent ?? '';
    if (!APPOINTMENT_WORD.test(raw)) continue;
    const text = norm(raw);
    if (!text || text.length > 60 || !APPOINTMENT_LINK.test(text) || closestMatch(a, CHROME)) continue;
    if (!closestMatch(a, MAIN) && !closestMatch(a, SIDEBAR)) continue;
    try {
      const url = new URL(a.getAttribute('href')!, base);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      // not a usable link
    }
  }
  return undefined;
}

/** Words of an article line that names a phone number. */
const PHONE_WORD = /Telefon|Tel\.|Rufnummer/i;

/**
 * Pages in Leichte Sprache give the phone number in a sentence of its own,
 * apart from the address ("Die Telefon·nummer ist: 05678 912-0").
 */
function articlePhoneLines(all: Element[]): ContactLine[][] {
  const out: ContactLine[][] = [];
  for (const el of withTags(all, PHONE_LINE_TAGS)) {
    // The words first (they hold no whitespace, so the raw text answers as the normalized would).
    const raw = el.textContent ?? '';
    if (!PHONE_WORD.test(raw)) continue;
    const text = norm(raw);
    if (text.length > 160 || !closestMatch(el, MAIN) || closestMatch(el, CHROME)) continue;
    out.push(contactLines(el));
  }
  return out;
}

/** Opening hours often sit in a box of their own beside the contact box. */
function hoursSections(all: Element[]): ContactLine[][] {
  const out: ContactLine[][] = [];
  for (const h of withTags(all, HOURS_HEADING_TAGS)) {
    const text = norm(h.textContent);
    if (!HOURS_HEADING.test(text) || text.length > 60 || closestMatch(h, CHROME)) continue;
    const section = sectionOf(h.tagName === 'STRONG' || h.tagName === 'DT' || h.tagName === 'TH' ? (h.parentElement ?? h) : h);
    out.push(contactLines(section));
  }
  return out;
}
