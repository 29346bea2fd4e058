import fs from 'node:fs';
import path from 'node:path';

export const WORKSPACE_EXT = '.sqlite';

/** "Trade Fair 2026" → "<dir>/Trade Fair 2026.sqlite", numbered if taken. */
export function uniqueWorkspacePath(dir: string, name: string): string {
  const safe = name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim() || 'Workspace';
  let candidate = path.join(dir, `${safe}${WORKSPACE_EXT}`);
  for (let i = 2; fs.existsSync(candidate) || fs.existsSync(`${candidate}.partial`); i++) {
    candidate = path.join(dir, `${safe} ${i}${WORKSPACE_EXT}`);
  }
  return candidate;
}

export function workspaceName(file: string): string {
  return path.basename(file).replace(/\.sqlite3?$|\.db$/i, '');
}
