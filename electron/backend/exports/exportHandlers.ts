import type { exportMethods } from '../../../shared/api/exports';
import { ApiFailure } from '../../../shared/api/result';
import type { HandlerMap } from '../handlerTypes';
import { exportPathProblem } from './exportPath';
import { resolveSnapshot } from '../valuation/snapshotRows';
import { valueFilterSql } from '../valuation/valueFilters';
import { suggestPath } from './suggestPath';

/** The job kind of the value-assessment workbook (jobs/jobRegistry.ts). */
export const EXPORT_JOB = 'exports.valueWorkbook';

// exports.table has its own map (tableExportHandlers.ts).
export const exportHandlers: HandlerMap<Exclude<keyof typeof exportMethods, 'exports.table'>> = {
  'exports.valueWorkbook': (input, b) => {
    const ctx = b.context();
    // Checked here so the caller gets field errors at once, not a failed job.
    const pathProblem = exportPathProblem(input.path);
    if (pathProblem) throw new ApiFailure('invalid_input', 'err.invalidInput', { path: pathProblem });
    const snapshot = resolveSnapshot(ctx.db, input.exhibitionId, input.snapshotId);
    if (!snapshot) throw new ApiFailure('invalid_input', 'err.invalidInput', { exhibitionId: 'err.export.notAssessed' });
    const filters = { segmentId: input.segmentId, stages: input.stages, tiers: input.tiers, quadrants: input.quadrants, kinds: input.kinds, q: input.q };
    valueFilterSql(ctx.db, snapshot.id, filters, ctx.now()); // an unknown segment is a field error now
    return b.jobs.start(EXPORT_JOB, {
      db: ctx.db.name,
      exhibitionId: input.exhibitionId,
      snapshotId: snapshot.id,
      filters,
      lang: input.lang,
      out: input.path,
      now: ctx.now(),
    });
  },
  'exports.suggestPath': (input, b) => {
    let workspaceFile: string | null = null;
    let now = new Date().toISOString();
    try {
      const ctx = b.context();
      workspaceFile = ctx.db.name;
      now = ctx.now();
    } catch {
      // No workspace open: Documents or the home folder.
    }
    return suggestPath({ kind: input.kind, ext: input.ext, lang: input.lang, label: input.label, now, workspaceFile });
  },
};
