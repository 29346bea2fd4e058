// One worksheet part scanned cell by cell into the text the user sees. Keeps only what the
// caller wants: every row of the chosen sheet, or just the last row with data (the sheet list).

import { trimmedWidth, type HandedRows } from '../sheetRows';
import { cleanText, numberText, plainNumber } from '../cellText';
import { SpreadsheetError } from '../spreadsheetError';
import { attr, decodeExcelEscapes, unescapeXml, XmlUnsupported, type TagHandler } from './xmlScan';

export interface CellFormats {
  /** Number format code per style index. */
  codes: (string | undefined)[];
  isDate(code: string): boolean;
  format(code: string, v: number): string | undefined;
  date1904: boolean;
  serialToIso(serial: number): string | null;
}

/**
 * Rows handed over while the sheet is still being read (the caller validates them meanwhile):
 * every `every` rows, the rows since the last hand-over. They are not kept here: only their
 * width and whether they hold anything, which the answer's shape needs (HandedRows).
 */
export interface RowHandOver {
  every: number;
  send(rows: (string | null)[][], from: number): void;
}

export interface SheetLimits {
  maxRows: number;
  maxColumns: number;
  /** Rows past maxRows are an error (the sheet being read, or a candidate for it). */
  rowsLimited: boolean;
}

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const MAX_COLUMN = 16_384;

/**
 * "BC12" → 55 (1-based). Anything but letters then digits is not a cell reference: the file is
 * handed to SheetJS (a crafted reference such as "__proto__" is among the corpus's files).
 */
function columnOf(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    col = col * 26 + (c - 96);
    if (col > MAX_COLUMN) col = MAX_COLUMN + 1;
  }
  if (i === 0 || i === ref.length) throw new XmlUnsupported(`cell reference ${ref.slice(0, 20)}`);
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) throw new XmlUnsupported(`cell reference ${ref.slice(0, 20)}`);
  }
  return col;
}

interface StyleInfo {
  code: string | undefined;
  general: boolean;
  date: boolean;
}

/** The slot of a row handed over (its cells are no longer held). */
export const HANDED: readonly (string | null)[] = Object.freeze([]);

export class SheetCells implements TagHandler {
  capturing = false;
  done = false;
  /** Highest row number with data. */
  lastRow = 0;
  readonly rows: (string | null)[][] | null;

  private inData = false;
  private row = 0;
  private nextCol = 1;
  private cells: (string | null)[] = [];
  private rowHasData = false;
  private col = 0;
  private type = '';
  private style = 0;
  // Text as strings, not arrays of parts: in the reading thread Array.prototype is locked, which
  // leaves V8 looking its methods up slowly (push, join) — plain string appends avoid them.
  private value: string | null = null;
  private inline: string | null = null;
  private inV = false;
  private inIs = false;
  private phonetic = 0;
  private readonly styles = new Map<number, StyleInfo>();
  /** Rows handed over so far. */
  sent = 0;
  /** Rows with text, counted up to 2 (sheetRank's measure): a sheet hands rows over only once it holds a list. */
  filled = 0;
  /** What finishRows needs to know of the rows handed over (their slots hold HANDED). */
  readonly handed: HandedRows = { count: 0, width: 0, last: -1 };

  constructor(
    collect: boolean,
    private readonly sst: readonly string[],
    private readonly fmt: CellFormats,
    private readonly limits: SheetLimits,
    private readonly handOver: RowHandOver | null = null,
  ) {
    this.rows = collect ? [] : null;
  }

  open(name: string, tag: string, from: number, to: number): void {
    if (!this.inData) {
      if (name === 'sheetData') this.inData = true;
      return;
    }
    switch (name) {
      case 'c': {
        const ref = attr(tag, 'r', from, to);
        this.col = ref ? columnOf(ref) : this.nextCol;
        this.type = attr(tag, 't', from, to) ?? 'n';
        const s = attr(tag, 's', from, to);
        this.style = s ? Number(s) : 0;
        this.value = null;
        this.inline = null;
        return;
      }
      case 'v':
        this.inV = this.capturing = true;
        return;
      case 'is':
        this.inIs = true;
        return;
      case 't':
        if (this.inIs && this.phonetic === 0) this.capturing = true;
        return;
      case 'rPh':
        this.phonetic++;
        return;
      case 'row': {
        const r = attr(tag, 'r', from, to);
        const n = r ? Number(r) : this.row + 1;
        this.row = Number.isSafeInteger(n) && n > this.row ? n : this.row + 1;
        this.nextCol = 1;
        this.cells = [];
        this.rowHasData = false;
        return;
      }
    }
  }

  /**
   * A cell as spreadsheet programs write it, taken whole: its value `<v>…</v>` or inline text
   * `<is><t>…</t></is>`, then `</c>`, all in this chunk. The same as open(), text() and close()
   * would make of it, at a fraction of the cost (they see six tags per inline cell); anything
   * else — a formula, rich text runs, phonetic text, a cell cut by the chunk's end — is left
   * to them. Text holds no '<' (XML escapes it), so the first one after it ends it.
   */
  element(name: string, s: string, from: number, to: number, selfClosing: boolean): number {
    // Only between cells, as the tags leave it after a well-formed one (a malformed cell may leave text captured).
    if (name !== 'c' || !this.inData || this.inV || this.inIs || this.capturing || this.phonetic !== 0) return -1;
    const end = to + (selfClosing ? 2 : 1);
    this.open(name, s, from, to);
    if (selfClosing) {
      this.cell();
      return end;
    }
    let start: number;
    let tail: string;
    if (s.startsWith('<v>', end)) {
      start = end + 3;
      tail = '</v></c>';
    } else if (s.startsWith('<is><t>', end)) {
      start = end + 7;
      tail = '</t></is></c>';
    } else if (s.startsWith('<is><t xml:space="preserve">', end)) {
      start = end + 28;
      tail = '</t></is></c>';
    } else return -1;
    const lt = s.indexOf('<', start);
    if (lt < 0 || !s.startsWith(tail, lt)) return -1;
    // As text() would have it: nothing between the tags is no text at all.
    const raw = lt > start ? s.slice(start, lt) : null;
    if (tail === '</v></c>') this.value = raw;
    else this.inline = raw;
    this.cell();
    return lt + tail.length;
  }

