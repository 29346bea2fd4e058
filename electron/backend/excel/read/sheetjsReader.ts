// Workbooks read with SheetJS (xlsx, xls, ods, and HTML/XML tables saved as .xls). Runs only in
// the reading thread, after freezePrototypes(); the library is imported here, lazily, so it is
// loaded after the freeze.

import type { CellObject, WorkBook, WorkSheet } from 'xlsx';
import { cleanText, numberText } from './cellText';
import { sheetRank } from './sheetRank';
import { finishRows } from './sheetRows';
import { SpreadsheetError } from './spreadsheetError';
import type { ParseRequest, SpreadsheetContent, SpreadsheetFormat } from './spreadsheetTypes';

type Xlsx = typeof import('xlsx');

async function loadXlsx(): Promise<Xlsx> {
  const mod = (await import('xlsx')) as Xlsx & { default?: Xlsx };
  return mod.default ?? mod;
}

/** The parser's words → our error codes (SheetJS throws plain Errors with these messages). */
function classify(e: unknown, container: 'zip' | 'cfb' | 'markup'): SpreadsheetError {
  const msg = e instanceof Error ? e.message : String(e);
  if (/password|encrypt/i.test(msg)) return new SpreadsheetError('encrypted', msg);
  if (e instanceof RangeError && /allocation|array length|string length/i.test(msg)) return new SpreadsheetError('tooLarge', msg);
  if (container === 'zip') return new SpreadsheetError('corrupt', msg);
  if (/cannot find|unsupported|unrecognized|not a|signature/i.test(msg) && container === 'cfb') return new SpreadsheetError('notSpreadsheet', msg);
  return new SpreadsheetError('corrupt', msg);
}

type DenseSheet = (CellObject | undefined)[][] & WorkSheet;

function cellText(X: Xlsx, cell: CellObject | undefined, date1904: boolean): string | null {
  if (!cell) return null;
  const v: unknown = cell.v;
  switch (cell.t) {
    case 's':
      return typeof v === 'string' ? cleanText(v) : null;
    case 'n': {
      if (typeof v !== 'number') return null;
      const z = typeof cell.z === 'string' ? cell.z : undefined;
      let isDate = false;
      try {
        isDate = z !== undefined && X.SSF.is_date(z);
      } catch {
        isDate = false;
      }
      return numberText(v, z, typeof cell.w === 'string' ? cell.w : undefined, isDate, date1904);
    }
    case 'b':
      return typeof v === 'boolean' ? (v ? 'TRUE' : 'FALSE') : null;
    case 'e':
      return typeof cell.w === 'string' ? cleanText(cell.w) : null;
    case 'd':
      return v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : null;
    default:
      return null;
  }
}

function sheetRowCount(X: Xlsx, ws: WorkSheet | undefined): number {
  const ref = ws?.['!fullref'] ?? ws?.['!ref'];
  if (typeof ref !== 'string') return 0;
  try {
    return X.utils.decode_range(ref).e.r + 1;
  } catch {
    return 0;
  }
}

function rowsOf(X: Xlsx, ws: DenseSheet, date1904: boolean, maxColumns: number): (string | null)[][] {
  const rows: (string | null)[][] = [];
  if (!Array.isArray(ws)) return rows;
  for (let r = 0; r < ws.length; r++) {
    const src = ws[r];
    const row: (string | null)[] = [];
    if (Array.isArray(src)) {
      for (let c = 0; c < src.length; c++) {
        const t = cellText(X, src[c], date1904);
        if (t !== null && c >= maxColumns) throw new SpreadsheetError('tooManyColumns', `data in column ${c + 1}`);
        row.push(t);
      }
    }
    rows.push(row);
  }
  return rows;
}

/** Rows with something in them, counted up to `enough`. */
function rowsWithData(ws: WorkSheet | undefined, enough: number): number {
  if (!Array.isArray(ws)) return 0;
  let n = 0;
  for (const row of ws as DenseSheet) {
    if (Array.isArray(row) && row.some((c) => c !== undefined && c.t !== 'z' && c.v !== undefined && c.v !== '') && ++n >= enough) break;
  }
  return n;
}

/** The sheet read when none is asked for: the first of the best rank (sheetRank.ts). */
function defaultSheet(names: string[], hidden: ReadonlySet<string | undefined>, sheetOf: (name: string) => WorkSheet | undefined): string | null {
  const ranks = names.map((n) => sheetRank(hidden.has(n), rowsWithData(sheetOf(n), 2)));
  const best = Math.max(0, ...ranks);
  return best > 0 ? names[ranks.indexOf(best)]! : null;
}

/**
 * OpenDocument rather than Office Open XML: the zip's directory (at its end) names content.xml
 * and no xl/ part. (The "mimetype" entry is not always first and uncompressed.)
 */
export function isOds(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).subarray(Math.max(0, bytes.byteLength - 65_536)).toString('latin1');
  return tail.includes('content.xml') && !tail.includes('xl/');
}

export async function readWithSheetjs(bytes: Uint8Array, container: 'zip' | 'cfb' | 'markup', req: ParseRequest): Promise<SpreadsheetContent> {
  const X = await loadXlsx();
  let wb: WorkBook;
  try {
    wb = X.read(bytes, {
      type: 'buffer',
      dense: true,
      cellNF: true,
      cellText: true,
      cellDates: false,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
      bookVBA: false,
      // One row more than allowed: a value there means the sheet is too long.
      sheetRows: req.maxRows + 1,
    } as Parameters<Xlsx['read']>[1]);
  } catch (e) {
    throw classify(e, container);
  }
  const names = Array.isArray(wb.SheetNames) ? wb.SheetNames.filter((n): n is string => typeof n === 'string') : [];
  if (names.length === 0) throw new SpreadsheetError(container === 'zip' ? 'corrupt' : 'notSpreadsheet', 'no sheets');
  // Own properties only: with Object.prototype frozen, SheetJS cannot store a sheet whose name
  // is one of its properties ("constructor", "toString" …) — a lookup would find the inherited
  // function instead.
  // A sheet named "__proto__" was stored through the __proto__ setter: it became the
  // prototype of wb.Sheets (a dense sheet is an array), which is where it is found.
  const sheetOf = (name: string): WorkSheet | undefined => {
    if (Object.hasOwn(wb.Sheets, name)) return wb.Sheets[name];
    const proto: unknown = Object.getPrototypeOf(wb.Sheets);
    return name === '__proto__' && Array.isArray(proto) ? (proto as unknown as WorkSheet) : undefined;
  };
  const sheets = names.map((name) => ({ name, rows: sheetRowCount(X, sheetOf(name)) }));
  const hidden = new Set(
    (wb.Workbook?.Sheets ?? []).filter((s) => s && s.Hidden).map((s) => s.name),
  );
  let sheet = req.sheet;
  if (sheet !== null && !names.includes(sheet)) throw new SpreadsheetError('sheetMissing', sheet);
  sheet ??= defaultSheet(names, hidden, sheetOf);
  if (sheet === null) throw new SpreadsheetError('empty', 'no cells');
  const ws = sheetOf(sheet);
  if (!ws) throw new SpreadsheetError('unreadable', `sheet "${sheet}" has a reserved name`);
  const format: SpreadsheetFormat = container === 'cfb' || container === 'markup' ? 'xls' : isOds(bytes) ? 'ods' : 'xlsx';
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const rows = req.mode === 'sheets' ? [] : finishRows(rowsOf(X, ws as DenseSheet, date1904, req.maxColumns), req.maxRows, req.maxColumns).rows;
  return { format, encoding: null, sheets, sheet, rows, warnings: [] };
}
