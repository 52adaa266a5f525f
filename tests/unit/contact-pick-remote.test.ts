/**
 * The reader picks the contact in the background (`cs-bg-contact`) to keep the
 * parsing rules out of the content script. Over every fixture page, the
 * two-step path — candidates collected from the DOM, sent as plain data
 * (through a JSON round trip, as a message is), picked elsewhere — gives
 * exactly the article of the one-call extraction; a failed pick costs only the
 * contact card.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../helpers/dom';
import { extractForReader, extractForReaderVia } from '@/utils/extract/selection';
import { pickContact } from '@/utils/extract/contact-pick';
import type { ContactCandidates } from '@/utils/extract/contact-candidates';

const PAGES = join(__dirname, '../fixtures/pages');
const slugs = readdirSync(PAGES).filter((slug) => existsSync(join(PAGES, slug, 'source.html')));
const load = (slug: string) => parseHtml(readFileSync(join(PAGES, slug, 'source.html'), 'utf8'), `https://www.stadt.example/${slug}`);
const overTheWire = (candidates: ContactCandidates) => Promise.resolve(pickContact(JSON.parse(JSON.stringify(candidates)) as ContactCandidates));

let withContact = 0;

describe('contact picked in the background', () => {
  it.each(slugs)('%s: same article as the one-call extraction', async (slug) => {
    const sync = load(slug);
    const expected = extractForReader(sync.document, { win: sync.window, url: `https://www.stadt.example/${slug}` });
    const remote = load(slug);
    const actual = await extractForReaderVia(remote.document, { win: remote.window, url: `https://www.stadt.example/${slug}` }, overTheWire);
    expect(actual).toEqual(expected);
    if (actual.contact) withContact++;
  });

  it('covered pages with a contact card', () => {
    expect(withContact).toBeGreaterThan(15);
  });

  it('a failed pick leaves the article without a card, and nothing lost', async () => {
    const { document, window } = load('typo3-auenbach-anmeldung-wohnung');
    const article = await extractForReaderVia(document, { win: window }, () => Promise.reject(new Error('context invalidated')));
    expect(article.contact).toBeUndefined();
    expect(article.readerable).toBe(true);
    expect(article.title).toBe('Anmeldung einer Wohnung');
    expect(article.text).toContain('innerhalb von zwei Wochen nach dem Einzug');
  });
});