  close(name: string): void {
    if (!this.inData) return;
    switch (name) {
      case 'v':
        this.inV = this.capturing = false;
        return;
      case 't':
        if (this.inIs) this.capturing = false;
        return;
      case 'is':
        this.inIs = false;
        return;
      case 'rPh':
        this.phonetic--;
        return;
      case 'c':
        this.cell();
        return;
      case 'row':
        this.endRow();
        return;
      case 'sheetData':
        this.inData = false;
        this.done = true;
        return;
    }
  }

  text(raw: string): void {
    if (this.inV) this.value = this.value === null ? raw : this.value + raw;
    else if (this.inIs && this.phonetic === 0) this.inline = this.inline === null ? raw : this.inline + raw;
  }

  private styleInfo(index: number): StyleInfo {
    let s = this.styles.get(index);
    if (!s) {
      const code = this.fmt.codes[index];
      const general = !code || /^general$/i.test(code.trim());
      let date = false;
      if (!general) {
        try {
          date = this.fmt.isDate(code);
        } catch {
          date = false;
        }
      }
      s = { code, general, date };
      this.styles.set(index, s);
    }
    return s;
  }

  private numberText(v: number): string {
    const s = this.styleInfo(this.style);
    if (s.general) return plainNumber(v);
    // The formatted text is needed only for explicit formats and for times of day.
    let formatted: string | undefined;
    if (!s.date || v < 1) {
      try {
        formatted = this.fmt.format(s.code!, v);
      } catch {
        formatted = undefined;
      }
    }
    return numberText(v, s.code, formatted, s.date, this.fmt.date1904);
  }

  private cellText(): string | null {
    const t = this.type;
    if (t === 'inlineStr') return this.inline === null ? null : cleanText(decodeExcelEscapes(unescapeXml(this.inline)));
    const v = this.value;
    if (v === null) return null;
    switch (t) {
      case 's': {
        const s = this.sst[Number(v)];
        return s === undefined ? null : cleanText(s);
      }
      case 'str':
      case 'e':
        return cleanText(decodeExcelEscapes(unescapeXml(v)));
      case 'b':
        return v.trim() === '1' || v.trim() === 'true' ? 'TRUE' : 'FALSE';
      case 'd': {
        const ms = Date.parse(unescapeXml(v).trim());
        if (Number.isNaN(ms)) return cleanText(unescapeXml(v));
        const serial = (ms - EPOCH_1900) / MS_PER_DAY - (this.fmt.date1904 ? 1462 : 0);
        return serial >= 1 ? (this.fmt.serialToIso(serial) ?? new Date(ms).toISOString().slice(0, 10)) : this.numberText(serial);
      }
      default: {
        const trimmed = v.trim();
        if (!trimmed) return null;
        const n = Number(trimmed);
        return Number.isFinite(n) ? this.numberText(n) : cleanText(unescapeXml(v));
      }
    }
  }

  private cell(): void {
    const col = this.col;
    this.nextCol = col + 1;
    const text = this.cellText();
    if (text === null) return;
    if (col > this.limits.maxColumns) throw new SpreadsheetError('tooManyColumns', `data in column ${col}`);
    this.rowHasData = true;
    if (this.rows) {
      const cells = this.cells;
      while (cells.length < col - 1) cells[cells.length] = null;
      cells[col - 1] = text;
    }
  }

  private endRow(): void {
    if (!this.rowHasData) return;
    const r = this.row;
    if (r > this.limits.maxRows && this.limits.rowsLimited) throw new SpreadsheetError('tooManyRows', `row ${r}`);
    if (r > this.lastRow) this.lastRow = r;
    if (this.rows) {
      while (this.rows.length < r - 1) this.rows[this.rows.length] = [];
      this.rows[r - 1] = this.cells;
      // The row is stored (perhaps handed over already): a stray cell before the next <row>
      // must not write into it.
      this.cells = [];
      this.rowHasData = false;
      // Rows handed over make this sheet the answer (xlsxStreamReader.ts): not before it is a
      // list, two rows with text, or a cover sheet with one line far down would be taken for one.
      if (this.filled < 2 && this.rows[r - 1]!.some((c) => c !== null && c !== '')) this.filled++;
      const h = this.handOver;
      if (h && this.filled >= 2 && this.rows.length - this.sent >= h.every) {
        h.send(this.rows.slice(this.sent), this.sent);
        // Released here: a 100,000-row list kept twice (here and in the backend's thread) made
        // half the import's peak memory. Rows only grow (open's row numbers), so none comes back.
        const handed = this.handed;
        for (let i = this.sent; i < this.rows.length; i++) {
          const w = trimmedWidth(this.rows[i]!);
          if (w > 0) handed.last = i;
          if (w > handed.width) handed.width = w;
          this.rows[i] = HANDED as (string | null)[];
        }
        this.sent = handed.count = this.rows.length;
      }
    }
  }
}
