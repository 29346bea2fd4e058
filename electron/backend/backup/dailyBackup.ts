import type { Backend } from '../backend';
import type { Context } from '../context';
import { ensureDailyBackup } from './backupService';

/**
 * How long after a workspace opens the daily backup starts: the first screens load first, and
 * a window opened only for a moment does not pay for a full copy.
 */
export const DAILY_BACKUP_DELAY_MS = 20_000;

const pending = new WeakMap<Context, Promise<void>>();

/**
 * The first start of each day: once the workspace has been open a moment, a daily backup unless
 * one of today exists. Skipped for a new, empty workspace (nothing to lose yet) and when another
 * workspace was opened meanwhile. Failures show in backups.status, never as a crash.
 * Called by Backend.open for every read-write open.
 */
export function scheduleDailyBackup(b: Backend, ctx: Context, opts: { delayMs?: number; anyHost?: boolean } = {}): void {
  // The app's job (desktop window, browser server); one-shot CLI commands and tests (host "cli")
  // do not leave backups behind as a side effect.
  if (b.opts.host === 'cli' && !opts.anyHost) return;
  const delayMs = opts.delayMs ?? DAILY_BACKUP_DELAY_MS;
  const stillOpen = () => {
    try {
      return b.context() === ctx;
    } catch {
      return false;
    }
  };
  const done = new Promise<void>((resolve) => {
    const timer = setTimeout(() => {
      if (!stillOpen() || b.workspaceInfo()?.fresh) return resolve();
      ensureDailyBackup(ctx.db, { nativeBinding: b.opts.nativeBinding, workerEntry: b.opts.jobWorkerEntry })
        .then((entry) => {
          if (entry && stillOpen()) ctx.changed('backups');
        })
        .catch(() => {
          // Recorded for backups.status (lastError); the UI shows it.
        })
        .finally(resolve);
    }, delayMs);
    // A CLI or server process must not stay alive just for this.
    timer.unref?.();
  });
  pending.set(ctx, done);
}

/** Resolves when the scheduled daily backup of `ctx` has run (tests). */
export function dailyBackupSettled(ctx: Context): Promise<void> {
  return pending.get(ctx) ?? Promise.resolve();
}
