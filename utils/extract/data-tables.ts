/**
 * Keep data tables (fees, opening hours) that Readability drops
 * (mozilla/readability#775, #491): its size heuristic calls a 2-column table
 * of fewer than ~6 rows a layout table, and `_cleanConditionally` then removes
 * it when it holds few commas or many links. A table we recognise as data is
 * flagged with a `summary` attribute, which Readability's `_markDataTables`
 * honours; the sanitizer does not allow `summary`, so the flag never leaves.
 */

/** A table is data when it has ≥ 2 rows and ≥ 2 columns, no nested table and mostly short cells. */
export function isDataTable(table: Element): boolean {
  if (table.getAttribute('role') === 'presentation' || table.querySelector('table')) return false;
  if (table.closest('nav, form, header, footer')) return false;
  const rows = Array.from(table.querySelectorAll('tr'));
  if (rows.length < 2) return false;
  const widest = Math.max(...rows.map((r) => r.children.length));
  if (widest < 2) return false;
  const cells = Array.from(table.querySelectorAll('td, th'));
  const long = cells.filter((c) => (c.textContent ?? '').trim().length > 400).length;
  return long === 0;
}

/** Flag the data tables of a clone for Readability. Returns how many were flagged. */
export function flagDataTables(clone: Document): number {
  let flagged = 0;
  for (const table of Array.from(clone.querySelectorAll('table'))) {
    if (!table.hasAttribute('summary') && isDataTable(table)) {
      table.setAttribute('summary', 'data');
      flagged++;
    }
  }
  return flagged;
}
