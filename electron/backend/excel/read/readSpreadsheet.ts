// Reading an untrusted spreadsheet the user picked (import). The parsing happens in a thread of
// its own (parseJob.ts) with frozen prototypes, a heap limit and a time limit; this side checks
// the size before anything is read, terminates the thread on expiry, and accepts back only
// plain, validated strings.

import fs from 'node:fs';
import path from 'node:path';
import { SOURCE_WORKER_ENTRY } from '../../jobs/sourceWorkerEntry';
import { runThreadJob, ThreadJobError } from '../../jobs/threadJob';
import { SpreadsheetError } from './spreadsheetError';
import {
  READ_DEFAULTS,
  SPREADSHEET_ERROR_CODES,
  type ParseRequest,
  type ReadOptions,
  type RowListener,
  type SpreadsheetContent,
  type SpreadsheetErrorCode,
  type SpreadsheetFormat,
  type SpreadsheetWarning,
} from './spreadsheetTypes';

export { SpreadsheetError } from './spreadsheetError';
export type { ReadOptions, SpreadsheetContent, SpreadsheetErrorCode, SpreadsheetFormat, SpreadsheetWarning } from './spreadsheetTypes';
export { READ_DEFAULTS } from './spreadsheetTypes';


/** Rows handed over while reading, by default (about 0.1 s of the import's validation each). */
const HAND_OVER_EVERY = 2000;

let threads = 0;

/** Reading threads still alive (diagnostics; the tests check a timed-out one is gone). */
export function activeReadThreads(): number {
  return threads;
}

const FORMATS: readonly SpreadsheetFormat[] = ['xlsx', 'xls', 'ods', 'csv'];
const WARNINGS: readonly SpreadsheetWarning[] = ['mixedEncoding', 'unbalancedQuotes'];
const ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'gb18030'];

function bad(what: string): never {
  throw new SpreadsheetError('unreadable', `reader sent ${what}`);
}

function str(v: unknown, max: number, what: string): string {
  if (typeof v !== 'string' || v.length > max) bad(what);
  return v;
}

/** A row as sent: a new array of strings (at most Excel's 32,767 characters) and nulls. */
function checkedRow(row: unknown, req: ParseRequest): (string | null)[] {
  if (!Array.isArray(row) || row.length > req.maxColumns) bad('a row');
  const out: (string | null)[] = new Array<string | null>(row.length);
  for (let i = 0; i < row.length; i++) {
    const v: unknown = row[i];
    if (v === null) out[i] = null;
    else if (typeof v === 'string' && v.length <= 32_767) out[i] = v;
    else bad('a cell');
  }
  return out;
}

/** Rows the reader handed over ahead of its answer (checked as they arrive), by sheet. */
interface Ahead {
  sheet: string | null;
  rows: (string | null)[][];
}

/** Checks one part and adds its rows to `ahead`; the rows added, or null after a reset. */
function takePart(data: unknown, ahead: Ahead, req: ParseRequest): { sheet: string; from: number; rows: (string | null)[][] } | null {
  if (typeof data !== 'object' || data === null) bad('a part');
  const p = data as Record<string, unknown>;
  if (p.reset === true) {
    ahead.sheet = null;
    ahead.rows = [];
    return null;
  }
  const sheet = str(p.sheet, 1000, 'a part\'s sheet');
  if (ahead.sheet !== null && sheet !== ahead.sheet) bad('parts of two sheets');
  if (p.from !== ahead.rows.length) bad('a part out of order');
  if (!Array.isArray(p.rows) || ahead.rows.length + p.rows.length > req.maxRows) bad('a part\'s rows');
  const rows = (p.rows as unknown[]).map((row) => checkedRow(row, req));
  ahead.sheet = sheet;
  for (const row of rows) ahead.rows.push(row);
  return { sheet, from: p.from, rows };
}

/**
 * The sheet's rows when some came ahead: those (cut at the final count: blank rows at the end
 * are dropped, and may have come ahead) padded in place to the final width, then the rest.
 */
