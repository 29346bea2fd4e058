import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ApiFailure } from '../../../shared/api/result';
import { MIGRATIONS } from './migrations';
import type { Migration } from './migrations/types';
import { rememberNativeBinding } from '../backup/nativeBinding';
import { takeBackupSync } from '../backup/backupService';
import { listBackups } from './backups';
import { fileProblem } from './fileProblem';
import { defaultToImmediate } from './immediateTransactions';
import { BUSY_TIMEOUT_MS, registerConnection } from './sameThreadWriter';

/** "EXCR" — marks a SQLite file as an Exhibition CRM workspace. */
export const APPLICATION_ID = 0x45584352;

export interface OpenOptions {
  readOnly?: boolean;
  /** Create the file if it does not exist (new workspace). */
  create?: boolean;
  /** better-sqlite3 compiled for another ABI (Electron in development). */
  nativeBinding?: string;
  /** Skip the quick_check at open (tests that open thousands of databases). */
  skipCheck?: boolean;
  /** The migrations to apply; tests pass a longer list to exercise a future migration. */
  migrations?: readonly Migration[];
}

export type Db = Database.Database;

/**
 * Why a workspace could not be opened: a full disk or a failing drive is said as such (the
 * file is likely sound, and restoring a backup would not help); anything else as damage.
 */
function openFailure(file: string, e: unknown): ApiFailure {
  const message = (e as Error).message;
  if (fileProblem(e) === 'diskFull') return new ApiFailure('internal', 'err.diskFull', undefined, { path: file, problem: message });
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && code.startsWith('SQLITE_IOERR')) return new ApiFailure('internal', 'err.diskIo', undefined, { path: file, problem: message });
  return damaged(file, message);
}

function damaged(file: string, reason: string): ApiFailure {
  return new ApiFailure('workspace_damaged', 'err.workspaceDamaged', undefined, {
    path: file,
    reason,
    backups: listBackups(file),
  });
}

/**
 * Opens (or creates) a workspace file: pragmas, integrity check, migrations.
 * Refuses files from a newer app version and files that are not workspaces, and reports
 * damage as `workspace_damaged` with the backups to offer, never as a crash.
 */
export function openDatabase(file: string, opts: OpenOptions = {}): Db {
  const exists = fs.existsSync(file);
  if (!exists && !opts.create) {
    throw new ApiFailure('workspace_missing', `err.workspaceMissing:${file}`, undefined, { path: file });
  }
  if (!exists) fs.mkdirSync(path.dirname(file), { recursive: true });
  // Backups open their own connections: with the same SQLite binary as this one.
  rememberNativeBinding(opts.nativeBinding);
  // SQLite takes an empty file for a new database: opening one would silently turn a
  // workspace emptied by a failed copy into a blank workspace. Only a create may start from it.
  if (exists && !opts.create && fs.statSync(file).size === 0) {
    throw new ApiFailure('workspace_damaged', 'err.notWorkspace', undefined, { path: file, reason: 'empty file', backups: listBackups(file) });
  }

  let db: Db;
  try {
    db = new Database(file, {
      readonly: Boolean(opts.readOnly),
      fileMustExist: !opts.create,
      ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
    });
  } catch (e) {
    throw openFailure(file, e);
  }

  const migrations = opts.migrations ?? MIGRATIONS;
  const target = migrations.length;
  try {
    configure(db, Boolean(opts.readOnly));
    if (!opts.skipCheck) quickCheck(db, file);
    const version = db.pragma('user_version', { simple: true }) as number;
    const appId = db.pragma('application_id', { simple: true }) as number;
    const hasTables = (db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get() as { n: number }).n > 0;
    if (appId !== APPLICATION_ID && (hasTables || version !== 0)) {
      throw new ApiFailure('workspace_damaged', 'err.notWorkspace', undefined, { path: file, reason: 'not a workspace', backups: [] });
    }
    if (version > target) {
      throw new ApiFailure('workspace_too_new', `err.workspaceTooNew:${version}`, undefined, {
        path: file,
        fileVersion: version,
        appVersion: target,
      });
    }
    if (version < target) {
      if (opts.readOnly) throw new ApiFailure('read_only', 'err.needsUpgrade', undefined, { path: file });
      // A copy before any migration: the one moment a bug of ours could damage every row.
      // Verified and renamed into place like every backup (backup/backupService.ts).
      if (version > 0) takeBackupSync(db, `pre-migration-v${version}`, { nativeBinding: opts.nativeBinding });
      migrate(db, version, migrations);
    }
    return db;
  } catch (e) {
    db.close();
    if (e instanceof ApiFailure) throw e;
    throw openFailure(file, e);
  }
}

function configure(db: Db, readOnly: boolean): void {
  // WAL: readers never block the writer, and commits are one fsync of the log.
  if (!readOnly) db.pragma('journal_mode = WAL');
  // FULL: every commit is on the disk before the write is answered, so a power cut or an OS
  // crash loses nothing the user saw saved (NORMAL could lose the last commits, though never
  // corrupt the file). Measured cost here: ~0.2 ms per commit, nothing for bulk work (one
  // commit per import, assessment or demo batch) — see the README's reliability section.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma('temp_store = MEMORY');
  db.pragma('cache_size = -65536'); // 64 MiB
  // Writers take the write lock when they begin (see immediateTransactions.ts).
  if (!readOnly) defaultToImmediate(db);
  registerConnection(db);
}

function quickCheck(db: Db, file: string): void {
  const rows = db.pragma('quick_check') as { quick_check: string }[];
  if (rows.length !== 1 || rows[0]?.quick_check !== 'ok') {
    throw damaged(file, rows.map((r) => r.quick_check).slice(0, 5).join('; '));
  }
}

/** Applies every migration after `from`, each in its own transaction with its version bump. */
export function migrate(db: Db, from: number, migrations: readonly Migration[] = MIGRATIONS): void {
  for (const m of migrations) {
    if (m.version <= from) continue;
    db.transaction(() => {
      if (typeof m.up === 'string') db.exec(m.up);
      else m.up(db);
      if (m.version === 1) db.pragma(`application_id = ${APPLICATION_ID}`);
      db.pragma(`user_version = ${m.version}`);
    })();
  }
}
