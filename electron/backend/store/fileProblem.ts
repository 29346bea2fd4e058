/**
 * What went wrong with a file or folder, in words a user can act on, from a Node system error
 * (ENOSPC…) or an SQLite one (SQLITE_FULL…). The reason names a key's parameter
 * (err.backup.writeFailed:diskFull) or a key of its own (err.diskFull); null when the error
 * says nothing a user could act on (then the message itself is shown as the detail).
 */
export type FileProblem = 'diskFull' | 'noAccess' | 'inUse' | 'missing' | 'notFolder';

const BY_CODE: Record<string, FileProblem> = {
  ENOSPC: 'diskFull',
  EDQUOT: 'diskFull',
  SQLITE_FULL: 'diskFull',
  EACCES: 'noAccess',
  EROFS: 'noAccess',
  // On Windows, replacing a file another program holds open (a workbook open in Excel) fails
  // with EPERM or EBUSY: not only a permission matter, and the words say both.
  EPERM: 'inUse',
  EBUSY: 'inUse',
  ENOENT: 'missing',
  EEXIST: 'notFolder',
  ENOTDIR: 'notFolder',
};

export function fileProblem(e: unknown): FileProblem | null {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  // SQLite's extended codes (SQLITE_FULL_…) count as their primary code.
  return BY_CODE[code] ?? BY_CODE[code.replace(/^(SQLITE_[A-Z]+)_.*$/, '$1')] ?? null;
}
