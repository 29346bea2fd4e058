import type { ImportCounts } from '../../../shared/api/imports';
import type { JobContext } from '../jobs/jobTypes';
import { openDatabase } from '../store/openDatabase';
import { commitImport, type CommitArgs } from './commitImport';

/** What the 'imports.commit' job is given (posted to its thread: plain data). */
export interface ImportJobArgs extends CommitArgs {
  /**
   * The workspace file. The job opens its own connection: its transaction must not take in the
   * calls the backend answers meanwhile on the workspace's connection (it runs inline, yielding).
   */
  path: string;
}

/** The 'imports.commit' job: the plan in one transaction on its own connection. */
export async function importJob(args: ImportJobArgs, ctx: JobContext): Promise<ImportCounts> {
  // The app checked the workspace when it opened it.
  const db = openDatabase(args.path, { nativeBinding: ctx.nativeBinding, skipCheck: true });
  try {
    return await commitImport(db, args, ctx);
  } finally {
    db.close();
  }
}
