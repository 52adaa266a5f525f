/**
 * Golden corpus: every page under tests/fixtures/pages/<slug>/ with a
 * source.html and expected.json is extracted and checked: title, readerable,
 * every `with` string in the text, no `without` string in text or html, and
 * the contact fields the page names. New pages are picked up automatically.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { extractArticle } from '@/utils/extract/extract-article';
import type { Contact } from '@/utils/extract/types';

interface Expected {
  title: string;
  lang?: string;
  readerable: boolean;
  cms?: string;
  type?: string;
  with: string[];
  without: string[];
  contact?: Partial<Contact>;
}

const PAGES = join(__dirname, '../fixtures/pages');
const slugs = readdirSync(PAGES).filter(
  (slug) => existsSync(join(PAGES, slug, 'source.html')) && existsSync(join(PAGES, slug, 'expected.json')),
);

/** Whitespace-insensitive form used for every comparison (the reader reflows text anyway). */
const ws = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Opening hours are compared by their words and numbers, not their punctuation. */
const tokens = (s: string) => (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');

const SCALARS = ['organisation', 'office', 'person', 'street', 'postcode', 'town', 'fax'] as const;
/** The card adds the "Zimmer" label itself, so "Zimmer 489" and "489" name the same room. */
const room = (s: string) => ws(s).replace(/^(?:Zimmer|Raum)\s+/i, '');

it('finds the golden pages', () => {
  expect(slugs.length).toBeGreaterThan(0);
});

describe.each(slugs)('golden page %s', (slug) => {
  const expected = JSON.parse(readFileSync(join(PAGES, slug, 'expected.json'), 'utf8')) as Expected;
  const html = readFileSync(join(PAGES, slug, 'source.html'), 'utf8');
  const pageUrl = `https://www.kommune.example/pages/${slug}/`;
  const { document, window } = parseHtml(html, pageUrl);
  const article = extractArticle(document, { win: window });
  const text = ws(article.text);

  it('has the expected title and readerable flag', () => {
    expect(ws(article.title)).toBe(ws(expected.title));
    expect(article.readerable).toBe(expected.readerable);
    if (expected.lang) expect(article.lang).toBe(expected.lang);
  });

  if (expected.with.length > 0) {
    it.each(expected.with)('keeps "%s"', (wanted) => {
      expect(text).toContain(ws(wanted));
    });
  }

  if (expected.without.length > 0) {
    it.each(expected.without)('drops "%s"', (noise) => {
      expect(text).not.toContain(ws(noise));
      expect(ws(article.html)).not.toContain(ws(noise));
    });
  }

  const contact = expected.contact;
  if (contact) {
    it('finds the contact card', () => {
      expect(article.contact).toBeDefined();
      const got = article.contact!;
      for (const field of SCALARS) {
        const want = contact[field];
        if (want) expect(ws(got[field] ?? ''), field).toBe(ws(want));
      }
      if (contact.room) expect(room(got.room ?? ''), 'room').toBe(room(contact.room));
      // A relative link in the page and its resolved form are the same appointment page.
      if (contact.appointmentUrl)
        expect(new URL(got.appointmentUrl ?? '', pageUrl).href, 'appointmentUrl').toBe(new URL(contact.appointmentUrl, pageUrl).href);
      for (const phone of contact.phones ?? []) expect(got.phones.map(ws)).toContain(ws(phone));
      // "name(at)host" as printed on the page and the decoded address are the same mailbox.
      const mailbox = (m: string) => m.toLowerCase().replace(/\s*[([]at[)\]]\s*/g, '@');
      for (const mail of contact.emails ?? []) expect(got.emails.map(mailbox)).toContain(mailbox(mail));
      for (const hours of contact.openingHours ?? [])
        expect((got.openingHours ?? []).map(tokens).join(' | ')).toContain(tokens(hours));
    });
  }
});