function withHandedOver(h: unknown, ahead: Ahead, tail: (string | null)[][], req: ParseRequest): (string | null)[][] {
  const o = (typeof h === 'object' && h !== null ? h : bad('a hand-over')) as Record<string, unknown>;
  const { sent, total, width } = o;
  if (sent !== ahead.rows.length || !Number.isSafeInteger(total) || !Number.isSafeInteger(width)) bad('a hand-over');
  const n = total as number;
  const w = width as number;
  if (n < 0 || n > req.maxRows || w < 0 || w > req.maxColumns) bad('a hand-over');
  if (tail.length !== Math.max(0, n - ahead.rows.length) || tail.some((row) => row.length !== w)) bad('rows of different widths');
  const rows = ahead.rows.length > n ? ahead.rows.slice(0, n) : ahead.rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.length > w) bad('a row wider than the sheet');
    while (row.length < w) row.push(null);
  }
  for (const row of tail) rows.push(row);
  return rows;
}

/**
 * Rebuilds the reader's answer from scratch, checking every value, so nothing the parser made
 * (or a crafted file steered it to make) reaches this thread other than the expected strings.
 */
function validate(raw: unknown, req: ParseRequest, ahead: Ahead): SpreadsheetContent {
  if (typeof raw !== 'object' || raw === null) bad('no answer');
  const r = raw as Record<string, unknown>;
  if (r.ok === false) {
    const code = SPREADSHEET_ERROR_CODES.includes(r.code as SpreadsheetErrorCode) ? (r.code as SpreadsheetErrorCode) : 'unreadable';
    throw new SpreadsheetError(code, typeof r.detail === 'string' ? r.detail.slice(0, 500) : '');
  }
  const c = (r.content ?? bad('no content')) as Record<string, unknown>;
  const format = FORMATS.find((f) => f === c.format) ?? bad('a format');
  const encoding = c.encoding === null ? null : (ENCODINGS.find((e) => e === c.encoding) ?? bad('an encoding'));
  if (!Array.isArray(c.sheets) || c.sheets.length === 0 || c.sheets.length > 10_000) bad('sheets');
  const sheets = (c.sheets as unknown[]).map((s) => {
    const o = s as Record<string, unknown>;
    if (typeof o !== 'object' || o === null || !Number.isSafeInteger(o.rows) || (o.rows as number) < 0) bad('a sheet');
    return { name: str(o.name, 1000, 'a sheet name'), rows: o.rows as number };
  });
  const sheet = str(c.sheet, 1000, 'the sheet');
  if (!sheets.some((s) => s.name === sheet)) bad('an unknown sheet');
  if (r.handedOver !== undefined && ahead.sheet !== null && ahead.sheet !== sheet) bad('rows of another sheet');
  if (r.handedOver === undefined && ahead.rows.length > 0) bad('rows ahead without a hand-over');
  if (!Array.isArray(c.rows) || c.rows.length > req.maxRows) bad('rows');
  const tail = (c.rows as unknown[]).map((row) => checkedRow(row, req));
  let rows: (string | null)[][];
  if (r.handedOver === undefined) {
    rows = tail;
    if (rows.some((row) => row.length !== rows[0]!.length)) bad('rows of different widths');
  } else {
    rows = withHandedOver(r.handedOver, ahead, tail, req);
  }
  if (!Array.isArray(c.warnings)) bad('warnings');
  const warnings = (c.warnings as unknown[]).map((w) => WARNINGS.find((x) => x === w) ?? bad('a warning'));
  return { format, encoding, sheets, sheet, rows, warnings };
}

