import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../test/helpers/tempBackend';
import { generateDemo } from '../../demo/generateDemo';
import { openDatabase, type Db } from '../../store/openDatabase';
import { assess, type AssessResult } from './assessment';

// The assessment with its second thread (assessHelper.ts, as the app's job runs it) gives
// exactly the snapshot the one-thread assessment (CLI) gives, and falls back to one thread
// when the helper cannot read alongside (a writer holds the lock).

const ENTRY = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'jobs', 'jobWorker.ts');
const NOW = '2026-11-22T10:00:00.000Z';

let dir: string;
let db: Db;
let x: string;
beforeAll(() => {
  dir = tempDir();
  db = openDatabase(path.join(dir, 'demo.sqlite'), { create: true });
  generateDemo(db, { customers: 1500, seed: 7, now: '2026-11-22T09:00:00.000Z' });
  x = db.prepare('SELECT id FROM exhibitions ORDER BY id LIMIT 1').pluck().get() as string;
}, 120_000);
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** What a snapshot stores, without what differs between any two runs (ids, times). */
function stored(r: AssessResult, id: string) {
  const rows = db
    .prepare('SELECT f.* FROM value_figures f JOIN value_snapshots s ON s.num = f.snapshot_num WHERE s.id = ? ORDER BY f.customer_num')
    .all(id) as Record<string, unknown>[];
  const s = db.prepare('SELECT window_editions, next_edition, settings, summary, relationships FROM value_snapshots WHERE id = ?').get(id);
  return {
    rows: rows.map(({ snapshot_num: _, ...rest }) => rest),
    s,
    model: { ...r.model, trainMs: 0 },
  };
}

describe('assessment on two threads', () => {
  it('stores the same snapshot as on one thread', () => {
    const one = assess(db, { exhibitionId: x, now: NOW, reason: 'manual' });
    const two = assess(db, { exhibitionId: x, now: NOW, reason: 'manual', workerEntry: ENTRY });
    expect([one.threads, two.threads]).toEqual([1, 2]);
    expect(one.figures.length).toBeGreaterThan(500);
    expect(one.model.backtest.testExamples).toBeGreaterThan(0);
    const a = stored(one, one.snapshot!.id);
    const b = stored(two, two.snapshot!.id);
    expect(b.rows.length).toBe(a.rows.length);
    expect(b).toEqual(a);
    expect(two.figures).toEqual(one.figures);
  }, 60_000);

  it('runs alone, with the same result, while another connection holds the write lock', () => {
    const other = openDatabase(db.name, { skipCheck: true });
    try {
      other.exec('BEGIN IMMEDIATE');
      const one = assess(db, { exhibitionId: x, now: NOW, reason: 'manual', store: false });
      const two = assess(db, { exhibitionId: x, now: NOW, reason: 'manual', store: false, workerEntry: ENTRY });
      expect(two.threads).toBe(1);
      expect(two.figures).toEqual(one.figures);
      expect({ ...two.model, trainMs: 0 }).toEqual({ ...one.model, trainMs: 0 });
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  }, 60_000);
});
