import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { bindingOption } from './nativeBinding';
import { ApiFailure } from '../../../shared/api/result';
import { runThreadJob } from '../jobs/threadJob';
import { fileProblem } from '../store/fileProblem';
import type { Db } from '../store/openDatabase';

// Writing one backup file safely: a consistent snapshot into "<target>.partial", made
// self-contained (rollback journal, no -wal beside it), VERIFIED, and only then renamed to its
// final name. A file with a backup's name is therefore always a checked, complete database.

export interface WriteOptions {
  /** better-sqlite3 built for another ABI (Electron in development). */
  nativeBinding?: string;
  /** Test seam: runs between writing and verifying (a test damages the file here). */
  onWritten?: (partialPath: string) => void;
  /**
   * The online backup's progress, in pages, after each step (the import's job shows it). Throwing
   * here stops the backup: nothing is kept, and the error is the caller's.
   */
  progress?: (done: number, total: number) => void;
  /**
   * The job worker entry (Backend opts.jobWorkerEntry): a big backup is checked in a thread of
   * it. Without one (the CLI, which has no screen to keep answering) it is checked in place.
   */
  workerEntry?: string;
  /** Test seam: the file size from which the check runs in a thread (default CHECK_IN_THREAD_FROM). */
  checkInThreadFrom?: number;
}

export interface Expected {
  applicationId: number;
  userVersion: number;
}

export interface VerifyResult {
  ok: boolean;
  problem: string | null;
}

/** What a verified copy must carry: the source's application id and schema version. */
export function expectedOf(db: Db): Expected {
  return {
    applicationId: db.pragma('application_id', { simple: true }) as number,
    userVersion: db.pragma('user_version', { simple: true }) as number,
  };
}

/**
 * Opens a backup read-only and checks it: quick_check, application id and schema version.
 * Never throws: a file that cannot even be opened is simply not ok.
 */
export function verifyBackup(file: string, expected: Partial<Expected>, nativeBinding?: string): VerifyResult {
  let db: Db | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...bindingOption(nativeBinding) });
    const rows = db.pragma('quick_check') as Record<string, string>[];
    const check = rows.map((r) => Object.values(r)[0]!);
    if (check.length !== 1 || check[0] !== 'ok') return { ok: false, problem: check.slice(0, 5).join('; ') };
    const got = expectedOf(db);
    if (expected.applicationId !== undefined && got.applicationId !== expected.applicationId) {
      return { ok: false, problem: `application_id ${got.applicationId}, expected ${expected.applicationId}` };
    }
    if (expected.userVersion !== undefined && got.userVersion !== expected.userVersion) {
      return { ok: false, problem: `user_version ${got.userVersion}, expected ${expected.userVersion}` };
    }
    return { ok: true, problem: null };
  } catch (e) {
    return { ok: false, problem: (e as Error).message };
  } finally {
    db?.close();
  }
}

/**
 * From this size on the check of a new backup runs in a thread of its own: quick_check reads
 * every page, and on a workspace of 100,000 customers (1.5 GB) it held the backend 2.5-3.7 s
 * in one piece, after an online backup that had yielded between all its steps. Below it the
 * check takes less than starting a thread (~0.1 s for 64 MB).
 */
export const CHECK_IN_THREAD_FROM = 64 * 1024 * 1024;
/** 2.6 s for 1.5 GB here: a thread silent this long is ended, and the file checked in place. */
const VERIFY_TIMEOUT_MS = 10 * 60_000;

/**
 * verifyBackup, in a thread of the job worker for a file of at least `checkInThreadFrom` bytes,
 * so the calling thread keeps answering meanwhile. A thread that cannot run (no entry, a thread
 * failure) does not fail the backup: the file is checked here instead.
 */
export async function verifyBackupOffThread(file: string, expected: Partial<Expected>, opts: WriteOptions = {}): Promise<VerifyResult> {
  const entry = opts.workerEntry;
  let size = 0;
  try {
    size = fs.statSync(file).size;
  } catch {
    // Missing: verifyBackup says so.
  }
  if (entry && size >= (opts.checkInThreadFrom ?? CHECK_IN_THREAD_FROM)) {
    try {
      // A copy is only thrown away on this thread's word: a failure there (or no answer) is checked again here.
      const r = await runThreadJob<VerifyResult>(entry, 'backup.verify', { file, expected }, { nativeBinding: opts.nativeBinding, timeoutMs: VERIFY_TIMEOUT_MS });
      if (r?.ok === true) return { ok: true, problem: null };
    } catch {
      // Checked below, in this thread.
    }
  }
  return verifyBackup(file, expected, opts.nativeBinding);
}

