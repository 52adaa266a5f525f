/**
 * Links for the contact card, rebuilt from the parsed values so nothing from
 * the page's own `href`s reaches the card.
 */
import type { Contact } from './types';

/** `tel:` URI of a German phone number as written ("0340 204-2901" → `tel:03402042901`). */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '').replace(/(?!^)\+/g, '');
  return `tel:${digits}`;
}

/** `mailto:` URI of an address; anything that is not a plain address gives no link target. */
export function mailHref(mail: string): string {
  return /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/.test(mail) ? `mailto:${mail}` : '#';
}

/** An http(s) URL resolved against the page, or undefined (no `javascript:`, `data:`, …). */
export function safeWebUrl(url: string, base?: string): string | undefined {
  try {
    const resolved = new URL(url, base);
    return resolved.protocol === 'https:' || resolved.protocol === 'http:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

/** The postal address as lines (organisation, office, street, postcode and town), for copying. */
export function addressLines(c: Contact): string[] {
  const town = [c.postcode, c.town].filter(Boolean).join(' ');
  return [c.organisation, c.office, c.street, town].filter((l): l is string => Boolean(l && l.trim()));
}
