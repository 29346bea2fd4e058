/**
 * A streaming .xlsx workbook on ExcelJS's WorkbookWriter: rows go to the zip as they are
 * written, so memory stays bounded however long a sheet is. Sheets are created one after the
 * other (a sheet opened early would buffer whole in memory while the zip still writes the one
 * before it), and the loop yields to the event loop every few hundred rows so zlib can drain.
 *
 * Text is always a string cell (ExcelJS writes a JS string as `t="str"`, never as a formula);
 * a formula is only written when given as `{ formula }`, which this module never does. So a
 * customer called `=cmd|' /C calc'!A0` is shown as exactly that text and never evaluated.
 */
import { once } from 'node:events';
import ExcelJS from 'exceljs';
import { JobCancelled } from '../../jobs/jobTypes';
import { columnWidth, NUM_FMT, toCellValue, type CellValue, type ExportColumn } from './columns';

type Style = Partial<ExcelJS.Style>;

const HEADER_FILL = 'FFDCE6F1';
const HEADER_BORDER = 'FF8EA9C8';
const YIELD_EVERY = 256;

/** Fonts are named: a font without a name falls back to a serif face in LibreOffice. */
const FONT = { name: 'Calibri', family: 2, size: 11 } as const;

export const HEADER_STYLE: Style = {
  font: { ...FONT, bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } },
  border: { bottom: { style: 'thin', color: { argb: HEADER_BORDER } } },
  alignment: { vertical: 'middle' },
};

export const TITLE_STYLE: Style = { font: { ...FONT, bold: true, size: 14 } };
export const SECTION_STYLE: Style = { font: { ...FONT, bold: true, size: 12 } };

/** Excel's rules for sheet names: ≤ 31 characters, none of []:*?/\ . */
export function safeSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, 31);
  return cleaned || 'Sheet';
}

export interface TableSheet {
  name: string;
  columns: readonly ExportColumn[];
  rows: Iterable<readonly unknown[]> | AsyncIterable<readonly unknown[]>;
  /** Columns kept in view when scrolling sideways (the header row is always frozen). */
  freezeColumns?: number;
  /** A fill colour (ARGB) for one cell, e.g. a tier's colour; undefined keeps the plain style. */
  fill?: (column: number, value: CellValue) => string | undefined;
  /** Called every few hundred rows with the rows written so far. */
  progress?: (rows: number) => void;
  cancelled?: () => boolean;
}

/** One cell of a free-form sheet (the Summary): a value in a column's kind, with a style. */
export interface FreeCell {
  value: unknown;
  kind?: ExportColumn['kind'];
  numFmt?: string;
  style?: 'title' | 'section' | 'header' | 'label';
}

const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** The same style object for the same look, so ExcelJS finds its style id without re-hashing. */
class StyleCache {
  private readonly map = new Map<string, Style>();
  get(kind: ExportColumn['kind'] | undefined, fill?: string, base?: Style, fmt?: string): Style {
    const key = `${kind ?? ''}|${fmt ?? ''}|${fill ?? ''}|${base === HEADER_STYLE ? 'h' : base === TITLE_STYLE ? 't' : base === SECTION_STYLE ? 's' : base ? 'b' : ''}`;
    let style = this.map.get(key);
    if (!style) {
      style = { ...(base ?? {}) };
      const numFmt = fmt ?? (kind ? NUM_FMT[kind] : undefined);
      if (numFmt) style.numFmt = numFmt;
      // A filled cell is a badge (the tier): centred.
      if (fill) {
        style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
        style.alignment = { horizontal: 'center' };
      }
      this.map.set(key, style);
    }
    return style;
  }
}

export class XlsxBook {
  private readonly wb: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly styles = new StyleCache();
  private readonly names = new Set<string>();

