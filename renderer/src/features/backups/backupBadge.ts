import type { BackupStatus } from '@shared/api/backups';

/**
 * What the Backups nav badge says: 'none' while the workspace has never been backed up (its
 * first daily backup comes at the next start), 'old' when the newest backup is older than the
 * warning age, nothing otherwise.
 */
export type BackupBadge = 'none' | 'old' | null;

export function backupBadge(status: Pick<BackupStatus, 'lastGoodAt' | 'stale'> | undefined): BackupBadge {
  if (!status) return null;
  if (status.lastGoodAt === null) return 'none';
  return status.stale ? 'old' : null;
}
