import { describe, expect, it } from 'vitest';
import { backupBadge } from './backupBadge';

describe('backupBadge', () => {
  it('says "none yet", not "old", for a workspace never backed up', () => {
    expect(backupBadge({ lastGoodAt: null, stale: true })).toBe('none');
  });

  it('says "old" when the newest backup is past the warning age', () => {
    expect(backupBadge({ lastGoodAt: '2026-11-01T09:00:00.000Z', stale: true })).toBe('old');
  });

  it('says nothing for a recent backup, or before the status has loaded', () => {
    expect(backupBadge({ lastGoodAt: '2026-11-21T09:00:00.000Z', stale: false })).toBeNull();
    expect(backupBadge(undefined)).toBeNull();
  });
});
