import { z } from 'zod';
import { LANGUAGES, type Language } from '../i18n/errors';
import { method } from './method';
import type { ApiError } from './result';

export const CURRENCIES = ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'GBP', 'SGD', 'AUD', 'KRW', 'TWD'] as const;

export interface WorkspaceInfo {
  path: string;
  name: string;
  schemaVersion: number;
  customerCount: number;
  /** True until the user has chosen "start empty" or loaded demo data (drives the welcome screen). */
  fresh: boolean;
  isDemo: boolean;
  readOnly: boolean;
}

export interface RecentWorkspace {
  path: string;
  name: string;
  lastOpenedAt: string;
  exists: boolean;
}

export interface AppInfo {
  version: string;
  dataDir: string;
  workspacesDir: string;
  workspace: WorkspaceInfo | null;
  /** Why the workspace used last could not be reopened at start (damaged, too new, missing). */
  lastOpenError: ApiError | null;
  /** What the host can do: desktop dialogs exist in Electron only. */
  host: 'electron' | 'browser' | 'cli';
}

export interface Prefs {
  language: Language | null;
  /** Visible column ids per table id. */
  columns: Record<string, string[]>;
}

export interface WorkspaceSettings {
  currency: (typeof CURRENCIES)[number];
  organisationName: string | null;
  staffName: string | null;
}

export interface BackupFile {
  path: string;
  createdAt: string;
  size: number;
  reason: string;
}

// Absolute only: a relative path would resolve against wherever the backend happens to run.
const workspacePath = z
  .string()
  .trim()
  .min(1, { error: 'err.required' })
  .max(4096)
  .refine((p) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p), { error: 'err.absolutePath' });

/** Optional setting text: blank clears it (null), rather than storing spaces. */
const settingText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: `err.tooLong:${max}` })
    .nullable()
    .optional()
    .transform((v) => (v === '' ? null : v));

/** The result (JobInfo.result) of 'workspace.check': the full integrity check and every foreign key. */
export interface WorkspaceCheckResult {
  ok: boolean;
  status: 'ok' | 'damaged' | 'not_workspace' | 'too_new' | 'missing';
  /** SQLite's findings (the first 20), 'ok' when none. */
  integrity: string[];
  foreignKeyViolations: number | null;
  customers: number | null;
}

export const appMethods = {
  'app.info': method<AppInfo>()(z.strictObject({})),
  'prefs.get': method<Prefs>()(z.strictObject({})),
  'prefs.update': method<Prefs>()(
    z.strictObject({
      language: z.enum(LANGUAGES).optional(),
      columns: z.record(z.string().max(40), z.array(z.string().max(40)).max(50)).optional(),
    }),
  ),
  'workspace.recent': method<RecentWorkspace[]>()(z.strictObject({})),
  'workspace.create': method<WorkspaceInfo>()(
    z.strictObject({
      name: z.string().trim().min(1, { error: 'err.required' }).max(80, { error: 'err.tooLong:80' }),
      /** A full path chosen in a save dialog; default: the workspaces folder. */
      path: workspacePath.optional(),
    }),
  ),
  'workspace.open': method<WorkspaceInfo>()(
    z.strictObject({ path: workspacePath, readOnly: z.boolean().default(false) }),
  ),
  'workspace.close': method<null>()(z.strictObject({})),
  /** Marks a fresh workspace as started (the welcome screen's "start empty"). */
  'workspace.start': method<WorkspaceInfo>()(z.strictObject({})),
  /** The deep check of the open workspace as a job; its result is a WorkspaceCheckResult. */
  'workspace.check': method<{ jobId: string }>()(z.strictObject({})),
  /** Salvages what is readable of a damaged workspace into a new one (opened when done). */
  'workspace.salvage': method<{ jobId: string }>()(z.strictObject({ path: workspacePath })),
  'workspace.createDemo': method<{ jobId: string }>()(
    z.strictObject({
      customers: z.int().min(10).max(100_000).default(500),
      seed: z.int().min(0).max(2 ** 31 - 1).default(1),
    }),
  ),
  'workspace.backups': method<BackupFile[]>()(z.strictObject({ path: workspacePath })),
  'settings.get': method<WorkspaceSettings>()(z.strictObject({})),
  'settings.update': method<WorkspaceSettings>()(
    z.strictObject({
      currency: z.enum(CURRENCIES).optional(),
      organisationName: settingText(200),
      staffName: settingText(100),
    }),
  ),
};
