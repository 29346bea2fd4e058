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
  /**
   * Rows as they are read, before the answer (checked already; .xlsx through the streaming
   * reader only, else none come): the caller can work on them meanwhile. They are the very
   * arrays of the answer (padded to its width at the end). Not all of them make the answer:
   * `reset` means forget those so far (a second reading started), and the answer's sheet and
   * row count decide.
   */
  onRows?: RowListener;
}

export interface RowListener {
  /** Rows per hand-over (default 2,000). */
  every?: number;
  rows(sheet: string, from: number, rows: (string | null)[][]): void;
  reset(): void;
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
  /**
   * Hand rows over every this many, while the sheet is still being read (0: all in the answer).
   * Only the streaming .xlsx reader does; the others answer with every row.
   */
  handOverEvery: number;
}

/** What the reading thread sends ahead of its answer: rows of `sheet` from `from`, or "forget them". */
export type ReadPart = { sheet: string; from: number; rows: (string | null)[][] } | { reset: true };

/** Where a reader hands rows over, and how many of the chosen sheet's it has. */
export interface HandOver {
  every: number;
  send(part: ReadPart): void;
  /** Rows of the answer's sheet already handed over (set by the reader). */
  sent: number;
  /** The sheet's final width (set by the reader with `sent`): the rows handed over are not held to tell it. */
  width?: number;
}

/** What it answers (checked again on arrival: nothing from the parser is trusted). */
export type ParseResponse =
  | {
      ok: true;
      /** Its rows: those not handed over ahead (all of them without a hand-over). */
      content: SpreadsheetContent;
      /** With a hand-over: rows sent ahead, the sheet's final row count and width. */
      handedOver?: { sent: number; total: number; width: number };
    }
  | { ok: false; code: SpreadsheetErrorCode; detail: string };
