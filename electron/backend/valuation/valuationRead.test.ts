import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend } from '../../../test/helpers/tempBackend';
import { VALUE_SORTS, type ValueSort } from '../../../shared/api/valuation';
import { kindsToMask, type CustomerKind } from '../../../shared/domain/customer';
import { FIGURE_KEYS, MONEY_FIGURES, TIERS, type RelationshipFigures } from '../../../shared/domain/valuation/figures';
import { insertSnapshot } from './valuationTestData';

// The read side of valuation on a real workspace: snapshots written straight into the tables
// (valuationTestData.ts), read through the real dispatcher. Orders and filters are compared
// with a plain computation in the test over the same figures.

type T = ReturnType<typeof tempBackend>;
let t: T;
beforeEach(() => {
  t = tempBackend();
});
afterEach(() => t.cleanup());

interface Person {
  name: string;
  kinds: CustomerKind[];
  industry?: string;
  region?: string;
  tags?: string[];
  phone?: string;
}

const PEOPLE: Person[] = [
  { name: 'Alpha Lighting', kinds: ['exhibitor'], industry: 'Lighting', region: 'East', tags: ['BRAND', 'vip'], phone: '+86 21 5555 0101' },
  { name: 'Beta Lamps', kinds: ['exhibitor', 'trade_buyer'], industry: 'Lighting', region: 'South' },
  { name: 'Gamma Media', kinds: ['partner'], industry: 'Media' },
  { name: 'Delta Diodes', kinds: ['exhibitor'], industry: 'Electronics', region: 'East' },
  { name: 'Epsilon Electric', kinds: ['trade_buyer'], industry: 'Electronics' },
  { name: 'Zeta Switches', kinds: ['exhibitor'], industry: 'Lighting' },
  { name: '华光照明', kinds: ['exhibitor'], industry: 'Lighting', region: 'North' },
  { name: 'Eta Optics', kinds: ['professional_visitor'] },
  { name: 'Theta Tubes', kinds: ['exhibitor'], industry: 'Lighting' },
  { name: 'Iota Instruments', kinds: ['general_visitor'] },
  { name: 'Kappa Cables', kinds: ['exhibitor', 'partner'], industry: 'Electronics' },
  { name: 'Lambda LEDs', kinds: ['exhibitor'], industry: 'Lighting' },
];

const STAGES = ['cultivation', 'confirmation', 'trust', 'weakening', 'lost'] as const;
const QUADS = ['key', 'profit', 'strategic', 'marginal'] as const;
const NPS = ['promoter', 'passive', 'detractor', null] as const;
const INTENTS = ['yes', 'maybe', 'no', null] as const;

/** Deterministic, varied figures with ties (score, economic) and NULLs, for customer i. */
function figuresFor(i: number, customerId: string, kinds: number): Partial<RelationshipFigures> & { customerId: string } {
  const v = (k: number, m: number) => (i * 7 + k * 3) % m;
  return {
    customerId, kinds,
    stage: STAGES[i % 5]!,
    economic: v(1, 5) * 100_000 + 12, referralRevenue: v(2, 3) * 5_000, referred: v(2, 3), negativeWom: i % 4 === 0 ? 1 : 0,
    costInitial: v(3, 4) * 1_000, costMaintenance: v(4, 6) * 1_500, maintenanceInteractions: v(4, 6) * 500, discount: v(4, 6) * 1_000,
    costEnd: v(5, 2) * 700, profit: v(1, 5) * 90_000 - v(6, 4) * 10_000,
    demonstrationRating: i % 3 === 0 ? null : v(7, 6), areaRank: i % 2 ? v(8, 9) + 1 : null, areaRankOf: i % 2 ? 10 : null,
    recommendation: v(2, 3) - (i % 4 === 0 ? 2 : 0), capabilityRating: i % 4 === 1 ? null : v(9, 6), advice: v(9, 3), capability: v(9, 6),
    satisfaction: i % 5 === 2 ? null : v(10, 11) * 0.9, satisfactionCount: v(10, 3), npsGroup: NPS[i % 4]!, intent: INTENTS[(i + 1) % 4]!,
    streak: v(11, 4), attendedInWindow: v(11, 4), windowSize: 3, loyalty: v(12, 10) * 10,
    attendedSinceFirst: v(13, 5), heldSinceFirst: 5, retention: i % 6 === 5 ? null : v(13, 5) / 5, repeat: v(13, 5) >= 2 ? 1 : 0,
    contributionShare: v(1, 5) / 20, revenuePerEdition: v(14, 7) * 33_333, remainingEditions: 1 + v(15, 5), potential: v(16, 8) * 25_000,
    probability: v(17, 10) / 10, probabilitySource: i % 2 ? 'model' : 'fallback',
    economicNorm: v(1, 5) / 4, profitNorm: v(18, 5) / 4, recommendationNorm: v(2, 3) / 2, potentialNorm: v(16, 8) / 7, strategicNorm: v(19, 5) / 4,
    // Ties on purpose: every score appears about twice.
    score: Math.round(v(20, 6) * 12.5 * 10) / 10,
    tier: TIERS[v(21, 4)]!, quadrant: QUADS[v(22, 4)]!,
  };
}

