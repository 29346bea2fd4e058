import type { JobContext, JobFn } from './jobTypes';
import type { DemoJobArgs } from './demoJob';
import type { DemoPartArgs } from '../demo/demoPart';
import type { AssessJobArgs } from './assessJob';
import type { AssessPartArgs } from '../valuation/assess/assessPartProtocol';
import type { ExportJobArgs } from './exportJob';
import type { TableExportJobArgs } from '../exports/tableExportJob';
import type { ImportJobArgs } from '../imports/importJob';
import type { UndoJobArgs } from '../imports/undoImport';
import type { ParseRequest } from '../excel/read/spreadsheetTypes';
import type { SalvageJobArgs } from '../salvage/salvageJob';
import type { CheckJobArgs } from './checkJob';
import type { PartLinkArgs } from './partThread';

// Every long job by kind. Jobs run in their own worker thread with their own connection;
// each is imported on demand so a worker loads only the job it runs.
export const JOBS: Record<string, JobFn> = {
  'demo.generate': async (args, ctx: JobContext) => (await import('./demoJob')).demoJob(args as DemoJobArgs, ctx),
  // The second thread of demo.generate (see generateDemo), started by that job, not by users.
  'demo.part': async (args, ctx: JobContext) => (await import('../demo/demoPart')).demoPart(args as DemoPartArgs, ctx),
  'valuation.assess': async (args, ctx: JobContext) => (await import('./assessJob')).assessJob(args as AssessJobArgs, ctx),
  // The second thread of valuation.assess (see valuation/assess/assessHelper.ts), started by that job, not by users.
  'valuation.assessPart': async (args, ctx: JobContext) =>
    (await import('../valuation/assess/assessPart')).assessPart(args as AssessPartArgs, ctx),
  'exports.valueWorkbook': async (args, ctx: JobContext) => (await import('./exportJob')).exportJob(args as ExportJobArgs, ctx),
  'exports.table': async (args, ctx: JobContext) => (await import('../exports/tableExportJob')).tableExportJob(args as TableExportJobArgs, ctx),
  // The thread that parses an untrusted spreadsheet (excel/read/readSpreadsheet.ts starts it, not users).
  'spreadsheet.parse': async (args, ctx: JobContext) => (await import('../excel/read/parseJob')).parseSpreadsheetJob(args as ParseRequest, ctx.part),
  // The check of a big new backup (backup/writeBackup.ts starts it, not users).
  'backup.verify': async (args, ctx: JobContext) => {
    const { file, expected } = args as { file: string; expected: { applicationId?: number; userVersion?: number } };
    return (await import('../backup/writeBackup')).verifyBackup(file, expected, ctx.nativeBinding);
  },
  // The checkpoint after a big import (store/checkpointInThread.ts starts it, not users).
  'workspace.checkpoint': async (args, ctx: JobContext) =>
    (await import('../store/checkpointInThread')).checkpoint((args as { file: string }).file, ctx.nativeBinding),
  'workspace.check': async (args, ctx: JobContext) => (await import('./checkJob')).checkJob(args as CheckJobArgs, ctx),
  'workspace.salvage': async (args, ctx: JobContext) => (await import('../salvage/salvageJob')).salvageJob(args as SalvageJobArgs, ctx),
  // The second thread of a big imports.commit (imports/documentsThread.ts starts it, not users).
  'imports.documents': async (args, ctx: JobContext) =>
    (await import('../imports/documentsThread')).documentsPart(args as PartLinkArgs, ctx),
  'imports.commit': async (args, ctx: JobContext) => (await import('../imports/importJob')).importJob(args as ImportJobArgs, ctx),
  'imports.undo': async (args, ctx: JobContext) => (await import('../imports/undoImport')).undoImportJob(args as UndoJobArgs, ctx),
};
