import type { DispatchLog } from './dispatcher';
import fs from 'node:fs';
import path from 'node:path';
import type { AppInfo, BackupFile, WorkspaceInfo } from '../../shared/api/app';
import type { BackendEvent } from '../../shared/api/jobs';
import { ApiFailure } from '../../shared/api/result';
import { AppConfig } from './appConfig';
import { scheduleTrashPurge } from './audit/trashRetention';
import { readBackupSettings } from './backup/backupSettings';
import { scheduleDailyBackup } from './backup/dailyBackup';
import { makeContext, type Context } from './context';
import { JobRunner } from './jobs/jobRunner';
import { threadJobsEnded } from './jobs/threadJob';
import { LifecycleRefresher } from './lifecycle/refreshScheduler';
import { listBackups } from './store/backups';
import { openDatabase, type Db } from './store/openDatabase';
import { noteDataChange } from './valuation/dataClock';
import { SCHEMA_VERSION } from './store/migrations';
import { readFlag, writeSettings } from './workspace/workspaceSettings';
import { uniqueWorkspacePath, workspaceName } from './workspace/workspacePaths';

export interface BackendOptions {
  /** Where app config, logs and (by default) workspaces live. */
  dataDir: string;
  host: AppInfo['host'];
  version: string;
  /** better-sqlite3 built for Electron's ABI, in development. */
  nativeBinding?: string;
  /** Worker entry for long jobs; without it jobs run inline (tests). */
  jobWorkerEntry?: string;
  emit?: (e: BackendEvent) => void;
  /** Where a failed job's original error goes (the UI gets its worded key only). */
  log?: DispatchLog;
  /** Fixed clock and ids for tests. */
  now?: () => string;
  newId?: () => string;
}

interface OpenWorkspace {
  db: Db;
  path: string;
  readOnly: boolean;
  ctx: Context;
  refresher: LifecycleRefresher | null;
}

/** The backend of one app window (or CLI/browser session): the open workspace, config, jobs. */
export class Backend {
  readonly config: AppConfig;
  readonly jobs: JobRunner;
  private ws: OpenWorkspace | null = null;
  /** Why openLast() failed, until another workspace is opened; shown on the welcome screen. */
  private lastOpenError: ApiFailure | null = null;

  constructor(readonly opts: BackendOptions) {
    fs.mkdirSync(opts.dataDir, { recursive: true });
    this.config = new AppConfig(path.join(opts.dataDir, 'config.json'));
    this.jobs = new JobRunner({
      workerEntry: opts.jobWorkerEntry,
      nativeBinding: opts.nativeBinding,
      onUpdate: (job) => this.emit({ type: 'job', job }),
      log: opts.log,
    });
  }

  get workspacesDir(): string {
    return path.join(this.opts.dataDir, 'workspaces');
  }

  emit(e: BackendEvent): void {
    this.opts.emit?.(e);
  }

  /** The open workspace's context; every customer/exhibition call goes through here. */
  context(): Context {
    if (!this.ws) throw new ApiFailure('no_workspace', 'err.noWorkspace');
    return this.ws.ctx;
  }

  info(): AppInfo {
    return {
      version: this.opts.version,
      dataDir: this.opts.dataDir,
      workspacesDir: this.workspacesDir,
      workspace: this.workspaceInfo(),
      lastOpenError: this.lastOpenError
        ? { code: this.lastOpenError.code, message: this.lastOpenError.message, details: this.lastOpenError.details }
        : null,
      host: this.opts.host,
    };
  }

  workspaceInfo(): WorkspaceInfo | null {
    if (!this.ws) return null;
    const { db } = this.ws;
    const customerCount = db.prepare('SELECT count(*) FROM customers WHERE deleted_at IS NULL').pluck().get() as number;
    return {
      path: this.ws.path,
      name: workspaceName(this.ws.path),
      schemaVersion: db.pragma('user_version', { simple: true }) as number,
      customerCount,
      fresh: !readFlag(db, 'started') && customerCount === 0,
      isDemo: readFlag(db, 'demo'),
      readOnly: this.ws.readOnly,
    };
  }