async function world() {
  const x = (await t.call('exhibitions.create', { name: 'Canton Light Fair' })).id;
  const y = (await t.call('exhibitions.create', { name: 'Other Fair' })).id;
  const ids: string[] = [];
  for (const p of PEOPLE) {
    const c = await t.call('customers.create', {
      companyName: p.name, kinds: p.kinds, industry: p.industry ?? null, region: p.region ?? null, tags: p.tags ?? [], phone: p.phone ?? null,
    });
    ids.push(c.id);
  }
  const figures = ids.map((id, i) => figuresFor(i, id, kindsToMask(PEOPLE[i]!.kinds)));
  const db = t.db();
  const older = insertSnapshot(db, { exhibitionId: x, takenAt: '2026-10-01T09:00:00.000Z', figures: figures.map((f) => ({ ...f, probability: 0.9, tier: 'A' as const, score: 90 })) });
  const latest = insertSnapshot(db, { exhibitionId: x, takenAt: '2026-11-01T09:00:00.000Z', figures });
  const otherFair = insertSnapshot(db, { exhibitionId: y, takenAt: '2026-11-02T09:00:00.000Z', figures: [] });
  const names = new Map((db.prepare('SELECT id, name_sort FROM customers').raw().all() as [string, string][]));
  const nums = new Map((db.prepare('SELECT id, num FROM customers').raw().all() as [string, number][]));
  return { x, y, ids, figures: figures as RelationshipFigures[], older, latest, otherFair, names, nums };
}

type W = Awaited<ReturnType<typeof world>>;

/**
 * The order the table must give: the sort value (NULLs last both ways), then, in the same
 * direction, the customer's num (value_figures' key: the order customers were created in) —
 * or, sorted by name, the customer id (relationships_by_name's order).
 */
function expectedOrder(w: W, rows: RelationshipFigures[], field: ValueSort, dir: 'asc' | 'desc'): string[] {
  const val = (r: RelationshipFigures): string | number | null => (field === 'companyName' ? w.names.get(r.customerId)! : (r[field] as string | number | null));
  const sign = dir === 'asc' ? 1 : -1;
  return [...rows]
    .sort((a, b) => {
      const va = val(a);
      const vb = val(b);
      if (va === null && vb !== null) return 1;
      if (vb === null && va !== null) return -1;
      if (va !== null && vb !== null && va !== vb) return (va < vb ? -1 : 1) * sign;
      if (field === 'companyName') return (a.customerId < b.customerId ? -1 : 1) * sign;
      return (w.nums.get(a.customerId)! - w.nums.get(b.customerId)!) * sign;
    })
    .map((r) => r.customerId);
}

