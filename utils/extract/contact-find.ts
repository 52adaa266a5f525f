/**
 * Find the contact block that belongs to the page, in one synchronous call:
 * the DOM half (`contact-candidates.ts`) and the text half (`contact-pick.ts`)
 * together, for Node tests and tools. The reader runs the halves apart, the
 * text half in the background.
 */
import { collectContactCandidates } from './contact-candidates';
import { pickContact } from './contact-pick';
import type { Contact } from './types';

export { CONTACT_BOX_SELECTORS, CONTACT_HEADING, hasBlockChild } from './contact-candidates';

export interface FoundContact {
  contact: Contact;
  /** The element in the clone the contact came from (undefined for a synthesized section). */
  element?: Element;
  complete: boolean;
}

/** Find and parse the page's contact block in `doc` (a prepared clone). */
export function findContact(doc: Document, base?: string): FoundContact | undefined {
  const { data, elements } = collectContactCandidates(doc, base);
  const picked = pickContact(data);
  if (!picked) return undefined;
  return { contact: picked.contact, element: elements[picked.index], complete: picked.complete };
}
