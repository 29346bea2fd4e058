import fs from 'node:fs';
import path from 'node:path';

/**
 * What is wrong with an export's target path, as a field error key, or null. Checked when the
 * export is asked for, so the user gets the reason on the path field at once instead of a
 * failed job (renaming the finished file onto a folder fails only at the very end).
 */
export function exportPathProblem(file: string, ext?: string): string | null {
  if (!path.isAbsolute(file)) return 'err.export.absolutePath';
  if (!isFolder(path.dirname(file))) return 'err.export.folderMissing';
  if (isFolder(file)) return 'err.export.isFolder';
  if (ext !== undefined && path.extname(file).toLowerCase() !== `.${ext}`) return 'err.export.tablePath';
  return null;
}

function isFolder(p: string): boolean {
  try {
    return fs.statSync(p).isDirectory();
  } catch {
    return false;
  }
}
