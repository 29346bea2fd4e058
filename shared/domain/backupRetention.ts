// Which backup files to keep: a grandfather-father-son rule over the routine backups plus a
// time limit for the ones taken before a risky step. Pure: the caller lists the files and
// deletes what this returns.

export interface RetentionRule {
  /** Newest routine backup of each of the last N days that have one. */
  daily: number;
  /** … of each of the last N ISO weeks that have one. */
  weekly: number;
  /** … of each of the last N calendar months that have one. */
  monthly: number;
  /** Backups taken before a migration, import or restore, and manual ones, are kept at least this many days. */
  eventDays: number;
}

export const DEFAULT_RETENTION: RetentionRule = { daily: 7, weekly: 4, monthly: 12, eventDays: 30 };

export const RETENTION_LIMITS = { daily: 365, weekly: 520, monthly: 240, eventDays: 3650 } as const;

export interface RetainedBackup {
  /** Whatever identifies the file for the caller (its path). */
  id: string;
  /** ISO moment the backup was taken. */
  createdAt: string;
  reason: string;
}

/** Routine backups compete for the daily/weekly/monthly slots; every other reason is an event. */
export function isRoutineReason(reason: string): boolean {
  return reason === 'daily' || reason === 'manual';
}

const DAY_MS = 86_400_000;

/** The local calendar day of a moment, given the user's offset from UTC in minutes. */
function localDate(iso: string, utcOffsetMinutes: number): Date {
  return new Date(Date.parse(iso) + utcOffsetMinutes * 60_000);
}

function dayKey(d: Date): string {
  return d.toISOString().slice(0, 10);
}

function monthKey(d: Date): string {
  return d.toISOString().slice(0, 7);
}

/** ISO 8601 week ("2026-W47"): weeks start on Monday; week 1 holds the year's first Thursday. */
function weekKey(d: Date): string {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const dow = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - dow);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / DAY_MS + 1) / 7);
  return `${t.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

/** Keeps the newest backup of each of the newest `count` buckets (as restic's --keep-daily etc.). */
function keepPerBucket(sorted: RetainedBackup[], count: number, key: (b: RetainedBackup) => string, keep: Set<string>): void {
  const seen = new Set<string>();
  for (const b of sorted) {
    if (seen.size >= count) break;
    const k = key(b);
    if (seen.has(k)) continue;
    seen.add(k);
    keep.add(b.id);
  }
}

/**
 * The ids to delete from `backups` at moment `now`. Never deletes the newest backup of all (the
 * one a restore would need most), nor a file whose date cannot be read.
 */
export function backupsToDelete(
  backups: readonly RetainedBackup[],
  now: string,
  rule: RetentionRule = DEFAULT_RETENTION,
  utcOffsetMinutes = 0,
): string[] {
  const valid = backups.filter((b) => !Number.isNaN(Date.parse(b.createdAt)));
  const sorted = [...valid].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  const keep = new Set<string>();
  if (sorted[0]) keep.add(sorted[0].id);

  const routine = sorted.filter((b) => isRoutineReason(b.reason));
  const local = (b: RetainedBackup) => localDate(b.createdAt, utcOffsetMinutes);
  keepPerBucket(routine, rule.daily, (b) => dayKey(local(b)), keep);
  keepPerBucket(routine, rule.weekly, (b) => weekKey(local(b)), keep);
  keepPerBucket(routine, rule.monthly, (b) => monthKey(local(b)), keep);

  const limit = Date.parse(now) - rule.eventDays * DAY_MS;
  for (const b of sorted) {
    // A manual backup is the user's own decision: it also counts as routine, but is never
    // pruned sooner than an event backup.
    if (b.reason !== 'daily' && Date.parse(b.createdAt) >= limit) keep.add(b.id);
  }
  return valid.filter((b) => !keep.has(b.id)).map((b) => b.id);
}

/** The user's local calendar day of a moment ('YYYY-MM-DD'), for "is there a backup of today". */
export function localDay(iso: string, utcOffsetMinutes = 0): string {
  return dayKey(localDate(iso, utcOffsetMinutes));
}

/** A backup older than this many days makes the status "stale" (the UI warns). */
export const STALE_AFTER_DAYS = 7;

export function isStale(lastGoodAt: string | null, now: string): boolean {
  if (!lastGoodAt) return true;
  return Date.parse(now) - Date.parse(lastGoodAt) > STALE_AFTER_DAYS * DAY_MS;
}
