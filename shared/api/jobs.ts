import { z } from 'zod';
import { method } from './method';

export const JOB_STATUSES = ['running', 'done', 'failed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

/** A long job's state as the UI shows it (progress bar, cancel button, outcome). */
export interface JobInfo {
  id: string;
  kind: string;
  status: JobStatus;
  done: number;
  total: number;
  /** Id of the current step, a key of common:jobs.steps in the UI (e.g. "customers", "indexes"). */
  step: string;
  startedAt: string;
  finishedAt: string | null;
  error: string | null;
  result: unknown;
}

/** Pushed from the backend to every client (IPC event or HTTP event stream). */
export type BackendEvent =
  | { type: 'job'; job: JobInfo }
  | { type: 'workspace.changed' }
  | { type: 'data.changed'; domain: string };

export const jobMethods = {
  'jobs.list': method<JobInfo[]>()(z.strictObject({})),
  'jobs.get': method<JobInfo>()(z.strictObject({ id: z.string().max(64) })),
  'jobs.cancel': method<JobInfo>()(z.strictObject({ id: z.string().max(64) })),
};
