import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend } from '../../../test/helpers/tempBackend';
import { ALLOWED_MOVES, STAGES, type Stage } from '../../../shared/domain/lifecycle';
import { makeContext } from '../context';
import { lifecycleOverview } from './lifecycleOverview';
import { lifecycleOverviewSql } from './lifecycleOverviewSql';

// The one-pass overview (transitionPass.ts) must give exactly what the former set-based
// statements give (lifecycleOverviewSql.ts), on generated histories: random moves along the
// allowed ones, dates before and after today and on edition ends, several moves on one day,
// relationships without a move, customers in the Trash.

let t: ReturnType<typeof tempBackend>;
beforeEach(() => {
  t = tempBackend();
});
afterEach(() => t.cleanup());

const TODAY = '2026-06-01';
const X = 'aaaa0001-0000-4000-8000-000000000000';
const stamp = '2026-01-01T00:00:00.000Z';
const END_DATES = ['2022-05-03', '2023-04-12', '2024-04-12', '2025-04-12', '2026-06-01', '2026-09-03'];

/** A small deterministic generator (mulberry32): the same history on every run. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

async function generate(seed: number, endDates: string[]) {
  const rnd = random(seed);
  const db = t.db();
  db.prepare('INSERT INTO exhibitions (id, name, maturity, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(X, 'Expo', 'growing', stamp, stamp);
  const ed = db.prepare(
    `INSERT INTO editions (id, exhibition_id, name, start_date, end_date, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  endDates.forEach((end, i) => ed.run(`bbbb000${i}-0000-4000-8000-000000000000`, X, `Expo ${i}`, end, end, 'closed', stamp, stamp));
  const ids: string[] = [];
  for (let i = 0; i < 40; i++) ids.push((await t.call('customers.create', { companyName: `Firm ${i}` })).id);
  db.prepare('DELETE FROM relationships WHERE exhibition_id = ?').run(X);
  const rel = db.prepare(
    `INSERT INTO relationships (customer_id, exhibition_id, stage, stage_since, began_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const ins = db.prepare(
    `INSERT INTO stage_transitions (id, customer_id, exhibition_id, seq, from_stage, to_stage, at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const id of ids) {
    let ms = Date.UTC(2021, 6, 1) + Math.floor(rnd() * 5 * 365) * 86400000;
    const history: [Stage, string][] = [['cultivation', day(ms)]];
    const moves = Math.floor(rnd() * 7);
    for (let k = 0; k < moves; k++) {
      const options = ALLOWED_MOVES[history.at(-1)![0]];
      // Now and then on an edition's end or on the same day as the move before.
      const r = rnd();
      ms += r < 0.15 ? 0 : Math.floor(rnd() * 400) * 86400000;
      const at = r > 0.9 ? endDates[Math.floor(rnd() * endDates.length)]! : day(ms);
      history.push([options[Math.floor(rnd() * options.length)]!, at < history.at(-1)![1] ? history.at(-1)![1] : at]);
    }
    const [stage, since] = history.at(-1)!;
    rel.run(id, X, stage, since, history[0]![1], stamp, stamp);
    // Inserted last move first: the figures must not depend on the rows' physical order.
    for (let i = history.length - 1; i >= 0; i--) {
      ins.run(`${id}-${i}`, id, X, i + 1, i > 0 ? history[i - 1]![0] : null, history[i]![0], history[i]![1], stamp);
    }
  }
  await t.call('customers.trash', { ids: ids.slice(0, 3) });
  return makeContext(db, { now: () => `${TODAY}T10:00:00.000Z` });
}

describe('lifecycle overview: one pass equals the set-based statements', () => {
  for (const seed of [1, 2, 3]) {
    it(`agrees on generated history ${seed}`, async () => {
      const ctx = await generate(seed, END_DATES);
      const fast = lifecycleOverview(ctx, X);
      expect(fast.durations.some((d) => d.stays > 0)).toBe(true);
      expect(STAGES.length).toBe(fast.durations.length);
      expect(fast).toEqual(lifecycleOverviewSql(ctx, X));
    });
  }

  it('agrees without past editions', async () => {
    const ctx = await generate(4, ['2027-01-01']);
    expect(lifecycleOverview(ctx, X)).toEqual(lifecycleOverviewSql(ctx, X));
  });
});
