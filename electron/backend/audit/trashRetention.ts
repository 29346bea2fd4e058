import type { TrashSettings } from '../../../shared/api/audit';
import {
  cleanRetentionDays,
  purgeCutoff,
  TRASH_RETENTION_SETTING,
} from '../../../shared/domain/audit';
import type { Backend } from '../backend';
import type { Context } from '../context';
import type { Db } from '../store/openDatabase';

// The Trash keeps deleted customers for `trashRetentionDays` (a workspace setting, default 90);
// older ones are deleted for good — with their contacts, tags, activity and history, the way
// emptying the Trash does — when a workspace opens and once a day while it stays open.

export const PURGE_INTERVAL_MS = 24 * 60 * 60 * 1000;

export function readTrashSettings(db: Db): TrashSettings {
  const v = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(TRASH_RETENTION_SETTING) as string | undefined;
  return { retentionDays: cleanRetentionDays(v === undefined ? undefined : (JSON.parse(v) as unknown)) };
}

export function writeTrashRetention(ctx: Context, retentionDays: number): TrashSettings {
  const now = ctx.now();
  ctx.db
    .prepare(
      `INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
    )
    .run(TRASH_RETENTION_SETTING, JSON.stringify(retentionDays), now, now);
  ctx.changed('settings');
  return readTrashSettings(ctx.db);
}

/** Deletes for good the customers trashed before now − retention; returns how many. */
export function purgeExpiredTrash(ctx: Context): number {
  const cutoff = purgeCutoff(ctx.now(), readTrashSettings(ctx.db).retentionDays);
  const purged = ctx.db.transaction(() => {
    const nums = ctx.db
      .prepare('SELECT num FROM customers WHERE deleted_at IS NOT NULL AND deleted_at < ?')
      .pluck()
      .all(cutoff) as number[];
    if (nums.length === 0) return 0;
    // The search indexes are contentless: their rows go by rowid (= num), as in purgeTrash().
    const delSearch = ctx.db.prepare('DELETE FROM customer_search WHERE rowid = ?');
    const delShort = ctx.db.prepare('DELETE FROM customer_search_short WHERE rowid = ?');
    const del = ctx.db.prepare('DELETE FROM customers WHERE num = ?');
    for (const n of nums) {
      delSearch.run(n);
      delShort.run(n);
      del.run(n);
    }
    return nums.length;
  })();
  if (purged > 0) ctx.changed('customers');
  return purged;
}

const timers = new WeakMap<Context, NodeJS.Timeout>();

/**
 * Purges expired Trash now (the workspace just opened) and then every day while `ctx` stays
 * the open workspace. Never throws: a read-only or locked workspace simply keeps its Trash
 * until the next time.
 */
export function scheduleTrashPurge(b: Backend, ctx: Context, intervalMs = PURGE_INTERVAL_MS): void {
  const run = () => {
    try {
      if (b.context() !== ctx) return false;
      purgeExpiredTrash(ctx);
    } catch {
      // Closed, read-only or busy: try again at the next opening or day.
    }
    return true;
  };
  if (!run()) return;
  const timer = setInterval(() => {
    let open = false;
    try {
      open = b.context() === ctx;
    } catch {
      open = false;
    }
    if (!open) {
      clearInterval(timer);
      return;
    }
    run();
  }, intervalMs);
  timer.unref?.();
  timers.set(ctx, timer);
}
