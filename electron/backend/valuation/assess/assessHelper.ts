import Database from 'better-sqlite3';
import type { BacktestResult } from '../../../../shared/domain/prediction/backtest';
import { JobCancelled } from '../../jobs/jobTypes';
import { PartLink, PartState } from '../../jobs/partThread';
import type { Db } from '../../store/openDatabase';
import { SHARED_FIELDS, type AssessFacts } from './assessFacts';
import type { Examples } from './assessExamples';
import type { AssessPartArgs, PartReply, PartRequest } from './assessPartProtocol';

// The assessment's side of its second thread (assessPart.ts): the machine's second core reads
// the interaction dates (1.1 million for 100,000 relationships) while this thread reads the
// stage histories and participations, then runs the back-test while this one trains the final
// model and computes the figures.
//
// Same snapshot: before this thread begins its read transaction, a third connection (the
// gate) takes the write lock, and keeps it until the helper has begun its own read — so no
// write can be committed between the two, and both read one state of the workspace. The
// gate is held for the helper's start (a fraction of a second); writers wait (busy timeout).
//
// Whatever goes wrong with the helper (it cannot start, the lock is busy, it fails, its
// relationships differ), the assessment does that part itself: the result is the same.

/** How long the gate waits for a writer to finish before the assessment runs alone. */
const GATE_BUSY_MS = 250;
/** How long writers may be kept waiting for the helper to begin its read. */
const START_MS = 3_000;
/** How long the helper may take for its part once started. */
const STALL_MS = 60_000;

export interface HelperOptions {
  /** Entry of the job worker thread (runs job kind 'valuation.assessPart'). */
  workerEntry: string;
  nativeBinding?: string;
  exhibitionId: string;
  today: string;
  cancelled?: () => boolean;
}

export class AssessHelper {
  private readonly link: PartLink<PartReply>;
  private gate: Database.Database | null;
  private failed = false;
  private replies: PartReply[] = [];

  /**
   * Takes the gate and starts the thread; null when the assessment should run alone (no file,
   * the caller's transaction is open, a writer holds the lock).
   */
  static start(db: Db, opts: HelperOptions): AssessHelper | null {
    if (db.memory || db.inTransaction || !db.name) return null;
    let gate: Database.Database | null = null;
    try {
      gate = new Database(db.name, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {});
      gate.pragma(`busy_timeout = ${GATE_BUSY_MS}`);
      gate.exec('BEGIN IMMEDIATE');
    } catch {
      gate?.close();
      return null;
    }
    return new AssessHelper(db.name, gate, opts);
  }

  private constructor(
    path: string,
    gate: Database.Database,
    private readonly opts: HelperOptions,
  ) {
    this.gate = gate;
    const args: Omit<AssessPartArgs, 'channel' | 'state'> = { path, exhibitionId: opts.exhibitionId, today: opts.today };
    this.link = new PartLink(opts.workerEntry, 'valuation.assessPart', args, opts.nativeBinding);
  }

  get alive(): boolean {
    return !this.failed;
  }

  /**
   * Called inside this thread's read transaction, between its passes: lets writers in again
   * as soon as the helper has begun its own read (or failed), without waiting for it — this
   * thread reads on meanwhile, so a slow thread start costs writers a little waiting, not the
   * assessment its time.
   */
  pollReading(): void {
    if (!this.gate) return;
    const s = this.link.status;
    if (s >= PartState.Running || s === PartState.Failed) this.releaseGate();
  }

  /**
   * Called inside this thread's read transaction, after its first read: waits until the helper
   * has begun its own read, then lets writers in again. False = the helper is given up.
   */
  awaitReading(): boolean {
    const ok = this.waitFor(PartState.Running, START_MS);
    this.releaseGate();
    return ok;
  }

  /** Copies the helper's passes into `f` (same relationships, checked); false = read them here. */
  takeFacts(f: AssessFacts): boolean {
    if (!this.waitFor(PartState.Waiting, STALL_MS)) return false;
    const m = this.reply((r) => 'ids' in r);
    if (!m || !('ids' in m) || m.ids !== f.customerIds.join('\n')) return this.fail();
    for (const k of SHARED_FIELDS) (f as unknown as Record<string, unknown>)[k] = m.facts[k];
    return true;
  }

  /** Hands the examples (built with shared = true) to the helper for the back-test. */
  startBacktest(ex: Examples): boolean {
    if (this.failed || !(ex.all.x.buffer instanceof SharedArrayBuffer)) return false;
    const r: PartRequest = { x: ex.all.x, y: ex.all.y, trainN: ex.train.n, testN: ex.test.n };
    this.link.post(r);
    return true;
  }

  /** The back-test's result; null = compute it here. */
  takeBacktest(): BacktestResult | null {
    if (!this.waitFor(PartState.Done, STALL_MS)) return null;
    const m = this.reply((r) => 'backtest' in r);
    return m && 'backtest' in m ? m.backtest : null;
  }

  /** Ends the thread (and the gate, if still held). Always called. */
  close(): void {
    this.releaseGate();
    if (this.link.status < PartState.Done) {
      this.link.requestStop();
      this.link.post({ stop: true } satisfies PartRequest);
    }
    this.link.close();
  }

  private releaseGate(): void {
    if (!this.gate) return;
    try {
      this.gate.exec('ROLLBACK');
    } finally {
      this.gate.close();
      this.gate = null;
    }
  }

  private fail(): false {
    this.failed = true;
    return false;
  }

  /** Waits until the helper reaches `want`; false (and given up) if it failed or took too long. */
  private waitFor(want: PartState, limitMs: number): boolean {
    if (this.failed) return false;
    const until = Date.now() + limitMs;
    for (;;) {
      const seen = this.link.events;
      const s = this.link.status;
      if (s === PartState.Failed) return this.fail();
      if (s >= want) return true;
      if (this.opts.cancelled?.()) throw new JobCancelled();
      if (Date.now() > until) return this.fail();
      this.link.sleep(seen, 50);
    }
  }

  /** The first message matching `want`, taking everything that has arrived. */
  private reply(want: (r: PartReply) => boolean): PartReply | undefined {
    for (let m; (m = this.link.receive()); ) this.replies.push(m);
    const at = this.replies.findIndex(want);
    return at < 0 ? undefined : this.replies.splice(at, 1)[0];
  }
}