  open(file: string, opts: { create?: boolean; readOnly?: boolean } = {}): WorkspaceInfo {
    const full = path.resolve(file);
    let db: Db;
    try {
      db = openDatabase(full, { ...opts, nativeBinding: this.opts.nativeBinding });
    } catch (e) {
      throw withPickedFolderBackups(e, full, this.config.backupFolderOf(full));
    }
    this.close();
    this.lastOpenError = null;
    // Suggested stage moves follow the facts: recomputed a moment after they change (issue 4).
    const refresher = opts.readOnly ? null : new LifecycleRefresher(() => (this.ws?.ctx === ctx ? ctx : null));
    const ctx = makeContext(db, {
      now: this.opts.now,
      newId: this.opts.newId,
      changed: (domain) => {
        this.emit({ type: 'data.changed', domain });
        refresher?.notify(domain);
        // Value figures go stale when their facts change (valuation.status).
        noteDataChange(db, domain, ctx.now());
      },
    });
    this.ws = { db, path: full, readOnly: Boolean(opts.readOnly), ctx, refresher };
    if (refresher && !opts.create) refresher.schedule();
    if (!opts.readOnly) this.config.touchRecent(full, workspaceName(full), new Date().toISOString());
    if (!opts.readOnly) this.config.rememberBackupFolder(full, readBackupSettings(db).folder);
    this.emit({ type: 'workspace.changed' });
    // Issue 7: the first start of each day takes a backup (a moment after opening).
    if (!opts.readOnly) scheduleDailyBackup(this, ctx);
    // Issue 7: customers trashed longer than the retention are purged now and once a day.
    if (!opts.readOnly) scheduleTrashPurge(this, ctx);
    return this.workspaceInfo()!;
  }

  create(name: string, file?: string): WorkspaceInfo {
    const target = file ? path.resolve(file) : uniqueWorkspacePath(this.workspacesDir, name);
    if (fs.existsSync(target)) {
      throw new ApiFailure('invalid_input', 'err.invalidInput', { path: 'err.exists' });
    }
    return this.open(target, { create: true });
  }

  /** The welcome screen's "start empty": the workspace is no longer fresh. */
  start(): WorkspaceInfo {
    const ctx = this.context();
    writeSettings(ctx.db, { started: true }, ctx.now());
    return this.workspaceInfo()!;
  }

  startDemo(customers: number, seed: number): { jobId: string } {
    const target = uniqueWorkspacePath(this.workspacesDir, customers === 500 ? 'Demo' : `Demo ${customers}`);
    const job = this.jobs.start('demo.generate', { path: target, customers, seed }, (result) => {
      this.open((result as { path: string }).path);
      return result;
    });
    return { jobId: job.id };
  }

  /**
   * Before the backend's thread ends (quitting the app, stopping the browser server): running
   * jobs are cancelled and their threads, and the helper threads of runThreadJob, are let end
   * — for at most `ms` in all — then the workspace is closed. A thread ended while it runs
   * SQLite can abort the process (JobRunner.stopAll); a cancelled job rolls its work back.
   */
  async shutdown(ms: number): Promise<void> {
    const until = Date.now() + ms;
    await this.jobs.stopAll(ms);
    await threadJobsEnded(Math.max(0, until - Date.now()));
    this.close();
  }

  close(): void {
    if (!this.ws) return;
    this.ws.refresher?.dispose();
    try {
      if (!this.ws.readOnly) this.ws.db.pragma('optimize');
    } catch {
      // Best effort: an import of this thread may hold the write lock (sameThreadWriter.ts).
    } finally {
      this.ws.db.close();
      this.ws = null;
    }
  }

  /**
   * Opens the workspace used last. If it no longer opens (damaged, too new, moved), the app
   * starts with none and the welcome screen says why (app.info → lastOpenError).
   */
  openLast(): void {
    const last = this.config.lastWorkspace();
    if (!last) return;
    try {
      this.open(last);
    } catch (e) {
      if (!(e instanceof ApiFailure)) throw e;
      this.lastOpenError = e;
    }
  }

  schemaVersion(): number {
    return SCHEMA_VERSION;
  }
}

/**
 * A damaged workspace offers its backups (openDatabase lists the default folder beside it);
 * when it was set to back up into a folder of its own (a USB stick), those are offered too,
 * newest first.
 */
function withPickedFolderBackups(e: unknown, file: string, folder: string | null): unknown {
  if (!(e instanceof ApiFailure) || e.code !== 'workspace_damaged' || !folder) return e;
  const details = (e.details ?? {}) as { backups?: BackupFile[] };
  const seen = new Set((details.backups ?? []).map((b) => b.path));
  const picked = listBackups(file, folder).filter((b) => !seen.has(b.path));
  if (picked.length === 0) return e;
  const backups = [...(details.backups ?? []), ...picked].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return new ApiFailure(e.code, e.message, e.fields, { ...details, backups });
}
