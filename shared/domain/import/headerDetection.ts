// Which row of a sheet holds the column headers. Real files often start with a title ("2025
// Exhibitor list"), a date line or blank rows, sometimes merged across the table.

import { guessMapping } from './columnMapping';

/** Rows looked at: headers further down than this are not headers of a list. */
const SCAN_ROWS = 30;

function filled(row: readonly (string | null)[]): number {
  let n = 0;
  for (const c of row) if (c !== null && c.trim() !== '') n++;
  return n;
}

function looksLikeValue(s: string): boolean {
  // Numbers and dates are data, not headers ("2025" as a title year is also not a header).
  return /^[\s\d.,:/\-+%()¥$€£年月日]+$/.test(s);
}

/**
 * Index of the header row (0 when there is nothing better). In order:
 * 1. the row with the most cells naming a known field (at least two), the first of equals;
 * 2. otherwise the first row that fills at least half the width of the widest row in the
 *    scanned part (and at least two cells), with text in at least 80 % of its cells and no
 *    repeated names;
 * 3. otherwise the first non-blank row.
 * Title rows (one cell, perhaps merged over the table) and blank rows above the header are
 * skipped by rules 1 and 2.
 */
export function detectHeaderRow(rows: readonly (readonly (string | null)[])[]): number {
  const scan = rows.slice(0, SCAN_ROWS);
  let best = -1;
  let bestKnown = 1;
  for (let i = 0; i < scan.length; i++) {
    const known = guessMapping(scan[i]!).filter((f) => f !== null).length;
    if (known > bestKnown) {
      best = i;
      bestKnown = known;
    }
  }
  if (best >= 0) return best;

  const width = Math.max(0, ...scan.map(filled));
  for (let i = 0; i < scan.length; i++) {
    const cells = scan[i]!.filter((c): c is string => c !== null && c.trim() !== '').map((c) => c.trim());
    if (cells.length < Math.max(2, Math.ceil(width / 2))) continue;
    const text = cells.filter((c) => !looksLikeValue(c)).length;
    if (text / cells.length >= 0.8 && new Set(cells).size === cells.length) return i;
  }
  const first = scan.findIndex((r) => filled(r) > 0);
  return first < 0 ? 0 : first;
}
