import type { JobContext, JobFn } from './jobTypes';
import type { DemoJobArgs } from './demoJob';

// Every long job by kind. Jobs run in their own worker thread with their own connection;
// each is imported on demand so a worker loads only the job it runs.
export const JOBS: Record<string, JobFn> = {
  'demo.generate': async (args, ctx: JobContext) => (await import('./demoJob')).demoJob(args as DemoJobArgs, ctx),
};
