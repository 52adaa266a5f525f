/**
 * Lints the golden corpus in tests/fixtures/pages: every expectation must be
 * checkable against its own page, otherwise a golden test could pass for the
 * wrong reason. Run: npx tsx tests/tools/check-fixtures.ts [slug ...]
 *
 * - `with`, `facts`, `contact` strings must occur in the page text as a reader
 *   would see it (whitespace collapsed, visually-hidden link hints removed);
 * - every `without` string must occur in the page (a noise string that is not
 *   on the page makes a check that cannot fail);
 * - no `without` string may be part of a `with`/contact/fact string.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../helpers/dom';

const PAGES = join(import.meta.dirname, '../fixtures/pages');

/** Link hints the corpus glues into sentences; the reader shows the sentence without them. */
const LINK_HINTS = [
  'Opens external link in new window',
  'Opens internal link in current window',
  'Öffnet externen Link in neuem Fenster',
  'Öffnet neues Fenster',
  '(Link öffnet in neuem Fenster)',
  'Link öffnet in neuem Fenster',
  'Datei wird in neuem Fenster geöffnet',
  '(externer Link)',
  'externer Link',
  '(opens in a new tab)',
  '(öffnet in neuem Tab)',
  '(Link öffnet in neuem Tab)',
  'Öffnet in einem neuen Fenster',
];

const BLOCK = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DETAILS|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FOOTER|FORM|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|SECTION|SUMMARY|TABLE|TD|TH|TR|UL|BUTTON|OPTION|LABEL)$/;

/**
 * An office given as its path of units, as the card joins units on consecutive lines
 * ("Fachbereich Soziales, Versorgungsamt – Schwerbehindertenrecht"): each unit is on the page.
 */
function officePathInPage(office: string, inPage: (s: string) => boolean): boolean {
  const units = office.split(/,\s+/);
  return units.length > 1 && units.every(inPage);
}

export interface Expected {
  title: string;
  lang: string;
  readerable: boolean;
  cms: string;
  type: string;
  with: string[];
  without: string[];
  contact?: Record<string, unknown>;
  facts?: Record<string, string | string[]>;
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Page text with a space at every block boundary (a rough innerText that keeps hidden content). */
export function pageText(html: string): string {
  const { document } = parseHtml(html);
  const body = document.body;
  for (const el of Array.from(body.querySelectorAll('script, style, template, noscript, svg'))) el.remove();
  for (const el of Array.from(body.querySelectorAll('*'))) {
    if (BLOCK.test(el.tagName)) {
      el.before(document.createTextNode(' '));
      el.after(document.createTextNode(' '));
    }
  }
  return collapse(body.textContent ?? '');
}

/** The same text without link hints, as the reader should show it. */
export function readerText(raw: string): string {
  let out = raw;
  for (const hint of LINK_HINTS) out = out.split(hint).join(' ');
  return collapse(out).replace(/ ([,.;:)])/g, '$1');
}

/** Problems found in one case folder (empty when the case is sound). */
export function checkCase(dir: string): string[] {
  const problems: string[] = [];
  const html = readFileSync(join(dir, 'source.html'), 'utf8');
  const exp = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
  const raw = pageText(html);
  const clean = readerText(raw);
  const inPage = (s: string) => clean.includes(s) || raw.includes(s);

  if (!exp.title) problems.push('no title');
  else if (!inPage(exp.title)) problems.push(`title not in page: ${exp.title}`);
  for (const key of ['lang', 'cms', 'type'] as const) if (!exp[key]) problems.push(`no ${key}`);
  if (typeof exp.readerable !== 'boolean') problems.push('readerable is not a boolean');
  if (exp.readerable && (exp.with.length < 3 || exp.with.length > 8)) problems.push(`with has ${exp.with.length} entries (3–8)`);
  if (!exp.readerable && exp.with.length) problems.push('a page that is not readerable lists with[]');
  if (exp.without.length < 5 || exp.without.length > 15) problems.push(`without has ${exp.without.length} entries (5–15)`);

  const kept: string[] = [...exp.with];
  for (const s of exp.with) if (!clean.includes(s)) problems.push(`with not in page: ${s}`);
  if (exp.contact) {
    for (const [key, value] of Object.entries(exp.contact)) {
      for (const v of Array.isArray(value) ? value : [value]) {
        if (typeof v !== 'string') problems.push(`contact.${key} is not a string`);
        else if (!inPage(v) && !(key === 'appointmentUrl' && html.includes(v)) && !(key === 'office' && officePathInPage(v, inPage)))
          problems.push(`contact.${key} not in page: ${v}`);
        else kept.push(v);
      }
    }
    if (!Array.isArray(exp.contact.phones) || !Array.isArray(exp.contact.emails)) problems.push('contact needs phones[] and emails[]');
  }
  for (const [key, value] of Object.entries(exp.facts ?? {})) {
    for (const v of Array.isArray(value) ? value : [value]) {
      if (!clean.includes(v)) problems.push(`facts.${key} not in page: ${v}`);
      else kept.push(v);
    }
  }
  for (const s of exp.without) {
    // Attribute text counts too: the golden test also checks the article's HTML.
    if (!raw.includes(s) && !html.includes(s)) problems.push(`without not in page (the check could never fail): ${s}`);
    const inside = kept.find((k) => k.includes(s));
    if (inside) problems.push(`without "${s}" is part of kept text "${inside}"`);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const requested = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(PAGES).sort();
  const slugs = requested.filter((slug) => existsSync(join(PAGES, slug, 'expected.json')));
  let bad = 0;
  for (const slug of slugs) {
    const dir = join(PAGES, slug);
    const problems = checkCase(dir);
    const size = readFileSync(join(dir, 'source.html')).length;
    console.log(`${problems.length ? 'FAIL' : 'ok  '} ${slug} (${size} bytes)`);
    for (const p of problems) console.log(`     - ${p}`);
    if (problems.length) bad++;
  }
  console.log(`${slugs.length - bad}/${slugs.length} cases sound`);
  process.exitCode = bad ? 1 : 0;
}
