/**
 * A streaming .xlsx workbook: each sheet's XML is produced row by row and deflated straight
 * into the file (zipStream.ts), so memory stays bounded however long a sheet is; the workbook,
 * styles and package parts follow at the end.
 *
 * Why not ExcelJS's streaming writer (which this replaced): it builds an object per cell and a
 * style model per cell, and spent about 70 % of a workbook's time doing so — a 10,000-relationship
 * value workbook (149,000 rows) took 4.4 s with it, slower than the 3 s the report must take. The
 * SpreadsheetML written here is the small subset the reports use: inline strings, numbers,
 * dates as serial numbers with a date format, column widths, a frozen header, an autofilter,
 * cell styles (bold filled header, number formats, fills), page setup.
 *
 * Text is always an inline string cell: a formula is never written, so a customer called
 * `=cmd|' /C calc'!A0` is shown as exactly that text and never evaluated.
 */
import { JobCancelled } from '../../jobs/jobTypes';
import { fittedWidth, shownWidth, toCellValue, NUM_FMT, type CellValue, type ExportColumn } from './columns';
import { escapeAttr, XlsxStyles, type StyleBase } from './xlsxStyles';
import { ZipStream } from './zipStream';
import { columnLetters } from '../../../../shared/domain/sheet/columnLetters';

/** Rows read ahead to fit the column widths to. */
const WIDTH_SAMPLE = 200;

/** The rows as one async iterator, whichever kind of iterable they came as. */
function rowIterator(rows: TableSheet['rows']): AsyncIterator<readonly unknown[]> | Iterator<readonly unknown[]> {
  return Symbol.asyncIterator in rows ? rows[Symbol.asyncIterator]() : rows[Symbol.iterator]();
}

/** Rows between progress reports and cancel checks. */
const CHECK_EVERY = 256;
/** Characters of sheet XML gathered before they go to the deflater. */
const CHUNK = 1 << 16;
/** Excel's limits. */
const MAX_ROWS = 1_048_576;

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

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
  style?: 'title' | 'section' | 'header' | 'label' | 'note';
}

interface SheetInfo {
  name: string;
  /** The autofilter's range, for the workbook's _xlnm._FilterDatabase name. */
  filter: string | null;
}

const yieldToLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class XlsxBook {
  private readonly zip: ZipStream;
  private readonly styles = new XlsxStyles();
  private readonly names = new Set<string>();
  private readonly sheets: SheetInfo[] = [];
  /** Free sheets are built synchronously; they are written in order with the tables. */
  private queue: Promise<void> = Promise.resolve();

  /** `moneyFormat`: the number format of 'money' columns (moneyNumFmt: the workspace's currency); else plain. */
  constructor(
    path: string,
    private readonly opts: { moneyFormat?: string } = {},
  ) {
    this.zip = new ZipStream(path);
  }

  /** A column's number format: its own, else its kind's. */
  private numFmt(kind: ExportColumn['kind'], own: string | undefined): string | undefined {
    return own ?? (kind === 'money' && this.opts.moneyFormat ? this.opts.moneyFormat : NUM_FMT[kind]);
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
    await this.queue;
    const columns = sheet.columns;
    const freeze = sheet.freezeColumns ?? 0;
    const info: SheetInfo = { name: this.uniqueName(sheet.name), filter: null };
    this.sheets.push(info);
    const entry = await this.zip.entry(`xl/worksheets/sheet${this.sheets.length}.xml`);
    const letters = columns.map((_, i) => columnLetters(i));
    const last = letters.at(-1);

    const kinds = columns.map((c) => c.kind);
    const fmts = columns.map((c) => this.numFmt(c.kind, c.numFmt));
    const plain = columns.map((_, i) => this.styles.get('plain', fmts[i]));

    // The widths come before the rows in the sheet's XML: fitted to the first rows, read ahead.
    const source = rowIterator(sheet.rows);
    const head: (readonly unknown[])[] = [];
    while (head.length < WIDTH_SAMPLE) {
      const x = await source.next();
      if (x.done) break;
      head.push(x.value);
    }
    const widths = columns.map((c, i) => fittedWidth(c, fmts[i], head.map((raw) => toCellValue(kinds[i]!, raw[i]))));

    let xml = XML_HEAD + `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` + sheetViews(freeze) + '<sheetFormatPr defaultRowHeight="15"/>' + cols(widths);
    xml += '<sheetData><row r="1" ht="20" customHeight="1">';
    const headerStyle = this.styles.get('header');
    columns.forEach((c, i) => (xml += textCell(` r="${letters[i]}1"`, headerStyle, c.header)));
    xml += '</row>';

    let n = 0;
    const more = head.length === WIDTH_SAMPLE;
    const all = async function* () {
      try {
        yield* head;
        if (!more) return;
        for (let x = await source.next(); !x.done; x = await source.next()) yield x.value;
      } finally {
        // Stopped early (a cancel, a failed write): the rows' source is closed as for-await
        // would close it — a SQLite statement still iterating keeps its connection busy.
        await source.return?.();
      }
    };
    for await (const raw of all()) {
      const r = n + 2;
      if (r > MAX_ROWS) throw new Error(`more than ${MAX_ROWS - 1} rows for one sheet`);
      xml += `<row r="${r}">`;
      // Every cell carries its reference: the format allows leaving it out, but some readers
      // (ExcelJS's readFile among them) then fail.
      for (let i = 0; i < kinds.length; i++) {
        const value = toCellValue(kinds[i]!, raw[i]);
        if (value === null) continue;
        const fill = sheet.fill?.(i, value);
        xml += cell(` r="${letters[i]}${r}"`, fill ? this.styles.get('plain', fmts[i], fill) : plain[i]!, value);
      }
      xml += '</row>';
      n++;
      if (n % CHECK_EVERY === 0) {
        if (sheet.cancelled?.()) throw new JobCancelled();
        sheet.progress?.(n);
      }
      if (xml.length >= CHUNK) {
        await entry.write(xml);
        xml = '';
      }
    }
    xml += '</sheetData>';
    // Over the whole table, as Excel writes it: a range of the header alone filters nothing in
    // LibreOffice when applied from a macro or another program.
    if (last) {
      info.filter = `$A$1:$${last}$${n + 1}`;
      xml += `<autoFilter ref="A1:${last}${n + 1}"/>`;
    }
    xml += PAGE_MARGINS + '<pageSetup orientation="landscape"/></worksheet>';
    await entry.write(xml);
    await entry.end();
    sheet.progress?.(n);
    await yieldToLoop();
    return n;
  }

  /**
   * A free-form sheet (label/value blocks); widths in characters per column, widened where a
   * number would not fit (Excel shows ####). Text keeps the width: a note runs on over the empty
   * cells beside it.
   */
  addFreeSheet(name: string, widths: readonly number[], rows: readonly (readonly FreeCell[])[]): void {
    const info: SheetInfo = { name: this.uniqueName(name), filter: null };
    const fitted = [...widths];
    for (const cells of rows) {
      cells.forEach((c, i) => {
        const kind = c.kind ?? 'text';
        const value = toCellValue(kind, c.value);
        if (typeof value === 'number') fitted[i] = Math.max(fitted[i] ?? 0, shownWidth(kind, value, this.numFmt(kind, c.numFmt)) + 2);
      });
    }
    let xml = XML_HEAD + `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` + '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>';
    xml += '<sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>' + cols(fitted) + '<sheetData>';
    rows.forEach((cells, at) => {
      const r = at + 1;
      let row = '';
      cells.forEach((c, i) => {
        const kind = c.kind ?? 'text';
        const value = toCellValue(kind, c.value);
        if (value === null && !c.style) return;
        const style = this.styles.get((c.style ?? 'plain') as StyleBase, this.numFmt(kind, c.numFmt));
        const ref = ` r="${columnLetters(i)}${r}"`;
        row += value === null ? `<c${ref} s="${style}"/>` : cell(ref, style, value);
      });
      if (row) xml += `<row r="${r}">${row}</row>`;
    });
    xml += '</sheetData>' + PAGE_MARGINS + '<pageSetup orientation="portrait" fitToWidth="1" fitToHeight="0"/></worksheet>';
    this.sheets.push(info);
    const file = `xl/worksheets/sheet${this.sheets.length}.xml`;
    this.queue = this.queue.then(() => this.zip.add(file, xml));
  }

  /** Writes the workbook, styles and package parts, and closes the file. */
  async finish(): Promise<void> {
    await this.queue;
    const n = this.sheets.length;
    const sheetList = this.sheets.map((s, i) => `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
    const ref = (s: SheetInfo, range: string) => escapeText(`'${s.name.replace(/'/g, "''")}'!${range}`);
    // A table's filter, and its header row printed again on every page.
    const filters = this.sheets
      .map((s, i) =>
        s.filter
          ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${ref(s, s.filter)}</definedName>` +
            `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${ref(s, '$1:$1')}</definedName>`
          : '',
      )
      .join('');
    await this.zip.add(
      'xl/workbook.xml',
      XML_HEAD +
        `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews>` +
        `<sheets>${sheetList}</sheets>${filters ? `<definedNames>${filters}</definedNames>` : ''}<calcPr calcId="191029"/></workbook>`,
    );
    await this.zip.add(
      'xl/_rels/workbook.xml.rels',
      XML_HEAD +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        this.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('') +
        `<Relationship Id="rId${n + 1}" Type="${NS_REL}/styles" Target="styles.xml"/></Relationships>`,
    );
    await this.zip.add('xl/styles.xml', this.styles.xml());
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    await this.zip.add(
      'docProps/core.xml',
      XML_HEAD +
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
        'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
        `<dc:creator>Exhibition CRM</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created>` +
        `<dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified></cp:coreProperties>`,
    );
    await this.zip.add(
      'docProps/app.xml',
      XML_HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Exhibition CRM</Application></Properties>',
    );
    await this.zip.add(
      '_rels/.rels',
      XML_HEAD +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/>` +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        `<Relationship Id="rId3" Type="${NS_REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`,
    );
    await this.zip.add(
      '[Content_Types].xml',
      XML_HEAD +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        this.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
    );
    await this.zip.finish();
  }

  /** After a failure or cancel: closes the file so it can be deleted (Windows). */
  async abort(): Promise<void> {
    await this.queue.catch(() => undefined);
    await this.zip.abort();
  }
}

