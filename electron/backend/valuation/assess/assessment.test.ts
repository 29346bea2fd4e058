import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../test/helpers/tempBackend';
import { FEATURE_COUNT, FEATURE_INDEX } from '../../../../shared/domain/prediction/features';
import { FIGURE_KEYS, figureColumn, type RelationshipFigures } from '../../../../shared/domain/valuation/figures';
import { openDatabase, type Db } from '../../store/openDatabase';
import { A, B, C, D, E, insertFixture, T, TODAY, X } from './assessFixture';
import { readAssessFacts } from './assessFacts';
import { buildExamples } from './assessExamples';
import { assess } from './assessment';
import { loadEditionPlan } from './editionWindow';
import { latestSnapshotId, readSnapshotInfo, readSnapshotSummary } from './snapshotStore';

// The hand-worked history of assessFixture.ts through the real pipeline on a real workspace.

let dir: string;
let db: Db;
beforeEach(() => {
  dir = tempDir();
  db = openDatabase(path.join(dir, 'w.sqlite'), { create: true });
  insertFixture(db);
});
afterEach(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A stored row read back through the column names (figureColumn of every key). */
function storedRow(snapshotId: string, customerId: string): Record<string, unknown> {
  const row = db
    .prepare(
      `SELECT f.*, c.id AS customer_id FROM value_snapshots s JOIN value_figures f ON f.snapshot_num = s.num
         JOIN customers c ON c.num = f.customer_num WHERE s.id = ? AND c.id = ?`,
    )
    .get(snapshotId, customerId) as Record<string, unknown>;
  return Object.fromEntries(FIGURE_KEYS.map((k) => [k, row[figureColumn(k)]]));
}

describe('assess: the hand-worked fixture', () => {
  it('plans the window, its period and the as-of days', () => {
    const plan = loadEditionPlan(db, X, TODAY.slice(0, 10), 3);
    // E4 is still 'open' but ended before today: closed. E5 is the next edition.
    expect(plan.closed).toEqual([0, 1, 2, 3]);
    expect(plan.window.map((i) => plan.editions[i]!.name)).toEqual(['E2', 'E3', 'E4']);
    expect(plan.periodStart).toBe(20220604); // the day after E1 ended
    expect(plan.next).toBe(4);
    // E5 starts 191 days after today: predictions are made 190 days + 1 before an edition,
    // but never before the previous edition ended: 2022-06-01 − 191 d = 2021-11-22;
    // 2023-06-01 − 191 d = 2022-11-22; 2024-06-01 − 191 d = 2023-11-23; 2025-06-01 − 191 d = 2024-11-22.
    expect(plan.asOf).toEqual(['2021-11-22', '2022-11-22', '2023-11-23', '2024-11-22']);
  });

  it('gathers the facts and the examples as worked out by hand', () => {
    const plan = loadEditionPlan(db, X, TODAY.slice(0, 10), 3);
    const f = readAssessFacts(db, X, plan);
    // Live customers only (T is in the Trash), in customer order.
    expect(f.customerIds).toEqual([A, B, C, D]);
    // A's costs: 1000 on 2022-06-04 in cultivation (the period's first day; 999 on 2022-05-01 is
    // before it); 2000 on 2023-01-10, the day it moved to confirmation; 3001 unlinked on
    // 2024-07-01 (trust) split with its relationship in Y: 1500 each, the remainder to X (first
    // by id) → 1501; Y's 4000 and the 50000 after today do not count.
    expect(Array.from(f.costByStage.subarray(0, 5))).toEqual([1000, 2000, 1501, 0, 0]);
    // B: 700 in weakening (2024-06-10), 500 lost (2025-03-01).
    expect(Array.from(f.costByStage.subarray(5, 10))).toEqual([0, 0, 0, 700, 500]);
    expect(Array.from(f.advice)).toEqual([1, 0, 0, 0]);
    // C (referred by A) took part in E4 for 30000.
    expect(f.referredTookPart[0]).toBe(1);
    expect(f.referredRevenue[0]).toBe(30000);
    // A 105000 + 150000, B 20000, C 30000; T's 99999 is invisible.
    expect(f.exhibitionRevenue).toBe(305000);
    expect(f.windowScores).toEqual([[8, 3], [], [9]]);

    const ex = buildExamples(f);
    // Eligible: as-of day on or after the relationship began. A (2021-12-01): E2, E3, E4;
    // B (2020): E1–E4; C began 2025-01-15, after E4's as-of day 2024-11-22: none; D: none.
    expect([ex.all.n, ex.train.n, ex.test.n]).toEqual([7, 5, 2]);
    // The test examples (E4) are stored last, A's first: E3 was cancelled (no streak, not
    // attended before), editions attended E1 and E2 (since last: 2), last scores 8 then 9,
    // 2 interactions in 2023-11-24 … 2024-11-22 (advice 2024-02-01, visit 2024-07-01), stage
    // trust on 2024-11-22, no referral yet (C was created in 2025); label: paid → 1.
    const a = ex.test.x.subarray(0, FEATURE_COUNT);
    expect(a[FEATURE_INDEX.attendedPrev]).toBe(0);
    expect(a[FEATURE_INDEX.streak]).toBe(0);
    expect(a[FEATURE_INDEX.editionsAttended]).toBeCloseTo(Math.log1p(2));
    expect(a[FEATURE_INDEX.editionsSinceLast]).toBeCloseTo(Math.log1p(2));
    expect(a[FEATURE_INDEX.lastSatisfaction]).toBe(8);
    expect(a[FEATURE_INDEX.satisfactionTrend]).toBe(-1);
    expect(a[FEATURE_INDEX.interactions12m]).toBeCloseTo(Math.log1p(2));
    expect(a[FEATURE_INDEX.referrals]).toBe(0);
    expect(a[FEATURE_INDEX['stage.trust']]).toBe(1);
    expect(Array.from(ex.test.y)).toEqual([1, 0]); // A paid E4; B did not come
    // A's prediction for E5: E4 taken part (streak 1), one referral, stage trust (now).
    const p = ex.predict.subarray(0, FEATURE_COUNT);
    expect(p[FEATURE_INDEX.attendedPrev]).toBe(1);
    expect(p[FEATURE_INDEX.streak]).toBe(1);
    expect(p[FEATURE_INDEX.referrals]).toBeCloseTo(Math.log1p(1));
    expect(p[FEATURE_INDEX.interactions12m]).toBe(0); // nothing in 2025-11-23 … 2026-11-22
  });

  it('stores every figure as worked out by hand', () => {
    const r = assess(db, { exhibitionId: X, now: TODAY, reason: 'manual' });
    expect(r.snapshot).not.toBeNull();
    const id = r.snapshot!.id;
    expect(latestSnapshotId(db, X)).toBe(id);
    expect(readSnapshotInfo(db, id)).toMatchObject({
      exhibitionId: X,
      takenAt: TODAY,
      reason: 'manual',
      relationships: 4,
      window: [{ name: 'E2' }, { name: 'E3' }, { name: 'E4' }],
      nextEdition: { id: E[4], name: 'E5', startDate: '2027-06-01' },
      // 7 examples: too few to learn from, the documented fallback table.
      model: { kind: 'fallback', fallbackReason: 'tooFewExamples', examples: 7, backtest: { trainExamples: 5, testExamples: 2 } },
    });

    const a = storedRow(id, A);
    const pa = a.probability as number;
    expect(a).toMatchObject({
      stage: 'trust',
      kinds: 1,
      economic: 255000, // E2 100000 + 5000, E4 150000 (E3 cancelled)
      discount: 20000, // E2 120000 − 100000
      costInitial: 1000,
      maintenanceInteractions: 3501, // 2000 + 1501
      costMaintenance: 23501, // + the discount
      costEnd: 0,
      referred: 1,
      referralRevenue: 30000,
      profit: 260499, // 255000 + 30000 − 1000 − 23501
      negativeWom: 0,
      recommendation: 1,
      capabilityRating: 2,
      advice: 1,
      capability: 2.5, // 2 + 0.5 × 1
      satisfaction: 8.5, // (8 + 9) / 2
      satisfactionCount: 2,
      npsGroup: 'promoter', // latest: 9
      intent: 'maybe',
      streak: 1,
      attendedInWindow: 2,
      windowSize: 3,
      loyalty: 50, // 0.4 × 50 + 0.6 × 100 × (0.5 × 1/3 + 0.5 × 2/3)
      attendedSinceFirst: 3, // E1, E2, E4
      heldSinceFirst: 4,
      retention: 0.75,
      repeat: 1,
      areaRank: 1, // E4: 54 m² before C's 18 (T's 300 is in the Trash)
      areaRankOf: 2,
      revenuePerEdition: 127500,
      probabilitySource: 'fallback',
      economicNorm: 1, // 3 of 3 positive values ≤ 255000
    });
    expect(a.contributionShare).toBeCloseTo(255000 / 305000, 12);
    expect(a.potential).toBe(Math.round(pa * 127500 * Math.min(10, 1 / (1 - pa))));

    expect(storedRow(id, B)).toMatchObject({
      stage: 'lost',
      economic: 20000,
      discount: 0,
      costInitial: 0,
      maintenanceInteractions: 700,
      costMaintenance: 700,
      costEnd: 500,
      profit: 18800,
      negativeWom: 1,
      recommendation: -2, // no referral − the penalty of 2
      recommendationNorm: 0,
      demonstrationRating: 5,
      satisfaction: 3,
      npsGroup: 'detractor',
      intent: 'no',
      streak: 0,
      attendedInWindow: 1,
      retention: 1 / 3, // E2 of E2–E4
      areaRank: 1, // E2: 54 before A's 36
      areaRankOf: 2,
      economicNorm: 1 / 3,
    });
    expect(storedRow(id, B).loyalty).toBeCloseTo(10, 10); // 0.4 × 0 + 0.6 × 100 × 0.5 × 1/3

    expect(storedRow(id, C)).toMatchObject({ economic: 30000, profit: 30000, streak: 1, retention: 1, repeat: 0, areaRank: 2, areaRankOf: 2, intent: null });
    expect(storedRow(id, C).loyalty).toBeCloseTo(100 / 3, 10);

    // No data at all: every figure defined (0 or null), never NaN.
    const d = storedRow(id, D);
    expect(d).toMatchObject({
      economic: 0, profit: 0, discount: 0, costInitial: 0, satisfaction: null, satisfactionCount: 0, npsGroup: null, intent: null,
      streak: 0, loyalty: 0, retention: null, repeat: 0, contributionShare: 0, revenuePerEdition: 0, potential: 0, areaRank: null,
      economicNorm: 0, profitNorm: 0, recommendationNorm: 0, potentialNorm: 0,
    });
    for (const row of r.figures) {
      for (const k of FIGURE_KEYS) {
        const v = (row as RelationshipFigures)[k];
        if (typeof v === 'number') expect(Number.isFinite(v), `${row.customerId} ${k}`).toBe(true);
      }
    }
    expect(r.figures.map((f) => f.customerId)).not.toContain(T);

    const summary = readSnapshotSummary(db, id)!;
    // Major units in the summary (as the API returns it).
    expect(summary.byStage.trust).toEqual({ count: 1, revenue: 2550, profit: 2604.99 });
    expect(summary.byStage.cultivation.count).toBe(1);
    expect(summary.npsByEdition.map((e) => [e.edition.name, e.nps, e.respondents])).toEqual([['E2', -50, 2], ['E3', null, 0], ['E4', 100, 1]]);
    expect(summary.npsExhibition).toBe(0); // 8, 3, 9: one promoter, one detractor
    expect(summary.byKind.exhibitor.count).toBe(3);
    expect(summary.byKind.partner.count).toBe(1);
  });

  it('a failure in the middle of the write leaves no partial snapshot', () => {
    expect(() =>
      assess(db, {
        exhibitionId: X,
        now: TODAY,
        reason: 'manual',
        beforeRow: (i) => {
          if (i === 2) throw new Error('disk full');
        },
      }),
    ).toThrow('disk full');
    expect(db.prepare('SELECT count(*) FROM value_snapshots').pluck().get()).toBe(0);
    expect(db.prepare('SELECT count(*) FROM value_figures').pluck().get()).toBe(0);
    // And the next one succeeds.
    expect(assess(db, { exhibitionId: X, now: TODAY, reason: 'manual' }).snapshot?.relationships).toBe(4);
  });

  it('compute only (store: false) writes nothing and gives the same figures', () => {
    const dry = assess(db, { exhibitionId: X, now: TODAY, reason: 'cli', store: false });
    expect(dry.snapshot).toBeNull();
    expect(db.prepare('SELECT count(*) FROM value_snapshots').pluck().get()).toBe(0);
    const stored = assess(db, { exhibitionId: X, now: TODAY, reason: 'cli' });
    expect(stored.figures).toEqual(dry.figures);
    expect(dry.model.backtest.testExamples).toBe(2);
  });

  it('an exhibition without editions or relationships gives an empty, defined snapshot', () => {
    db.prepare("INSERT INTO exhibitions (id, name, created_at, updated_at) VALUES ('00000000-0000-4000-8000-000000000009', 'Empty', '2020', '2020')").run();
    const r = assess(db, { exhibitionId: '00000000-0000-4000-8000-000000000009', now: TODAY, reason: 'manual' });
    expect(r.figures).toEqual([]);
    expect(r.snapshot).toMatchObject({ relationships: 0, window: [], nextEdition: null, model: { kind: 'fallback', backtest: { edition: null } } });
  });

  it('refuses an unknown exhibition', () => {
    expect(() => assess(db, { exhibitionId: '00000000-0000-4000-8000-00000000dead', now: TODAY, reason: 'manual' })).toThrow(/no exhibition/);
  });
});
