/**
 * What went wrong with a file or folder, in words a user can act on, from a Node system error
 * (ENOSPC…) or an SQLite one (SQLITE_FULL…). The reason names a key's parameter
 * (err.backup.writeFailed:diskFull) or a key of its own (err.diskFull); null when the error
 * says nothing a user could act on.
 */
export type FileProblem = 'diskFull' | 'noAccess' | 'missing' | 'notFolder';

const BY_CODE: Record<string, FileProblem> = {
  ENOSPC: 'diskFull',
  EDQUOT: 'diskFull',
  SQLITE_FULL: 'diskFull',
  EACCES: 'noAccess',
  EPERM: 'noAccess',
  EROFS: 'noAccess',
  SQLITE_CANTOPEN: 'noAccess',
  ENOENT: 'missing',
  EEXIST: 'notFolder',
  ENOTDIR: 'notFolder',
};

export function fileProblem(e: unknown): FileProblem | null {
  const code = (e as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  // SQLite's extended codes (SQLITE_CANTOPEN_ISDIR…) count as their primary code.
  return BY_CODE[code] ?? BY_CODE[code.replace(/^(SQLITE_[A-Z]+)_.*$/, '$1')] ?? null;
}
