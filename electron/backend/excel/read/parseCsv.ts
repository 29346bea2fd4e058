// CSV text → rows of cells, tolerant of what spreadsheet users and export tools really write.

import { SpreadsheetError } from './spreadsheetError';
import type { SpreadsheetWarning } from './spreadsheetTypes';

export type Delimiter = ',' | ';' | '\t' | '|';
const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

/**
 * The delimiter whose count per line (outside quotes) is the same, and above zero, on the most
 * of the first 50 non-blank lines; ties go to the larger count, then to the order , ; tab |.
 * An Excel "sep=;" first line names it outright.
 */
export function detectDelimiter(text: string): Delimiter {
  const lines = text.split(/\r\n|\n|\r/, 200).filter((l) => l.trim() !== '').slice(0, 50);
  let best: Delimiter = ',';
  let bestLines = 0;
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const counts = lines.map((l) => {
      let n = 0;
      let quoted = false;
      for (const ch of l) {
        if (ch === '"') quoted = !quoted;
        else if (ch === d && !quoted) n++;
      }
      return n;
    });
    const freq = new Map<number, number>();
    for (const c of counts) if (c > 0) freq.set(c, (freq.get(c) ?? 0) + 1);
    for (const [count, n] of freq) {
      if (n > bestLines || (n === bestLines && count > bestCount)) {
        best = d;
        bestLines = n;
        bestCount = count;
      }
    }
  }
  return best;
}

export interface CsvLimits {
  maxRows: number;
  maxColumns: number;
}

export interface CsvResult {
  rows: string[][];
  warnings: SpreadsheetWarning[];
}

interface RecordResult {
  row: string[];
  /** Where the next record starts. */
  next: number;
  /** A quoted field ran past a line break (legitimate in Excel's CSV: addresses). */
  multiline: boolean;
  /** A quoted field was still open at `end`. */
  unclosed: boolean;
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * Reads one record from `pos`. In line mode the record ends at the first line break whatever
 * the quotes say, and a quoted field that does not close on its line is read as plain text
 * from its opening quote on (the quote kept as a character).
 */
function readRecord(src: string, pos: number, delim: number, lineMode: boolean): RecordResult {
  const n = src.length;
  let lineEnd = n;
  if (lineMode) {
    const lf = src.indexOf('\n', pos);
    const cr = src.indexOf('\r', pos);
    lineEnd = lf < 0 ? (cr < 0 ? n : cr) : cr < 0 ? lf : Math.min(lf, cr);
  }
  const row: string[] = [];
  let multiline = false;
  let i = pos;
  for (;;) {
    // One field starts at i.
    if (i < lineEnd && src.charCodeAt(i) === QUOTE) {
      let j = i + 1;
      let text = '';
      let closed = false;
      while (j < lineEnd) {
        const q = src.indexOf('"', j);
        if (q < 0 || q >= lineEnd) break;
        text += src.slice(j, q);
        const after = q + 1 < n ? src.charCodeAt(q + 1) : -1;
        if (after === QUOTE) {
          text += '"';
          j = q + 2;
        } else if (after === -1 || after === delim || after === LF || after === CR) {
          j = q + 1;
          closed = true;
          break;
        } else {
          text += '"'; // a stray quote inside the field: kept as a character
          j = q + 1;
        }
      }
      if (closed) {
        if (!multiline && /[\r\n]/.test(text)) multiline = true;
        i = j;
        row.push(text);
      } else if (!lineMode) {
        return { row, next: n, multiline, unclosed: true };
      } else {
        // Unclosed on its line: plain text from the quote to the next delimiter.
        let k = i + 1;
        while (k < lineEnd && src.charCodeAt(k) !== delim) k++;
        row.push(src.slice(i, k));
        i = k;
      }
    } else {
      let k = i;
      while (k < lineEnd) {
        const c = src.charCodeAt(k);
        if (c === delim || c === LF || c === CR) break;
        k++;
      }
      row.push(src.slice(i, k));
      i = k;
    }
    // After a field: a delimiter, a line break or the end.
    if (i >= n) return { row, next: n, multiline, unclosed: false };
    const c = src.charCodeAt(i);
    if (c === delim) {
      i++;
      continue;
    }
    if (c === CR || c === LF) {
      const next = c === CR && src.charCodeAt(i + 1) === LF ? i + 2 : i + 1;
      return { row, next, multiline, unclosed: false };
    }
    // Only in line mode can a field stop elsewhere (at lineEnd, which is a break or the end).
    return { row, next: i, multiline, unclosed: false };
  }
}

/**
 * RFC 4180 with recovery, so no row is ever lost or merged into another:
 * - a field that starts with `"` is quoted: `""` inside is one quote, line breaks inside are
 *   kept (Excel writes addresses so); a `"` that is not followed by the delimiter, a line break
 *   or the end is a literal quote (`"12" screen"` → `12" screen`);
 * - a `"` inside an unquoted field is a literal quote (`5" panel` stays as written);
 * - a stray opening quote ("Gamma,… with no closing quote) would swallow the following lines
 *   into one cell. So a record whose quoted field ran over a line break is accepted only if it
 *   has as many fields as the header record; otherwise it is read again in line mode (see
 *   readRecord: the line is the record, the unclosed quote a character). A quoted field still
 *   open at the end of the file puts the rest of the file in line mode. Either way the warning
 *   'unbalancedQuotes' asks the user to check the preview.
 */
export function parseCsv(text: string, limits: CsvLimits): CsvResult {
  let src = text;
  let delimiter: Delimiter = detectDelimiter(src);
  const sep = /^sep=(.)\r?\n/i.exec(src);
  if (sep) {
    delimiter = (DELIMITERS as readonly string[]).includes(sep[1]!) ? (sep[1] as Delimiter) : delimiter;
    src = src.slice(sep[0].length);
  }
  const delim = delimiter.charCodeAt(0);
  const rows: string[][] = [];
  const warnings: SpreadsheetWarning[] = [];
  const warn = () => {
    if (!warnings.includes('unbalancedQuotes')) warnings.push('unbalancedQuotes');
  };
  let lineMode = false;
  let headerWidth = -1;
  let pos = 0;
  while (pos < src.length) {
    let rec = readRecord(src, pos, delim, lineMode);
    if (rec.unclosed) {
      lineMode = true;
      warn();
      rec = readRecord(src, pos, delim, true);
    } else if (rec.multiline && headerWidth >= 0 && rec.row.length !== headerWidth) {
      warn();
      rec = readRecord(src, pos, delim, true);
    }
    if (rec.row.length > limits.maxColumns) throw new SpreadsheetError('tooManyColumns', `more than ${limits.maxColumns} columns`);
    if (headerWidth < 0 && rec.row.some((c) => c.trim() !== '')) headerWidth = rec.row.length;
    rows.push(rec.row);
    pos = rec.next;
    if (rows.length > limits.maxRows) {
      // Blank lines at the end are not data: only refuse when a later line has some.
      if (src.slice(pos).trim() !== '' || rec.row.some((c) => c.trim() !== '')) {
        throw new SpreadsheetError('tooManyRows', `more than ${limits.maxRows} rows`);
      }
      break;
    }
  }
  return { rows, warnings };
}
