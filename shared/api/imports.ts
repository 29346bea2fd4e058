import { z } from 'zod';
import { DATE_ORDERS, type DateOrder } from '../domain/import/cellValues';
import { IMPORT_FIELDS, type ImportField } from '../domain/import/columnMapping';
import type { DuplicateReason } from './customers';
import type { JobInfo } from './jobs';
import { requiredText, uuid } from './fields';
import { method } from './method';

// Importing customers, contacts and participations from a spreadsheet (issue 6): open a file
// (its content stays in the backend, in a session), choose the sheet, header row and column
// mapping, validate every row, decide about duplicates, dry-run, commit as a job, undo later.
// Nothing touches the database before the commit.

export const DUPLICATE_DECISIONS = ['skip', 'update', 'overwrite', 'create'] as const;
/**
 * What to do with a row that matches a customer already in the workspace (or an earlier row
 * of the file): skip the row, fill only the customer's empty fields, overwrite its fields with
 * the file's non-empty values, or create a new customer anyway.
 */
export type DuplicateDecision = (typeof DUPLICATE_DECISIONS)[number];

const sessionId = z.string().min(1).max(64);
/** An absolute path to a file (the desktop app's file dialog gives one). */
const filePath = z.string().min(1, { error: 'err.required' }).max(4096, { error: 'err.tooLong:4096' });

const mapping = z.array(z.enum(IMPORT_FIELDS as [ImportField, ...ImportField[]]).nullable()).max(16_384);

/** The choices of the flow; each call may change some, the session keeps the rest. */
const settingsShape = {
  sessionId,
  sheet: z.string().max(200).optional(),
  /** Index (0-based) of the header row among the sheet's rows; detected when absent. */
  headerRow: z.int().min(0).max(1_048_576).optional(),
  /** Field per column (null: not imported); proposed (template or synonyms) when absent. */
  mapping: mapping.optional(),
  /** The edition imported participations attach to (null: no participations). */
  editionId: uuid().nullable().optional(),
  /** How to read dates such as 3/7/2025: day first or month first (null: as the file tells, else day first). */
  dateOrder: z.enum(DATE_ORDERS).nullable().optional(),
};

export const ImportSettingsInput = z.strictObject(settingsShape);
export type ImportSettingsInput = z.input<typeof ImportSettingsInput>;

export interface ImportOpenResult {
  sessionId: string;
  fileName: string;
  format: 'xlsx' | 'xls' | 'ods' | 'csv';
  encoding: string | null;
  sheets: { name: string; rows: number }[];
  sheet: string;
}

/** One problem of one field of one row, in the caller's language. */
export interface ImportFieldIssue {
  field: ImportField | null;
  /** 0-based column of the sheet the value came from (null: about the row as a whole). */
  column: number | null;
  message: string;
}

export interface ImportDuplicate {
  /** 'workspace': a customer already stored; 'file': an earlier row of this file. */
  source: 'workspace' | 'file';
  customerId: string | null;
  /** Sheet row number (1-based, as Excel shows it) of the earlier row, for source 'file'. */
  row: number | null;
  companyName: string;
  reasons: DuplicateReason[];
}

export type ImportRowStatus = 'ok' | 'rejected' | 'duplicate' | 'empty';

export interface ImportRowResult {
  /** Sheet row number, 1-based as Excel shows it. */
  row: number;
  status: ImportRowStatus;
  /** The values as they will be stored, by field (money in major units, dates 'YYYY-MM-DD'). */
  values: Partial<Record<ImportField, string | number | string[] | null>>;
  issues: ImportFieldIssue[];
  duplicates: ImportDuplicate[];
  /** What happens to this row at commit (duplicates: the decision; ok rows: 'create'). */
  decision: DuplicateDecision | null;
}

export interface ImportSummary {
  /** Data rows below the header row (blank rows not counted). */
  rows: number;
  valid: number;
  rejected: number;
  duplicates: number;
  duplicatesInFile: number;
  duplicatesInWorkspace: number;
}

/** How the mapped date column's numeric dates are read (ImportPreview.dates). */
export interface ImportDateReading {
  /** 0-based column of the date field. */
  column: number;
  order: DateOrder;
  /**
   * 'file': a date in the column tells (13/3/2025); 'chosen': the user chose; 'template': the
   * saved mapping proposed for this file says (ImportPreview.templateMatch); 'mixed': the column
   * has dates both ways (13/1 and 1/13), day first; 'default': nothing tells, day first.
   */
  source: 'file' | 'chosen' | 'template' | 'mixed' | 'default';
  /** Dates that read as two different days, day or month first (3/7/2025). */
  ambiguous: number;
  /** The first of them, as in the file. */
  example: string | null;
}

export interface ImportPreview {
  sheet: string;
  headerRow: number;
  headers: (string | null)[];
  /** Each column's first non-empty cell below the header row, as in the file. */
  samples: (string | null)[];
  mapping: (ImportField | null)[];
  /** The saved template whose headers match this file (its mapping is the one proposed). */
  templateMatch: { id: string; name: string } | null;
  editionId: string | null;
  /** How dates are read; null when no date column is mapped or no edition chosen (the date is a participation's). */
  dates: ImportDateReading | null;
  /** The first 20 data rows as they will be stored. */
  rows: ImportRowResult[];
  summary: ImportSummary;
}

