import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend } from '../../../test/helpers/tempBackend';
import { DEFAULT_VALUATION_SETTINGS } from '../../../shared/domain/valuation/settings';

// The read side over snapshots written by the real assessment job ('valuation.assess', run
// inline in tests): assess (one job per exhibition at a time), status, table, the customer's
// value and history, and settings that re-assess.

type T = ReturnType<typeof tempBackend>;
let t: T;
beforeEach(() => {
  t = tempBackend();
});
afterEach(() => t.cleanup());

/** Closed editions 2023–2025 and customers with bookings in them. */
async function fair() {
  const x = (await t.call('exhibitions.create', { name: 'Canton Light Fair' })).id;
  const ed: Record<number, string> = {};
  for (const y of [2023, 2024, 2025]) {
    ed[y] = (await t.call('editions.create', { exhibitionId: x, name: `CLF ${y}`, startDate: `${y}-03-01`, endDate: `${y}-03-04`, status: 'closed' })).id;
  }
  const book = (customerId: string, y: number, price: number, other = 0) =>
    t.call('participations.create', { customerId, editionId: ed[y]!, role: 'exhibitor', status: 'attended', statusAt: `${y}-03-04`, priceCharged: price, otherRevenue: other });
  const loyal = (await t.call('customers.create', { companyName: 'Loyal Lamps', kinds: ['exhibitor'] })).id;
  const once = (await t.call('customers.create', { companyName: 'Once Optics', kinds: ['exhibitor'] })).id;
  const never = (await t.call('customers.create', { companyName: 'Never Neon', kinds: ['trade_buyer'] })).id;
  for (const y of [2023, 2024, 2025]) await book(loyal, y, 10_000.5, 500);
  await book(once, 2024, 3_000);
  return { x, loyal, once, never };
}

