import type { SnapshotReason } from '../../../shared/api/valuation';
import { openDatabase } from '../store/openDatabase';
import { assess, pruneAfter } from '../valuation/assess/assessment';
import type { JobContext } from './jobTypes';

export interface AssessJobArgs {
  /** The workspace file (the job opens its own connection: it runs in a worker thread). */
  path: string;
  exhibitionId: string;
  reason: SnapshotReason;
  /** The assessment's moment (ISO); absent = the current time. */
  now?: string;
}

export interface AssessJobResult {
  snapshotId: string | null;
  relationships: number;
  ms: number;
}

/** Assesses one exhibition and stores the snapshot (valuation/assess/assessment.ts). */
export function assessJob(args: AssessJobArgs, ctx: JobContext): AssessJobResult {
  // The app checked the workspace when it opened it; a quick check here would read all of it again.
  const db = openDatabase(args.path, { nativeBinding: ctx.nativeBinding, skipCheck: true });
  let closeLater = false;
  try {
    const r = assess(db, {
      // Old snapshots are pruned after the answer (the new one is what the user waits for).
      prune: !ctx.later,
      exhibitionId: args.exhibitionId,
      now: args.now ?? new Date().toISOString(),
      reason: args.reason,
      progress: ctx.progress,
      cancelled: ctx.cancelled,
      // The second core reads part of the facts and runs the back-test (assessHelper.ts).
      workerEntry: ctx.workerEntry,
      nativeBinding: ctx.nativeBinding,
    });
    const taken = r.snapshot?.takenAt;
    if (ctx.later && taken) {
      ctx.later(() => {
        try {
          pruneAfter(db, args.exhibitionId, taken);
        } finally {
          db.close();
        }
      });
      closeLater = true;
    }
    return { snapshotId: r.snapshot?.id ?? null, relationships: r.figures.length, ms: Math.round(r.ms) };
  } finally {
    if (!closeLater) db.close();
  }
}
