import { salvageWorkspace, type SalvageReport } from './salvageWorkspace';
import type { JobContext } from '../jobs/jobTypes';

export interface SalvageJobArgs {
  source: string;
  target: string;
}

export interface SalvageJobResult {
  path: string;
  customers: number;
  report: SalvageReport;
}

/** The salvage as a job (its own thread: a large workspace takes a while). Steps = tables. */
export function salvageJob(args: SalvageJobArgs, ctx: JobContext): SalvageJobResult {
  let done = 0;
  const report = salvageWorkspace(args.source, args.target, {
    nativeBinding: ctx.nativeBinding,
    progress: () => ctx.progress(++done, 30, 'salvage'),
  });
  return { path: args.target, customers: report.customers, report };
}
