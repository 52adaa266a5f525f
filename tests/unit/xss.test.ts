/**
 * The XSS corpus through the sanitizer paths every page and engine string
 * takes: `sanitizeHtml` (the one DOMPurify config) and the engine-reply
 * sanitizer (`sanitizeTranslation`, with and without a DOM). The output is
 * then parsed again the way the reader does (`innerHTML`), to catch mutation
 * XSS that appears only on re-parsing.
 */
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { sanitizeHtml } from '@/utils/sanitize';
import { sanitizeTranslation, sanitizeWithoutDom } from '@/utils/translate/sanitize-output';
import { XSS_PAYLOADS, renderPayload } from '../fixtures/xss/payloads';
import { findUnsafe } from '../fixtures/xss/find-unsafe';
import { xssPage } from '../fixtures/xss/page';

const ORIGINS = { attacker: 'http://127.0.0.1:9', elsewhere: 'http://127.0.0.1:7' };
const { window } = parseHtml('<!doctype html><body></body>');

/** Parse HTML the way the reader inserts it, and list what is unsafe in it. */
function unsafeAfterInsert(html: string): string[] {
  const holder = window.document.createElement('div');
  holder.innerHTML = html; // eslint-disable-line no-unsanitized/property -- inert jsdom document, never rendered
  return findUnsafe(holder);
}

const cases = XSS_PAYLOADS.map((p) => [p.id, renderPayload(p, ORIGINS)] as const);

describe('XSS corpus', () => {
  it('has at least 100 distinct payloads covering every technique', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(XSS_PAYLOADS.map((p) => p.html)).size).toBe(XSS_PAYLOADS.length);
    const categories = new Set(XSS_PAYLOADS.map((p) => p.category));
    for (const needed of ['script', 'event-handler', 'javascript-url', 'data-url', 'srcdoc', 'svg', 'mathml', 'mutation', 'base-hijack', 'dom-clobbering', 'css-exfiltration'] as const)
      expect(categories).toContain(needed);
  });

  it('is live: unsanitized, the checker flags nearly every payload (so a pass below means something)', () => {
    const flagged = cases.filter(([, html]) => unsafeAfterInsert(html).length > 0);
    // The few not flagged carry markup only inside attribute values or comments.
    expect(flagged.length / cases.length).toBeGreaterThan(0.9);
  });
});

describe('sanitizeHtml on the XSS corpus', () => {
  it.each(cases)('%s: nothing active survives, also after re-parsing', (_id, html) => {
    const clean = sanitizeHtml(html, window);
    expect(unsafeAfterInsert(clean)).toEqual([]);
    expect(clean).not.toMatch(/src="http:\/\/127\.0\.0\.1:9/);
    // Stable: sanitizing the output again changes nothing (no mutation on the second pass).
    expect(sanitizeHtml(clean, window)).toBe(clean);
  });

  it('handles the whole generated hostile page in one piece', () => {
    const clean = sanitizeHtml(xssPage(ORIGINS), window);
    expect(unsafeAfterInsert(clean)).toEqual([]);
    expect(clean).toContain('Anmeldung einer Wohnung');
    expect(clean).toContain('Die Gebühr beträgt 12,00 Euro');
  });
});

describe('engine replies: sanitizeTranslation on the XSS corpus', () => {
  it.each(cases)('%s: DOM path (content script, reader)', (_id, html) => {
    expect(unsafeAfterInsert(sanitizeTranslation(`[uk] ${html}`, window))).toEqual([]);
  });

  it.each(cases)('%s: DOM-free path (service worker), then the reader boundary', (_id, html) => {
    const workerOutput = sanitizeWithoutDom(`[uk] ${html}`);
    expect(unsafeAfterInsert(workerOutput)).toEqual([]);
    expect(unsafeAfterInsert(sanitizeHtml(workerOutput, window))).toEqual([]);
  });
});
