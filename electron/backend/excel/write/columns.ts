/**
 * Export columns: what kind of value each column holds, how it is formatted in a workbook and
 * how a raw row value becomes a cell value. Shared by the xlsx and CSV writers so both write the
 * same thing.
 */

export type ExportColumnKind = 'text' | 'integer' | 'number' | 'money' | 'percent' | 'date' | 'datetime';

export interface ExportColumn {
  header: string;
  /**
   * money: major units (e.g. 1234.5); percent: a fraction (0.25 = 25 %); date: 'YYYY-MM-DD' or
   * a Date; datetime: an ISO moment or a Date (shown in this machine's local time).
   */
  kind: ExportColumnKind;
  /** Width in characters; a default by kind (and at least the header) when left out. */
  width?: number;
  /** Excel number format instead of the kind's default (e.g. '0.0' for a score). */
  numFmt?: string;
}

/** Excel number formats by kind; dates ISO-style so they read the same in English and Chinese. */
export const NUM_FMT: Record<ExportColumnKind, string | undefined> = {
  text: undefined,
  integer: '#,##0',
  number: 'General',
  money: '#,##0.00',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
};

const DEFAULT_WIDTH: Record<ExportColumnKind, number> = {
  text: 22,
  integer: 10,
  number: 12,
  money: 14,
  percent: 10,
  date: 12,
  datetime: 17,
};

/** Display width of a header: CJK characters take two columns. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

export function columnWidth(col: ExportColumn): number {
  // +3 leaves room for the autofilter's drop-down button.
  return col.width ?? Math.min(60, Math.max(DEFAULT_WIDTH[col.kind], textWidth(col.header) + 3));
}

/** Decimals a number format shows at most ('0.0' → 1, '0.0#' → 2, '#,##0' → 0). */
export function formatDecimals(numFmt: string): number {
  return /\.([0#]+)/.exec(numFmt)?.[1]?.length ?? 0;
}

/** Widest a column grows to fit its text (characters); numbers always fit (else Excel shows ####). */
const MAX_TEXT_WIDTH = 50;

/** About how many characters a value takes as shown with this number format. */
export function shownWidth(kind: ExportColumnKind, value: CellValue, numFmt: string | undefined): number {
  if (value === null) return 0;
  if (typeof value === 'string') return Math.max(...value.split('\n').map(textWidth));
  if (value instanceof Date) return kind === 'datetime' ? 16 : 10;
  const fmt = numFmt ?? 'General';
  if (fmt === 'General') return Math.min(11, String(value).length);
  const literal = /"([^"]*)"/.exec(fmt)?.[1] ?? '';
  const decimals = formatDecimals(fmt);
  const percent = fmt.includes('%');
  const digits = Math.max(1, Math.floor(Math.abs(percent ? value * 100 : value)).toString().length);
  const grouping = fmt.includes('#,##') ? Math.floor((digits - 1) / 3) : 0;
  return textWidth(literal) + (value < 0 ? 1 : 0) + digits + grouping + (decimals ? decimals + 1 : 0) + (percent ? 1 : 0);
}

/**
 * A column's width fitted to the first rows' values: text grows up to MAX_TEXT_WIDTH, numbers as
 * far as they need; never narrower than columnWidth (its set or default width, the header).
 */
export function fittedWidth(col: ExportColumn, numFmt: string | undefined, samples: readonly CellValue[]): number {
  const base = columnWidth(col);
  let widest = 0;
  for (const v of samples) widest = Math.max(widest, shownWidth(col.kind, v, numFmt));
  const wanted = widest + 2;
  return Math.max(base, col.kind === 'text' ? Math.min(MAX_TEXT_WIDTH, wanted) : wanted);
}

/** A cell value as it goes into a sheet: text, number, a Date (UTC wall-clock) or empty. */
export type CellValue = string | number | Date | null;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** 'YYYY-MM-DD' → a Date at UTC midnight, which the workbook writer turns into that day's serial number. */
function calendarDate(text: string): Date | null {
  const m = DATE_RE.exec(text.slice(0, 10));
  if (!m || (text.length > 10 && text[10] !== 'T' && text[10] !== ' ')) return null;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return Number.isNaN(d.getTime()) ? null : d;
}

/**
 * A moment → a Date whose UTC fields are this machine's local wall-clock time: spreadsheets have
 * no time zones, so the reader sees the time as the app shows it.
 */
function localMoment(value: Date): Date {
  return new Date(value.getTime() - value.getTimezoneOffset() * 60_000);
}

/** Converts a raw row value for a column; anything that is not of the column's kind stays text. */
export function toCellValue(kind: ExportColumnKind, value: unknown): CellValue {
  if (value === null || value === undefined || value === '') return null;
  switch (kind) {
    case 'text':
      break;
    case 'integer':
    case 'number':
    case 'money':
    case 'percent':
      if (typeof value === 'number') return Number.isFinite(value) ? value : null;
      if (typeof value === 'bigint') return Number(value);
      break;
    case 'date':
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
      if (typeof value === 'string') {
        const d = calendarDate(value);
        if (d) return d;
      }
      break;
    case 'datetime':
      if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : localMoment(value);
      if (typeof value === 'string') {
        // A bare calendar date is that day at midnight; anything else is a moment (a string
        // without a zone is already local time to Date, so both end as local wall-clock).
        if (value.length === 10) {
          const day = calendarDate(value);
          if (day) return day;
        }
        const d = new Date(value);
        if (!Number.isNaN(d.getTime())) return localMoment(d);
      }
      break;
  }
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString();
  return String(value);
}
