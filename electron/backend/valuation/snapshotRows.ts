import type { SnapshotInfo } from '../../../shared/api/valuation';
import { ApiFailure } from '../../../shared/api/result';
import type { Db } from '../store/openDatabase';
import { latestSnapshotId, readSnapshotInfo } from './assess/snapshotStore';

// Which snapshot a read is about. Snapshots are written (and pruned) by the assessment
// (assess/snapshotStore.ts); every read method names one by id or takes the exhibition's latest.

/** The exhibition's snapshots, newest first (a few dozen at most: old ones are pruned). */
export function snapshotsOf(db: Db, exhibitionId: string): SnapshotInfo[] {
  const ids = db
    .prepare('SELECT id FROM value_snapshots WHERE exhibition_id = ? ORDER BY taken_at DESC, rowid DESC')
    .pluck()
    .all(exhibitionId) as string[];
  return ids.map((id) => readSnapshotInfo(db, id)!);
}

/** The snapshot taken before `snapshotId` of the same exhibition (for "probability dropped"), if any. */
export function previousSnapshot(db: Db, snapshotId: string): string | null {
  return (
    (db
      .prepare(
        `SELECT p.id FROM value_snapshots s JOIN value_snapshots p ON p.exhibition_id = s.exhibition_id
          WHERE s.id = ? AND (p.taken_at < s.taken_at OR (p.taken_at = s.taken_at AND p.rowid < s.rowid))
          ORDER BY p.taken_at DESC, p.rowid DESC LIMIT 1`,
      )
      .pluck()
      .get(snapshotId) as string | undefined) ?? null
  );
}

/** An unknown exhibition is a field error, like everywhere else. */
export function assertExhibition(db: Db, exhibitionId: string): void {
  if (!db.prepare('SELECT 1 FROM exhibitions WHERE id = ?').get(exhibitionId)) {
    throw new ApiFailure('invalid_input', 'err.invalidInput', { exhibitionId: 'err.exhibitionMissing' });
  }
}

/** The exhibition's latest snapshot; null before its first assessment. */
export function latestSnapshotInfo(db: Db, exhibitionId: string): SnapshotInfo | null {
  const id = latestSnapshotId(db, exhibitionId);
  return id ? readSnapshotInfo(db, id) : null;
}

/**
 * The snapshot a read is about: the named one (which must belong to the exhibition: a field
 * error on `field` otherwise), or the exhibition's latest; null when it was never assessed.
 */
export function resolveSnapshot(db: Db, exhibitionId: string, snapshotId: string | undefined, field = 'snapshotId'): SnapshotInfo | null {
  assertExhibition(db, exhibitionId);
  if (snapshotId === undefined) return latestSnapshotInfo(db, exhibitionId);
  const info = readSnapshotInfo(db, snapshotId);
  if (!info || info.exhibitionId !== exhibitionId) throw new ApiFailure('invalid_input', 'err.invalidInput', { [field]: 'err.snapshotMissing' });
  return info;
}
