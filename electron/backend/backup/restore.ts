import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { bindingOption } from './nativeBinding';
import { ApiFailure } from '../../../shared/api/result';
import { SCHEMA_VERSION } from '../store/migrations';
import { APPLICATION_ID, type Db } from '../store/openDatabase';
import { inspectBackup, type BackupContents } from './inspectBackup';
import { verifyBackup, writeOnlineBackup } from './writeBackup';

// Restoring a backup over a workspace file, in steps the callers (API, CLI) run around their
// own connection handling: check the backup, copy it beside the workspace (verified), then —
// with every connection closed — swap it in with one rename.

function badFile(field: string, key: string, details?: Record<string, unknown>): ApiFailure {
  return new ApiFailure('invalid_input', 'err.invalidInput', { [field]: key }, details);
}

/**
 * A file that may replace a workspace: an intact Exhibition CRM database no newer than this app.
 * Field errors name `field` (the API's input field).
 */
export function checkWorkspaceFile(file: string, field = 'path', nativeBinding?: string): BackupContents {
  if (!fs.existsSync(file)) throw badFile(field, 'err.backup.fileMissing');
  const v = verifyBackup(file, { applicationId: APPLICATION_ID }, nativeBinding);
  if (!v.ok) throw badFile(field, 'err.backup.notBackup', { problem: v.problem });
  const contents = inspectBackup(file, nativeBinding);
  if (!contents) throw badFile(field, 'err.backup.notBackup');
  if (contents.schemaVersion > SCHEMA_VERSION) throw badFile(field, `err.workspaceTooNew:${contents.schemaVersion}`);
  return contents;
}

/** Where a restore is staged: beside the workspace, so the final rename stays on one disk. */
export function stagingPath(workspace: string): string {
  return `${workspace}.restoring`;
}

/**
 * Copies `from` (opened read-only, online backup API) to the staging file beside `workspace`,
 * verified. The workspace itself is untouched until `swapIn`.
 */
export async function stageRestore(workspace: string, from: string, nativeBinding?: string): Promise<string> {
  const staged = stagingPath(workspace);
  const src = new Database(from, { readonly: true, fileMustExist: true, ...bindingOption(nativeBinding) });
  try {
    await writeOnlineBackup(src, staged, { nativeBinding });
  } finally {
    src.close();
  }
  return staged;
}

/**
 * Replaces the workspace file by the staged copy. Every connection to the workspace must be
 * closed. The old -wal/-shm go first: a stale log replayed onto the restored file would mix two
 * databases; the rename is atomic, so a crash leaves either the old file or the restored one.
 */
export function swapIn(workspace: string, staged: string): void {
  for (const f of [`${workspace}-wal`, `${workspace}-shm`, `${workspace}-journal`]) fs.rmSync(f, { force: true });
  fs.renameSync(staged, workspace);
  try {
    const fd = fs.openSync(path.dirname(workspace), 'r');
    fs.fsyncSync(fd);
    fs.closeSync(fd);
  } catch {
    // Not every platform fsyncs directories; the rename itself is atomic.
  }
}

/**
 * Refuses when another program (the app, another CLI) has the workspace open: its connection
 * would keep writing to the replaced file. An exclusive lock cannot be had while any other
 * connection holds the file.
 */
export function assertNotInUse(workspace: string, nativeBinding?: string): void {
  if (!fs.existsSync(workspace)) return;
  let probe: Db | undefined;
  try {
    probe = new Database(workspace, { fileMustExist: true, timeout: 0, ...bindingOption(nativeBinding) });
    probe.pragma('locking_mode = EXCLUSIVE');
    probe.exec('BEGIN EXCLUSIVE; COMMIT;');
  } catch (e) {
    const code = (e as { code?: string }).code ?? '';
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) throw new ApiFailure('busy', 'err.backup.inUse');
    // Any other failure (a damaged file): nothing holds it, the restore may replace it.
  } finally {
    probe?.close();
  }
}
