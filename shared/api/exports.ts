import { z } from 'zod';
import { CUSTOMER_KINDS } from '../domain/customer';
import { STAGES } from '../domain/lifecycle';
import { QUADRANTS, TIERS } from '../domain/valuation/figures';
import { customerMethods } from './customers';
import { exhibitionMethods } from './exhibitions';
import { optText, uuid } from './fields';
import type { JobInfo } from './jobs';
import { method } from './method';
import { segmentMethods } from './segments';
import { taskMethods } from './tasks';
import { valuationMethods } from './valuation';

// Excel exports (issue 6). The value-assessment workbook is written by a job (progress,
// cancel) to `<path>.partial` and renamed to `path` when complete; its result is an
// ExportResult. suggestPath proposes a dated file name for the save dialog.

/** What is exported; names the suggested file. */
export const EXPORT_KINDS = ['valueWorkbook', 'customers', 'valueTable', 'participants', 'segment', 'tasks', 'rejected'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const EXPORT_LANGS = ['en', 'zh'] as const;

/** The job's result (JobInfo.result) of 'exports.valueWorkbook'. */
export interface ValueWorkbookExport {
  path: string;
  snapshotId: string;
  relationships: number;
  rows: { customers: number; stageHistory: number; participations: number; interactions: number };
  bytes: number;
  ms: number;
}

export interface SuggestedPath {
  /** Folder + file name: the user's Documents folder (else beside the workspace, else home). */
  path: string;
  directory: string;
  fileName: string;
}

/** An absolute path to the file to write (the desktop app's save dialog gives one). */
const outPath = (ext: RegExp, key: string) =>
  z
    .string()
    .min(1, { error: 'err.required' })
    .max(4096, { error: 'err.tooLong:4096' })
    .refine((p) => ext.test(p), { error: key });

/** The on-screen tables that export what they show (exports.table). */
export const EXPORT_TABLES = ['customers', 'value', 'participants', 'segment', 'tasks'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

/** The result (JobInfo.result) of 'exports.table'. */
export interface TableExport {
  path: string;
  rows: number;
  bytes: number;
}

// Each table's query is the very input its on-screen list sends (validated by that method's
// schema), so the file has the list's filter and sort; offset/limit are replaced by paging.
const tableColumns = z.array(z.string().min(1).max(60)).min(1, { error: 'err.required' }).max(100);
const tableExportShape = {
  columns: tableColumns,
  format: z.enum(EXPORT_FORMATS),
  lang: z.enum(EXPORT_LANGS),
  path: outPath(/\.(xlsx|csv)$/i, 'err.export.tablePath'),
};
const TableExportInput = z.discriminatedUnion('table', [
  z.strictObject({ table: z.literal('customers'), query: customerMethods['customers.list'].input, ...tableExportShape }),
  z.strictObject({ table: z.literal('value'), query: valuationMethods['valuation.table'].input, ...tableExportShape }),
  z.strictObject({ table: z.literal('participants'), query: exhibitionMethods['editions.participants'].input, ...tableExportShape }),
  z.strictObject({ table: z.literal('segment'), query: segmentMethods['segments.members'].input, ...tableExportShape }),
  z.strictObject({ table: z.literal('tasks'), query: taskMethods['tasks.week'].input, ...tableExportShape }),
]);
export type TableExportInput = z.input<typeof TableExportInput>;
export type TableExportRequest = z.output<typeof TableExportInput>;

export const exportMethods = {
  /** Writes one on-screen table — its visible columns (ids, in order), filter and sort — as .xlsx or .csv; a job. */
  'exports.table': method<JobInfo>()(TableExportInput),
  /** Writes the value-assessment workbook of an exhibition's snapshot (the latest unless named), filtered like valuation.table. */
  'exports.valueWorkbook': method<JobInfo>()(
    z.strictObject({
      exhibitionId: uuid(),
      snapshotId: uuid().optional(),
      segmentId: uuid().optional(),
      stages: z.array(z.enum(STAGES, { error: 'err.stage' })).max(STAGES.length).optional(),
      tiers: z.array(z.enum(TIERS)).max(TIERS.length).optional(),
      quadrants: z.array(z.enum(QUADRANTS)).max(QUADRANTS.length).optional(),
      kinds: z.array(z.enum(CUSTOMER_KINDS)).max(CUSTOMER_KINDS.length).optional(),
      q: optText(200),
      lang: z.enum(EXPORT_LANGS),
      path: outPath(/\.xlsx$/i, 'err.export.xlsxPath'),
    }),
  ),
  /** A dated default file name, e.g. "Customer value 2026-11-22.xlsx" (" (2)" when taken). */
  'exports.suggestPath': method<SuggestedPath>()(
    z.strictObject({
      kind: z.enum(EXPORT_KINDS),
      ext: z.enum(EXPORT_FORMATS),
      lang: z.enum(EXPORT_LANGS).default('en'),
      /**
       * Added to the name, e.g. the exhibition or segment ("Customer value – Asia Lighting Expo 2026-11-22.xlsx");
       * an exhibition and edition name together may be long: the file name is cut to 150 characters.
       */
      label: optText(500),
    }),
  ),
};
