import { ApiFailure } from '../../../shared/api/result';
import type { HandlerMap } from '../handlerTypes';
import { exportPathProblem } from './exportPath';
import { unknownColumns } from './tableColumns';
import { pagerOf } from './tableExport';
import type { TableExportJobArgs } from './tableExportJob';

/** The job kind of a list export (jobs/jobRegistry.ts). */
export const TABLE_EXPORT_JOB = 'exports.table';

export const tableExportHandlers: HandlerMap<'exports.table'> = {
  'exports.table': (input, b) => {
    const ctx = b.context();
    // Checked here so the caller gets field errors at once, not a failed job.
    const fields: Record<string, string> = {};
    const pathProblem = exportPathProblem(input.path, input.format);
    if (pathProblem) fields.path = pathProblem;
    for (const i of unknownColumns(input.table, input.columns)) fields[`columns.${i}`] = 'err.export.unknownColumn';
    if (Object.keys(fields).length) throw new ApiFailure('invalid_input', 'err.invalidInput', fields);
    // One row of the list's own query: an unknown edition, segment or snapshot fails now, as the list would.
    pagerOf(ctx, input).pager(0, 1);
    const args: TableExportJobArgs = { db: ctx.db.name, request: input, now: ctx.now() };
    return b.jobs.start(TABLE_EXPORT_JOB, args);
  },
};