describe('valuation.table', () => {
  it('reads the latest snapshot by score, highest first, money in major units, with the customer and next follow-up', async () => {
    const w = await world();
    await t.call('tasks.create', { customerId: w.ids[0]!, title: 'Call about the stand', dueOn: '2026-12-01' });
    await t.call('tasks.create', { customerId: w.ids[0]!, title: 'Send the offer', dueOn: '2026-11-28' });
    const r = await t.call('valuation.table', { exhibitionId: w.x });
    expect(r.snapshot?.id).toBe(w.latest);
    expect(r.total).toBe(PEOPLE.length);
    expect(r.rows.map((row) => row.customerId)).toEqual(expectedOrder(w, w.figures, 'score', 'desc'));
    const alpha = r.rows.find((row) => row.customerId === w.ids[0])!;
    expect(alpha).toMatchObject({ companyName: 'Alpha Lighting', industry: 'Lighting', region: 'East', nextFollowUp: '2026-11-28' });
    const stored = w.figures[0]!;
    for (const k of FIGURE_KEYS) {
      const money = (MONEY_FIGURES as readonly string[]).includes(k);
      expect(alpha[k], k).toEqual(money ? (stored[k] as number) / 100 : stored[k]);
    }
    expect(alpha.economic).toBe(Math.round(stored.economic) / 100);
    expect(r.rows.find((row) => row.customerId === w.ids[1])!.nextFollowUp).toBeNull();
  });

  it('sorts by every field in both directions with a stable tie-break, and pages', async () => {
    const w = await world();
    for (const field of VALUE_SORTS) {
      for (const dir of ['asc', 'desc'] as const) {
        const r = await t.call('valuation.table', { exhibitionId: w.x, sort: { field, dir }, limit: 500 });
        expect(r.rows.map((row) => row.customerId), `${field} ${dir}`).toEqual(expectedOrder(w, w.figures, field, dir));
      }
    }
    const all = expectedOrder(w, w.figures, 'profit', 'asc');
    const p2 = await t.call('valuation.table', { exhibitionId: w.x, sort: { field: 'profit', dir: 'asc' }, offset: 5, limit: 5 });
    expect(p2.rows.map((r) => r.customerId)).toEqual(all.slice(5, 10));
    expect(p2.total).toBe(PEOPLE.length);
    const past = await t.call('valuation.table', { exhibitionId: w.x, offset: 100, limit: 5 });
    expect(past).toMatchObject({ rows: [], total: PEOPLE.length });
  });

  it('filters by stage, tier, quadrant, kind, name and segment, together', async () => {
    const w = await world();
    const ids = (rows: { customerId: string }[]) => rows.map((r) => r.customerId).sort();
    const expectIds = (pred: (f: RelationshipFigures, i: number) => boolean) => w.figures.filter((f, i) => pred(f, i)).map((f) => f.customerId).sort();
    const call = (extra: object) => t.call('valuation.table', { exhibitionId: w.x, limit: 500, ...extra });

    expect(ids((await call({ stages: ['trust', 'weakening'] })).rows)).toEqual(expectIds((f) => f.stage === 'trust' || f.stage === 'weakening'));
    expect(ids((await call({ tiers: ['A'] })).rows)).toEqual(expectIds((f) => f.tier === 'A'));
    expect(ids((await call({ quadrants: ['strategic', 'key'] })).rows)).toEqual(expectIds((f) => f.quadrant === 'strategic' || f.quadrant === 'key'));
    // kinds is a bit set: "trade buyer" finds Beta (exhibitor + trade buyer) too.
    const buyers = await call({ kinds: ['trade_buyer'] });
    expect(ids(buyers.rows)).toEqual(expectIds((_f, i) => PEOPLE[i]!.kinds.includes('trade_buyer')));
    expect(buyers.rows.map((r) => r.companyName).sort()).toEqual(['Beta Lamps', 'Epsilon Electric']);
    expect(buyers.total).toBe(2);
    // Name search (the customer list's search: Latin words and Chinese).
    expect((await call({ q: 'lamps' })).rows.map((r) => r.companyName)).toEqual(['Beta Lamps']);
    expect((await call({ q: '华光' })).rows.map((r) => r.companyName)).toEqual(['华光照明']);
    expect(await call({ q: '!!' })).toMatchObject({ rows: [], total: 0 });
    // Empty lists filter nothing.
    expect((await call({ stages: [], tiers: [] })).total).toBe(PEOPLE.length);

    const seg = await t.call('segments.create', { name: 'Lighting firms', definition: { type: 'group', op: 'and', items: [{ type: 'industry', values: ['Lighting'] }] } });
    const lighting = (i: number) => PEOPLE[i]!.industry === 'Lighting';
    const r = await call({ segmentId: seg.id });
    expect(ids(r.rows)).toEqual(expectIds((_f, i) => lighting(i)));
    expect(r.total).toBe(PEOPLE.filter((p) => p.industry === 'Lighting').length);
    const both = await call({ segmentId: seg.id, tiers: ['A', 'B'], kinds: ['exhibitor'] });
    expect(ids(both.rows)).toEqual(expectIds((f, i) => lighting(i) && (f.tier === 'A' || f.tier === 'B') && PEOPLE[i]!.kinds.includes('exhibitor')));
    expect(both.total).toBe(both.rows.length);
  });

  it('leaves customers in the Trash out of rows and totals, and reads a named older snapshot', async () => {
    const w = await world();
    await t.call('customers.trash', { ids: [w.ids[0]!, w.ids[3]!] });
    const r = await t.call('valuation.table', { exhibitionId: w.x, limit: 500 });
    expect(r.total).toBe(PEOPLE.length - 2);
    expect(r.rows.map((x) => x.customerId)).not.toContain(w.ids[0]);
    expect(r.rows.map((x) => x.customerId)).toEqual(expectedOrder(w, w.figures.filter((_, i) => i !== 0 && i !== 3), 'score', 'desc'));
    const filtered = await t.call('valuation.table', { exhibitionId: w.x, kinds: ['exhibitor'], limit: 500 });
    expect(filtered.total).toBe(PEOPLE.filter((p, i) => i !== 0 && i !== 3 && p.kinds.includes('exhibitor')).length);
    // Through a customer condition (name search, segment) too.
    expect(await t.call('valuation.table', { exhibitionId: w.x, q: 'alpha' })).toMatchObject({ rows: [], total: 0 });
    expect((await t.call('valuation.matrix', { exhibitionId: w.x })).total).toBe(PEOPLE.length - 2);
    const old = await t.call('valuation.table', { exhibitionId: w.x, snapshotId: w.older, limit: 500 });
    expect(old.snapshot?.id).toBe(w.older);
    expect(old.rows.every((x) => x.score === 90 && x.tier === 'A')).toBe(true);
    // Emptying the Trash deletes their figures in every snapshot (a trigger: value_figures has
    // no foreign key to customers), and nobody else's.
    const rowsOf = () => t.db().prepare('SELECT count(*) FROM value_figures').pluck().get() as number;
    const before = rowsOf();
    await t.call('customers.emptyTrash', { confirm: true });
    expect(rowsOf()).toBe(before - 4);
    expect((await t.call('valuation.table', { exhibitionId: w.x, limit: 500 })).total).toBe(PEOPLE.length - 2);
  });

  it('answers with no rows before the first assessment, and refuses a snapshot of another exhibition', async () => {
    const w = await world();
    const fresh = (await t.call('exhibitions.create', { name: 'New Fair' })).id;
    expect(await t.call('valuation.table', { exhibitionId: fresh })).toEqual({ rows: [], total: 0, snapshot: null });
    const bad = await t.raw('valuation.table', { exhibitionId: w.x, snapshotId: w.otherFair });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { snapshotId: expect.stringContaining('assessment') } } });
    const zh = await t.raw('valuation.table', { exhibitionId: w.x, snapshotId: w.otherFair }, 'zh');
    expect(zh).toMatchObject({ ok: false, error: { fields: { snapshotId: '该展会没有这次评估（或已被清理）。' } } });
    const noEx = await t.raw('valuation.table', { exhibitionId: '00000000-0000-4000-8000-000000000000' });
    expect(noEx).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { exhibitionId: 'This exhibition does not exist.' } } });
    const badSort = await t.raw('valuation.table', { exhibitionId: w.x, sort: { field: 'bogus', dir: 'asc' }, limit: 0 });
    expect(badSort).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { 'sort.field': expect.any(String), limit: expect.any(String) } } });
    const noSeg = await t.raw('valuation.table', { exhibitionId: w.x, segmentId: '00000000-0000-4000-8000-000000000000' });
    expect(noSeg).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { segmentId: expect.any(String) } } });
  });
});

