import Database from 'better-sqlite3';
import { bindingOption } from './nativeBinding';
import type { Db } from '../store/openDatabase';

export interface BackupCounts {
  customers: number;
  /** Null in backups older than the participations/interactions tables. */
  participations: number | null;
  interactions: number | null;
}

export interface BackupContents {
  schemaVersion: number;
  applicationId: number;
  counts: BackupCounts;
}

function count(db: Db, sql: string): number | null {
  try {
    return db.prepare(sql).pluck().get() as number;
  } catch {
    return null; // the table does not exist in this schema version
  }
}

/** Record counts of a workspace connection (live or a backup). */
export function countsOf(db: Db): BackupCounts {
  return {
    customers: count(db, 'SELECT count(*) FROM customers WHERE deleted_at IS NULL') ?? 0,
    participations: count(db, 'SELECT count(*) FROM participations'),
    interactions: count(db, 'SELECT count(*) FROM interactions'),
  };
}

/** Reads what a backup holds, read-only; null if it cannot be read. */
export function inspectBackup(file: string, nativeBinding?: string): BackupContents | null {
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...bindingOption(nativeBinding) });
    return {
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      applicationId: db.pragma('application_id', { simple: true }) as number,
      counts: countsOf(db),
    };
  } catch {
    return null;
  } finally {
    db?.close();
  }
}
