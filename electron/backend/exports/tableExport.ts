/**
 * exports.table's work: pages through the SAME query function the on-screen list calls (with
 * the list's own input: filter, search, sort), so the file's rows, their order and filter
 * cannot drift from the screen; writes the visible columns through writeTable.
 */
import type { TableExport, TableExportRequest } from '../../../shared/api/exports';
import type { Context } from '../context';
import { listCustomers } from '../customers/customerQueries';
import { moneyNumFmt } from '../../../shared/domain/export/moneyFormat';
import { writeTable } from '../excel/write/writeTable';
import { localDate } from '../tasks/dates';
import { readSettings } from '../workspace/workspaceSettings';
import { editionParticipants } from '../exhibitions/participantsQuery';
import { segmentMembers } from '../segments/segmentService';
import { tasksOfWeek } from '../tasks/taskService';
import { valueTable } from '../valuation/valueTable';
import { TABLE_COLUMNS, tableWords, type TableColumn } from './tableColumns';

/** The lists' largest page (their schemas allow up to 500). */
const PAGE = 500;

interface Page<Row> {
  rows: Row[];
  total: number;
}

type Pager = (offset: number, limit: number) => Page<unknown>;

/** One page of the table's own query; tasks.week is one page (it shows at most `limit`). */
export function pagerOf(ctx: Context, req: TableExportRequest): { pager: Pager; single: boolean } {
  switch (req.table) {
    case 'customers':
      return { pager: (offset, limit) => listCustomers(ctx.db, { ...req.query, offset, limit }), single: false };
    case 'value':
      return { pager: (offset, limit) => valueTable(ctx, { ...req.query, offset, limit }), single: false };
    case 'participants':
      return { pager: (offset, limit) => editionParticipants(ctx, { ...req.query, offset, limit }), single: false };
    case 'segment':
      return { pager: (offset, limit) => segmentMembers(ctx, { ...req.query, offset, limit }), single: false };
    case 'tasks':
      return { pager: () => tasksOfWeek(ctx, req.query), single: true };
  }
}

/** Every row of the query, page by page, reporting progress against the query's total. */
export function* queryRows(ctx: Context, req: TableExportRequest, progress?: (done: number, total: number) => void): Generator<unknown> {
  const { pager, single } = pagerOf(ctx, req);
  let offset = 0;
  for (;;) {
    const page = pager(offset, PAGE);
    const total = single ? page.rows.length : page.total;
    yield* page.rows;
    offset += page.rows.length;
    progress?.(Math.min(offset, total), total);
    if (single || page.rows.length < PAGE || offset >= total) return;
  }
}

export async function writeTableExport(
  ctx: Context,
  req: TableExportRequest,
  opts: { progress?: (done: number, total: number) => void; cancelled?: () => boolean } = {},
): Promise<TableExport> {
  // The tasks page's today is the user's (its query's first day); else this machine's local day,
  // as tasks.week takes it.
  const from = req.table === 'tasks' ? (req.query as { from?: string }).from : undefined;
  const w = tableWords(req.lang, from ?? localDate(ctx.now()));
  const defs = req.columns.map((id) => (TABLE_COLUMNS[req.table] as Record<string, TableColumn<unknown>>)[id]!);
  const rows = (function* () {
    for (const row of queryRows(ctx, req, opts.progress)) yield defs.map((d) => d.cell(row, w));
  })();
  const written = await writeTable({
    path: req.path,
    format: req.format,
    sheetName: w.T.sheet[req.table],
    columns: defs.map((d) => d.column(w)),
    rows,
    moneyFormat: moneyNumFmt(readSettings(ctx.db).currency, req.lang),
    freezeColumns: 1,
    cancelled: opts.cancelled,
  });
  return { path: req.path, rows: written.rows, bytes: written.bytes };
}
