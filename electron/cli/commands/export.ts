import path from 'node:path';
import { ApiFailure } from '../../../shared/api/result';
import { translateError } from '../../../shared/i18n/errors';
import { writeValueWorkbook } from '../../backend/excel/write/valueWorkbook';
import { currentExhibitionId } from '../../backend/exhibitions/exhibitionService';
import { assess } from '../../backend/valuation/assess/assessment';
import { latestSnapshotInfo } from '../../backend/valuation/snapshotRows';
import { exportPathProblem } from '../../backend/exports/exportPath';
import { CliError, progressPrinter, type Command } from '../cliSupport';
import { assessmentMoment, exhibitionsToAssess, openWorkspace } from './valuationCli';

const n = (v: number) => v.toLocaleString('en');

export const exportCommand: Command = {
  name: 'export',
  summary: 'write the value-assessment workbook (.xlsx)',
  usage: `Usage: exhibition-crm export --db FILE --out FILE.xlsx [--exhibition ID] [--lang en|zh] [--now YYYY-MM-DD] [--json]

Writes the value-assessment workbook of one exhibition: Summary, Customers (every figure of
every relationship), Stage history, Participations and Interactions (window period), from the
latest assessment. An exhibition never assessed is assessed first (stored as a snapshot, as
"Assess now" does). The file is written next to FILE as FILE.partial and renamed when complete.
  --db FILE          workspace file
  --out FILE.xlsx    the workbook to write (replaced if it exists)
  --exhibition ID    the exhibition (default: the current one in the app)
  --lang en|zh       language of sheet names, headers and values (default: en)
  --now YYYY-MM-DD   the date the workbook is generated on (default: today)
  --json             print the result as JSON on stdout`,
  options: { db: { type: 'string' }, out: { type: 'string' }, exhibition: { type: 'string' }, lang: { type: 'string' }, now: { type: 'string' } },
  async run(v, io) {
    if (typeof v.out !== 'string') throw new CliError(`--out FILE.xlsx is required\n\n${this.usage}`, 2);
    if (!/\.xlsx$/i.test(v.out)) throw new CliError(`--out must name an .xlsx file (got "${v.out}")`, 2);
    const lang = v.lang ?? 'en';
    if (lang !== 'en' && lang !== 'zh') throw new CliError(`--lang must be en or zh (got "${String(lang)}")`, 2);
    const now = assessmentMoment(v.now);
    const out = path.resolve(v.out);
    // As the app checks it: a missing folder or a folder named like the file, before any work.
    const outProblem = exportPathProblem(out);
    if (outProblem) throw new CliError(`--out: ${translateError(outProblem)}`, 2);
    const db = openWorkspace(v.db, this.usage);
    try {
      const exhibitionId = v.exhibition !== undefined ? exhibitionsToAssess(db, v.exhibition)[0]!.id : currentExhibitionId(db);
      if (!exhibitionId) throw new CliError('this workspace has no exhibition to export');
      let assessed = false;
      if (!latestSnapshotInfo(db, exhibitionId)) {
        assess(db, { exhibitionId, now, reason: 'cli', progress: progressPrinter(io) });
        assessed = true;
      }
      const r = await writeValueWorkbook(db, { exhibitionId, lang, path: out, now, progress: progressPrinter(io) });
      const name = db.prepare('SELECT name FROM exhibitions WHERE id = ?').pluck().get(exhibitionId) as string;
      io.result(
        { exhibitionId, exhibition: name, assessed, ...r },
        [
          `${assessed ? 'Assessed, then wrote' : 'Wrote'} ${out} (${n(Math.round(r.bytes / 1024))} KB) in ${(r.ms / 1000).toFixed(1)} s`,
          `  ${name}: ${n(r.rows.customers)} relationships, ${n(r.rows.stageHistory)} stage moves, ${n(r.rows.participations)} participations, ${n(r.rows.interactions)} interactions`,
        ].join('\n'),
      );
      return 0;
    } catch (e) {
      if (e instanceof ApiFailure) {
        const fields = e.fields ? Object.values(e.fields).map((k) => translateError(k)) : [];
        throw new CliError([translateError(e.message), ...fields].join(' '));
      }
      throw e;
    } finally {
      db.close();
    }
  },
};
