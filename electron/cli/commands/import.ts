import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ApiResult, InputOf, MethodName, OutputOf } from '../../../shared/api';
import { DUPLICATE_DECISIONS, type DuplicateDecision, type ImportCommitResult, type ImportCounts, type ImportDateReading, type ImportRowResult } from '../../../shared/api/imports';
import { DATE_ORDERS, type DateOrder } from '../../../shared/domain/import/cellValues';
import { translateError } from '../../../shared/i18n/errors';
import { Backend } from '../../backend/backend';
import { dispatch } from '../../backend/dispatcher';
import { checkpointsSettled } from '../../backend/store/checkpointInThread';
import { CliError, type Command } from '../cliSupport';
import { appVersion } from '../version';

// `exhibition-crm import`: the app's import flow without the screens — the same backend calls
// (imports.open → preview → setDecisions → dryRun / commit), so the file is read, validated and
// written exactly as in the app.

const n = (v: number) => v.toLocaleString('en');

function countsLine(c: ImportCounts, dry: boolean): string {
  const verb = dry ? 'would be ' : '';
  return `${n(c.read)} rows read: ${n(c.created)} ${verb}created, ${n(c.updated)} ${verb}updated, ${n(c.skipped)} skipped, ${n(c.rejected)} rejected` +
    (c.participations ? `; ${n(c.participations)} participations` : '');
}

/** Said when some dates read two ways and the user did not choose: what was read, and how to read them otherwise. */
function datesLine(d: ImportDateReading): string {
  const other = d.order === 'dmy' ? 'mdy' : 'dmy';
  const why = {
    file: 'as other dates in the column show',
    template: 'as the mapping template says',
    mixed: 'the column has dates written both ways',
    default: 'nothing in the column tells',
    chosen: 'as chosen',
  }[d.source];
  return `${n(d.ambiguous)} like ${d.example} read ${d.order === 'dmy' ? 'day' : 'month'} first (${why}); --date-order ${other} reads them the other way`;
}

