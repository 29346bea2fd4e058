// Shaping the cells a reader found into the rows handed over, with the row/column limits.

import { SpreadsheetError } from './spreadsheetError';

/**
 * Drops blank rows at the end and empty columns at the right, pads every row to the same
 * width, and refuses what exceeds the limits. Blank rows in between stay (as rows of nulls) so
 * row numbers match what the user sees in Excel.
 */
export function finishRows(rows: (string | null)[][], maxRows: number, maxColumns: number): (string | null)[][] {
  let last = rows.length - 1;
  let width = 0;
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    let w = row.length;
    while (w > 0 && row[w - 1] === null) w--;
    if (w > 0) last = r;
    if (w > width) width = w;
  }
  while (last >= 0 && !rows[last]!.some((c) => c !== null)) last--;
  if (last + 1 > maxRows) throw new SpreadsheetError('tooManyRows', `${last + 1} rows`);
  if (width > maxColumns) throw new SpreadsheetError('tooManyColumns', `${width} columns`);
  const out = rows.slice(0, last + 1);
  for (let r = 0; r < out.length; r++) {
    const row = out[r]!;
    if (row.length > width) out[r] = row.slice(0, width);
    else while (row.length < width) row.push(null);
  }
  return out;
}
