import path from 'node:path';
import fs from 'node:fs';
import { ApiFailure } from '../../../shared/api/result';
import type { Backend } from '../backend';
import { uniqueWorkspacePath, workspaceName } from '../workspace/workspacePaths';

/** Starts the deep check of the open workspace (jobs/checkJob.ts). */
export function startDeepCheck(b: Backend): { jobId: string } {
  const info = b.workspaceInfo();
  if (!info) throw new ApiFailure('no_workspace', 'err.noWorkspace');
  return { jobId: b.jobs.start('workspace.check', { path: info.path }).id };
}

/** The job kind of a salvage (jobs/jobRegistry.ts). */
export const SALVAGE_JOB = 'workspace.salvage';

/**
 * Starts salvaging a damaged workspace into a new one beside the other workspaces, named
 * "<name> (salvaged)"; when it is done the new workspace is opened.
 */
export function startSalvage(b: Backend, source: string): { jobId: string } {
  const file = path.resolve(source);
  if (!fs.existsSync(file)) throw new ApiFailure('not_found', 'err.backup.fileMissing', { path: 'err.backup.fileMissing' });
  if (b.workspaceInfo()?.path === file) throw new ApiFailure('invalid_input', 'err.backup.sameFile', { path: 'err.backup.sameFile' });
  const target = uniqueWorkspacePath(b.workspacesDir, `${workspaceName(file)} (salvaged)`);
  const job = b.jobs.start(SALVAGE_JOB, { source: file, target }, (result) => {
    b.open((result as { path: string }).path);
    return result;
  });
  return { jobId: job.id };
}