export const importCommand: Command = {
  name: 'import',
  backendThread: true,
  summary: 'import customers, contacts and participations from a spreadsheet',
  usage: `Usage: exhibition-crm import --db FILE --file PATH [--sheet NAME] [--edition ID]
         [--on-duplicate skip|update|overwrite|create] [--date-order dmy|mdy] [--dry-run] [--json]

Reads an .xlsx, .xls, .ods or .csv list (the header row and the columns are found as in the
app; a saved mapping template for the same headers is used), validates every row, and imports
it in one transaction: all rows or none. Prints the counts (read, created, updated, skipped,
rejected); with --json also the rejected rows with their reasons.
  --db FILE            workspace file
  --file PATH          the spreadsheet
  --sheet NAME         sheet to read (default: the first with data)
  --edition ID         attach a participation in this edition to every imported row
  --on-duplicate D     rows matching a stored customer or an earlier row: skip (default),
                       update (fill empty fields), overwrite, or create anyway
  --date-order O       dates such as 3/7/2025: dmy (3 July, the default) or mdy (7 March);
                       without it, a date in the column that tells (13/3/2025) decides
  --dry-run            validate and count only; nothing is written
  --json               print the result as JSON on stdout
Exit code: 0 when something was (or would be) imported, 1 when nothing could be, 2 for usage.`,
  options: {
    db: { type: 'string' },
    file: { type: 'string' },
    sheet: { type: 'string' },
    edition: { type: 'string' },
    'on-duplicate': { type: 'string' },
    'date-order': { type: 'string' },
    'dry-run': { type: 'boolean' },
  },
  async run(v, io) {
    if (typeof v.db !== 'string') throw new CliError(`--db FILE is required\n\n${this.usage}`, 2);
    if (typeof v.file !== 'string') throw new CliError(`--file PATH is required\n\n${this.usage}`, 2);
    const decision = (v['on-duplicate'] ?? 'skip') as DuplicateDecision;
    if (!DUPLICATE_DECISIONS.includes(decision)) throw new CliError(`--on-duplicate must be one of ${DUPLICATE_DECISIONS.join(', ')}`, 2);
    const dateOrder = v['date-order'] as DateOrder | undefined;
    if (dateOrder !== undefined && !DATE_ORDERS.includes(dateOrder)) throw new CliError(`--date-order must be one of ${DATE_ORDERS.join(', ')}`, 2);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'excrm-import-'));
    const backend = new Backend({ dataDir, host: 'cli', version: appVersion() });
    const call = async <M extends MethodName>(method: M, input: InputOf<M>): Promise<OutputOf<M>> => {
      const r = (await dispatch(backend, method, input, 'en')) as ApiResult<OutputOf<M>>;
      if (r.ok) return r.data;
      const fields = r.error.fields ? Object.values(r.error.fields).join(' ') : '';
      throw new CliError(fields && fields !== r.error.message ? fields : r.error.message);
    };
    try {
      const dbFile = path.resolve(v.db);
      if (!fs.existsSync(dbFile)) throw new CliError(`workspace not found: ${dbFile}`);
      backend.open(dbFile);
      const { sessionId } = await call('imports.open', { path: path.resolve(v.file) });
      const preview = await call('imports.preview', {
        sessionId,
        ...(typeof v.sheet === 'string' ? { sheet: v.sheet } : {}),
        editionId: typeof v.edition === 'string' ? v.edition : null,
        ...(dateOrder ? { dateOrder } : {}),
      });
      const planned = await call('imports.setDecisions', { sessionId, default: decision });
      const rejected: ImportRowResult[] = [];
      for (let offset = 0; ; offset += 1000) {
        const page = await call('imports.validate', { sessionId, filter: 'rejected', offset, limit: 1000 });
        rejected.push(...page.rows);
        if (offset + 1000 >= page.total) break;
      }
      const rejectedOut = rejected.map((r) => ({ row: r.row, reasons: r.issues.map((i) => ({ field: i.field, column: i.column, message: i.message })) }));
      const mapped = preview.headers.map((h, i) => ({ header: h, field: preview.mapping[i] ?? null }));
      const head = { file: path.resolve(v.file), sheet: preview.sheet, headerRow: preview.headerRow + 1, template: preview.templateMatch?.name ?? null };
      const lines = [`${head.file} — sheet "${head.sheet}", header in row ${head.headerRow}${head.template ? `, template "${head.template}"` : ''}`];
      lines.push(`  columns: ${mapped.map((m) => `${m.header ?? '?'} → ${m.field ?? '—'}`).join(', ')}`);
      const d = preview.dates;
      if (d && d.ambiguous > 0 && d.source !== 'chosen') lines.push(`  dates: ${datesLine(d)}`);
      for (const r of rejected.slice(0, 20)) lines.push(`  row ${r.row} rejected: ${r.issues.map((i) => i.message).join(' ')}`);
      if (rejected.length > 20) lines.push(`  … and ${n(rejected.length - 20)} more rejected rows (--json lists them all)`);

      if (v['dry-run'] || planned.created + planned.updated === 0) {
        const dry = Boolean(v['dry-run']);
        lines.push(countsLine(planned, dry) + (dry ? ' (dry run: nothing written)' : ''));
        // Not a dry run, yet nothing to write: say why, rather than counts that read as a dry run's.
        if (!dry) {
          lines.push(
            planned.skipped > 0
              ? '  nothing written: every row left is a duplicate, skipped (--on-duplicate update, overwrite or create writes them)'
              : '  nothing written: no row could be imported',
          );
        }
        io.result({ ...head, dryRun: dry, dates: preview.dates, counts: planned, columns: mapped, rejected: rejectedOut }, lines.join('\n'));
        return planned.created + planned.updated > 0 ? 0 : 1;
      }
      const started = await call('imports.commit', { sessionId });
      const job = await backend.jobs.wait(started.id);
      if (job.status !== 'done') {
        // A job's error is a message key when the app knows the reason (errors.ts).
        const why = job.error ? translateError(job.error, 'en') : job.status;
        throw new CliError(`import failed, nothing was written: ${why}`);
      }
      const result = job.result as ImportCommitResult;
      // The assessment the import started runs on this connection's file: let it finish first.
      if (result.assessJobId) await backend.jobs.wait(result.assessJobId);
      const { batchId, assessJobId: _a, ...counts } = result;
      lines.push(countsLine(counts, false), `  batch ${batchId} (undo it in the app: Import history)`);
      io.result({ ...head, dryRun: false, dates: preview.dates, batchId, counts, columns: mapped, rejected: rejectedOut }, lines.join('\n'));
      return counts.created + counts.updated > 0 ? 0 : 1;
    } finally {
      // The import's checkpoint runs in a thread: the file is left whole before the process ends.
      await checkpointsSettled();
      backend.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  },
};
