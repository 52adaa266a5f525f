/**
 * Keep data tables (fees, opening hours) that Readability drops
 * (mozilla/readability#775, #491): its size heuristic calls a 2-column table
 * of fewer than ~6 rows a layout table, and `_cleanConditionally` then removes
 * it when it holds few commas or many links. A table we recognise as data is
 * flagged with a `summary` attribute, which Readability's `_markDataTables`
 * honours; the sanitizer does not allow `summary`, so the flag never leaves.
 */
import { closestMatch, compileSelectors, elementsByTag } from '@/utils/clean/selector-matcher';

/** Tables in page chrome and forms are layout. */
const CHROME = compileSelectors('nav, form, header, footer');

/** A table is data when it has ≥ 2 rows and ≥ 2 columns, no nested table and mostly short cells. */
export function isDataTable(table: Element): boolean {
  // Tag lookups, not selector queries: jsdom's selector engine is slow.
  if (table.getAttribute('role') === 'presentation' || table.getElementsByTagName('table').length > 0) return false;
  if (closestMatch(table, CHROME)) return false;
  const rows = Array.from(table.getElementsByTagName('tr'));
  if (rows.length < 2) return false;
  const widest = Math.max(...rows.map((r) => r.childElementCount));
  if (widest < 2) return false;
  for (const tag of ['td', 'th'])
    for (const cell of Array.from(table.getElementsByTagName(tag))) if ((cell.textContent ?? '').trim().length > 400) return false;
  return true;
}

/** Flag the data tables of a clone for Readability. Returns how many were flagged. */
export function flagDataTables(clone: Document): number {
  let flagged = 0;
  for (const table of elementsByTag(clone, 'table')) {
    if (!table.hasAttribute('summary') && isDataTable(table)) {
      table.setAttribute('summary', 'data');
      flagged++;
    }
  }
  return flagged;
}
