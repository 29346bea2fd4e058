import type { TableExport, TableExportRequest } from '../../../shared/api/exports';
import { makeContext } from '../context';
import type { JobContext } from '../jobs/jobTypes';
import { openDatabase } from '../store/openDatabase';
import { writeTableExport } from './tableExport';

export interface TableExportJobArgs {
  /** The workspace file (the job opens its own connection in its worker thread). */
  db: string;
  request: TableExportRequest;
  /** The backend's "now" when asked (tasks.week's today). */
  now: string;
}

/** The 'exports.table' job: one on-screen table to a file, with progress and cancel. */
export async function tableExportJob(args: TableExportJobArgs, job: JobContext): Promise<TableExport> {
  // tasks.week first creates any missing follow-up tasks (a write), so it needs a writable
  // connection; every other list only reads.
  const readOnly = args.request.table !== 'tasks';
  const db = openDatabase(args.db, { readOnly, nativeBinding: job.nativeBinding, skipCheck: true });
  try {
    const ctx = makeContext(db, { now: () => args.now });
    return await writeTableExport(ctx, args.request, {
      progress: (done, total) => job.progress(done, total, 'exportRows'),
      cancelled: job.cancelled,
    });
  } finally {
    db.close();
  }
}
