/**
 * The text half of finding the page's contact: parse every candidate's lines,
 * keep the best useful one (main content before sidebar, then more fields),
 * and complete it with opening hours, an appointment link and a phone number
 * found elsewhere in the article. Pure data in, data out: the reader asks the
 * background for it (`cs-bg-contact`), Node tests and tools call it directly.
 */
import type { ContactCandidates } from './contact-candidates';
import { contactToText, isUsefulContact, parseContact } from './contact-parse';
import type { Contact } from './types';

export interface PickedContact {
  /** Index of the chosen box in `ContactCandidates.boxes`. */
  index: number;
  contact: Contact;
  /** Every line of the box was understood: the card replaces the box in the text. */
  complete: boolean;
  /** The card's lines as plain text (part of the article's `text`). */
  text: string[];
}

function fieldCount(c: Contact): number {
  return Object.values(c).filter((v) => (Array.isArray(v) ? v.length > 0 : Boolean(v))).length;
}

/** Choose and parse the page's contact; undefined when no candidate says how to reach anyone. */
export function pickContact(candidates: ContactCandidates): PickedContact | undefined {
  const { base } = candidates;
  let best: { index: number; contact: Contact; complete: boolean; score: number; fields: number } | undefined;
  candidates.boxes.forEach(({ lines, score }, index) => {
    const parsed = parseContact(lines, base);
    if (!isUsefulContact(parsed.contact)) return;
    // More fields wins a tie: the outer box beats its parts (`.contact-phone`).
    const fields = fieldCount(parsed.contact);
    if (!best || score > best.score || (score === best.score && fields > best.fields)) best = { ...parsed, index, score, fields };
  });
  if (!best) return undefined;
  const { contact } = best;
  if (!contact.openingHours) {
    for (const section of candidates.hours) {
      const hours = parseContact([{ text: 'Öffnungszeiten', hrefs: [] }, ...section]).contact.openingHours;
      if (hours?.length) {
        contact.openingHours = hours;
        break;
      }
    }
  }
  if (!contact.appointmentUrl && candidates.appointmentUrl) contact.appointmentUrl = candidates.appointmentUrl;
  if (contact.phones.length === 0) {
    for (const lines of candidates.phones) {
      const phones = parseContact(lines).contact.phones;
      if (phones.length) {
        contact.phones = phones;
        break;
      }
    }
  }
  return { index: best.index, contact, complete: best.complete, text: contactToText(contact) };
}
