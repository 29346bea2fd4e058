import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { bindingOption } from './nativeBinding';
import type { WorkspaceExport } from '../../../shared/api/backups';
import { ApiFailure } from '../../../shared/api/result';
import type { Db } from '../store/openDatabase';
import { uniqueWorkspacePath, workspaceName } from '../workspace/workspacePaths';
import { countsOf } from './inspectBackup';
import { checkWorkspaceFile } from './restore';
import { writeOnlineBackup, type WriteOptions } from './writeBackup';

// A whole workspace as one file, to move it to another laptop: export is a verified online
// backup to a path the user chose; import verifies the file and copies it in as a new workspace.

function field(key: string): ApiFailure {
  return new ApiFailure('invalid_input', 'err.invalidInput', { path: key });
}

/** Checks an export destination: a .sqlite file in an existing folder, not the workspace itself. */
export function checkExportPath(db: Db, file: string): string {
  const full = path.resolve(file);
  if (!/\.sqlite$/i.test(full)) throw field('err.backup.sqlitePath');
  if (full === path.resolve(db.name)) throw field('err.backup.sameFile');
  let dirOk = false;
  try {
    dirOk = fs.statSync(path.dirname(full)).isDirectory();
  } catch {
    dirOk = false;
  }
  if (!dirOk) throw field('err.export.folderMissing');
  return full;
}

export async function exportWorkspace(db: Db, file: string, opts: Pick<WriteOptions, 'nativeBinding' | 'workerEntry'> = {}): Promise<WorkspaceExport> {
  const { nativeBinding } = opts;
  const full = checkExportPath(db, file);
  await writeOnlineBackup(db, full, opts);
  const out = new Database(full, { readonly: true, ...bindingOption(nativeBinding) });
  try {
    return { path: full, size: fs.statSync(full).size, counts: countsOf(out) };
  } finally {
    out.close();
  }
}

/**
 * Copies a verified workspace file into `workspacesDir` under a free name and returns its path.
 * The caller opens it (which migrates an older file, after a pre-migration backup).
 */
export async function importWorkspaceFile(workspacesDir: string, file: string, name?: string, nativeBinding?: string): Promise<string> {
  const from = path.resolve(file);
  checkWorkspaceFile(from, 'path', nativeBinding);
  const target = uniqueWorkspacePath(workspacesDir, name ?? workspaceName(from));
  const src = new Database(from, { readonly: true, fileMustExist: true, ...bindingOption(nativeBinding) });
  try {
    await writeOnlineBackup(src, target, { nativeBinding });
  } finally {
    src.close();
  }
  return target;
}
