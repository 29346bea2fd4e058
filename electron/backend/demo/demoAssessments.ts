// A fresh demo opens with its value assessed (issue 5): the organiser's ratings (demoRatings.ts),
// then a snapshot of every exhibition as of the demo's "now", and one of the current exhibition
// as of five weeks earlier, so that "compare snapshots" and the customer page's history have
// something to show (a large demo: the current exhibition's only, see FULL_ASSESSMENT_UP_TO).
// Runs after the demo's load, in the same connection.

import { CURRENT_EXHIBITION_SETTING } from '../../../shared/domain/exhibition';
import type { Db } from '../store/openDatabase';
import { assess } from '../valuation/assess/assessment';
import { writeDemoRatings } from './demoRatings';

/** How long before "now" the earlier snapshot is taken (days). */
const EARLIER_DAYS = 35;
/**
 * Up to this many customers every exhibition is assessed, and the current one twice. A larger
 * demo (100,000 customers must be ready within 60 s) gets the current exhibition's snapshot
 * only; the other exhibition, and a second snapshot to compare with, come from "Assess now".
 */
export const FULL_ASSESSMENT_UP_TO = 20_000;

export interface DemoAssessRun {
  seed: number;
  /** The demo's customers: progress stays at (customers, customers, 'finishing') like the load's last step. */
  customers: number;
  nowMs: number;
  progress?: (done: number, total: number, step: string) => void;
  cancelled: () => boolean;
  /** Entry of the job worker: each assessment reads part of its facts on a second thread (assessHelper.ts). */
  workerEntry?: string;
  nativeBinding?: string;
}

/** Writes the ratings and the snapshots; returns how many snapshots. */
export function assessDemo(db: Db, run: DemoAssessRun): number {
  writeDemoRatings(db, run.seed);
  const current = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(CURRENT_EXHIBITION_SETTING) as string | undefined;
  const currentId = current ? (JSON.parse(current) as string) : null;
  const exhibitions = db.prepare('SELECT id FROM exhibitions ORDER BY id = ? DESC, created_at').pluck().all(currentId) as string[];
  const jobs: { exhibitionId: string; now: string }[] = [];
  const now = new Date(run.nowMs).toISOString();
  if (run.customers > FULL_ASSESSMENT_UP_TO) {
    if (exhibitions[0]) jobs.push({ exhibitionId: exhibitions[0], now });
  } else {
    if (exhibitions[0]) jobs.push({ exhibitionId: exhibitions[0], now: new Date(run.nowMs - EARLIER_DAYS * 86_400_000).toISOString() });
    for (const id of exhibitions) jobs.push({ exhibitionId: id, now });
  }
  for (const j of jobs) {
    run.progress?.(run.customers, run.customers, 'finishing');
    assess(db, {
      exhibitionId: j.exhibitionId,
      now: j.now,
      reason: 'manual',
      cancelled: run.cancelled,
      workerEntry: run.workerEntry,
      nativeBinding: run.nativeBinding,
    });
  }
  return jobs.length;
}
