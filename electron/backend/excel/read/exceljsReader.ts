// .xlsx read with ExcelJS's streaming reader: measured here at 100,000 rows × 20 columns it
// needs about half the time and memory of SheetJS (which holds the whole unzipped XML), and it
// can stop at the first row over the limit. Anything it cannot handle (sheets stored under
// other part names, cells without references, a damaged zip) makes it give up with
// StreamingUnsupported, and the caller reads the file with SheetJS instead, which also gives
// the precise error for damaged files. Runs in the reading thread only, after the freeze.

import type { Cell, CellValue } from 'exceljs';
import { excelSerialToIso } from '../../../../shared/domain/import/cellValues';
import { cleanText, numberText } from './cellText';
import { finishRows } from './sheetRows';
import { SpreadsheetError } from './spreadsheetError';
import type { ParseRequest, SpreadsheetContent } from './spreadsheetTypes';

type ExcelJSModule = typeof import('exceljs');
type Ssf = typeof import('xlsx')['SSF'];

export class StreamingUnsupported extends Error {}

let loaded: ExcelJSModule | null = null;

/**
 * Loads ExcelJS. Must happen BEFORE the prototypes are frozen: one of its dependencies
 * (readable-stream) assigns Error.prototype-shadowing properties while loading. Its code is
 * ours (node_modules); no untrusted byte has been parsed at that point.
 */
export async function preloadExcelJs(): Promise<void> {
  const mod = (await import('exceljs')) as ExcelJSModule & { default?: ExcelJSModule };
  loaded = mod.default ?? mod;
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

function text(ssf: Ssf, value: CellValue, numFmt: string | undefined, date1904: boolean): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return cleanText(value);
  if (typeof value === 'number') {
    let formatted: string | undefined;
    let isDate = false;
    if (numFmt) {
      try {
        isDate = ssf.is_date(numFmt);
        formatted = ssf.format(numFmt, value, { date1904 });
      } catch {
        formatted = undefined;
      }
    }
    return numberText(value, numFmt, formatted, isDate, date1904);
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return null;
    // A time of day alone (serial below 1) has no date: shown as formatted.
    const serial = (ms - EPOCH_1900) / MS_PER_DAY - (date1904 ? 1462 : 0);
    if (serial < 1) return numberText(serial, numFmt, numFmt ? ssf.format(numFmt, serial) : undefined, true, date1904);
    // Back through the serial: ExcelJS's Date ignores Excel's 1900 leap-year bug, so serials
    // before 1900-03-01 came out a day early.
    return excelSerialToIso(serial, date1904) ?? value.toISOString().slice(0, 10);
  }
  if (typeof value === 'object') {
    const o = value as unknown as Record<string, unknown>;
    if (Array.isArray(o.richText)) return cleanText(o.richText.map((r: unknown) => (typeof (r as { text?: unknown }).text === 'string' ? (r as { text: string }).text : '')).join(''));
    if ('result' in o) {
      const r = o.result;
      if (r === undefined || r === null) return null;
      if (typeof r === 'number' && Number.isNaN(r)) return null;
      return text(ssf, r as CellValue, numFmt, date1904);
    }
    if ('formula' in o || 'sharedFormula' in o) return null;
    if (typeof o.text === 'string') return cleanText(o.text);
    if (typeof o.error === 'string') return cleanText(o.error);
  }
  return null;
}

export async function readWithExcelJs(req: ParseRequest): Promise<SpreadsheetContent> {
  if (!loaded) throw new StreamingUnsupported('ExcelJS not loaded');
  const X = (await import('xlsx')) as typeof import('xlsx') & { default?: typeof import('xlsx') };
  const ssf = (X.default ?? X).SSF;
  const reader = new loaded.stream.xlsx.WorkbookReader(req.file, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  type Found = { name: string; id: number; rows: number; data: (string | null)[][] | null; hasData: boolean };
  const found: Found[] = [];
  let chosen: Found | null = null;
  try {
    for await (const ws of reader) {
      const w = ws as unknown as { name?: string; id?: number } & AsyncIterable<{ number: number; eachCell: (o: { includeEmpty: boolean }, cb: (cell: Cell, col: number) => void) => void }>;
      const name = typeof w.name === 'string' ? w.name : null;
      if (name === null) throw new StreamingUnsupported('a sheet without a name');
      const wanted = req.mode === 'read' && (req.sheet === null ? chosen === null : req.sheet === name);
      const date1904 = Boolean((reader as unknown as { properties?: { model?: { date1904?: boolean } } }).properties?.model?.date1904);
      const sheet: Found = { name, id: Number(w.id ?? found.length + 1), rows: 0, data: wanted ? [] : null, hasData: false };
      for await (const row of w) {
        const r = row.number;
        let any = false;
        const cells: (string | null)[] = [];
        row.eachCell({ includeEmpty: false }, (cell, col) => {
          const t = text(ssf, cell.value, typeof cell.numFmt === 'string' ? cell.numFmt : undefined, date1904);
          if (t === null) return;
          if (col > req.maxColumns) throw new SpreadsheetError('tooManyColumns', `data in column ${col}`);
          any = true;
          if (sheet.data) {
            while (cells.length < col - 1) cells.push(null);
            cells[col - 1] = t;
          }
        });
        if (!any) continue;
        if (r > req.maxRows && (sheet.data || req.sheet === null)) throw new SpreadsheetError('tooManyRows', `row ${r}`);
        sheet.hasData = true;
        sheet.rows = Math.max(sheet.rows, r);
        if (sheet.data) {
          while (sheet.data.length < r - 1) sheet.data.push([]);
          sheet.data[r - 1] = cells;
        }
      }
      found.push(sheet);
      if (sheet.data && (req.sheet !== null || sheet.hasData)) chosen ??= sheet;
      else sheet.data = null;
    }
  } catch (e) {
    if (e instanceof SpreadsheetError || e instanceof StreamingUnsupported) throw e;
    throw new StreamingUnsupported(e instanceof Error ? e.message : String(e));
  }
  // Sheets listed in the workbook but not found under the part names ExcelJS knows: let
  // SheetJS read it, which follows the workbook's relationships.
  const listed = ((reader as unknown as { model?: { sheets?: { name?: unknown; state?: unknown }[] } }).model?.sheets ?? []).filter((s) => typeof s.name === 'string');
  if (found.length === 0 || listed.length !== found.length) throw new StreamingUnsupported('sheets not found');
  const order = listed.map((s) => s.name as string);
  found.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  const sheets = found.map((s) => ({ name: s.name, rows: s.rows }));
  if (req.sheet !== null && !found.some((s) => s.name === req.sheet)) throw new SpreadsheetError('sheetMissing', req.sheet);
  if (req.mode === 'sheets') {
    if (!found.some((s) => s.hasData)) throw new SpreadsheetError('empty', 'no cells');
    return { format: 'xlsx', encoding: null, sheets, sheet: (found.find((s) => s.hasData) ?? found[0]!).name, rows: [], warnings: [] };
  }
  if (!chosen) throw new SpreadsheetError('empty', 'no cells');
  // Hidden first sheets: the default is the first sheet with data in emission order, which is
  // the workbook order for files Excel writes (sheet1.xml, sheet2.xml …).
  return { format: 'xlsx', encoding: null, sheets, sheet: chosen.name, rows: finishRows(chosen.data!, req.maxRows, req.maxColumns), warnings: [] };
}

