/**
 * CSV as Excel opens it correctly: UTF-8 with a byte-order mark (without it Excel guesses the
 * ANSI code page and Chinese turns to mojibake), RFC 4180 quoting, CRLF line ends, and the
 * formula guard on every text field. Written through a file stream with back-pressure so memory
 * stays bounded.
 */
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { formulaGuard } from '../../../../shared/domain/export/formulaGuard';
import { JobCancelled } from '../../jobs/jobTypes';
import { formatDecimals, NUM_FMT, toCellValue, type ExportColumn } from './columns';

const BOM = '\uFEFF';
const FLUSH_AT = 64 * 1024;
const CHECK_EVERY = 256;

/** RFC 4180: quote a field holding a quote, comma, CR or LF; double the quotes inside. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * Decimals a column shows (its number format's, e.g. '0.0%' → 1; '0.0#' → 2), null for General.
 * A percentage's fraction carries two more (92.0 % = 0.920).
 */
function shownDecimals(column: ExportColumn): number | null {
  const fmt = column.numFmt ?? NUM_FMT[column.kind];
  if (!fmt || fmt === 'General') return null;
  const d = formatDecimals(fmt);
  return column.kind === 'percent' ? d + 2 : d;
}

/**
 * A cell as CSV text: dates ISO, numbers plain (no grouping) to the decimals the workbook shows
 * (a probability 0.920, not 0.9197944668563154), text guarded.
 */
export function csvCell(column: ExportColumn, raw: unknown): string {
  const value = toCellValue(column.kind, raw);
  if (value === null) return '';
  if (typeof value === 'number') {
    if (column.kind === 'money') return value.toFixed(2);
    const d = shownDecimals(column);
    if (d === null) return String(value);
    const rounded = Number(value.toFixed(d));
    // A small share (0.0004 = 0.04 %) keeps three significant digits instead of reading 0.
    return String(rounded === 0 && value !== 0 ? Number(value.toPrecision(3)) : rounded);
  }
  if (value instanceof Date) {
    // Dates carry their wall-clock time in the UTC fields (see columns.ts).
    const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
    return column.kind === 'date' ? day : `${day} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}`;
  }
  return guardedField(value);
}

/** A text field: guarded ones are always quoted too, as OWASP recommends. */
function guardedField(text: string): string {
  const guarded = formulaGuard(text);
  return guarded === text ? csvField(text) : `"${guarded.replace(/"/g, '""')}"`;
}

async function write(out: WriteStream, chunk: string): Promise<void> {
  if (!out.write(chunk, 'utf8')) await once(out, 'drain');
}

export async function writeCsv(opts: {
  path: string;
  columns: readonly ExportColumn[];
  rows: Iterable<readonly unknown[]> | AsyncIterable<readonly unknown[]>;
  progress?: (rows: number) => void;
  cancelled?: () => boolean;
}): Promise<number> {
  const out = createWriteStream(opts.path);
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  failed.catch(() => undefined);
  const work = async (): Promise<number> => {
    let buf = BOM + opts.columns.map((c) => guardedField(c.header)).join(',') + '\r\n';
    let n = 0;
    for await (const raw of opts.rows) {
      let line = '';
      for (let i = 0; i < opts.columns.length; i++) {
        if (i > 0) line += ',';
        line += csvCell(opts.columns[i]!, raw[i]);
      }
      buf += line + '\r\n';
      n++;
      if (buf.length >= FLUSH_AT) {
        await write(out, buf);
        buf = '';
      }
      if (n % CHECK_EVERY === 0) {
        if (opts.cancelled?.()) throw new JobCancelled();
        opts.progress?.(n);
      }
    }
    if (buf) await write(out, buf);
    out.end();
    await once(out, 'finish');
    opts.progress?.(n);
    return n;
  };
  try {
    return await Promise.race([work(), failed]);
  } finally {
    if (!out.closed) out.destroy();
  }
}
