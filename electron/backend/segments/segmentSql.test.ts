import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempBackend } from '../../../test/helpers/tempBackend';
import { SegmentDefinitionSchema, type SegmentConditionInput, type SegmentDefinition } from '../../../shared/domain/segment';
import { segmentWhere } from './segmentSql';
import { COUNTRIES, expectedIds, INDUSTRIES, REGIONS, rng, seedSegmentData, type Model } from './segmentTestData';

// Every condition type and AND/OR nesting, run as SQL on a real workspace and compared with the
// set a plain-JS reading of the same rows gives (segmentTestData.ts).

let t: ReturnType<typeof tempBackend>;
let m: Model;
beforeAll(async () => {
  t = tempBackend();
  m = await seedSegmentData(t);
});
afterAll(() => t.cleanup());

const def = (items: (SegmentConditionInput | SegmentDefinition)[], op: 'and' | 'or' = 'and'): SegmentDefinition =>
  SegmentDefinitionSchema.parse({ type: 'group', op, items });

async function membersOf(d: SegmentDefinition): Promise<string[]> {
  const res = await t.call('segments.members', { definition: d, limit: 500 });
  const { count } = await t.call('segments.count', { definition: d });
  expect(res.total).toBe(count);
  expect(res.rows.length).toBe(count);
  return res.rows.map((r) => r.id).sort();
}

const e = (i: number) => m.editions[i]!.id;

// Each case is checked against the model; cases are chosen so the answer is neither nobody nor
// everybody (asserted), or the comparison would prove little.
const cases: [string, () => SegmentConditionInput][] = [
  ['kind: any of one', () => ({ type: 'kind', values: ['exhibitor'] })],
  ['kind: any of two', () => ({ type: 'kind', values: ['trade_buyer', 'partner'] })],
  ['industry', () => ({ type: 'industry', values: [INDUSTRIES[0]] })],
  ['industry: two', () => ({ type: 'industry', values: [INDUSTRIES[1], INDUSTRIES[2]] })],
  ['country', () => ({ type: 'country', values: [COUNTRIES[0], COUNTRIES[2]] })],
  ['region', () => ({ type: 'region', values: [REGIONS[1]] })],
  ['size band', () => ({ type: 'sizeBand', values: ['1-9', '1000+'] })],
  ['tag', () => ({ type: 'tag', values: ['VIP'] })],
  ['tag: two', () => ({ type: 'tag', values: ['brand leader', 'new'] })],
  ['screening', () => ({ type: 'screening', values: ['verified'] })],
  ['screening: two', () => ({ type: 'screening', values: ['unverified', 'rejected'] })],
  ['took part (booked)', () => ({ type: 'tookPart', editionId: e(1) })],
  ['took part (any status)', () => ({ type: 'tookPart', editionId: e(1), anyStatus: true })],
  ['did not take part (booked)', () => ({ type: 'notTookPart', editionId: e(2) })],
  ['did not take part (any status)', () => ({ type: 'notTookPart', editionId: e(2), anyStatus: true })],
  ['editions attended ≥ 1', () => ({ type: 'editionsAttended', min: 1 })],
  ['editions attended ≤ 0', () => ({ type: 'editionsAttended', max: 0 })],
  ['editions attended 1–1', () => ({ type: 'editionsAttended', min: 1, max: 1 })],
  ['revenue ≥ 3,000.00', () => ({ type: 'revenue', min: 3000 })],
  ['revenue ≤ 1,000.5', () => ({ type: 'revenue', max: 1000.5 })],
  ['revenue 500–6,000.25', () => ({ type: 'revenue', min: 500, max: 6000.25 })],
  ['stand area total ≥ 40', () => ({ type: 'standArea', measure: 'total', min: 40 })],
  ['stand area total ≤ 0 (no stand)', () => ({ type: 'standArea', measure: 'total', max: 0 })],
  ['stand area max 18–60', () => ({ type: 'standArea', measure: 'max', min: 18, max: 60 })],
  ['satisfaction latest ≥ 7', () => ({ type: 'satisfaction', measure: 'latest', min: 7 })],
  ['satisfaction latest ≤ 6', () => ({ type: 'satisfaction', measure: 'latest', max: 6 })],
  ['satisfaction average 4.5–8', () => ({ type: 'satisfaction', measure: 'average', min: 4.5, max: 8 })],
  ['last contact older than 90 days (incl. never)', () => ({ type: 'lastContact', op: 'olderThan', days: 90 })],
  ['last contact within 60 days', () => ({ type: 'lastContact', op: 'within', days: 60 })],
  ['has open complaint', () => ({ type: 'openComplaint', has: true })],
  ['has no open complaint', () => ({ type: 'openComplaint', has: false })],
];

