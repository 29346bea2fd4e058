import { takeBackupSync } from '../backup/backupService';
import type { Context } from '../context';

/**
 * Called right before an import's commit job starts, on the open workspace: a verified backup
 * (reason "pre-import"), so an import can also be reverted from outside the app. Synchronous on
 * purpose — the commit job must not start writing while the snapshot is taken. Throwing here
 * stops the commit (nothing is written).
 */
export function beforeImportCommit(ctx: Context): void {
  takeBackupSync(ctx.db, 'pre-import');
  ctx.changed('backups');
}
