import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend } from '../../../test/helpers/tempBackend';
import type { Stage } from '../../../shared/domain/lifecycle';
import { makeContext } from '../context';
import type { Db } from '../store/openDatabase';
import { lifecycleOverview, median } from './lifecycleOverview';

// A hand-made history with known answers (days worked out by hand from the dates below).

let t: ReturnType<typeof tempBackend>;
beforeEach(() => {
  t = tempBackend();
});
afterEach(() => t.cleanup());

const TODAY = '2026-06-01';
const X = 'aaaa0001-0000-4000-8000-000000000000';
const stamp = '2026-01-01T00:00:00.000Z';

function exhibition(db: Db, maturity: 'new' | 'growing' | 'mature') {
  db.prepare('INSERT INTO exhibitions (id, name, maturity, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(X, 'Expo', maturity, stamp, stamp);
  const ed = db.prepare(
    `INSERT INTO editions (id, exhibition_id, name, start_date, end_date, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  ed.run('bbbb0001-0000-4000-8000-000000000000', X, 'Expo 2023', '2023-04-10', '2023-04-12', 'closed', stamp, stamp);
  ed.run('bbbb0002-0000-4000-8000-000000000000', X, 'Expo 2024', '2024-04-10', '2024-04-12', 'closed', stamp, stamp);
  ed.run('bbbb0003-0000-4000-8000-000000000000', X, 'Expo 2025', '2025-04-10', '2025-04-12', 'closed', stamp, stamp);
  // Not over yet on TODAY: no distribution point of its own.
  ed.run('bbbb0004-0000-4000-8000-000000000000', X, 'Expo 2026', '2026-09-01', '2026-09-03', 'open', stamp, stamp);
}

/** A relationship with its history [stage, date][]: the first entry is its start. */
function relationship(db: Db, customerId: string, history: [Stage, string][]) {
  const [stage, since] = history.at(-1)!;
  db.prepare(
    `INSERT INTO relationships (customer_id, exhibition_id, stage, stage_since, began_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(customerId, X, stage, since, history[0]![1], stamp, stamp);
  const ins = db.prepare(
    `INSERT INTO stage_transitions (id, customer_id, exhibition_id, seq, from_stage, to_stage, at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  history.forEach(([to, at], i) => ins.run(`${customerId}-${i}`, customerId, X, i + 1, i > 0 ? history[i - 1]![0] : null, to, at, stamp));
}

async function setUp(maturity: 'new' | 'growing' | 'mature' = 'mature') {
  const ids: string[] = [];
  for (const name of ['A', 'B', 'C', 'D', 'E', 'F']) ids.push((await t.call('customers.create', { companyName: `Firm ${name}` })).id);
  const db = t.db();
  exhibition(db, maturity);
  // Whatever the app made by itself for these customers is replaced by the known history.
  db.prepare('DELETE FROM relationships WHERE exhibition_id = ?').run(X);
  const [a, b, c, d, e, f] = ids as [string, string, string, string, string, string];
  relationship(db, a, [['cultivation', '2023-01-01'], ['confirmation', '2023-03-01'], ['trust', '2024-04-20']]);
  relationship(db, b, [['cultivation', '2023-02-01'], ['trust', '2023-04-11'], ['weakening', '2024-06-01'], ['lost', '2025-03-01']]);
  relationship(db, c, [['cultivation', '2024-01-10'], ['confirmation', '2024-05-01'], ['weakening', '2025-05-01']]);
  relationship(db, d, [['cultivation', '2025-01-01']]);
  relationship(db, e, [['cultivation', '2023-01-01'], ['lost', '2023-06-01'], ['cultivation', '2024-01-01'], ['confirmation', '2024-03-01'], ['lost', '2026-01-15']]);
  // In the Trash: left out of every figure.
  relationship(db, f, [['cultivation', '2023-01-01'], ['trust', '2023-02-01'], ['lost', '2023-03-01']]);
  await t.call('customers.trash', { ids: [f] });
  return makeContext(db, { now: () => `${TODAY}T10:00:00.000Z` });
}

const counts = (c: Partial<Record<Stage, number>>) => ({ cultivation: 0, confirmation: 0, trust: 0, weakening: 0, lost: 0, ...c });

describe('lifecycleAnalytics.overview', () => {
  it('reads the stage distribution at each past edition end and now', async () => {
    const o = lifecycleOverview(await setUp(), X);
    expect(o.today).toBe(TODAY);
    expect(o.distribution.map((p) => [p.editionName, p.date, p.counts, p.total])).toEqual([
      ['Expo 2023', '2023-04-12', counts({ cultivation: 1, confirmation: 1, trust: 1 }), 3],
      ['Expo 2024', '2024-04-12', counts({ cultivation: 1, confirmation: 2, trust: 1 }), 4],
      ['Expo 2025', '2025-04-12', counts({ cultivation: 1, confirmation: 2, trust: 1, lost: 1 }), 5],
      [null, TODAY, counts({ cultivation: 1, trust: 1, weakening: 1, lost: 2 }), 5],
    ]);
  });

  it('counts the funnel: a skip from cultivation to trust passes confirmation', async () => {
    const o = lifecycleOverview(await setUp(), X);
    expect(o.funnel).toEqual({ cultivation: 5, confirmation: 4, trust: 2 });
  });

  it('takes medians over completed stays and the time to first trust', async () => {
    const o = lifecycleOverview(await setUp(), X);
    expect(o.durations).toEqual([
      // A 59, E 60, B 69, C 112, E 151
      { stage: 'cultivation', medianDays: 69, stays: 5 },
      // C 365, A 416, E 685
      { stage: 'confirmation', medianDays: 416, stays: 3 },
      { stage: 'trust', medianDays: 417, stays: 1 },
      { stage: 'weakening', medianDays: 273, stays: 1 },
      { stage: 'lost', medianDays: 214, stays: 1 },
    ]);
    // B 69, A 475: the mean of the two middle values.
    expect(o.timeToTrust).toEqual({ medianDays: 272, relationships: 2 });
  });

  it('counts moves to lost per edition cycle, and the running cycle', async () => {
    const o = lifecycleOverview(await setUp(), X);
    expect(o.churn.map((c) => [c.editionName, c.from, c.to, c.lost, c.atRisk])).toEqual([
      ['Expo 2023', null, '2023-04-12', 0, 3],
      // At risk: the 3 not lost at its start, C (began) and E (re-approached after being lost).
      ['Expo 2024', '2023-04-12', '2024-04-12', 1, 5],
      ['Expo 2025', '2024-04-12', '2025-04-12', 1, 5],
      // B was lost before this cycle began: not at risk any more.
      [null, '2025-04-12', TODAY, 1, 4],
    ]);
  });

  it('names the focus stage by maturity', async () => {
    const ctx = await setUp('mature');
    expect(lifecycleOverview(ctx, X).focus).toEqual({ maturity: 'mature', stages: ['weakening'], counts: [1] });
    t.db().prepare("UPDATE exhibitions SET maturity = 'new'").run();
    expect(lifecycleOverview(ctx, X).focus).toEqual({ maturity: 'new', stages: ['cultivation', 'confirmation'], counts: [1, 0] });
    t.db().prepare("UPDATE exhibitions SET maturity = 'growing'").run();
    expect(lifecycleOverview(ctx, X).focus).toEqual({ maturity: 'growing', stages: ['trust'], counts: [1] });
  });

  it('answers an exhibition with no history yet with zeros and no past editions', async () => {
    const x = await t.call('exhibitions.create', { name: 'Brand new fair' });
    t.db().prepare('DELETE FROM relationships WHERE exhibition_id = ?').run(x.id);
    const o = await t.call('lifecycleAnalytics.overview', { exhibitionId: x.id });
    expect(o.distribution).toHaveLength(1);
    expect(o.distribution[0]!.total).toBe(0);
    expect(o.funnel).toEqual({ cultivation: 0, confirmation: 0, trust: 0 });
    expect(o.durations.every((d) => d.medianDays === null && d.stays === 0)).toBe(true);
    expect(o.timeToTrust).toEqual({ medianDays: null, relationships: 0 });
    expect(o.churn).toHaveLength(1);
    expect(o.churn[0]).toMatchObject({ editionId: null, from: null, lost: 0, atRisk: 0 });
    expect(o.focus).toEqual({ maturity: 'new', stages: ['cultivation', 'confirmation'], counts: [0, 0] });
  });

  it('takes the median of counted values', () => {
    expect(median([])).toEqual({ median: null, n: 0 });
    expect(median([[5, 1]])).toEqual({ median: 5, n: 1 });
    expect(median([[9, 1], [1, 2], [4, 1]])).toEqual({ median: 2.5, n: 4 });
    expect(median([[9, 1], [1, 2], [4, 2]])).toEqual({ median: 4, n: 5 });
  });

  it('refuses an unknown exhibition and a malformed id', async () => {
    const missing = await t.raw('lifecycleAnalytics.overview', { exhibitionId: '00000000-0000-4000-8000-000000000000' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const bad = await t.raw('lifecycleAnalytics.overview', { exhibitionId: 'nope' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { exhibitionId: expect.any(String) } } });
  });
});