/** One reading thread for `req`; rejects with SpreadsheetError. `crashed` marks a thread that died without answering. */
async function attempt(entry: string, req: ParseRequest, timeoutMs: number, maxHeapMb: number, listener?: RowListener): Promise<SpreadsheetContent> {
  let raw: unknown;
  const ahead: Ahead = { sheet: null, rows: [] };
  // A part refused is the answer (as a refused answer would be), not a crash to retry.
  let refused: unknown = null;
  listener?.reset();
  try {
    raw = await runThreadJob(entry, 'spreadsheet.parse', req, {
      timeoutMs,
      // A heap limit: a file that would need more fails in its thread alone.
      resourceLimits: { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: 64 },
      // No database in it: ending it at once cannot abort the process (threadJob.ts).
      endOnAnswer: true,
      onStart: (worker) => {
        threads++;
        worker.once('exit', () => threads--);
      },
      onPart: (data) => {
        let part: ReturnType<typeof takePart>;
        try {
          part = takePart(data, ahead, req);
        } catch (e) {
          refused = e;
          throw e;
        }
        if (part) listener?.rows(part.sheet, part.from, part.rows);
        else listener?.reset();
      },
    });
  } catch (e) {
    if (refused) throw refused;
    const end = e instanceof ThreadJobError ? e.end : 'error';
    if (end === 'timeout') throw new SpreadsheetError('timeout', `${timeoutMs} ms`);
    // A zip bomb or a sheet too big for memory ends here: the thread hit its heap limit.
    if (e instanceof ThreadJobError && e.code === 'ERR_WORKER_OUT_OF_MEMORY') throw new SpreadsheetError('tooLarge', e.message);
    throw crash(end === 'exit' ? `reader ${(e as Error).message}` : (e as Error).message);
  }
  return validate(raw, req, ahead);
}

class Crash extends SpreadsheetError {}
function crash(detail: string): SpreadsheetError {
  return new Crash('unreadable', detail);
}

async function run(file: string, mode: ParseRequest['mode'], opts: ReadOptions): Promise<SpreadsheetContent> {
  const req: ParseRequest = {
    file: path.resolve(file),
    mode,
    sheet: opts.sheet ?? null,
    maxBytes: opts.maxBytes ?? READ_DEFAULTS.maxBytes,
    maxRows: opts.maxRows ?? READ_DEFAULTS.maxRows,
    maxColumns: opts.maxColumns ?? READ_DEFAULTS.maxColumns,
    streaming: true,
    handOverEvery: opts.onRows ? (opts.onRows.every ?? HAND_OVER_EVERY) : 0,
  };
  // The size is checked here too, so an oversized file never even starts a thread.
  let size: number;
  try {
    const st = fs.statSync(req.file);
    if (!st.isFile()) throw new SpreadsheetError('unreadable', 'not a file');
    size = st.size;
  } catch (e) {
    throw e instanceof SpreadsheetError ? e : new SpreadsheetError('unreadable', (e as Error).message);
  }
  if (size === 0) throw new SpreadsheetError('empty', 'zero bytes');
  if (size > req.maxBytes) throw new SpreadsheetError('tooLarge', `${size} bytes`);

  const entry = opts.workerEntry ?? SOURCE_WORKER_ENTRY;
  if (!entry) throw new SpreadsheetError('unreadable', 'no worker entry: pass ReadOptions.workerEntry');
  const timeoutMs = opts.timeoutMs ?? READ_DEFAULTS.timeoutMs;
  const maxHeapMb = opts.maxHeapMb ?? READ_DEFAULTS.maxHeapMb;
  const started = Date.now();
  try {
    return await attempt(entry, req, timeoutMs, maxHeapMb, opts.onRows);
  } catch (e) {
    // The reading thread died without answering (not a refusal, not the heap limit): read once
    // more with SheetJS alone, which names a damaged file's fault, in the time left.
    const left = timeoutMs - (Date.now() - started);
    if (!(e instanceof Crash) || left <= 0) throw e;
    return attempt(entry, { ...req, streaming: false }, left, maxHeapMb, opts.onRows);
  }
}

/**
 * Reads one sheet of a spreadsheet file (.xlsx, .xls, .ods, .csv — recognised by content, not
 * name). Throws SpreadsheetError (code + user message key 'err.import.<code>').
 */
export function readSpreadsheet(file: string, opts: ReadOptions = {}): Promise<SpreadsheetContent> {
  return run(file, 'read', opts);
}

/** The sheets of a file, for the sheet chooser (rows: as the file declares them, approximate). */
export async function listSheets(file: string, opts: ReadOptions = {}): Promise<SpreadsheetContent['sheets']> {
  return (await run(file, 'sheets', opts)).sheets;
}
