import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../test/helpers/tempBackend';
import { generateDemo } from '../../demo/generateDemo';
import { JobRunner } from '../../jobs/jobRunner';
import { openDatabase, type Db } from '../../store/openDatabase';
import { insertFixture, TODAY, X } from './assessFixture';
import { latestSnapshotId, readSnapshotInfo } from './snapshotStore';

// The prediction on a generated history with a known pattern: in the demo a customer comes
// back with a probability that grows with how satisfied it was (demoParticipations.ts), which
// "attended the previous edition" alone cannot see. A fresh demo also opens assessed.

let dir: string;
let db: Db;
beforeAll(() => {
  dir = tempDir();
  db = openDatabase(path.join(dir, 'demo.sqlite'), { create: true });
  generateDemo(db, { customers: 3000, seed: 1, now: '2026-11-22T09:00:00.000Z', assess: true });
}, 120_000);
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('assessment of a generated demo', () => {
  it('opens assessed: every exhibition, the current one also five weeks earlier, with ratings', () => {
    const xs = db.prepare('SELECT id FROM exhibitions').pluck().all() as string[];
    const counts = db.prepare('SELECT exhibition_id, count(*) AS n FROM value_snapshots GROUP BY exhibition_id').all() as { exhibition_id: string; n: number }[];
    expect(counts.map((c) => c.n).sort()).toEqual([1, 2]);
    expect(new Set(counts.map((c) => c.exhibition_id))).toEqual(new Set(xs));
    const rated = db.prepare('SELECT count(demonstration_rating), count(capability_rating) FROM relationships').raw().get() as [number, number];
    expect(rated[0]).toBeGreaterThan(50);
    expect(rated[1]).toBeGreaterThan(20);
    // Associations and media are rated for their demonstration value.
    const partners = db
      .prepare(
        `SELECT count(*) FROM relationships r JOIN customers c ON c.id = r.customer_id
          WHERE c.partner_type IN ('association', 'media') AND r.demonstration_rating >= 3`,
      )
      .pluck()
      .get() as number;
    expect(partners).toBeGreaterThan(0);
  });

  it('the learnt model beats "attended the previous edition" in the back-test of every exhibition', () => {
    for (const x of db.prepare('SELECT id FROM exhibitions').pluck().all() as string[]) {
      const info = readSnapshotInfo(db, latestSnapshotId(db, x)!)!;
      const bt = info.model.backtest;
      expect(info.model.kind).toBe('logistic');
      expect(bt.testExamples).toBeGreaterThan(1000);
      expect(bt.auc!).toBeGreaterThan(bt.baselineAuc!);
      expect(bt.beatsBaseline).toBe(true);
      expect(bt.brier!).toBeLessThan(0.25);
    }
  });
});

describe('valuation.assess job', () => {
  it('opens its own connection, stores a snapshot and reports it', async () => {
    const file = path.join(dir, 'fixture.sqlite');
    const w = openDatabase(file, { create: true });
    insertFixture(w);
    w.close();
    const runner = new JobRunner({ onUpdate: () => {} });
    const job = runner.start('valuation.assess', { path: file, exhibitionId: X, reason: 'manual', now: TODAY });
    const done = await runner.wait(job.id);
    expect(done.status).toBe('done');
    const result = done.result as { snapshotId: string; relationships: number; ms: number };
    expect(result.relationships).toBe(4);
    expect(result.ms).toBeGreaterThanOrEqual(0);
    const r = openDatabase(file);
    expect(latestSnapshotId(r, X)).toBe(result.snapshotId);
    r.close();
  });
});