const PAGE_MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

/** The header row frozen (and `freeze` columns at the left), the cursor below it. */
function sheetViews(freeze: number): string {
  const top = `${columnLetters(freeze)}2`;
  const pane = freeze > 0
    ? `<pane xSplit="${freeze}" ySplit="1" topLeftCell="${top}" activePane="bottomRight" state="frozen"/><selection pane="bottomRight" activeCell="${top}" sqref="${top}"/>`
    : `<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/>`;
  return `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>`;
}

function cols(widths: readonly number[]): string {
  if (widths.length === 0) return '';
  return `<cols>${widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`;
}

/** Days from 1899-12-30 (Excel's serial dates; the Date's UTC fields are the wall-clock time). */
function serial(d: Date): number {
  return d.getTime() / 86_400_000 + 25_569;
}

/** A cell; `ref` is its ' r="B7"' attribute. */
function cell(ref: string, style: number, value: string | number | Date): string {
  if (typeof value === 'number') return `<c${ref} s="${style}"><v>${value}</v></c>`;
  if (value instanceof Date) return `<c${ref} s="${style}"><v>${serial(value)}</v></c>`;
  return textCell(ref, style, value);
}

function textCell(ref: string, style: number, text: string): string {
  const t = escapeText(text);
  // Leading or trailing spaces and line breaks are kept only when asked to.
  const keep = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c${ref} s="${style}" t="inlineStr"><is><t${keep}>${t}</t></is></c>`;
}

const SPECIAL = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_x[0-9a-fA-F]{4}_/;
const SPECIAL_ALL = new RegExp(SPECIAL.source, 'g');

/**
 * Cell text for XML: & < > escaped; characters XML cannot hold (control characters) written as
 * Excel's _xHHHH_ escapes, and a literal _xHHHH_ in the text escaped itself (as _x005F_xHHHH_),
 * so every reader shows exactly the stored text.
 */
export function escapeText(s: string): string {
  if (!SPECIAL.test(s)) return s;
  return s.replace(SPECIAL_ALL, (c) => {
    if (c === '&') return '&amp;';
    if (c === '<') return '&lt;';
    if (c === '>') return '&gt;';
    if (c.length > 1) return `_x005F${c}`;
    return `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
  });
}

/** 'A1'-style reference for a zero-based column and one-based row. */
export function cellRef(column: number, row: number): string {
  return `${columnLetters(column)}${row}`;
}
