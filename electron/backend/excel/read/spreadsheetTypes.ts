// Shapes shared by the reading thread and its caller (readSpreadsheet.ts).

export type SpreadsheetFormat = 'xlsx' | 'xls' | 'ods' | 'csv';

export interface ReadOptions {
  /** Sheet to read (by name); by default the first sheet with data. */
  sheet?: string;
  /** Files larger than this are refused before a byte is parsed (default 100 MB). */
  maxBytes?: number;
  /** The reading thread is terminated after this long (default 60 s). */
  timeoutMs?: number;
  /** Data rows above this refuse the file (default 200,000; blank rows at the end do not count). */
  maxRows?: number;
  /** Columns with data beyond this refuse the file (default 1,000). */
  maxColumns?: number;
  /**
   * Entry of the thread that parses: the job worker's (it runs kind 'spreadsheet.parse'). The
   * built app must pass backend.opts.jobWorkerEntry; running from TypeScript sources (CLI,
   * tests) it defaults to jobs/jobWorker.ts.
   */
  workerEntry?: string;
  /** Heap limit of the reading thread in MB (default 1,536): a zip bomb ends as 'tooLarge'. */
  maxHeapMb?: number;
}

export interface SpreadsheetContent {
  format: SpreadsheetFormat;
  /** Text encoding a CSV was read in ('utf-8', 'utf-16le', 'gb18030' …); null for workbooks. */
  encoding: string | null;
  sheets: { name: string; rows: number }[];
  /** The sheet `rows` come from. */
  sheet: string;
  /** Every cell as the text the user sees, or null when empty; rows keep their positions. */
  rows: (string | null)[][];
  /** Things the user should know that did not stop the reading (e.g. undecodable bytes). */
  warnings: SpreadsheetWarning[];
}

export type SpreadsheetWarning = 'mixedEncoding' | 'unbalancedQuotes';

export const SPREADSHEET_ERROR_CODES = [
  'empty',
  'tooLarge',
  'tooManyRows',
  'tooManyColumns',
  'notSpreadsheet',
  'corrupt',
  'encrypted',
  'timeout',
  'unreadable',
  'sheetMissing',
] as const;
export type SpreadsheetErrorCode = (typeof SPREADSHEET_ERROR_CODES)[number];

export const READ_DEFAULTS = {
  maxBytes: 100 * 1024 * 1024,
  timeoutMs: 60_000,
  maxRows: 200_000,
  maxColumns: 1_000,
  maxHeapMb: 1_536,
} as const;

/** What the reading thread is asked. */
export interface ParseRequest {
  file: string;
  /** 'sheets': only the sheet list (rows of the chosen sheet are not sent back). */
  mode: 'read' | 'sheets';
  sheet: string | null;
  maxBytes: number;
  maxRows: number;
  maxColumns: number;
  /** .xlsx through our streaming reader first (false: SheetJS only, the retry after a crash). */
  streaming: boolean;
}

/** What it answers (checked again on arrival: nothing from the parser is trusted). */
export type ParseResponse =
  | { ok: true; content: SpreadsheetContent }
  | { ok: false; code: SpreadsheetErrorCode; detail: string };
