// Turning the text of a spreadsheet cell into a date or a number for a typed field. The reader
// (electron/backend/excel/read) hands over every cell as the text the user sees; only fields
// that ARE dates or amounts go through here — phone numbers, postcodes and IDs stay text.

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  january: 1, february: 2, march: 3, april: 4, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

/** Day/month order for numeric dates whose first two parts are both ≤ 12 ("1/3/2025"). */
export const DATE_ORDERS = ['dmy', 'mdy'] as const;
export type DateOrder = (typeof DATE_ORDERS)[number];

function iso(y: number, m: number, d: number): string | null {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null; // 2025-02-30
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Two-digit years: 00–69 → 2000s, 70–99 → 1900s (Excel's own cut-off is 29/30; sales lists are recent). */
function fullYear(y: string): number {
  const n = Number(y);
  if (y.length !== 2) return n;
  return n < 70 ? 2000 + n : 1900 + n;
}

/**
 * Excel serial day (1900 date system, including Excel's fictitious 29 Feb 1900) → 'YYYY-MM-DD'.
 * Fractions (times of day) are dropped.
 */
export function excelSerialToIso(serial: number, date1904 = false): string | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2958466) return null;
  let days = Math.floor(serial);
  if (date1904) days += 1462;
  // Serial 60 is 1900-02-29, which never existed; Excel counts it, so later serials are one ahead.
  if (!date1904 && days === 60) return null;
  if (!date1904 && days < 60) days += 1;
  const ms = Date.UTC(1899, 11, 30) + days * 86_400_000;
  const t = new Date(ms);
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/**
 * A date written the ways people write them → 'YYYY-MM-DD', or null when it is not a date.
 * Accepted: 2025-03-01, 2025/3/1, 2025.3.1 (optionally followed by a time); 2025年3月1日;
 * 01.03.2025 (dots: always day first, as in Europe); 1/3/2025 and 1-3-2025; 1 Mar 2025,
 * Mar 1, 2025, 01-Mar-25; and Excel serial numbers of five digits (10000–99999 = 1927–2173,
 * an unformatted date cell: 45717 = 2025-03-01 — shorter numbers are years or counts, not dates).
 *
 * Ambiguity of d/m/y vs m/d/y: a part above 12 decides ("13/3/2025" is 13 March, "3/13/2025"
 * is 13 March). When both parts are ≤ 12 the `order` decides, by default day first
 * (international and Chinese-market usage): "1/3/2025" = 1 March 2025. Use dateOrderEvidence() on
 * the whole column to find the order a file uses.
 */
export function parseDateText(text: string, order: DateOrder = 'dmy'): string | null {
  const s = text.normalize('NFKC').trim().toLowerCase();
  if (!s) return null;
  let m: RegExpMatchArray | null;
  if ((m = /^(\d{5})(?:\.\d+)?$/.exec(s))) return excelSerialToIso(Number(s));
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ t]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)?$/.exec(s))) {
    return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  if ((m = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?$/.exec(s))) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(s))) return iso(fullYear(m[3]!), Number(m[2]), Number(m[1]));
  if ((m = /^(\d{1,2})[/-](\d{1,2})[/-](\d{2}|\d{4})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s))) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const y = fullYear(m[3]!);
    if (a > 12) return iso(y, b, a);
    if (b > 12) return iso(y, a, b);
    return order === 'dmy' ? iso(y, b, a) : iso(y, a, b);
  }
  // 1 Mar 2025, 1-Mar-25, 01 March 2025
  if ((m = /^(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-,]+(\d{2}|\d{4})$/.exec(s)) && MONTHS[m[2]!]) {
    return iso(fullYear(m[3]!), MONTHS[m[2]!]!, Number(m[1]));
  }
  // Mar 1, 2025 / March 1 2025
  if ((m = /^([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(s)) && MONTHS[m[1]!]) {
    return iso(Number(m[3]), MONTHS[m[1]!]!, Number(m[2]));
  }
  return null;
}

/** What a column of numeric dates tells about its day/month order (dateOrderEvidence). */
export interface DateOrderEvidence {
  /** 'dmy' when some value has a first part above 12, 'mdy' when some has a second part above 12; null when nothing tells, or both occur. */
  order: DateOrder | null;
  /** Values that read as two different dates, day or month first ("3/7/2025"; "5/5/2025" reads the same). */
  ambiguous: number;
  /** The first such value, as in the file. */
  example: string | null;
  /** Both orders occur ("13/1/2025" and "1/13/2025"): the column is inconsistent, and tells nothing. */
  mixed: boolean;
}

/**
 * The day/month order a column of numeric dates uses, and how many of its dates depend on it.
 * Both occurring ("13/1/2025" and "1/13/2025") means the column is inconsistent: the order is
 * then not told, and the default applies.
 */
export function dateOrderEvidence(texts: Iterable<string | null>): DateOrderEvidence {
  let dmy = false;
  let mdy = false;
  let ambiguous = 0;
  let example: string | null = null;
  for (const t of texts) {
    // Dotted dates are always day first (parseDateText): they tell nothing and depend on nothing.
    const m = t ? /^\s*(\d{1,2})[/-](\d{1,2})[/-]\d{2,4}/.exec(t.normalize('NFKC')) : null;
    if (!m) continue;
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12) dmy = true;
    if (b > 12) mdy = true;
    if (a <= 12 && b <= 12 && a !== b && a > 0 && b > 0) {
      ambiguous++;
      example ??= t!.trim();
    }
  }
  return { order: dmy === mdy ? null : dmy ? 'dmy' : 'mdy', ambiguous, example, mixed: dmy && mdy };
}

