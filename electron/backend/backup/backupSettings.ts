import fs from 'node:fs';
import { DEFAULT_RETENTION, RETENTION_LIMITS, type RetentionRule } from '../../../shared/domain/backupRetention';
import { backupDirFor } from '../store/backups';
import type { Db } from '../store/openDatabase';

// The backup settings live in the workspace's settings table (keys "backupFolder",
// "backupRetention"), so they travel with the workspace and need no migration.

export interface BackupSettingsValue {
  /** A folder the user picked (a USB stick); null = the "backups" folder beside the workspace. */
  folder: string | null;
  retention: RetentionRule;
}

function readKey(db: Db, key: string): unknown {
  try {
    const v = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key) as string | undefined;
    return v === undefined ? undefined : (JSON.parse(v) as unknown);
  } catch {
    return undefined; // no settings table yet (a brand-new file) or unreadable: the defaults
  }
}

function cleanRetention(v: unknown): RetentionRule {
  const out = { ...DEFAULT_RETENTION };
  if (v && typeof v === 'object') {
    for (const k of Object.keys(DEFAULT_RETENTION) as (keyof RetentionRule)[]) {
      const n = (v as Record<string, unknown>)[k];
      if (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= RETENTION_LIMITS[k]) out[k] = n;
    }
  }
  return out;
}

export function readBackupSettings(db: Db): BackupSettingsValue {
  const folder = readKey(db, 'backupFolder');
  return { folder: typeof folder === 'string' && folder ? folder : null, retention: cleanRetention(readKey(db, 'backupRetention')) };
}

export function writeBackupSettings(db: Db, patch: Partial<BackupSettingsValue>, now: string): void {
  const up = db.prepare(`
    INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, ?, ?)
    ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`);
  db.transaction(() => {
    if (patch.folder !== undefined) up.run('backupFolder', JSON.stringify(patch.folder), now, now);
    if (patch.retention !== undefined) up.run('backupRetention', JSON.stringify(patch.retention), now, now);
  })();
}

export type FolderState = 'ok' | 'missing' | 'notWritable';

/** Whether backups can be written into `dir` now (a USB stick may have been unplugged). */
export function folderState(dir: string): FolderState {
  try {
    if (!fs.statSync(dir).isDirectory()) return 'missing';
  } catch {
    return 'missing';
  }
  try {
    fs.accessSync(dir, fs.constants.W_OK);
    return 'ok';
  } catch {
    return 'notWritable';
  }
}

export interface ResolvedFolder {
  /** Where the next backup goes. */
  dir: string;
  /** The folder the settings ask for. */
  wanted: string;
  defaultDir: string;
  /** The picked folder is unavailable, so backups go beside the workspace meanwhile. */
  fallback: boolean;
}

/**
 * Where backups of `workspace` go: the picked folder when it is there and writable, otherwise
 * the default one — a missing USB stick must not mean no backup at all.
 */
export function resolveBackupFolder(db: Db, workspace: string): ResolvedFolder {
  const defaultDir = backupDirFor(workspace);
  const { folder } = readBackupSettings(db);
  if (!folder) return { dir: defaultDir, wanted: defaultDir, defaultDir, fallback: false };
  const ok = folderState(folder) === 'ok';
  return { dir: ok ? folder : defaultDir, wanted: folder, defaultDir, fallback: !ok };
}

/** Every folder that may hold backups of this workspace (the picked one and the default). */
export function backupFolders(db: Db, workspace: string): string[] {
  const r = resolveBackupFolder(db, workspace);
  return [...new Set([r.wanted, r.defaultDir])];
}
