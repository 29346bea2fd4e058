import type { ResourceLimits, Worker } from 'node:worker_threads';
import { spawnWorker } from '../../host/spawnWorker';
import { waitUntil } from './waitUntil';

/** How a thread ended without an answer: no answer in time, the job failed, the thread threw or exited. */
export type ThreadEnd = 'timeout' | 'failed' | 'error' | 'exit';

export class ThreadJobError extends Error {
  constructor(
    readonly end: ThreadEnd,
    message: string,
    /**
     * The thread's error code ('error'), e.g. ERR_WORKER_OUT_OF_MEMORY at its heap limit, or the
     * failed job's ('failed'), e.g. SQLITE_FULL or ENOSPC.
     */
    readonly code?: string,
  ) {
    super(message);
  }
}

export interface ThreadJobOptions {
  /** No caller waits forever on a thread: it is ended after this. */
  timeoutMs: number;
  nativeBinding?: string;
  resourceLimits?: ResourceLimits;
  /** Called with the thread once started (the reader counts its threads). */
  onStart?: (worker: Worker) => void;
  /** Parts of the answer the job sends ahead of it (JobContext.part), in order. */
  onPart?: (data: unknown) => void;
  /**
   * The job holds no database (a file's parsing): its thread is ended as soon as it answers,
   * and its heap freed at once, instead of being let end by itself.
   */
  endOnAnswer?: boolean;
}

/** Threads of runThreadJob not yet exited (threadJobsEnded waits for them). */
const live = new Set<Worker>();

/** After its answer a thread ends by itself; one that has not by then is ended. */
const EXIT_GRACE_MS = 5000;

/**
 * Runs one job kind in a thread of the job worker `entry` and resolves with its result: for a
 * piece of synchronous work (no progress, no cancel) that would otherwise hold the calling
 * thread — the backend's — for seconds, or that must run apart (an untrusted file's parsing).
 * Rejects with a ThreadJobError when the job fails, the thread dies or the time runs out. A
 * thread with no answer in time is ended; an answered one ends by itself.
 */
export function runThreadJob<T>(entry: string, kind: string, args: unknown, opts: ThreadJobOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = spawnWorker(entry, { kind, args, cancel: new SharedArrayBuffer(4), nativeBinding: opts.nativeBinding }, opts.resourceLimits);
    live.add(worker);
    opts.onStart?.(worker);
    let settled = false;
    // An answered thread is let end by itself: ending it while better-sqlite3 throws an
    // SQLite error aborts the whole process (see JobRunner.stopAll). Only a thread that is
    // stuck (no answer in time) or lingers after its answer is ended.
    const settle = (fn: () => void, end: 'now' | 'let') => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      if (end === 'now' || opts.endOnAnswer) void worker.terminate();
      else setTimeout(() => void worker.terminate(), EXIT_GRACE_MS).unref();
    };
    const fail = (end: ThreadEnd, message: string, code?: string) =>
      settle(() => reject(new ThreadJobError(end, message, code)), end === 'timeout' ? 'now' : 'let');
    const timer = setTimeout(() => fail('timeout', `${kind}: no answer in ${opts.timeoutMs} ms`), opts.timeoutMs);
    worker.on('message', (m: { type?: string; result?: unknown; error?: string; code?: unknown; data?: unknown }) => {
      if (m.type === 'progress' || settled) return;
      if (m.type === 'part') {
        try {
          opts.onPart?.(m.data);
        } catch (e) {
          // A part refused: the thread, still at work, is ended (answers of its kind go ahead
          // of the answer only from readers, which hold no database).
          settle(() => reject(new ThreadJobError('failed', e instanceof Error ? e.message : String(e))), 'now');
        }
        return;
      }
      if (m.type === 'done') settle(() => resolve(m.result as T), 'let');
      else fail('failed', String(m.error ?? m.type), typeof m.code === 'string' ? m.code : undefined);
    });
    worker.on('error', (e: Error & { code?: string }) => fail('error', e.message, e.code));
    worker.on('exit', (code) => {
      live.delete(worker);
      fail('exit', `thread exited with code ${code}`);
    });
  });
}

/** Waits, at most `ms`, until every thread of runThreadJob has exited; true if all have. */
export function threadJobsEnded(ms: number): Promise<boolean> {
  return waitUntil(() => live.size === 0, ms);
}
