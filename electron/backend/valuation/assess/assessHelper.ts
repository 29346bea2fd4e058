import { randomUUID } from 'node:crypto';
import { BroadcastChannel, receiveMessageOnPort, type MessagePort, type Worker } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { BacktestResult } from '../../../../shared/domain/prediction/backtest';
import { spawnWorker } from '../../../host/spawnWorker';
import { JobCancelled } from '../../jobs/jobTypes';
import type { Db } from '../../store/openDatabase';
import { SHARED_FIELDS, type AssessFacts } from './assessFacts';
import type { Examples } from './assessExamples';
import { PART_EVENTS, PART_STATE, PartState, type AssessPartArgs, type PartReply, type PartRequest } from './assessPartProtocol';

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
  private readonly state = new Int32Array(new SharedArrayBuffer(8));
  private readonly stop = new Int32Array(new SharedArrayBuffer(4));
  private readonly channel = new BroadcastChannel(`exhibition-crm-assess-${randomUUID()}`);
  private readonly worker: Worker;
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
    const args: AssessPartArgs = {
      path,
      exhibitionId: opts.exhibitionId,
      today: opts.today,
      channel: this.channel.name,
      state: this.state.buffer as SharedArrayBuffer,
    };
    this.worker = spawnWorker(opts.workerEntry, { kind: 'valuation.assessPart', args, cancel: this.stop.buffer, nativeBinding: opts.nativeBinding });
    // Failures come through the shared state and the channel, not the thread's events.
    this.worker.on('error', () => {});
    this.worker.unref();
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
    const s = Atomics.load(this.state, PART_STATE);
    if (s >= PartState.Reading || s === PartState.Failed) this.releaseGate();
  }

  /**
   * Called inside this thread's read transaction, after its first read: waits until the helper
   * has begun its own read, then lets writers in again. False = the helper is given up.
   */
  awaitReading(): boolean {
    const ok = this.waitFor(PartState.Reading, START_MS);
    this.releaseGate();
    return ok;
  }

  /** Copies the helper's passes into `f` (same relationships, checked); false = read them here. */
  takeFacts(f: AssessFacts): boolean {
    if (!this.waitFor(PartState.Facts, STALL_MS)) return false;
    const m = this.reply((r) => 'ids' in r);
    if (!m || !('ids' in m) || m.ids !== f.customerIds.join('\n')) return this.fail();
    for (const k of SHARED_FIELDS) (f as unknown as Record<string, unknown>)[k] = m.facts[k];
    return true;
  }

  /** Hands the examples (built with shared = true) to the helper for the back-test. */
  startBacktest(ex: Examples): boolean {
    if (this.failed || !(ex.all.x.buffer instanceof SharedArrayBuffer)) return false;
    const r: PartRequest = { x: ex.all.x, y: ex.all.y, trainN: ex.train.n, testN: ex.test.n };
    this.channel.postMessage(r);
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
    if (Atomics.load(this.state, PART_STATE) < PartState.Done) {
      Atomics.store(this.stop, 0, 1);
      this.channel.postMessage({ stop: true } satisfies PartRequest);
    }
    this.channel.close();
    void this.worker.terminate();
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
  private waitFor(want: number, limitMs: number): boolean {
    if (this.failed) return false;
    const until = Date.now() + limitMs;
    for (;;) {
      const seen = Atomics.load(this.state, PART_EVENTS);
      const s = Atomics.load(this.state, PART_STATE);
      if (s === PartState.Failed) return this.fail();
      if (s >= want) return true;
      if (this.opts.cancelled?.()) throw new JobCancelled();
      if (Date.now() > until) return this.fail();
      Atomics.wait(this.state, PART_EVENTS, seen, 50);
    }
  }

  /** The first message matching `want`, taking everything that has arrived. */
  private reply(want: (r: PartReply) => boolean): PartReply | undefined {
    // Node accepts a BroadcastChannel here (since 15.12); its type declarations lag behind.
    for (let m; (m = receiveMessageOnPort(this.channel as unknown as MessagePort)); ) this.replies.push(m.message as PartReply);
    const at = this.replies.findIndex(want);
    return at < 0 ? undefined : this.replies.splice(at, 1)[0];
  }
}
