import type { ResourceLimits, Worker } from 'node:worker_threads';
import { spawnWorker } from '../../host/spawnWorker';

/** How a thread ended without an answer: no answer in time, the job failed, the thread threw or exited. */
export type ThreadEnd = 'timeout' | 'failed' | 'error' | 'exit';

export class ThreadJobError extends Error {
  constructor(
    readonly end: ThreadEnd,
    message: string,
    /** The thread's error code ('error'), e.g. ERR_WORKER_OUT_OF_MEMORY at its heap limit. */
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
}

/**
 * Runs one job kind in a thread of the job worker `entry` and resolves with its result: for a
 * piece of synchronous work (no progress, no cancel) that would otherwise hold the calling
 * thread — the backend's — for seconds, or that must run apart (an untrusted file's parsing).
 * Rejects with a ThreadJobError when the job fails, the thread dies or the time runs out. The
 * thread is ended once settled.
 */
export function runThreadJob<T>(entry: string, kind: string, args: unknown, opts: ThreadJobOptions): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const worker = spawnWorker(entry, { kind, args, cancel: new SharedArrayBuffer(4), nativeBinding: opts.nativeBinding }, opts.resourceLimits);
    opts.onStart?.(worker);
    let settled = false;
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
      void worker.terminate();
    };
    const fail = (end: ThreadEnd, message: string, code?: string) => settle(() => reject(new ThreadJobError(end, message, code)));
    const timer = setTimeout(() => fail('timeout', `${kind}: no answer in ${opts.timeoutMs} ms`), opts.timeoutMs);
    worker.on('message', (m: { type?: string; result?: unknown; error?: string }) => {
      if (m.type === 'progress') return;
      if (m.type === 'done') settle(() => resolve(m.result as T));
      else fail('failed', String(m.error ?? m.type));
    });
    worker.on('error', (e: Error & { code?: string }) => fail('error', e.message, e.code));
    worker.on('exit', (code) => fail('exit', `thread exited with code ${code}`));
  });
}