describe('valuation.assess through the real assessment', () => {
  it('runs one job per exhibition, then every read shows the new snapshot', async () => {
    const f = await fair();
    // Two asks in the same moment: the second gets the running job.
    const [a, b] = await Promise.all([t.call('valuation.assess', { exhibitionId: f.x }), t.call('valuation.assess', { exhibitionId: f.x })]);
    expect(a).toMatchObject({ kind: 'valuation.assess', status: 'running' });
    expect(b.id).toBe(a.id);
    expect((await t.call('valuation.status', { exhibitionId: f.x })).running?.id).toBe(a.id);
    const done = await t.backend.jobs.wait(a.id);
    expect(done).toMatchObject({ status: 'done', result: { relationships: 3 } });
    expect(t.events).toContainEqual({ type: 'data.changed', domain: 'valuation' });

    const status = await t.call('valuation.status', { exhibitionId: f.x });
    expect(status).toMatchObject({ running: null, stale: false, latest: { reason: 'manual', relationships: 3 } });
    expect(status.latest?.window.map((e) => e.name)).toEqual(['CLF 2023', 'CLF 2024', 'CLF 2025']);

    const table = await t.call('valuation.table', { exhibitionId: f.x });
    expect(table.total).toBe(3);
    const by = Object.fromEntries(table.rows.map((r) => [r.companyName, r]));
    // Loyal: 3 × (10,000.50 + 500) = 31,501.50 in major units; Never: nothing, all defined.
    expect(by['Loyal Lamps']).toMatchObject({ economic: 31_501.5, attendedInWindow: 3, revenuePerEdition: 10_500.5 });
    expect(by['Once Optics']!.economic).toBe(3_000);
    expect(by['Never Neon']).toMatchObject({ economic: 0, profit: 0, satisfaction: null, retention: null });
    expect(table.rows[0]!.score).toBeGreaterThanOrEqual(table.rows[2]!.score);
    for (const r of table.rows) for (const v of Object.values(r)) if (typeof v === 'number') expect(Number.isNaN(v)).toBe(false);

    const value = await t.call('valuation.ofRelationship', { customerId: f.loyal, exhibitionId: f.x });
    expect(value.current?.economic).toBe(31_501.5);
    expect(value.history).toHaveLength(1);
    expect(value.snapshot?.id).toBe(status.latest?.id);
    const summary = await t.call('valuation.summary', { exhibitionId: f.x });
    expect(summary?.summary.byKind.exhibitor.count).toBe(2);

    // A rating counts from the next assessment: stale until then.
    const neverVersion = (await t.call('valuation.ofRelationship', { customerId: f.never, exhibitionId: f.x })).version;
    await t.call('valuation.setRatings', { customerId: f.never, exhibitionId: f.x, version: neverVersion, demonstrationRating: 5 });
    expect((await t.call('valuation.status', { exhibitionId: f.x })).stale).toBe(true);

    // Saving settings re-assesses with them; the snapshot records the settings it used.
    const saved = await t.call('valuation.setSettings', { settings: { ...DEFAULT_VALUATION_SETTINGS, windowEditions: 2 }, exhibitionId: f.x });
    expect(saved.job).toMatchObject({ kind: 'valuation.assess', status: 'running' });
    await t.backend.jobs.wait(saved.job!.id);
    const snaps = await t.call('valuation.snapshots', { exhibitionId: f.x });
    expect(snaps.map((s) => s.reason)).toEqual(['settings', 'manual']);
    expect(snaps[0]!.settings.windowEditions).toBe(2);
    expect((await t.call('valuation.table', { exhibitionId: f.x })).rows.find((r) => r.companyName === 'Never Neon')).toMatchObject({ demonstrationRating: 5 });
    expect((await t.call('valuation.status', { exhibitionId: f.x })).stale).toBe(false);
    const cmp = await t.call('valuation.compare', { exhibitionId: f.x, fromSnapshotId: snaps[1]!.id, toSnapshotId: snaps[0]!.id });
    const moved = Object.values(cmp.matrix).reduce((n, row) => n + Object.values(row).reduce((a, b) => a + b, 0), 0);
    expect(moved).toBe(3);
    expect(cmp.rows).toHaveLength(cmp.total);
    expect((await t.call('valuation.ofRelationship', { customerId: f.loyal, exhibitionId: f.x })).history).toHaveLength(2);

    // Reset re-assesses too, back on the default window.
    const reset = await t.call('valuation.resetSettings', { exhibitionId: f.x });
    expect(reset.settings).toEqual(DEFAULT_VALUATION_SETTINGS);
    await t.backend.jobs.wait(reset.job!.id);
    const latest = (await t.call('valuation.status', { exhibitionId: f.x })).latest;
    expect(latest).toMatchObject({ reason: 'settings', settings: { windowEditions: 3 } });
  });

  it('prunes old snapshots after the job has answered: the newest 12 stay', async () => {
    const f = await fair();
    const db = t.backend.context().db;
    const count = () => db.prepare('SELECT count(*) FROM value_snapshots WHERE exhibition_id = ?').pluck().get(f.x) as number;
    const ids: string[] = [];
    for (let i = 0; i < 14; i++) {
      const done = await t.backend.jobs.wait((await t.call('valuation.assess', { exhibitionId: f.x })).id);
      ids.push((done.result as { snapshotId: string }).snapshotId);
      // Every answer's snapshot is there; pruning never takes more than the ones beyond 12.
      expect(count()).toBe(Math.min(i + 1, 12));
    }
    const left = db.prepare('SELECT id FROM value_snapshots WHERE exhibition_id = ? ORDER BY num').pluck().all(f.x);
    expect(left).toEqual(ids.slice(2));
    // Their figures went with them.
    expect(db.prepare('SELECT count(DISTINCT snapshot_num) FROM value_figures').pluck().get()).toBe(12);
  });

  it('refuses an unknown exhibition and a read-only workspace', async () => {
    const f = await fair();
    const r = await t.raw('valuation.assess', { exhibitionId: '00000000-0000-4000-8000-000000000000' });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { exhibitionId: expect.any(String) } } });
    t.backend.open(t.file, { readOnly: true });
    const ro = await t.raw('valuation.assess', { exhibitionId: f.x });
    expect(ro).toMatchObject({ ok: false, error: { code: 'read_only' } });
  });
});
