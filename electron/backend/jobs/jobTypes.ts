/** What a running job can do: report progress and learn that the user cancelled. */
export interface JobContext {
  progress(done: number, total: number, step: string): void;
  cancelled(): boolean;
  nativeBinding?: string;
  /** Entry of the job worker thread, for a job that starts a helper thread of its own. */
  workerEntry?: string;
  /**
   * Housekeeping to run after the job has answered (its result is delivered first; the user
   * does not wait for this). A failure there is logged, never reported as the job's.
   */
  later?(fn: () => void): void;
  /**
   * Sends a part of the answer ahead of it (in a thread only): a reader hands rows over as it
   * goes, so its caller can work on them meanwhile (runThreadJob's onPart).
   */
  part?(data: unknown): void;
}

export type JobFn = (args: unknown, ctx: JobContext) => unknown;

/** Thrown (or reported) when a job stops because the user cancelled it. */
export class JobCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

export function isCancellation(e: unknown): boolean {
  return e instanceof Error && e.name === 'Cancelled';
}

/** Runs the job's after-answer work; the thread ends when it is done. */
export function runAfterwards(fns: (() => void)[]): void {
  for (const fn of fns.splice(0)) {
    try {
      fn();
    } catch (e) {
      console.error('job housekeeping failed:', e instanceof Error ? e.message : e);
    }
  }
}
