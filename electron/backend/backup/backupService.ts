import fs from 'node:fs';
import path from 'node:path';
import type { BackupEntry, BackupStatus } from '../../../shared/api/backups';
import { ApiFailure } from '../../../shared/api/result';
import { backupsToDelete, isStale, localDay, STALE_AFTER_DAYS } from '../../../shared/domain/backupRetention';
import { backupPathFor, listBackups } from '../store/backups';
import type { Db } from '../store/openDatabase';
import { backupFolders, readBackupSettings, resolveBackupFolder } from './backupSettings';
import { inspectBackup } from './inspectBackup';
import { BackupStopped, backupWriteFailed, writeOnlineBackup, writeSnapshotBackup, type WriteOptions } from './writeBackup';

// Taking the backups of a workspace: where they go, the verified write, retention after each
// one, and what the status shows. Works on any connection (the app's, the CLI's).

export type BackupReason = 'daily' | 'manual' | 'pre-import' | 'pre-restore' | `pre-migration-v${number}`;

export interface TakeOptions extends WriteOptions {
  /** The moment the backup is taken (names the file); default now. */
  now?: Date;
  /** Write here instead of the backup folder (CLI --out, workspace export); no retention. */
  out?: string;
}

/** The last failure per workspace in this process (the status shows it until the next success). */
const lastErrors = new Map<string, BackupStatus['lastError']>();
/** Backups being written, per workspace: a second request waits for the first. */
const running = new Map<string, Promise<BackupEntry>>();

/** The user's offset from UTC, for "today" and day buckets. */
function utcOffset(at: Date): number {
  return -at.getTimezoneOffset();
}

export function toEntry(file: string, createdAt: string, reason: string, nativeBinding?: string): BackupEntry {
  const contents = inspectBackup(file, nativeBinding);
  return {
    path: file,
    fileName: path.basename(file),
    createdAt,
    reason,
    size: fs.statSync(file).size,
    schemaVersion: contents?.schemaVersion ?? null,
    counts: contents?.counts ?? null,
  };
}

/** The backups of the workspace open on `db`, newest first (every folder they may be in). */
export function backupFiles(db: Db, workspace = db.name) {
  const seen = new Set<string>();
  const all = backupFolders(db, workspace).flatMap((dir) => listBackups(workspace, dir));
  return all.filter((b) => !seen.has(b.path) && seen.add(b.path)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export function listBackupEntries(db: Db, nativeBinding?: string): BackupEntry[] {
  return backupFiles(db).flatMap((b) => {
    try {
      return [toEntry(b.path, b.createdAt, b.reason, nativeBinding)];
    } catch {
      return []; // deleted meanwhile
    }
  });
}

/** Deletes what the retention rule no longer keeps; returns the deleted paths. */
export function applyRetention(db: Db, now = new Date()): string[] {
  const { retention } = readBackupSettings(db);
  const files = backupFiles(db);
  const doomed = backupsToDelete(
    files.map((f) => ({ id: f.path, createdAt: f.createdAt, reason: f.reason })),
    now.toISOString(),
    retention,
    utcOffset(now),
  );
  for (const f of doomed) fs.rmSync(f, { force: true });
  return doomed;
}

function target(db: Db, reason: BackupReason, opts: TakeOptions): { file: string; at: Date; intoFolder: boolean } {
  if (opts.out) return { file: path.resolve(opts.out), at: opts.now ?? new Date(), intoFolder: false };
  const workspace = db.name;
  const { dir } = resolveBackupFolder(db, workspace);
  let at = opts.now ?? new Date();
  let file = backupPathFor(workspace, reason, at, dir);
  // Two backups in the same millisecond must not replace each other.
  while (fs.existsSync(file)) {
    at = new Date(at.getTime() + 1);
    file = backupPathFor(workspace, reason, at, dir);
  }
  return { file, at, intoFolder: true };
}

function recordFailure(db: Db, reason: string, e: unknown): never {
  const failure = e instanceof ApiFailure ? e : backupWriteFailed(e);
  // The key, not the system's message: backups.status translates it for the UI.
  lastErrors.set(db.name, { at: new Date().toISOString(), reason, message: failure.message });
  throw failure;
}

function succeeded(db: Db, file: string, reason: string, at: Date, intoFolder: boolean, opts: TakeOptions): BackupEntry {
  lastErrors.delete(db.name);
  const entry = toEntry(file, at.toISOString(), reason, opts.nativeBinding);
  if (intoFolder) {
    try {
      applyRetention(db, at);
    } catch {
      // Pruning old files is housekeeping; the new backup is what matters.
    }
  }
  return entry;
}

/** A verified backup with SQLite's online backup API (the app keeps working meanwhile). */
export function takeBackup(db: Db, reason: BackupReason, opts: TakeOptions = {}): Promise<BackupEntry> {
  const key = db.name;
  const prev = running.get(key) ?? Promise.resolve(null);
  const next = prev
    .catch(() => null)
    .then(async () => {
      let to: ReturnType<typeof target>;
      try {
        // Inside: making the folder fails too (a file of that name, a drive gone).
        to = target(db, reason, opts);
        await writeOnlineBackup(db, to.file, opts);
      } catch (e) {
        // Stopped by the caller (a cancelled import): not a failure of the backup.
        if (e instanceof BackupStopped) throw e.reason;
        recordFailure(db, reason, e);
      }
      return succeeded(db, to.file, reason, to.at, to.intoFolder, opts);
    });
  running.set(key, next);
  const clear = () => {
    if (running.get(key) === next) running.delete(key);
  };
  next.then(clear, clear);
  return next;
}

/** The same, synchronously (VACUUM INTO): before a migration or an import commit. */
export function takeBackupSync(db: Db, reason: BackupReason, opts: TakeOptions = {}): BackupEntry {
  let to: ReturnType<typeof target>;
  try {
    to = target(db, reason, opts);
    writeSnapshotBackup(db, to.file, opts);
  } catch (e) {
    recordFailure(db, reason, e);
  }
  return succeeded(db, to.file, reason, to.at, to.intoFolder, opts);
}

/** Whether the workspace already has a daily backup of the user's today. */
export function hasDailyBackupOf(db: Db, now = new Date()): boolean {
  const today = localDay(now.toISOString(), utcOffset(now));
  return backupFiles(db).some((b) => b.reason === 'daily' && localDay(b.createdAt, utcOffset(now)) === today);
}

/** The first start of each day: a daily backup unless today's exists. Null when none was needed. */
export async function ensureDailyBackup(db: Db, opts: TakeOptions = {}): Promise<BackupEntry | null> {
  if (hasDailyBackupOf(db, opts.now)) return null;
  return takeBackup(db, 'daily', opts);
}

export function backupStatus(db: Db, now = new Date()): BackupStatus {
  const files = backupFiles(db);
  const newest = files[0] ?? null;
  const folder = resolveBackupFolder(db, db.name);
  const lastError = lastErrors.get(db.name) ?? null;
  return {
    lastGoodAt: newest?.createdAt ?? null,
    lastGoodPath: newest?.path ?? null,
    stale: isStale(newest?.createdAt ?? null, now.toISOString()),
    staleAfterDays: STALE_AFTER_DAYS,
    count: files.length,
    folder: folder.dir,
    fallback: folder.fallback,
    lastError,
    running: running.has(db.name),
  };
}
