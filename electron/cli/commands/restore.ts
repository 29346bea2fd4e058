import fs from 'node:fs';
import type { BackupEntry } from '../../../shared/api/backups';
import { takeBackup } from '../../backend/backup/backupService';
import { assertNotInUse, checkWorkspaceFile, stageRestore, swapIn } from '../../backend/backup/restore';
import { verifyBackup } from '../../backend/backup/writeBackup';
import { APPLICATION_ID } from '../../backend/store/openDatabase';
import { CliError, type Command } from '../cliSupport';
import { cliFailure, countsLine, openExisting, requirePath } from './backupCli';

/** A damaged workspace cannot be backed up; it is kept beside, renamed, instead of replaced. */
function moveAside(file: string): string {
  const aside = `${file}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  fs.renameSync(file, aside);
  for (const ext of ['-wal', '-shm']) if (fs.existsSync(`${file}${ext}`)) fs.renameSync(`${file}${ext}`, `${aside}${ext}`);
  return aside;
}

export const restoreCommand: Command = {
  name: 'restore',
  summary: 'replace a workspace by one of its backups (the current state is backed up first)',
  usage: `Usage: exhibition-crm restore --db FILE --from BACKUP [--json]

Checks BACKUP, backs up the current workspace (reason "pre-restore"; a damaged workspace is
kept beside it as FILE.damaged-<time> instead), copies BACKUP beside the workspace, verifies the
copy and swaps it in with one atomic rename. Close the app on this workspace first: a workspace
open elsewhere is refused. Exits 0 when restored, 1 otherwise.
  --db FILE        workspace file to replace (created if it does not exist)
  --from BACKUP    the backup (or any workspace file) to restore
  --json           print the result as JSON on stdout`,
  options: { db: { type: 'string' }, from: { type: 'string' } },
  async run(v, io) {
    const file = requirePath(v.db, 'db', this.usage);
    const from = requirePath(v.from, 'from', this.usage);
    if (file === from) throw new CliError('--from must be another file than --db', 2);
    let contents;
    try {
      contents = checkWorkspaceFile(from, 'from');
      assertNotInUse(file);
    } catch (e) {
      cliFailure(e);
    }

    let preRestore: BackupEntry | null = null;
    let movedAside: string | null = null;
    if (fs.existsSync(file)) {
      const healthy = verifyBackup(file, { applicationId: APPLICATION_ID }).ok;
      if (healthy) {
        const db = openExisting(file, false);
        try {
          preRestore = await takeBackup(db, 'pre-restore').catch(cliFailure);
        } finally {
          db.close();
        }
      } else {
        movedAside = moveAside(file);
      }
    }
    const staged = await stageRestore(file, from).catch(cliFailure);
    swapIn(file, staged);

    const result = { path: file, from, schemaVersion: contents.schemaVersion, counts: contents.counts, preRestore, movedAside };
    const human = [
      `Restored ${file}`,
      `  from ${from}`,
      `  ${countsLine(contents.counts)} (schema ${contents.schemaVersion})`,
      preRestore ? `  the state before is kept in ${preRestore.path}` : movedAside ? `  the damaged file was kept as ${movedAside}` : '  (there was no workspace file before)',
    ].join('\n');
    io.result(result, human);
    return 0;
  },
};
