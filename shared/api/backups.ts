import { z } from 'zod';
import { RETENTION_LIMITS, type RetentionRule } from '../domain/backupRetention';
import type { WorkspaceInfo } from './app';
import { method } from './method';

// Backups of the open workspace (issue 7): automatic and manual, retention, the folder they go
// to, restore, and moving a whole workspace as one file.

export interface BackupCounts {
  customers: number;
  /** Null in backups made before these tables existed. */
  participations: number | null;
  interactions: number | null;
}

export interface BackupEntry {
  path: string;
  fileName: string;
  createdAt: string;
  /** daily | manual | pre-import | pre-migration-vN | pre-restore */
  reason: string;
  size: number;
  /** Read from the file read-only; null when it cannot be read (then it is not restorable). */
  schemaVersion: number | null;
  counts: BackupCounts | null;
}

export interface BackupStatus {
  /** When the newest good (verified) backup was taken; null = never. */
  lastGoodAt: string | null;
  lastGoodPath: string | null;
  /** No backup, or the newest one is older than `staleAfterDays`: the UI warns. */
  stale: boolean;
  staleAfterDays: number;
  count: number;
  /** The folder backups go to now. */
  folder: string;
  /** The picked folder is unavailable (unplugged USB stick): backups go beside the workspace. */
  fallback: boolean;
  /** The last failed attempt in this session, if it failed after the last success. */
  lastError: { at: string; reason: string; message: string } | null;
  /** A backup is being written right now. */
  running: boolean;
}

export interface BackupSettings {
  /** Null: the "backups" folder beside the workspace. */
  folder: string | null;
  defaultFolder: string;
  retention: RetentionRule;
}

export interface RestoreResult {
  workspace: WorkspaceInfo;
  /** The backup of the state just before the restore (reason "pre-restore"). */
  preRestore: BackupEntry;
}

export interface WorkspaceExport {
  path: string;
  size: number;
  counts: BackupCounts;
}

// Absolute only: a relative path would resolve against wherever the backend happens to run.
const absolutePath = z
  .string()
  .trim()
  .min(1, { error: 'err.required' })
  .max(4096, { error: 'err.tooLong:4096' })
  .refine((p) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p), { error: 'err.absolutePath' });

const keep = (max: number) => z.int({ error: 'err.wholeNumber' }).min(0, { error: 'err.negative' }).max(max, { error: `err.tooLarge:${max}` });

export const backupMethods = {
  'backups.list': method<BackupEntry[]>()(z.strictObject({})),
  'backups.status': method<BackupStatus>()(z.strictObject({})),
  /** "Back up now": a manual backup, verified; retention runs after it. */
  'backups.create': method<BackupEntry>()(z.strictObject({})),
  /** Backs up the current state, swaps the chosen backup in, reopens the workspace. */
  'backups.restore': method<RestoreResult>()(z.strictObject({ path: absolutePath })),
  'backups.settings': method<BackupSettings>()(z.strictObject({})),
  'backups.updateSettings': method<BackupSettings>()(
    z.strictObject({
      folder: absolutePath.nullable().optional(),
      retention: z
        .strictObject({
          daily: keep(RETENTION_LIMITS.daily),
          weekly: keep(RETENTION_LIMITS.weekly),
          monthly: keep(RETENTION_LIMITS.monthly),
          eventDays: keep(RETENTION_LIMITS.eventDays),
        })
        .partial()
        .optional(),
    }),
  ),
  /** The open workspace as one verified file (to move it to another laptop). */
  'workspace.export': method<WorkspaceExport>()(z.strictObject({ path: absolutePath })),
  /** A workspace file from elsewhere, verified, copied into the workspaces folder and opened. */
  'workspace.import': method<WorkspaceInfo>()(
    z.strictObject({ path: absolutePath, name: z.string().trim().min(1, { error: 'err.required' }).max(80, { error: 'err.tooLong:80' }).optional() }),
  ),
};