function removeQuietly(file: string): void {
  for (const f of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
}

/** A backup must open on its own (from a USB stick, read-only): switch it to a rollback journal. */
function makeSelfContained(file: string, nativeBinding?: string): void {
  const db = new Database(file, { fileMustExist: true, ...bindingOption(nativeBinding) });
  try {
    db.pragma('journal_mode = DELETE');
  } finally {
    db.close();
  }
}

function fsyncPath(p: string): void {
  try {
    const fd = fs.openSync(p, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Directories cannot be fsynced on every platform (Windows); the rename is still atomic.
  }
}

/** The written copy made self-contained, ready to check. */
function sealed(partial: string, opts: WriteOptions): string {
  makeSelfContained(partial, opts.nativeBinding);
  opts.onWritten?.(partial);
  return partial;
}

/** A checked copy takes its final name; a failed one is removed. */
function makeFinal(partial: string, target: string, v: VerifyResult): void {
  if (!v.ok) {
    removeQuietly(partial);
    throw new ApiFailure('internal', 'err.backup.verifyFailed', undefined, { problem: v.problem });
  }
  fsyncPath(partial);
  fs.renameSync(partial, target);
  fsyncPath(path.dirname(target));
}

const PAGES_PER_STEP = 1000;

/** The caller stopped the backup from its progress callback (a cancel): `reason` is what it threw. */
export class BackupStopped extends Error {
  constructor(readonly reason: unknown) {
    super('backup stopped');
  }
}

function prepare(target: string): string {
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  removeQuietly(partial); // left over by a crash
  return partial;
}

function failWrite(partial: string, e: unknown): never {
  removeQuietly(partial);
  if (e instanceof ApiFailure) throw e;
  throw backupWriteFailed(e);
}

/** A backup that could not be written, with why when the error says (disk full, no access…). */
export function backupWriteFailed(e: unknown): ApiFailure {
  const problem = fileProblem(e);
  return new ApiFailure('internal', `err.backup.writeFailed${problem ? `:${problem}` : ''}`, undefined, { problem: (e as Error).message });
}

/**
 * SQLite's online backup API (better-sqlite3 `db.backup`): copies the database page by page
 * while the app keeps working; a write by another connection restarts the copy, so the result
 * is always one consistent state. Never a plain file copy, which could catch the WAL half-applied.
 */
export async function writeOnlineBackup(db: Db, target: string, opts: WriteOptions = {}): Promise<void> {
  const expected = expectedOf(db);
  const partial = prepare(target);
  const report = opts.progress;
  try {
    await db.backup(partial, {
      // Pages per step: ~4 MB, a few milliseconds of copying between turns of the event loop.
      progress: ({ totalPages, remainingPages }) => {
        try {
          report?.(totalPages - remainingPages, totalPages);
        } catch (e) {
          throw new BackupStopped(e);
        }
        return PAGES_PER_STEP;
      },
    });
    makeFinal(partial, target, await verifyBackupOffThread(sealed(partial, opts), expected, opts));
  } catch (e) {
    if (e instanceof BackupStopped) {
      removeQuietly(partial);
      throw e;
    }
    failWrite(partial, e);
  }
}

/**
 * The synchronous variant, for the moments that cannot wait (inside opening a workspace before a
 * migration, right before an import commit starts): `VACUUM INTO` also writes one consistent
 * snapshot (it reads inside a single read transaction), then the same verify-and-rename.
 */
export function writeSnapshotBackup(db: Db, target: string, opts: WriteOptions = {}): void {
  const expected = expectedOf(db);
  const partial = prepare(target);
  try {
    db.prepare('VACUUM INTO ?').run(partial);
    makeFinal(partial, target, verifyBackup(sealed(partial, opts), expected, opts.nativeBinding));
  } catch (e) {
    failWrite(partial, e);
  }
}
