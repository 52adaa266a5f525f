/**
 * Extraction sanitizes the article as nodes (`sanitizeNodeToFragment`), not as
 * a string. The XSS corpus through that path: parsed into an inert document as
 * a page would be, sanitized as nodes, serialized and parsed again the way the
 * reader inserts it — nothing active may survive, and the string sanitizer
 * must find nothing left to change. The same for `sanitizeInPlace`, which
 * extraction uses on its clone's article (no copy).
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { sanitizeHtml, sanitizeInPlace, sanitizeNodeToFragment } from '@/utils/sanitize';
import { XSS_PAYLOADS, renderPayload } from '../fixtures/xss/payloads';
import { findUnsafe } from '../fixtures/xss/find-unsafe';
import { xssPage } from '../fixtures/xss/page';

const ORIGINS = { attacker: 'http://127.0.0.1:9', elsewhere: 'http://127.0.0.1:7' };
const { window } = parseHtml('<!doctype html><body></body>');

function unsafeAfterInsert(html: string): string[] {
  const holder = window.document.createElement('div');
  holder.innerHTML = html; // eslint-disable-line no-unsanitized/property -- inert jsdom document, never rendered
  return findUnsafe(holder);
}

/** Parse into an inert document (like the extraction's clone) and sanitize its nodes as a fragment. */
function viaNodes(html: string): { clean: string; untouched: boolean } {
  const inert = window.document.implementation.createHTMLDocument('');
  inert.body.innerHTML = html; // eslint-disable-line no-unsanitized/property -- inert document, sanitized below
  const before = inert.body.innerHTML;
  const content = inert.createDocumentFragment();
  content.append(...Array.from(inert.body.childNodes));
  const holder = window.document.createElement('div');
  holder.replaceChildren(sanitizeNodeToFragment(content, window));
  inert.body.append(content);
  return { clean: holder.innerHTML, untouched: inert.body.innerHTML === before };
}

describe('sanitizeNodeToFragment on the XSS corpus', () => {
  it.each(XSS_PAYLOADS.map((p) => [p.id, renderPayload(p, ORIGINS)] as const))('%s: nothing active survives re-parsing', (_id, html) => {
    const { clean, untouched } = viaNodes(html);
    expect(unsafeAfterInsert(clean)).toEqual([]);
    expect(clean).not.toMatch(/src="http:\/\/127\.0\.0\.1:9/);
    expect(sanitizeHtml(clean, window)).toBe(clean);
    expect(untouched).toBe(true);
  });

  it('keeps the article of the hostile page', () => {
    const { clean } = viaNodes(xssPage(ORIGINS));
    expect(unsafeAfterInsert(clean)).toEqual([]);
    expect(clean).toContain('Anmeldung einer Wohnung');
    expect(clean).toContain('Die Gebühr beträgt 12,00 Euro');
  });
});

/** Parse into an inert document and sanitize a <div> holding its nodes in place, as extraction does. */
function inPlace(html: string): string {
  const inert = window.document.implementation.createHTMLDocument('');
  inert.body.innerHTML = html; // eslint-disable-line no-unsanitized/property -- inert document, sanitized below
  const holder = inert.createElement('div');
  holder.append(...Array.from(inert.body.childNodes));
  expect(sanitizeInPlace(holder, window)).toBe(holder);
  return holder.innerHTML;
}

describe('sanitizeInPlace on the XSS corpus', () => {
  it.each(XSS_PAYLOADS.map((p) => [p.id, renderPayload(p, ORIGINS)] as const))('%s: nothing active survives re-parsing', (_id, html) => {
    const clean = inPlace(html);
    expect(unsafeAfterInsert(clean)).toEqual([]);
    expect(clean).not.toMatch(/src="http:\/\/127\.0\.0\.1:9/);
    expect(sanitizeHtml(clean, window)).toBe(clean);
    // The same result as the copying path.
    expect(clean).toBe(viaNodes(html).clean);
  });

  it('keeps the article of the hostile page', () => {
    const clean = inPlace(xssPage(ORIGINS));
    expect(unsafeAfterInsert(clean)).toEqual([]);
    expect(clean).toContain('Anmeldung einer Wohnung');
    expect(clean).toContain('Die Gebühr beträgt 12,00 Euro');
  });
});
