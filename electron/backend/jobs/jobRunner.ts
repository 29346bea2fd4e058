import { randomUUID } from 'node:crypto';
import type { Worker } from 'node:worker_threads';
import type { JobInfo } from '../../../shared/api/jobs';
import { ApiFailure } from '../../../shared/api/result';
import { spawnWorker } from '../../host/spawnWorker';
import { JOBS } from './jobRegistry';
import { isErrorKey } from '../../../shared/i18n/errors';
import type { DispatchLog } from '../dispatcher';
import { jobErrorKey } from './jobError';
import { isCancellation, runAfterwards } from './jobTypes';
import { waitUntil } from './waitUntil';

type Listener = (job: JobInfo) => void;

/**
 * Starts long jobs and tracks them. With a worker entry each job gets its own thread (the
 * backend keeps answering calls while it runs); without one (unit tests) jobs run inline.
 */
export class JobRunner {
  private readonly jobs = new Map<string, JobInfo>();
  private readonly flags = new Map<string, Int32Array>();
  /** Job threads not yet exited (stopAll waits for them). */
  private readonly threads = new Set<Worker>();
  /** Set by stopAll: a job started from now on (by another job's end, say) is cancelled at once. */
  private stopping = false;

  constructor(
    private readonly opts: { workerEntry?: string; nativeBinding?: string; onUpdate: Listener; log?: DispatchLog },
  ) {}

  /**
   * A failed job's error key (jobError.ts); the original error goes to the log unless the job
   * refused with a key of ours (an expected refusal, worded already).
   */
  private failure(kind: string, e: unknown): string {
    const key = jobErrorKey(e);
    if (!(e instanceof Error && isErrorKey(e.message))) this.opts.log?.error(`job ${kind} failed`, e);
    return key;
  }

  list(): JobInfo[] {
    return [...this.jobs.values()].sort((a, b) => b.startedAt.localeCompare(a.startedAt));
  }

  get(id: string): JobInfo {
    const job = this.jobs.get(id);
    if (!job) throw new ApiFailure('not_found', 'err.notFound');
    return job;
  }

  cancel(id: string): JobInfo {
    const job = this.get(id);
    const flag = this.flags.get(id);
    if (flag && job.status === 'running') Atomics.store(flag, 0, 1);
    return job;
  }

