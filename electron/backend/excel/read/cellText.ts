// How a numeric cell is turned into the text the user sees, for both workbook readers.

import { excelSerialToIso } from '../../../../shared/domain/import/cellValues';

/** Writes a number in exponent notation ("1.23e+21") with plain digits instead. */
function expand(s: string): string {
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/i.exec(s);
  if (!m) return s;
  const [, sign, int, frac = '', expRaw] = m;
  const exp = Number(expRaw);
  const digits = int! + frac;
  const point = int!.length + exp;
  let out: string;
  if (point <= 0) out = `0.${'0'.repeat(-point)}${digits}`;
  else if (point >= digits.length) out = digits + '0'.repeat(point - digits.length);
  else out = `${digits.slice(0, point)}.${digits.slice(point)}`;
  out = out.replace(/^0+(?=\d)/, '');
  if (out.includes('.')) out = out.replace(/0+$/, '').replace(/\.$/, '');
  return `${sign}${out}`;
}

/**
 * A number as Excel shows it in a wide column with the General format: at most 15 significant
 * digits (what Excel keeps), never in exponent notation — a 15-digit ID stored as a number comes
 * out as its 15 digits, 0.1 + 0.2 as "0.3".
 */
export function plainNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  if (v === 0) return '0';
  return expand(v.toPrecision(15).includes('e') ? v.toPrecision(15) : String(Number(v.toPrecision(15))));
}

/**
 * The text of a numeric cell. `formatted` is the parser's rendering with the cell's number
 * format (SheetJS's `w`); `dateFormat` says the format shows a date.
 * - Date formats → 'YYYY-MM-DD' (times of day alone, serial < 1, keep their formatted text).
 * - Other explicit formats → the formatted text, so "000123" (format 000000), "1,234.50" and
 *   "12%" stay as the user sees them — unless it is in exponent notation or empty.
 * - General → plainNumber().
 */
export function numberText(v: number, format: string | undefined, formatted: string | undefined, dateFormat: boolean, date1904: boolean): string {
  if (dateFormat) {
    if (v >= 1) return excelSerialToIso(v, date1904) ?? plainNumber(v);
    return formatted?.trim() || plainNumber(v);
  }
  const general = !format || /^general$/i.test(format.trim());
  const w = formatted?.trim();
  if (!general && w && !/\d[eE][+-]?\d/.test(w) && !/^#+$/.test(w)) return w;
  return plainNumber(v);
}

/** Excel keeps at most this many characters in a cell; longer text is cut (it cannot come from Excel). */
export const MAX_CELL_CHARS = 32_767;

/** Cell text as handed over: trimmed, null when empty, never longer than Excel allows. */
export function cleanText(s: string): string | null {
  const t = s.trim();
  if (!t) return null;
  return t.length > MAX_CELL_CHARS ? t.slice(0, MAX_CELL_CHARS) : t;
}
