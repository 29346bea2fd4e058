import { checkDatabase, type CheckReport } from '../store/checkDatabase';
import type { JobContext } from './jobTypes';

export interface CheckJobArgs {
  path: string;
}

/**
 * The deep check of the open workspace (full integrity check and every foreign key) on a
 * read-only connection of its own: on a large workspace it reads every page, so it runs as a
 * job beside the app rather than in the call.
 */
export function checkJob(args: CheckJobArgs, ctx: JobContext): CheckReport {
  ctx.progress(0, 1, 'check');
  return checkDatabase(args.path, true, ctx.nativeBinding);
}
