import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../test/helpers/tempBackend';
import { FIGURE_KEYS, figureColumn } from '../../../../shared/domain/valuation/figures';
import { openDatabase, type Db } from '../../store/openDatabase';
import { snapshotId } from './snapshotId';
import { KEEP_NEWEST, latestSnapshotId, pruneSnapshots, putStoredFigures, readSnapshotInfo, STORED_KEYS } from './snapshotStore';
import type { RelationshipFigures } from '../../../../shared/domain/valuation/figures';

let dir: string;
let db: Db;
const X = '00000000-0000-4000-8000-000000000001';
beforeEach(() => {
  dir = tempDir();
  db = openDatabase(path.join(dir, 'w.sqlite'), { create: true });
  db.prepare("INSERT INTO exhibitions (id, name, created_at, updated_at) VALUES (?, 'X', '2020', '2020')").run(X);
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function snapshot(takenAt: string): string {
  const id = snapshotId();
  db.prepare(
    `INSERT INTO value_snapshots (id, exhibition_id, taken_at, reason, window_editions, settings, model, summary, relationships, duration_ms)
     VALUES (?, ?, ?, 'manual', '[]', '{}', '{"kind":"fallback"}', '{}', 0, 5)`,
  ).run(id, X, takenAt);
  return id;
}

describe('snapshot store', () => {
  it("value_figures' columns are FIGURE_KEYS in snake case (keyed by the snapshot's and the customer's num)", () => {
    const columns = (db.prepare("SELECT name FROM pragma_table_info('value_figures')").pluck().all() as string[]);
    expect(columns).toEqual(['snapshot_num', ...FIGURE_KEYS.map((k) => (k === 'customerId' ? 'customer_num' : figureColumn(k)))]);
  });

  it('keeps the newest 12, then the newest of each month for 24 months', () => {
    const days = Array.from({ length: 15 }, (_, i) => snapshot(`2026-11-${String(i + 1).padStart(2, '0')}T09:00:00.000Z`));
    const oct5 = snapshot('2026-10-05T09:00:00.000Z');
    const oct20 = snapshot('2026-10-20T09:00:00.000Z');
    const twoYears = snapshot('2024-11-15T09:00:00.000Z'); // 24 months before November 2026: kept
    const older = snapshot('2024-10-15T09:00:00.000Z'); // 25 months: gone
    const deleted = pruneSnapshots(db, X, '2026-11-22T10:00:00.000Z');
    expect(new Set(deleted)).toEqual(new Set([...days.slice(0, 3), oct5, older]));
    const left = db.prepare('SELECT id FROM value_snapshots ORDER BY taken_at').pluck().all();
    expect(left).toEqual([twoYears, oct20, ...days.slice(3)]);
    expect(days.slice(3)).toHaveLength(KEEP_NEWEST);
    expect(latestSnapshotId(db, X)).toBe(days[14]);
    expect(readSnapshotInfo(db, days[14]!)).toMatchObject({ id: days[14], exhibitionId: X, reason: 'manual', durationMs: 5, window: [], nextEdition: null });
    expect(readSnapshotInfo(db, older)).toBeNull();
  });

  it('time-ordered ids: a later snapshot sorts after an earlier one, and they are valid UUIDs', () => {
    const a = snapshotId();
    const b = snapshotId();
    expect(a < b).toBe(true);
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('puts every stored figure in its column: the spelled-out filler follows STORED_KEYS', () => {
    // A distinct value per key: a swapped, missing or extra line shows as a mismatch.
    const f = Object.fromEntries(FIGURE_KEYS.map((k, i) => [k, `v${i}`])) as unknown as RelationshipFigures;
    const params: unknown[] = new Array<unknown>(STORED_KEYS.length + 3).fill('untouched');
    putStoredFigures(params, 2, f);
    expect(params.slice(2, 2 + STORED_KEYS.length)).toEqual(STORED_KEYS.map((k) => f[k]));
    expect(params[0]).toBe('untouched');
    expect(params[2 + STORED_KEYS.length]).toBe('untouched');
  });
});
