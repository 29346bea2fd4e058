import type { ValueWorkbookExport } from '../../../shared/api/exports';
import { writeValueWorkbook } from '../excel/write/valueWorkbook';
import type { ValueFilters } from '../valuation/valueFilters';
import { openDatabase } from '../store/openDatabase';
import type { JobContext } from './jobTypes';

export interface ExportJobArgs {
  /** The workspace file (the job opens its own read-only connection in its worker thread). */
  db: string;
  exhibitionId: string;
  snapshotId?: string | undefined;
  filters: ValueFilters;
  lang: 'en' | 'zh';
  /** The workbook to write. */
  out: string;
  /** "Generated at" (ISO). */
  now: string;
}

/** Writes the value-assessment workbook (excel/write/valueWorkbook.ts). */
export async function exportJob(args: ExportJobArgs, ctx: JobContext): Promise<ValueWorkbookExport> {
  const db = openDatabase(args.db, { readOnly: true, nativeBinding: ctx.nativeBinding, skipCheck: true });
  try {
    return await writeValueWorkbook(db, {
      exhibitionId: args.exhibitionId,
      snapshotId: args.snapshotId,
      filters: args.filters,
      lang: args.lang,
      path: args.out,
      now: args.now,
      progress: ctx.progress,
      cancelled: ctx.cancelled,
    });
  } finally {
    db.close();
  }
}
