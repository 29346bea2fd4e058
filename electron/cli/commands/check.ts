import path from 'node:path';
import { checkDatabase } from '../../backend/store/checkDatabase';
import { CliError, type Command } from '../cliSupport';

const MESSAGES = {
  ok: 'OK',
  missing: 'file not found',
  damaged: 'DAMAGED',
  not_workspace: 'not an Exhibition CRM workspace',
  too_new: 'made by a newer version of Exhibition CRM',
} as const;

export const checkCommand: Command = {
  name: 'check',
  summary: 'report integrity and schema version of a workspace',
  usage: `Usage: exhibition-crm check --db FILE [--deep] [--json]

Checks a workspace file without changing it. Exits 0 when healthy, 1 otherwise.
  --db FILE   workspace file
  --deep      full integrity check and foreign key check (slower) instead of the quick check
  --json      print the report as JSON on stdout`,
  options: { db: { type: 'string' }, deep: { type: 'boolean' } },
  async run(v, io) {
    if (typeof v.db !== 'string') throw new CliError(`--db FILE is required\n\n${this.usage}`, 2);
    const report = checkDatabase(path.resolve(v.db), Boolean(v.deep));
    const lines = [
      `${report.path}: ${MESSAGES[report.status]}`,
      `  schema version: ${report.schemaVersion ?? '-'} (this app: ${report.appSchemaVersion})`,
      `  ${report.deep ? 'integrity' : 'quick'} check: ${report.integrity.join('; ') || '-'}`,
      `  customers: ${report.customers ?? '-'}`,
      ...(report.deep ? [`  foreign key problems: ${report.foreignKeyViolations ?? '-'}`] : []),
      `  size: ${report.sizeBytes === null ? '-' : `${(report.sizeBytes / 1024 / 1024).toFixed(1)} MB`}`,
    ];
    io.result(report, lines.join('\n'));
    return report.ok ? 0 : 1;
  },
};
