// Text files (CSV and tab-separated) → rows. No parser library: every cell is text as written,
// so leading zeros and long digit strings can never be turned into numbers.

import { decodeText } from './decodeText';
import { parseCsv } from './parseCsv';
import { cleanText } from './cellText';
import { finishRows } from './sheetRows';
import { SpreadsheetError } from './spreadsheetError';
import type { ParseRequest, SpreadsheetContent } from './spreadsheetTypes';

/** A CSV file has one sheet; this is its name in SpreadsheetContent. */
export const CSV_SHEET = 'CSV';

export function readCsv(bytes: Uint8Array, req: ParseRequest): SpreadsheetContent {
  if (req.sheet !== null && req.sheet !== CSV_SHEET) throw new SpreadsheetError('sheetMissing', req.sheet);
  const decoded = decodeText(bytes);
  if (decoded.text.trim() === '') throw new SpreadsheetError('empty', 'only blank text');
  const parsed = parseCsv(decoded.text, { maxRows: req.maxRows, maxColumns: req.maxColumns });
  const rows = finishRows(
    parsed.rows.map((r) => r.map(cleanText)),
    req.maxRows,
    req.maxColumns,
  ).rows;
  if (rows.length === 0) throw new SpreadsheetError('empty', 'no cells');
  const name = CSV_SHEET;
  return {
    format: 'csv',
    encoding: decoded.encoding,
    sheets: [{ name, rows: rows.length }],
    sheet: name,
    rows: req.mode === 'sheets' ? [] : rows,
    warnings: [...decoded.warnings, ...parsed.warnings],
  };
}
