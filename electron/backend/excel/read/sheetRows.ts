// Shaping the cells a reader found into the rows handed over, with the row/column limits.

import { SpreadsheetError } from './spreadsheetError';

/** The first `count` rows, handed over ahead and no longer held: their widest row and last row with data. */
export interface HandedRows {
  count: number;
  width: number;
  /** -1: none held anything. */
  last: number;
}

/** A row's width without its empty cells at the right. */
export function trimmedWidth(row: readonly (string | null)[]): number {
  let w = row.length;
  while (w > 0 && row[w - 1] === null) w--;
  return w;
}

/**
 * Drops blank rows at the end and empty columns at the right, pads every row to the same
 * width, and refuses what exceeds the limits. Blank rows in between stay (as rows of nulls) so
 * row numbers match what the user sees in Excel. Rows handed over (`handed`) are measured by
 * what was noted of them and left as they are: the receiver pads its copies to the width.
 */
export function finishRows(
  rows: (string | null)[][],
  maxRows: number,
  maxColumns: number,
  handed: HandedRows = { count: 0, width: 0, last: -1 },
): { rows: (string | null)[][]; width: number } {
  let last = handed.last;
  let width = handed.width;
  for (let r = handed.count; r < rows.length; r++) {
    const w = trimmedWidth(rows[r]!);
    if (w > 0) last = r;
    if (w > width) width = w;
  }
  if (last + 1 > maxRows) throw new SpreadsheetError('tooManyRows', `${last + 1} rows`);
  if (width > maxColumns) throw new SpreadsheetError('tooManyColumns', `${width} columns`);
  const out = rows.slice(0, last + 1);
  for (let r = handed.count; r < out.length; r++) {
    const row = out[r]!;
    if (row.length > width) out[r] = row.slice(0, width);
    else while (row.length < width) row.push(null);
  }
  return { rows: out, width };
}
