// .xlsx read by our own streaming reader: the zip's central directory, each sheet part inflated
// chunk by chunk and scanned tag by tag (xlsx/). Measured at 100,000 rows × 18 columns it takes
// a fraction of ExcelJS's streaming reader (which built an object per cell), holds only the
// chosen sheet's text, and can stop at the first row or column over the limit. Anything it does
// not know (.ods, .xlsb, a chart sheet, a damaged zip or part) makes it give up with
// StreamingUnsupported, and the caller reads the file with SheetJS instead, which also gives the
// precise error for damaged files. Runs in the reading thread only, after the freeze.

import fs from 'node:fs';
import { excelSerialToIso } from '../../../../shared/domain/import/cellValues';
import { BEST_SHEET_RANK, sheetRank } from './sheetRank';
import { finishRows, type HandedRows } from './sheetRows';
import { SpreadsheetError } from './spreadsheetError';
import type { HandOver, ParseRequest, SpreadsheetContent } from './spreadsheetTypes';
import { SheetCells, type CellFormats } from './xlsx/sheetCells';
import { numberFormats, sharedStrings, workbookLayout } from './xlsx/workbookParts';
import { XmlUnsupported, scanChunks } from './xlsx/xmlScan';
import { entryChunks, zipEntries, ZipUnsupported } from './xlsx/zipEntries';

export class StreamingUnsupported extends Error {}

type Ssf = typeof import('xlsx')['SSF'];

/**
 * SheetJS's number formats, from its ES module build: the package's main entry (CommonJS) also
 * loads its code-page tables, which an .xlsx never needs — measured here, 30 ms instead of 200
 * ms, on every read. (SheetJS itself, for .xls, .ods and .csv, keeps the main entry.)
 */
async function loadSsf(): Promise<Ssf> {
  const X = (await import('xlsx/xlsx.mjs')) as typeof import('xlsx') & { default?: typeof import('xlsx') };
  return (X.default ?? X).SSF;
}

async function read(req: ParseRequest, fd: number, size: number, hand: HandOver | null): Promise<SpreadsheetContent> {
  const entries = zipEntries(fd, size);
  const layout = await workbookLayout(fd, entries);
  const ssf = await loadSsf();
  const sst = layout.sharedStrings ? await sharedStrings(fd, entries.get(layout.sharedStrings)!) : [];
  const fmt: CellFormats = {
    codes: layout.styles ? await numberFormats(fd, entries.get(layout.styles)!, ssf.get_table() as Record<number, string>) : [],
    isDate: (code) => ssf.is_date(code),
    format: (code, v) => ssf.format(code, v, { date1904: layout.date1904 }),
    date1904: layout.date1904,
    serialToIso: (serial) => excelSerialToIso(serial, layout.date1904),
  };
  if (req.sheet !== null && !layout.sheets.some((s) => s.name === req.sheet)) throw new SpreadsheetError('sheetMissing', req.sheet);
  const sheets: { name: string; rows: number }[] = [];
  let chosen: { name: string; rows: (string | null)[][]; handed: HandedRows; rank: number } | null = null;
  for (const sheet of layout.sheets) {
    // The sheet whose rows go back: the one asked for, else the first of the best rank (sheetRank.ts).
    const wanted: boolean = req.mode === 'read' && (req.sheet === null ? (chosen?.rank ?? 0) < BEST_SHEET_RANK : req.sheet === sheet.name);
    const limits = { maxRows: req.maxRows, maxColumns: req.maxColumns, rowsLimited: wanted || req.sheet === null };
    // Rows go ahead of the answer (to be validated meanwhile) only from a sheet that will not be
    // passed over once they have: the one asked for, or a visible one (it is then taken, below).
    const handOver =
      wanted && hand && (req.sheet !== null || !sheet.hidden)
        ? { every: hand.every, send: (rows: (string | null)[][], from: number) => hand.send({ sheet: sheet.name, from, rows }) }
        : null;
    const cells: SheetCells = new SheetCells(wanted, sst, fmt, limits, handOver);
    await scanChunks(entryChunks(fd, entries.get(sheet.part)!), cells);
    sheets.push({ name: sheet.name, rows: cells.lastRow });
    if (!wanted) continue;
    const rank = cells.sent > 0 ? BEST_SHEET_RANK : sheetRank(sheet.hidden, cells.filled);
    if (req.sheet !== null || rank > (chosen?.rank ?? 0)) chosen = { name: sheet.name, rows: cells.rows!, handed: cells.handed, rank };
  }
  if (req.mode === 'sheets') {
    // Rows are not kept here: the last row tells whether a sheet may hold a list.
    const ranked = layout.sheets.map((s, i) => sheetRank(s.hidden, Math.min(sheets[i]!.rows, 2)));
    const best = Math.max(...ranked);
    const first = best > 0 ? sheets[ranked.indexOf(best)] : undefined;
    if (!first) throw new SpreadsheetError('empty', 'no cells');
    return { format: 'xlsx', encoding: null, sheets, sheet: first.name, rows: [], warnings: [] };
  }
  if (!chosen) throw new SpreadsheetError('empty', 'no cells');
  const { rows, width } = finishRows(chosen.rows, req.maxRows, req.maxColumns, chosen.handed);
  if (hand) {
    hand.sent = chosen.handed.count;
    hand.width = width;
  }
  return { format: 'xlsx', encoding: null, sheets, sheet: chosen.name, rows, warnings: [] };
}

/** `hand`: rows of the sheet read are handed over as they come (see HandOver). */
export async function readXlsxStreaming(req: ParseRequest, hand: HandOver | null = null): Promise<SpreadsheetContent> {
  let fd: number;
  try {
    fd = fs.openSync(req.file, 'r');
  } catch (e) {
    throw new SpreadsheetError('unreadable', (e as Error).message);
  }
  try {
    return await read(req, fd, fs.fstatSync(fd).size, hand);
  } catch (e) {
    if (e instanceof ZipUnsupported || e instanceof XmlUnsupported) throw new StreamingUnsupported(e.message);
    throw e;
  } finally {
    fs.closeSync(fd);
  }
}
