import { takeBackup } from '../backup/backupService';
import { JobCancelled, type JobContext } from '../jobs/jobTypes';
import type { Db } from '../store/openDatabase';

/**
 * The first step of an import's commit job, before anything is written: a verified backup
 * (reason "pre-import"), so an import can also be reverted from outside the app. It is SQLite's
 * online backup, in steps, with the job's progress bar and cancel: the backend keeps answering
 * meanwhile. (It used to be VACUUM INTO before the job started: a workspace of 100,000 customers,
 * 1.5 GB, froze the backend for 8-12 s with no progress shown.) A failure fails the job before
 * the commit; a cancel stops it and keeps nothing.
 */
export async function backupBeforeImport(db: Db, job: JobContext): Promise<void> {
  // Shown in megabytes (the step's label says so): pages mean nothing to a user.
  const mbPerPage = (db.pragma('page_size', { simple: true }) as number) / (1024 * 1024);
  await takeBackup(db, 'pre-import', {
    nativeBinding: job.nativeBinding,
    workerEntry: job.workerEntry,
    progress: (done, total) => {
      if (job.cancelled()) throw new JobCancelled();
      job.progress(Math.round(done * mbPerPage), Math.max(1, Math.round(total * mbPerPage)), 'backup');
    },
  });
}
