import fs from 'node:fs';
import path from 'node:path';
import type { BackupFile } from '../../../shared/api/app';

// Backups live in a "backups" folder beside the workspace file (or a folder the user picks,
// see backup/backupSettings.ts), named "<workspace>.<timestamp>.<reason>.sqlite" so a listing
// needs no database. Files being written end in ".partial" and never match.

export function backupDirFor(workspace: string): string {
  return path.join(path.dirname(workspace), 'backups');
}

export function backupPathFor(workspace: string, reason: string, now = new Date(), dir = backupDirFor(workspace)): string {
  fs.mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const base = path.basename(workspace).replace(/\.sqlite$/i, '');
  return path.join(dir, `${base}.${stamp}.${reason}.sqlite`);
}

export function listBackups(workspace: string, dir = backupDirFor(workspace)): BackupFile[] {
  const base = path.basename(workspace).replace(/\.sqlite$/i, '');
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const re = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d-\\d{3}Z)\\.([\\w-]+)\\.sqlite$`);
  const out: BackupFile[] = [];
  for (const name of names) {
    const m = re.exec(name);
    if (!m) continue;
    const [d, t] = m[1]!.split('T') as [string, string];
    const iso = `${d}T${t.slice(0, 2)}:${t.slice(3, 5)}:${t.slice(6, 8)}.${t.slice(9, 12)}Z`;
    const full = path.join(dir, name);
    let size: number;
    try {
      size = fs.statSync(full).size;
    } catch {
      continue; // deleted meanwhile (retention in another window)
    }
    out.push({ path: full, createdAt: iso, size, reason: m[2]! });
  }
  return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}
