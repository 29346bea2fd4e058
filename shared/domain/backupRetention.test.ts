import { describe, expect, it } from 'vitest';
import { backupsToDelete, isStale, localDay, type RetainedBackup } from './backupRetention';

const day = (d: string, reason = 'daily', hour = '09'): RetainedBackup => ({ id: `${d}T${hour}:${reason}`, createdAt: `${d}T${hour}:00:00.000Z`, reason });

/** One daily backup per day from `from` for `n` days. */
function dailies(from: string, n: number): RetainedBackup[] {
  const start = Date.parse(`${from}T09:00:00.000Z`);
  return Array.from({ length: n }, (_, i) => day(new Date(start + i * 86_400_000).toISOString().slice(0, 10)));
}

describe('backup retention', () => {
  it('keeps everything while there is little', () => {
    const list = dailies('2026-11-18', 5);
    expect(backupsToDelete(list, '2026-11-22T12:00:00.000Z')).toEqual([]);
  });

  it('keeps the last 7 daily, 4 weekly and 12 monthly of a year of daily backups', () => {
    const list = dailies('2025-11-01', 387); // 2025-11-01 … 2026-11-22
    const del = new Set(backupsToDelete(list, '2026-11-22T12:00:00.000Z'));
    const kept = list.filter((b) => !del.has(b.id)).map((b) => b.createdAt.slice(0, 10));
    // The last 7 days …
    for (const d of ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22']) expect(kept).toContain(d);
    // … the newest of the 4 newest ISO weeks (Sundays; the current week's newest is today) …
    for (const d of ['2026-11-15', '2026-11-08', '2026-11-01']) expect(kept).toContain(d);
    // … and the newest of each of the 12 newest months (the last day of each month).
    for (const d of ['2026-10-31', '2026-09-30', '2026-08-31', '2026-01-31', '2025-12-31']) expect(kept).toContain(d);
    expect(kept).not.toContain('2025-11-30'); // the 13th month back
    expect(kept).not.toContain('2026-11-10');
    // 7 daily + 3 more weekly + 11 more monthly (Nov 2026 is already kept by a daily).
    expect(kept).toHaveLength(7 + 3 + 11);
  });

  it('keeps pre-import, pre-migration and pre-restore backups 30 days, then deletes them', () => {
    const list = [day('2026-11-21', 'pre-import'), day('2026-10-24', 'pre-migration-v4'), day('2026-10-22', 'pre-restore'), day('2026-11-22', 'daily')];
    expect(backupsToDelete(list, '2026-11-22T12:00:00.000Z')).toEqual(['2026-10-22T09:pre-restore']);
  });

  it('keeps manual backups at least as long as event backups, and as routine slots after', () => {
    const list = [day('2026-11-22', 'manual', '10'), day('2026-11-22', 'manual', '08'), day('2026-11-22', 'daily', '07'), day('2026-09-01', 'manual')];
    // Manual ones are kept (30 days, or as the newest of September); the day's daily is
    // superseded by the newer manual backup of the same day.
    expect(backupsToDelete(list, '2026-11-22T12:00:00.000Z')).toEqual(['2026-11-22T07:daily']);
    const tight = backupsToDelete(list, '2026-11-22T12:00:00.000Z', { daily: 1, weekly: 0, monthly: 0, eventDays: 0 });
    expect(tight.sort()).toEqual(['2026-09-01T09:manual', '2026-11-22T07:daily', '2026-11-22T08:manual'].sort());
  });

  it('follows a changed rule and never deletes the newest backup', () => {
    const list = dailies('2026-11-01', 22);
    const del = backupsToDelete(list, '2026-11-22T12:00:00.000Z', { daily: 2, weekly: 0, monthly: 0, eventDays: 30 });
    expect(del).toHaveLength(20);
    expect(backupsToDelete([day('2020-01-01', 'pre-import')], '2026-11-22T12:00:00.000Z', { daily: 0, weekly: 0, monthly: 0, eventDays: 0 })).toEqual([]);
  });

  it('groups days in the user’s time zone', () => {
    // 23:30 UTC on the 21st is the 22nd in China (UTC+8): same day as the 09:00 UTC backup.
    const list = [{ id: 'late', createdAt: '2026-11-21T23:30:00.000Z', reason: 'daily' }, { id: 'next', createdAt: '2026-11-22T09:00:00.000Z', reason: 'daily' }];
    const rule = { daily: 1, weekly: 0, monthly: 0, eventDays: 30 };
    expect(backupsToDelete(list, '2026-11-22T12:00:00.000Z', rule, 480)).toEqual(['late']);
    expect(backupsToDelete(list, '2026-11-22T12:00:00.000Z', rule, 0)).toEqual(['late']);
    expect(localDay('2026-11-21T23:30:00.000Z', 480)).toBe('2026-11-22');
    expect(localDay('2026-11-21T23:30:00.000Z', 0)).toBe('2026-11-21');
  });

  it('is stale without a backup or when the last one is older than 7 days', () => {
    expect(isStale(null, '2026-11-22T12:00:00.000Z')).toBe(true);
    expect(isStale('2026-11-15T13:00:00.000Z', '2026-11-22T12:00:00.000Z')).toBe(false);
    expect(isStale('2026-11-15T11:00:00.000Z', '2026-11-22T12:00:00.000Z')).toBe(true);
  });
});
