/** What a running job can do: report progress and learn that the user cancelled. */
export interface JobContext {
  progress(done: number, total: number, step: string): void;
  cancelled(): boolean;
  nativeBinding?: string;
  /** Entry of the job worker thread, for a job that starts a helper thread of its own. */
  workerEntry?: string;
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
