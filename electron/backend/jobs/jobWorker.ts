import { parentPort, workerData } from 'node:worker_threads';
import { threadFailure } from './jobError';
import { JOBS } from './jobRegistry';
import { isCancellation, runAfterwards } from './jobTypes';

// Entry of a job's worker thread. Progress is posted at most every 100 ms; the cancel flag
// is a shared Int32Array the job polls between chunks, so cancelling needs no event loop turn.

interface JobWorkerData {
  kind: string;
  args: unknown;
  cancel: SharedArrayBuffer;
  nativeBinding?: string;
  workerEntry?: string;
}

const data = workerData as JobWorkerData;
const flag = new Int32Array(data.cancel);
let last = 0;

/** Work the job left for after its answer (JobContext.later). */
const afterwards: (() => void)[] = [];

async function run(): Promise<void> {
  const job = JOBS[data.kind];
  if (!job) throw new Error(`unknown job ${data.kind}`);
  const result = await job(data.args, {
    nativeBinding: data.nativeBinding,
    workerEntry: data.workerEntry,
    later: (fn) => afterwards.push(fn),
    part: (d) => parentPort!.postMessage({ type: 'part', data: d }),
    cancelled: () => Atomics.load(flag, 0) === 1,
    progress(done, total, step) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      parentPort!.postMessage({ type: 'progress', done, total, step });
    },
  });
  parentPort!.postMessage({ type: 'done', result });
  runAfterwards(afterwards);
}

run().catch((e: unknown) => {
  parentPort!.postMessage(
    // With its code (SQLITE_FULL, ENOSPC…): the runner words the failure from it (jobError.ts).
    isCancellation(e) ? { type: 'cancelled' } : threadFailure(e),
  );
});