  /**
   * Starts a job; `onDone` runs in the backend with the job's result before listeners hear "done".
   * `inline`: in this thread even when a worker entry is set — for a job whose arguments are big
   * (posting them to a thread copies them) and that yields between its steps. `onStopped` runs
   * in the backend when the job failed or was cancelled, before listeners hear it.
   */
  start(kind: string, args: unknown, onDone?: (result: unknown) => unknown, opts: { inline?: boolean; onStopped?: () => void } = {}): JobInfo {
    if (!JOBS[kind]) throw new Error(`unknown job ${kind}`);
    const job: JobInfo = {
      id: randomUUID(),
      kind,
      status: 'running',
      done: 0,
      total: 0,
      step: 'starting',
      startedAt: new Date().toISOString(),
      finishedAt: null,
      error: null,
      result: null,
    };
    this.jobs.set(job.id, job);
    const cancel = new SharedArrayBuffer(4);
    this.flags.set(job.id, new Int32Array(cancel));
    this.opts.onUpdate({ ...job });
    if (this.stopping) {
      Object.assign(job, { status: 'cancelled', finishedAt: new Date().toISOString() });
      this.flags.delete(job.id);
      opts.onStopped?.();
      this.opts.onUpdate({ ...job });
      return { ...job };
    }

    const finish = async (patch: Partial<JobInfo>) => {
      if (patch.status === 'done' && onDone) {
        try {
          patch.result = (await onDone(patch.result)) ?? patch.result;
        } catch (e) {
          patch = { status: 'failed', error: this.failure(kind, e) };
        }
      }
      Object.assign(job, patch, { finishedAt: new Date().toISOString() });
      this.flags.delete(job.id);
      if (job.status === 'failed' || job.status === 'cancelled') opts.onStopped?.();
      this.opts.onUpdate({ ...job });
    };

    if (this.opts.workerEntry && !opts.inline) {
      const worker = spawnWorker(this.opts.workerEntry, {
        kind,
        args,
        cancel,
        nativeBinding: this.opts.nativeBinding,
        workerEntry: this.opts.workerEntry,
      });
      this.threads.add(worker);
      let settled = false;
      worker.on('message', (m: { type: string; done?: number; total?: number; step?: string; result?: unknown; error?: string; code?: string; stack?: string }) => {
        if (m.type === 'progress') {
          Object.assign(job, { done: m.done, total: m.total, step: m.step });
          this.opts.onUpdate({ ...job });
        } else if (m.type === 'part') {
          // Parts ahead of the answer are for runThreadJob's callers; no user job sends them.
        } else {
          settled = true;
          if (m.type === 'done') void finish({ status: 'done', result: m.result, done: job.total });
          else if (m.type === 'cancelled') void finish({ status: 'cancelled' });
          else void finish({ status: 'failed', error: this.failure(kind, fromThread(m)) });
        }
      });
      worker.on('error', (e) => {
        if (!settled) void finish({ status: 'failed', error: this.failure(kind, e) });
        settled = true;
      });
      worker.on('exit', (code) => {
        this.threads.delete(worker);
        if (!settled) void finish({ status: 'failed', error: `err.jobThreadEnded:${code}` });
      });
    } else {
      queueMicrotask(async () => {
        const flag = this.flags.get(job.id)!;
        const afterwards: (() => void)[] = [];
        try {
          const result = await JOBS[kind]!(args, {
            nativeBinding: this.opts.nativeBinding,
            workerEntry: this.opts.workerEntry,
            cancelled: () => Atomics.load(flag, 0) === 1,
            progress: (done, total, step) => {
              Object.assign(job, { done, total, step });
              this.opts.onUpdate({ ...job });
            },
            later: (fn) => afterwards.push(fn),
          });
          await finish({ status: 'done', result });
          runAfterwards(afterwards);
        } catch (e) {
          await finish(isCancellation(e) ? { status: 'cancelled' } : { status: 'failed', error: this.failure(kind, e) });
        }
      });
    }
    return { ...job };
  }

  /**
   * Asks every running job to stop and waits, at most `ms`, until each has ended and its thread
   * has exited by itself; true if all did. Before the backend's thread is ended (quitting the
   * app): a thread ended while better-sqlite3 throws an SQLite error — a write waiting for a
   * lock, say — aborts the whole process (WiseLibs/better-sqlite3#842; reproduced here with
   * Node 20 and better-sqlite3 12), so job threads are let end rather than terminated.
   */
  async stopAll(ms: number): Promise<boolean> {
    this.stopping = true;
    return waitUntil(() => {
      if (this.threads.size === 0 && [...this.jobs.values()].every((j) => j.status !== 'running')) return true;
      // Flagged again each time: a job started meanwhile is flagged too.
      for (const [id, flag] of this.flags) if (this.jobs.get(id)?.status === 'running') Atomics.store(flag, 0, 1);
      return false;
    }, ms);
  }

  /** Resolves when the job is no longer running (tests, CLI). */
  async wait(id: string, pollMs = 20): Promise<JobInfo> {
    for (;;) {
      const job = this.get(id);
      if (job.status !== 'running' && job.finishedAt) return { ...job };
      await new Promise((r) => setTimeout(r, pollMs));
    }
  }
}

/** A job thread's failure as an Error again: its message, code and the thread's stack (for the log). */
function fromThread(m: { error?: string; code?: string; stack?: string }): Error {
  const e = Object.assign(new Error(m.error ?? 'failed'), m.code === undefined ? {} : { code: m.code });
  if (m.stack) e.stack = m.stack;
  return e;
}