describe('valuation.matrix', () => {
  it('gives the highest scores first up to the limit, with the total that match', async () => {
    const w = await world();
    const m = await t.call('valuation.matrix', { exhibitionId: w.x, limit: 4 });
    expect(m.total).toBe(PEOPLE.length);
    expect(m.points.map((p) => p.customerId)).toEqual(expectedOrder(w, w.figures, 'score', 'desc').slice(0, 4));
    const first = w.figures.find((f) => f.customerId === m.points[0]!.customerId)!;
    expect(m.points[0]).toEqual({
      customerId: first.customerId, companyName: PEOPLE[w.ids.indexOf(first.customerId)]!.name, economicNorm: first.economicNorm,
      strategicNorm: first.strategicNorm, economic: first.economic / 100, score: first.score, tier: first.tier, quadrant: first.quadrant,
    });
    const tierA = await t.call('valuation.matrix', { exhibitionId: w.x, tiers: ['A'] });
    expect(tierA.total).toBe(w.figures.filter((f) => f.tier === 'A').length);
    expect(tierA.points).toHaveLength(tierA.total);
  });
});

describe('snapshots and summary', () => {
  it('lists an exhibition’s snapshots newest first and reads the stored summary', async () => {
    const w = await world();
    const list = await t.call('valuation.snapshots', { exhibitionId: w.x });
    expect(list.map((s) => s.id)).toEqual([w.latest, w.older]);
    expect(list[0]).toMatchObject({ exhibitionId: w.x, takenAt: '2026-11-01T09:00:00.000Z', reason: 'manual', relationships: PEOPLE.length, window: [], nextEdition: null, durationMs: 5 });
    expect(list[0]!.settings.tierCutoffs).toEqual({ a: 10, b: 30, c: 60 });
    const s = await t.call('valuation.summary', { exhibitionId: w.x });
    expect(s?.snapshot.id).toBe(w.latest);
    expect(s?.summary.byTier.A).toEqual({ count: 1, revenue: 500, profit: 400 });
    expect((await t.call('valuation.summary', { exhibitionId: w.x, snapshotId: w.older }))?.snapshot.id).toBe(w.older);
    const fresh = (await t.call('exhibitions.create', { name: 'New Fair' })).id;
    expect(await t.call('valuation.summary', { exhibitionId: fresh })).toBeNull();
    expect(await t.call('valuation.snapshots', { exhibitionId: fresh })).toEqual([]);
  });
});