export const IMPORT_ROW_FILTERS = ['all', 'rejected', 'duplicates', 'ok'] as const;

export const ImportValidateInput = z.strictObject({
  ...settingsShape,
  filter: z.enum(IMPORT_ROW_FILTERS).default('all'),
  offset: z.int().min(0).max(2_000_000).default(0),
  limit: z.int().min(1).max(1000).default(100),
});

export interface ImportValidation {
  summary: ImportSummary;
  /** Rows of the filter in this page. */
  rows: ImportRowResult[];
  /** Rows matching the filter. */
  total: number;
  defaultDecision: DuplicateDecision;
}

export const ImportDecisionsInput = z.strictObject({
  sessionId,
  default: z.enum(DUPLICATE_DECISIONS),
  /** Decisions for single rows (sheet row numbers); they win over the default. */
  rows: z
    .array(
      z.strictObject({
        row: z.int().min(1),
        decision: z.enum(DUPLICATE_DECISIONS),
        /** For update/overwrite: which of the matching customers (default: the best match). */
        customerId: uuid().optional(),
      }),
    )
    .max(1_000_000)
    .optional(),
});

export interface ImportCounts {
  /** Data rows read (blank rows not counted). */
  read: number;
  created: number;
  updated: number;
  skipped: number;
  rejected: number;
  /** Participations added to (or updated in) the chosen edition. */
  participations: number;
  contacts: number;
}

export interface ImportBatch {
  id: string;
  fileName: string;
  sheet: string | null;
  editionId: string | null;
  editionName: string | null;
  /** The edition's exhibition (two exhibitions may each have a "2026"). */
  exhibitionName: string | null;
  counts: ImportCounts;
  createdBy: string | null;
  createdAt: string;
  undoneAt: string | null;
}

/** A record an undo keeps as it is: edited since the import, or used since (by something the import did not make). */
export interface ImportKeptRecord {
  kind: 'customer' | 'participation' | 'relationship';
  id: string;
  /** The company name of the customer the record belongs to. */
  name: string;
  reason: 'edited' | 'inUse';
}

/** The result of the undo job (JobInfo.result once done). */
export interface ImportUndoResult {
  /** Records removed (created by the batch) or restored (changed by it). */
  removed: number;
  restored: number;
  /** Records edited since the import, kept as they are. */
  kept: ImportKeptRecord[];
}

/** What imports.undo would do now (read only): shown before the user confirms. */
export interface ImportUndoPreview {
  removed: number;
  restored: number;
  byKind: Record<ImportKeptRecord['kind'], { removed: number; restored: number; kept: number }>;
  /** How many records would be kept; `kept` lists the first 50 of them. */
  keptTotal: number;
  kept: ImportKeptRecord[];
}

export interface ImportTemplate {
  id: string;
  name: string;
  headers: string[];
  mapping: Record<string, ImportField>;
  /** How the file's dates read, when chosen as the template was saved (null: as each file tells). */
  dateOrder: DateOrder | null;
  updatedAt: string;
}

/** The result of the commit job (JobInfo.result once done). */
export interface ImportCommitResult extends ImportCounts {
  batchId: string;
  /** The assessment started for the edition's exhibition, if any. */
  assessJobId: string | null;
}

export const importMethods = {
  'imports.open': method<ImportOpenResult>()(z.strictObject({ path: filePath })),
  'imports.preview': method<ImportPreview>()(ImportSettingsInput),
  'imports.validate': method<ImportValidation>()(ImportValidateInput),
  'imports.setDecisions': method<ImportCounts>()(ImportDecisionsInput),
  'imports.dryRun': method<ImportCounts>()(z.strictObject({ sessionId })),
  'imports.commit': method<JobInfo>()(z.strictObject({ sessionId })),
  'imports.batches': method<ImportBatch[]>()(z.strictObject({ limit: z.int().min(1).max(500).default(50) })),
  /** Starts the undo as a job; its result is an ImportUndoResult. */
  'imports.undo': method<JobInfo>()(z.strictObject({ batchId: uuid() })),
  'imports.undoPreview': method<ImportUndoPreview>()(z.strictObject({ batchId: uuid() })),
  'imports.rejected': method<{ path: string; rows: number }>()(
    z.strictObject({ sessionId, path: filePath, format: z.enum(['xlsx', 'csv']).optional() }),
  ),
  'imports.saveTemplate': method<ImportTemplate>()(z.strictObject({ sessionId, name: requiredText(100) })),
  'imports.templates': method<ImportTemplate[]>()(z.strictObject({})),
  'imports.deleteTemplate': method<{ deleted: number }>()(z.strictObject({ id: uuid() })),
  'imports.close': method<{ closed: boolean }>()(z.strictObject({ sessionId })),
};
