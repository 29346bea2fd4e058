import fs from 'node:fs';
import path from 'node:path';
import { takeBackup } from '../../backend/backup/backupService';
import { CliError, type Command } from '../cliSupport';
import { cliFailure, countsLine, mb, openExisting, requirePath } from './backupCli';

export const backupCommand: Command = {
  name: 'backup',
  summary: 'write a verified backup of a workspace (safe while the app is running)',
  usage: `Usage: exhibition-crm backup --db FILE [--out FILE] [--json]

Copies the workspace with SQLite's online backup API (consistent even while the app is
writing), checks the copy (quick check, workspace id, schema version) and only then gives it
its name. Without --out the backup goes to the workspace's backup folder (the "backups" folder
beside it, or the folder chosen in the app) and old backups are pruned by the retention rule.
Exits 0 when the backup was written and verified, 1 otherwise.
  --db FILE    workspace file
  --out FILE   write the backup to this file instead (replaced if it exists)
  --json       print the result as JSON on stdout`,
  options: { db: { type: 'string' }, out: { type: 'string' } },
  async run(v, io) {
    const file = requirePath(v.db, 'db', this.usage);
    const out = v.out === undefined ? undefined : requirePath(v.out, 'out', this.usage);
    if (out !== undefined) {
      if (out === file) throw new CliError('--out must be another file than --db', 2);
      if (!fs.existsSync(path.dirname(out))) throw new CliError(`--out: the folder ${path.dirname(out)} does not exist`, 2);
      if (fs.statSync(out, { throwIfNoEntry: false })?.isDirectory()) throw new CliError(`--out: ${out} is a folder; add a file name`, 2);
    }
    // Read-only: a backup only reads the workspace (pruning deletes backup files, not rows), and
    // it never migrates it, even when the app that holds it open is older or newer.
    const db = openExisting(file, true);
    try {
      const started = Date.now();
      const entry = await takeBackup(db, 'manual', out ? { out } : {}).catch(cliFailure);
      const ms = Date.now() - started;
      io.result({ ...entry, source: file, verified: true, ms }, `Backed up ${file}\n  to ${entry.path} (${mb(entry.size)}, verified, ${(ms / 1000).toFixed(1)} s)\n  ${countsLine(entry.counts)}`);
      return 0;
    } finally {
      db.close();
    }
  },
};
