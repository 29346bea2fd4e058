import type { ImportCounts } from '../../../shared/api/imports';
import { JobCancelled, type JobContext } from '../jobs/jobTypes';
import { openDatabase } from '../store/openDatabase';
import { timeOrderedIds } from '../../../shared/ids/timeOrderedId';
import { commitImport, type CommitArgs } from './commitImport';
import { backupBeforeImport } from './importHooks';

/** What the 'imports.commit' job is given (posted to its thread: plain data). */
export interface ImportJobArgs extends CommitArgs {
  /**
   * The workspace file. The job opens its own connection: its transaction must not take in the
   * calls the backend answers meanwhile on the workspace's connection (it runs inline, yielding).
   */
  path: string;
}

/** From this many rows on; a smaller commit's checkpoint costs less than starting a thread. */
export const CHECKPOINT_IN_THREAD_FROM = 5000;

/**
 * Whether a commit of `rows` rows leaves its checkpoint to a thread: only where the host gave
 * the job worker's entry (the desktop app, the browser server). The CLI gives none: it closes
 * the workspace right after, and closing checkpoints. (Started there from the TypeScript
 * sources, inside the CLI's own thread, the checkpoint thread hung at full CPU in 3 of 4
 * imports of 100,000 rows, with tsx's loader in every thread.)
 */
export function checkpointsInThread(rows: number, workerEntry: string | undefined): workerEntry is string {
  return rows >= CHECKPOINT_IN_THREAD_FROM && workerEntry !== undefined;
}

/** The 'imports.commit' job: a verified backup, then the plan in one transaction on its own connection. */
export async function importJob(args: ImportJobArgs, ctx: JobContext): Promise<ImportCounts> {
  // The app checked the workspace when it opened it.
  const db = openDatabase(args.path, { nativeBinding: ctx.nativeBinding, skipCheck: true });
  try {
    // A big commit leaves its log to a checkpoint in a thread of its own, which the backend starts
    // when the job is done (importService.ts): into an edition, 100,000 rows, COMMIT took
    // 0.7-0.8 s instead of 2.3-3.4 s.
    if (checkpointsInThread(args.plan.rows.length, ctx.workerEntry)) db.pragma('wal_autocheckpoint = 0');
    await backupBeforeImport(db, ctx);
    if (ctx.cancelled()) throw new JobCancelled();
    // Time-ordered ids: the batch's rows are appended at the right edge of every id-keyed
    // B-tree instead of landing on a random page each (commit into an edition, 100,000 rows:
    // 33.8 s with random ids, 23.7 s with these).
    return await commitImport(db, args, ctx, { newId: timeOrderedIds() });
  } finally {
    db.close();
  }
}