describe('segment conditions match what the data says', () => {
  it.each(cases)('%s', async (_name, make) => {
    const d = def([make()]);
    const want = expectedIds(m, d);
    const live = m.customers.filter((c) => !c.deleted).length;
    expect(want.length).toBeGreaterThan(0);
    expect(want.length).toBeLessThan(live);
    expect(await membersOf(d)).toEqual(want);
  });

  it('never lists customers in the Trash, even when everything else matches', async () => {
    const all = await membersOf(def([]));
    expect(all).toEqual(m.customers.filter((c) => !c.deleted).map((c) => c.id).sort());
    const trashed = m.customers.filter((c) => c.deleted).map((c) => c.id);
    expect(trashed.length).toBeGreaterThan(0);
    expect(all.some((id) => trashed.includes(id))).toBe(false);
  });

  it('counts "older than" customers never contacted, and "within" never does', async () => {
    const never = m.customers.filter((c) => !c.deleted && !m.inters.some((i) => i.customerId === c.id)).map((c) => c.id);
    expect(never.length).toBeGreaterThan(0);
    const older = await membersOf(def([{ type: 'lastContact', op: 'olderThan', days: 90 }]));
    const within = await membersOf(def([{ type: 'lastContact', op: 'within', days: 10_000 }]));
    for (const id of never) {
      expect(older).toContain(id);
      expect(within).not.toContain(id);
    }
  });
});

describe('AND / OR groups', () => {
  it('three conditions with AND and with OR', async () => {
    const items: SegmentConditionInput[] = [
      { type: 'kind', values: ['exhibitor', 'trade_buyer'] },
      { type: 'tookPart', editionId: e(0), anyStatus: true },
      { type: 'lastContact', op: 'olderThan', days: 30 },
    ];
    for (const op of ['and', 'or'] as const) {
      const d = def(items, op);
      expect(await membersOf(d)).toEqual(expectedIds(m, d));
    }
  });

  it('a nested OR inside an AND (and the reverse)', async () => {
    const inner = def([{ type: 'revenue', min: 2000 }, { type: 'openComplaint' }], 'or');
    const d = def([{ type: 'notTookPart', editionId: e(2) }, inner]);
    const want = expectedIds(m, d);
    expect(want.length).toBeGreaterThan(0);
    expect(await membersOf(d)).toEqual(want);
    const r = def([{ type: 'screening', values: ['verified'] }, def([{ type: 'kind', values: ['partner'] }, { type: 'editionsAttended', min: 2 }])], 'or');
    expect(await membersOf(r)).toEqual(expectedIds(m, r));
  });

  it('several figures in one group (read in one pass) mean what they mean alone', async () => {
    const figures: SegmentConditionInput[][] = [
      [{ type: 'revenue', min: 1000 }, { type: 'editionsAttended', max: 1 }],
      [{ type: 'standArea', measure: 'max', min: 18 }, { type: 'satisfaction', measure: 'latest', min: 5 }, { type: 'revenue', max: 4000 }],
      [{ type: 'satisfaction', measure: 'average', max: 6 }, { type: 'standArea', measure: 'total', max: 0 }, { type: 'editionsAttended', min: 2 }],
      [{ type: 'satisfaction', measure: 'latest', max: 3 }, { type: 'editionsAttended', min: 1 }, { type: 'revenue', min: 100 }, { type: 'kind', values: ['exhibitor'] }],
    ];
    for (const items of figures) {
      for (const op of ['and', 'or'] as const) {
        const d = def(items, op);
        expect(segmentWhere(d).sql.match(/customer_figures/g)).toHaveLength(1);
        const want = expectedIds(m, d);
        expect(await membersOf(d), `${op} ${JSON.stringify(items)}`).toEqual(want);
      }
    }
  });

  it('empty groups constrain nothing, at the root and nested', async () => {
    const d = def([{ type: 'tag', values: ['VIP'] }, def([], 'or')], 'or');
    expect(await membersOf(d)).toEqual(expectedIds(m, def([{ type: 'tag', values: ['VIP'] }])));
  });

  it('agrees with the model on 40 random trees up to three levels deep', async () => {
    const r = rng(99);
    const leaf = (): SegmentConditionInput => r.pick(cases)[1]();
    const tree = (depth: number): SegmentDefinition =>
      def(
        Array.from({ length: r.int(1, 3) }, () => (depth < 3 && r.chance(0.35) ? tree(depth + 1) : leaf())),
        r.pick(['and', 'or'] as const),
      );
    for (let i = 0; i < 40; i++) {
      const d = tree(1);
      expect(await membersOf(d), JSON.stringify(d)).toEqual(expectedIds(m, d));
    }
  });
});

describe('segmentWhere (for other features that select by segment)', () => {
  it('binds every value as a named parameter under a chosen prefix', () => {
    const d = def([
      { type: 'industry', values: ["O'Brien; DROP TABLE customers; --"] },
      { type: 'lastContact', op: 'within', days: 7 },
    ]);
    const w = segmentWhere(d, { prefix: 'sx', now: '2026-11-22T00:00:00.000Z' });
    expect(w.sql).not.toContain('DROP');
    expect(Object.keys(w.params)).toEqual(['sx0', 'sx1']);
    expect(w.params.sx1).toBe('2026-11-15T00:00:00.000Z');
    const n = t.db().prepare(`SELECT count(*) FROM customers c WHERE ${w.sql}`).pluck().get(w.params);
    expect(n).toBe(0);
  });

  it('is usable inside a larger statement', () => {
    const d = def([{ type: 'tookPart', editionId: e(0) }]);
    const w = segmentWhere(d);
    const ids = t
      .db()
      .prepare(`SELECT c.id FROM customers c WHERE ${w.sql} AND c.id NOT IN (SELECT customer_id FROM participations WHERE edition_id = @target)`)
      .pluck()
      .all({ ...w.params, target: e(2) }) as string[];
    const want = expectedIds(m, d).filter((id) => !m.parts.some((p) => p.customerId === id && p.editionId === e(2)));
    expect(ids.sort()).toEqual(want);
  });
});