const CURRENCY = /^(?:rmb|cny|usd|eur|gbp|hkd|jpy|us\$|hk\$|s\$|a\$|c\$|nt\$|元|人民币|美元|欧元|[¥$€£₩₹])|(?:rmb|cny|usd|eur|gbp|hkd|jpy|元|人民币|美元|欧元|[¥$€£₩₹])$/;

/**
 * Which mark a file's numbers use for decimals: 'dot' (1,234.56 — English, Chinese) or
 * 'comma' (1.234,56 — most of Europe).
 */
export type NumberStyle = 'dot' | 'comma';

function bareNumber(text: string): string {
  return text.normalize('NFKC').trim().toLowerCase().replace(/[\s\u00a0\u2009\u202f']/g, '');
}

/** The digits and separators of an amount, sign, currency and unit aside (for telling its style). */
function separatorsOf(text: string): string {
  let s = bareNumber(text).replace(/^[-−+(]+|[)%]+$/g, '');
  for (let i = 0; i < 2; i++) s = s.replace(CURRENCY, '');
  return s.replace(/^-/, '').replace(/[万亿]$/, '');
}

/**
 * The decimal mark of a file's number columns, from the values that can only be read one way:
 * "1.234,56", "12,5", "1.234.567" are comma-style; "1,234.56", "12.5", "1,234,567" dot-style.
 * Null when nothing tells, or both occur (the column is inconsistent; the default applies).
 */
export function detectNumberStyle(texts: Iterable<string | null>): NumberStyle | null {
  let dot = false;
  let comma = false;
  for (const t of texts) {
    if (!t || !/[.,]/.test(t)) continue;
    const s = separatorsOf(t);
    if (/^\d{1,3}(\.\d{3})+,\d+$/.test(s) || /^\d+,(\d{1,2}|\d{4,})$/.test(s) || /^\d{1,3}(\.\d{3}){2,}$/.test(s)) comma = true;
    else if (/^\d{1,3}(,\d{3})+\.\d+$/.test(s) || /^\d+\.(\d{1,2}|\d{4,})$/.test(s) || /^\d{1,3}(,\d{3}){2,}$/.test(s)) dot = true;
  }
  return dot === comma ? null : dot ? 'dot' : 'comma';
}

/** One dot before exactly three digits, not after a lone 0: "4.500" — 4.5 in English, 4,500 in German. */
function loneDotThousands(separators: string): boolean {
  return /^[1-9]\d{0,2}\.\d{3}$/.test(separators);
}

const EURO = /€|eur|欧元/i;

/**
 * A euro amount that reads as two different numbers while the file's style is not known:
 * "€4.500". Only with the euro's mark: a workbook's number cells arrive as Excel shows them,
 * always the English way ("10.125", a cell formatted "0.000"), and must not be refused; a
 * euro amount written with a dot before three digits is, by far most often, thousands.
 */
export function isAmbiguousNumber(text: string): boolean {
  return EURO.test(text) && loneDotThousands(separatorsOf(text));
}

/**
 * An amount written the ways people write them → a number, or null when it is not one.
 * Currency symbols and codes (¥, $, €, RMB, CNY, 元 …), spaces (also thin/no-break) and
 * thousands separators are dropped; "(1,234)" and "-1,234" are negative; a trailing "%" is
 * dropped ("80%" → 80, as the user sees it); "1.5万" = 15,000 and "2亿" = 200,000,000.
 * Separators: with both "," and "." present the last one is the decimal point ("1.234,56" =
 * 1234.56); a lone "," followed by exactly three digits groups thousands ("1,234" = 1234),
 * otherwise it is a decimal comma ("1,5" = 1.5). Full-width digits are accepted. With the
 * file's style known (detectNumberStyle) as 'comma', "4.500" = 4500.
 */
export function parseNumberText(text: string, style: NumberStyle | null = null): number | null {
  let s = bareNumber(text);
  if (!s) return null;
  // A decimal-comma file: "4.500" is 4,500. Nothing else changes: the other forms read one way
  // already ("1.234,56", "12,5"), and a lone comma before three digits stays thousands — a
  // workbook's number cells come as Excel shows them in English ("4,500" is a cell of 4500).
  if (style === 'comma' && loneDotThousands(separatorsOf(text))) s = s.replace('.', '');
  let negative = false;
  if (/^\(.*\)$/.test(s)) {
    negative = true;
    s = s.slice(1, -1);
  }
  if (s.startsWith('-') || s.startsWith('−')) {
    negative = !negative;
    s = s.slice(1);
  } else if (s.startsWith('+')) s = s.slice(1);
  const withCurrency = s;
  for (let i = 0; i < 2; i++) s = s.replace(CURRENCY, '');
  // "$-5" / "USD -5": a sign after the currency, never a second sign ("--1").
  if (s !== withCurrency && s.startsWith('-')) {
    negative = !negative;
    s = s.slice(1);
  }
  let factor = 1;
  if (s.endsWith('%')) s = s.slice(0, -1);
  if (s.endsWith('万')) {
    factor = 10_000;
    s = s.slice(0, -1);
  } else if (s.endsWith('亿')) {
    factor = 100_000_000;
    s = s.slice(0, -1);
  }
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma >= 0 && dot >= 0) {
    s = comma > dot ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  } else if (comma >= 0) {
    s = /^\d{1,3}(,\d{3})+$/.test(s) ? s.replace(/,/g, '') : /^\d+,\d+$/.test(s) ? s.replace(',', '.') : s;
  } else if (/^\d{1,3}(\.\d{3}){2,}$/.test(s)) {
    s = s.replace(/\./g, ''); // 1.234.567 (dots grouping thousands)
  }
  if (!/^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(s)) return null;
  const n = Number(s) * factor;
  if (!Number.isFinite(n)) return null;
  return negative ? (n === 0 ? 0 : -n) : n;
}
