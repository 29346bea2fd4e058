import { z } from 'zod';
import { CUSTOMER_KINDS } from '../domain/customer';
import { STAGES } from '../domain/lifecycle';
import { QUADRANTS, TIERS } from '../domain/valuation/figures';
import { optText, uuid } from './fields';
import type { JobInfo } from './jobs';
import { method } from './method';

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

export const exportMethods = {
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
      /** Added to the name, e.g. the exhibition or segment ("Customer value – Asia Lighting Expo 2026-11-22.xlsx"). */
      label: optText(100),
    }),
  ),
};