describe('valuation.compare', () => {
  it('counts tier moves in a tier × tier matrix with "none", and pages the movers only', async () => {
    const w = await world();
    // A relationship only in the newer snapshot, and one now in the Trash (left out of both).
    const newcomer = (await t.call('customers.create', { companyName: 'Newcomer Neon' })).id;
    const db = t.db();
    const from = insertSnapshot(db, {
      exhibitionId: w.x, takenAt: '2026-11-10T00:00:00.000Z',
      figures: w.figures.map((f, i) => ({ customerId: f.customerId, tier: i < 6 ? ('A' as const) : ('C' as const), score: 50 })),
    });
    const to = insertSnapshot(db, {
      exhibitionId: w.x, takenAt: '2026-11-20T00:00:00.000Z',
      figures: [
        ...w.figures.slice(1).map((f, i) => ({ customerId: f.customerId, tier: i + 1 < 3 ? ('A' as const) : ('B' as const), score: 60 })),
        { customerId: newcomer, tier: 'D' as const, score: 5 },
      ],
    });
    await t.call('customers.trash', { ids: [w.ids[11]!] });
    const r = await t.call('valuation.compare', { exhibitionId: w.x, fromSnapshotId: from, toSnapshotId: to, limit: 3 });
    // from: 0–5 A, 6–11 C (11 trashed). to: 0 missing, 1–2 A, 3–11 B, newcomer D.
    expect(r.matrix.A).toEqual({ A: 2, B: 3, C: 0, D: 0, none: 1 });
    expect(r.matrix.C).toEqual({ A: 0, B: 5, C: 0, D: 0, none: 0 });
    expect(r.matrix.none).toEqual({ A: 0, B: 0, C: 0, D: 1, none: 0 });
    expect(r.total).toBe(3 + 1 + 5 + 1);
    expect(r.from.id).toBe(from);
    expect(r.to.id).toBe(to);
    // Ordered by the tier left (A first), then the tier reached ('none' last), then name.
    expect(r.rows.map((m) => [m.companyName, m.fromTier, m.toTier])).toEqual([
      ['Delta Diodes', 'A', 'B'],
      ['Epsilon Electric', 'A', 'B'],
      ['Zeta Switches', 'A', 'B'],
    ]);
    const rest = await t.call('valuation.compare', { exhibitionId: w.x, fromSnapshotId: from, toSnapshotId: to, offset: 3, limit: 50 });
    expect(rest.rows[0]).toEqual({ customerId: w.ids[0], companyName: 'Alpha Lighting', fromTier: 'A', toTier: null, fromScore: 50, toScore: null });
    expect(rest.rows.at(-1)).toMatchObject({ companyName: 'Newcomer Neon', fromTier: null, toTier: 'D', fromScore: null, toScore: 5 });
    expect(rest.rows).toHaveLength(7);
    const bad = await t.raw('valuation.compare', { exhibitionId: w.x, fromSnapshotId: w.otherFair, toSnapshotId: to });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { fromSnapshotId: expect.any(String) } } });
  });
});
