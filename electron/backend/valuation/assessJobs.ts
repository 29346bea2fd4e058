import type { JobInfo } from '../../../shared/api/jobs';
import { ApiFailure } from '../../../shared/api/result';
import type { SnapshotReason, ValuationStatus } from '../../../shared/api/valuation';
import type { Backend } from '../backend';
import { isStale } from './dataClock';
import { assertExhibition, latestSnapshotInfo } from './snapshotRows';
import { readValuationSettings } from './valuationSettingsStore';

// Assessments run as jobs ('valuation.assess', electron/backend/jobs/assessJob.ts) in their
// own thread and connection, on the open workspace's file (better-sqlite3 keeps the path it
// was opened with as db.name). At most one per exhibition at a time: asking again while one
// runs returns the running one.

/** The job kind registered by the assessment pipeline. */
export const ASSESS_JOB = 'valuation.assess';

/** Per backend: exhibition id → id of its latest assessment job. */
const jobsByExhibition = new WeakMap<Backend, Map<string, string>>();

function runningAssessment(b: Backend, exhibitionId: string): JobInfo | null {
  const id = jobsByExhibition.get(b)?.get(exhibitionId);
  if (!id) return null;
  try {
    const job = b.jobs.get(id);
    return job.status === 'running' ? job : null;
  } catch {
    return null;
  }
}

/** Starts the exhibition's assessment, or returns the one running. Refused on a read-only workspace. */
export function startAssessment(b: Backend, exhibitionId: string, reason: SnapshotReason): JobInfo {
  const ctx = b.context();
  assertExhibition(ctx.db, exhibitionId);
  if (b.workspaceInfo()?.readOnly) throw new ApiFailure('read_only', 'err.readOnly');
  const running = runningAssessment(b, exhibitionId);
  if (running) return running;
  const job = b.jobs.start(ASSESS_JOB, { path: ctx.db.name, exhibitionId, reason, now: ctx.now() }, (result) => {
    // Every valuation view refetches (the new snapshot); the job's result is kept as it is.
    ctx.changed('valuation');
    return result;
  });
  let map = jobsByExhibition.get(b);
  if (!map) jobsByExhibition.set(b, (map = new Map()));
  map.set(exhibitionId, job.id);
  return job;
}

export function valuationStatus(b: Backend, exhibitionId: string): ValuationStatus {
  const db = b.context().db;
  assertExhibition(db, exhibitionId);
  const latest = latestSnapshotInfo(db, exhibitionId);
  return {
    latest,
    running: runningAssessment(b, exhibitionId),
    stale: latest ? isStale(db, latest, readValuationSettings(db)) : false,
  };
}