  constructor(path: string) {
    // No shared strings: their table lives in memory until the end, which unbounds memory.
    this.wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false });
    this.wb.creator = 'Exhibition CRM';
  }

  private uniqueName(name: string): string {
    const base = safeSheetName(name);
    let candidate = base;
    for (let i = 2; this.names.has(candidate.toLowerCase()); i++) candidate = `${base.slice(0, 27)} (${i})`;
    this.names.add(candidate.toLowerCase());
    return candidate;
  }

  /** Writes one table sheet: frozen bold filled header, autofilter, widths, formats. */
  async addTable(sheet: TableSheet): Promise<number> {
    const columns = sheet.columns;
    const ws = this.wb.addWorksheet(this.uniqueName(sheet.name), {
      views: [{ state: 'frozen', xSplit: sheet.freezeColumns ?? 0, ySplit: 1, topLeftCell: cellRef(sheet.freezeColumns ?? 0, 1), activeCell: 'A2' }],
    });
    ws.columns = columns.map((c) => ({ width: columnWidth(c) }));
    ws.pageSetup.orientation = 'landscape';
    if (columns.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };

    const header = ws.getRow(1);
    columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = c.header;
      cell.style = this.styles.get(undefined, undefined, HEADER_STYLE);
    });
    header.height = 20;
    header.commit();

    const kinds = columns.map((c) => c.kind);
    const fmts = columns.map((c) => c.numFmt);
    const plain = columns.map((c) => this.styles.get(c.kind, undefined, undefined, c.numFmt));
    let n = 0;
    for await (const raw of sheet.rows) {
      const row = ws.getRow(n + 2);
      for (let i = 0; i < kinds.length; i++) {
        const value = toCellValue(kinds[i]!, raw[i]);
        if (value === null) continue;
        const cell = row.getCell(i + 1);
        cell.value = value;
        const fill = sheet.fill?.(i, value);
        cell.style = fill ? this.styles.get(kinds[i], fill, undefined, fmts[i]) : plain[i]!;
      }
      row.commit();
      n++;
      if (n % YIELD_EVERY === 0) {
        if (sheet.cancelled?.()) throw new JobCancelled();
        sheet.progress?.(n);
        await yieldToLoop();
      }
    }
    ws.commit();
    sheet.progress?.(n);
    return n;
  }

  /** A free-form sheet (label/value blocks); widths in characters per column. */
  addFreeSheet(name: string, widths: readonly number[], rows: readonly (readonly FreeCell[])[]): void {
    const ws = this.wb.addWorksheet(this.uniqueName(name), {
      pageSetup: { fitToPage: true, fitToWidth: 1, fitToHeight: 0, orientation: 'portrait' },
    });
    ws.columns = widths.map((width) => ({ width }));
    rows.forEach((cells, r) => {
      const row = ws.getRow(r + 1);
      cells.forEach((c, i) => {
        const kind = c.kind ?? 'text';
        const value = toCellValue(kind, c.value);
        if (value === null && !c.style) return;
        const cell = row.getCell(i + 1);
        if (value !== null) cell.value = value;
        const base = c.style === 'title' ? TITLE_STYLE : c.style === 'section' ? SECTION_STYLE : c.style === 'header' ? HEADER_STYLE : c.style === 'label' ? LABEL_STYLE : undefined;
        cell.style = this.styles.get(kind, undefined, base, c.numFmt);
      });
      row.commit();
    });
    ws.commit();
  }

  async finish(): Promise<void> {
    await this.wb.commit();
  }

  /** After a failure or cancel: stop the zip and close the file so it can be deleted (Windows). */
  async abort(): Promise<void> {
    const inner = this.wb as unknown as { zip?: { abort(): void }; stream?: NodeJS.WritableStream & { destroy(): void; closed?: boolean } };
    inner.zip?.abort();
    const out = inner.stream;
    if (out && !out.closed) {
      const closed = once(out, 'close').catch(() => undefined);
      out.destroy();
      await closed;
    }
  }
}

const LABEL_STYLE: Style = { font: { ...FONT, bold: true } };

/** 'A1'-style reference for a zero-based column and one-based row. */
export function cellRef(column: number, row: number): string {
  let s = '';
  let c = column + 1;
  while (c > 0) {
    const r = (c - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    c = Math.floor((c - 1) / 26);
  }
  return `${s}${row}`;
}
