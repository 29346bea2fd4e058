import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParticipationCreateInput } from '../../../shared/api/participations';
import { tempBackend } from '../../../test/helpers/tempBackend';

// Edition totals, the participant table, the rebooking rate and rebooking itself.

let t: ReturnType<typeof tempBackend>;
let exhibitionId: string;
beforeEach(async () => {
  t = tempBackend();
  exhibitionId = (await t.call('exhibitions.create', { name: 'Lighting Fair' })).id;
});
afterEach(() => t.cleanup());

const edition = (name: string, startDate: string, sellableArea?: number) =>
  t.call('editions.create', { exhibitionId, name, startDate, endDate: startDate, sellableArea });
const customer = async (companyName: string, industry?: string) => (await t.call('customers.create', { companyName, industry })).id;
const join = (customerId: string, editionId: string, p: Partial<ParticipationCreateInput> = {}) =>
  t.call('participations.create', { customerId, editionId, role: 'exhibitor', ...p });

describe('edition totals and the participant table', () => {
  it('sums booked area and revenue, counts statuses, averages satisfaction, computes NPS', async () => {
    const e = await edition('2025', '2025-05-10', 1000);
    const [a, b, c, d] = await Promise.all(['Alpha', 'Beta', 'Gamma', 'Delta'].map((n) => customer(n)));
    await join(a!, e.id, { status: 'paid', standArea: 36, priceCharged: 10000, otherRevenue: 500.5, satisfaction: 10 });
    await join(b!, e.id, { status: 'attended', standArea: 18, priceCharged: 5000, satisfaction: 6 });
    await join(c!, e.id, { status: 'reserved', standArea: 100, priceCharged: 99999 }); // not booked: no area, no revenue
    await join(d!, e.id, { status: 'cancelled', cancelReason: 'Moved', satisfaction: 8 });
    await join(d!, e.id, { role: 'trade_buyer', status: 'attended' });
    const { totals, total, rows } = await t.call('editions.participants', { editionId: e.id });
    expect(totals).toMatchObject({
      participants: 5, booked: 3, areaSold: 54, sellableArea: 1000, revenue: 15500.5, respondents: 3,
      averageSatisfaction: 8, nps: 0, currency: 'CNY',
    });
    expect(totals.byStatus).toMatchObject({ paid: 1, attended: 2, reserved: 1, cancelled: 1, enquiry: 0 });
    expect(total).toBe(5);
    expect(rows.map((r) => r.customerName)).toEqual(['Alpha', 'Beta', 'Delta', 'Delta', 'Gamma']);
    expect((await t.call('editions.get', { id: e.id })).totals).toEqual(totals);
  });

  it('filters by role, status and text; sorts; pages; leaves Trash customers out until restored', async () => {
    const e = await edition('2025', '2025-05-10');
    const ids = await Promise.all(['Alpha', 'Beta', 'Gamma'].map((n) => customer(n)));
    await join(ids[0]!, e.id, { standNumber: 'A-1', standArea: 9, status: 'paid' });
    await join(ids[1]!, e.id, { standNumber: 'B-7', standArea: 36, status: 'paid' });
    await join(ids[2]!, e.id, { role: 'trade_buyer' });
    const names = async (input: Record<string, unknown>) =>
      (await t.call('editions.participants', { editionId: e.id, ...input })).rows.map((r) => r.customerName);
    expect(await names({ role: 'trade_buyer' })).toEqual(['Gamma']);
    expect(await names({ status: 'paid' })).toEqual(['Alpha', 'Beta']);
    expect(await names({ q: 'b-7' })).toEqual(['Beta']);
    expect(await names({ q: 'amm' })).toEqual(['Gamma']);
    expect(await names({ q: '%' })).toEqual([]);
    expect(await names({ sort: { field: 'standArea', dir: 'desc' } })).toEqual(['Beta', 'Alpha', 'Gamma']);
    expect(await names({ sort: { field: 'customerName', dir: 'desc' }, offset: 1, limit: 1 })).toEqual(['Beta']);
    await t.call('customers.trash', { ids: [ids[1]!] });
    const after = await t.call('editions.participants', { editionId: e.id });
    expect([after.total, after.totals.areaSold]).toEqual([2, 9]);
    await t.call('customers.restore', { ids: [ids[1]!] });
    expect((await t.call('editions.participants', { editionId: e.id })).totals.areaSold).toBe(45);
  });

  it('answers bad table input with field errors', async () => {
    const r = await t.raw('editions.participants', { editionId: 'x', sort: { field: 'price', dir: 'up' }, limit: 0 });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(Object.keys(r.error.fields ?? {}).sort()).toEqual(['editionId', 'limit', 'sort.dir', 'sort.field']);
  });
});

describe('rebooking', () => {
  it('rate: share of the previous edition’s booked exhibitors with a booking in this edition', async () => {
    const e1 = await edition('2024', '2024-05-10');
    const e2 = await edition('2025', '2025-05-10');
    const ids = await Promise.all(['A', 'B', 'C', 'D', 'E'].map((n) => customer(n)));
    for (const id of ids.slice(0, 4)) await join(id, e1.id, { status: 'attended' });
    await join(ids[4]!, e1.id, { status: 'enquiry' }); // never booked: not counted
    await join(ids[0]!, e2.id, { status: 'contracted' });
    await join(ids[1]!, e2.id, { status: 'paid', role: 'partner' }); // booked in another role still counts
    await join(ids[2]!, e2.id, { status: 'enquiry' }); // not booked yet
    const list = await t.call('editions.list', { exhibitionId });
    expect(list[0]!.rebooking).toEqual({ previousEditionId: e1.id, previousEditionName: '2024', previousExhibitors: 4, rebooked: 2, rate: 0.5 });
    expect(list[1]!.rebooking).toBeNull();
  });

  it('previews and rebooks all / exhibitors only, skipping those already present, in one step', async () => {
    await t.call('settings.update', { staffName: 'Wang' });
    const e1 = await edition('2024', '2024-05-10');
    const e2 = await edition('2025', '2025-05-10');
    const ids = await Promise.all(['A', 'B', 'C', 'D'].map((n) => customer(n)));
    await join(ids[0]!, e1.id, { status: 'attended', standArea: 36, standType: 'raw_space', priceCharged: 1000 });
    await join(ids[1]!, e1.id, { status: 'paid' });
    await join(ids[2]!, e1.id, { status: 'attended', role: 'trade_buyer' });
    await join(ids[3]!, e1.id, { status: 'cancelled', cancelReason: 'No budget' });
    await join(ids[1]!, e2.id, { status: 'reserved' }); // already present as exhibitor
    const scope = { kind: 'all' } as const;
    expect(await t.call('editions.rebookPreview', { fromEditionId: e1.id, toEditionId: e2.id, scope })).toEqual({
      candidates: 3, alreadyPresent: 1, willCreate: 2,
    });
    expect(
      await t.call('editions.rebookPreview', { fromEditionId: e1.id, toEditionId: e2.id, scope: { kind: 'exhibitors' } }),
    ).toEqual({ candidates: 2, alreadyPresent: 1, willCreate: 1 });
    const r = await t.call('editions.rebook', { fromEditionId: e1.id, toEditionId: e2.id, scope });
    expect(r).toEqual({ candidates: 3, created: 2, skipped: 1, fromEditionName: '2024', toEditionName: '2025' });
    const rows = (await t.call('editions.participants', { editionId: e2.id })).rows;
    expect(rows.map((p) => [p.customerName, p.role, p.status])).toEqual([
      ['A', 'exhibitor', 'enquiry'], ['B', 'exhibitor', 'reserved'], ['C', 'trade_buyer', 'enquiry'],
    ]);
    expect(rows[0]).toMatchObject({ standArea: 36, standType: 'raw_space', priceCharged: null });
    const a = await t.call('participations.get', { id: rows[0]!.id });
    expect(a.history).toEqual([expect.objectContaining({ seq: 1, status: 'enquiry', changedBy: 'Wang' })]);
    // Running it again creates nothing.
    expect(await t.call('editions.rebook', { fromEditionId: e1.id, toEditionId: e2.id, scope })).toMatchObject({ created: 0, skipped: 3 });
  });

  it('rebooks a saved segment’s members only', async () => {
    const e1 = await edition('2024', '2024-05-10');
    const e2 = await edition('2025', '2025-05-10');
    const led = await customer('LED Co', 'LED');
    const lamp = await customer('Lamp Co', 'Lamps');
    await join(led, e1.id, { status: 'attended' });
    await join(lamp, e1.id, { status: 'attended' });
    const seg = await t.call('segments.create', {
      name: 'LED makers',
      definition: { type: 'group', op: 'and', items: [{ type: 'industry', values: ['LED'] }] },
    });
    const r = await t.call('editions.rebook', { fromEditionId: e1.id, toEditionId: e2.id, scope: { kind: 'segment', segmentId: seg.id } });
    expect(r).toMatchObject({ candidates: 1, created: 1 });
    expect((await t.call('editions.participants', { editionId: e2.id })).rows.map((p) => p.customerName)).toEqual(['LED Co']);
    const missing = await t.raw('editions.rebook', {
      fromEditionId: e1.id, toEditionId: e2.id, scope: { kind: 'segment', segmentId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(missing).toMatchObject({ ok: false, error: { fields: { 'scope.segmentId': 'This segment does not exist.' } } });
  });

  it('refuses the same edition twice, a missing edition, an unknown scope; writes nothing', async () => {
    const e1 = await edition('2024', '2024-05-10');
    const same = await t.raw('editions.rebook', { fromEditionId: e1.id, toEditionId: e1.id, scope: { kind: 'all' } });
    expect(same).toMatchObject({ ok: false, error: { fields: { toEditionId: 'Choose a different edition to invite into.' } } });
    const gone = await t.raw('editions.rebook', { fromEditionId: e1.id, toEditionId: '00000000-0000-4000-8000-000000000000', scope: { kind: 'all' } });
    expect(gone).toMatchObject({ ok: false, error: { fields: { toEditionId: 'This edition does not exist.' } } });
    const scope = await t.raw('editions.rebookPreview', { fromEditionId: e1.id, toEditionId: e1.id, scope: { kind: 'friends' } });
    expect(scope.ok).toBe(false);
    expect(t.db().prepare('SELECT count(*) FROM participations').pluck().get()).toBe(0);
  });

  it('all-or-nothing: a failure part-way leaves no enquiry behind', async () => {
    const e1 = await edition('2024', '2024-05-10');
    const e2 = await edition('2025', '2025-05-10');
    for (const n of ['A', 'B', 'C']) await join(await customer(n), e1.id, { status: 'paid' });
    // A trigger that fails on the third insert into the target edition.
    t.db().exec(`CREATE TRIGGER fail_third BEFORE INSERT ON participations
      WHEN (SELECT count(*) FROM participations WHERE edition_id = '${e2.id}') >= 2
      BEGIN SELECT RAISE(ABORT, 'injected'); END`);
    const r = await t.raw('editions.rebook', { fromEditionId: e1.id, toEditionId: e2.id, scope: { kind: 'all' } });
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(t.db().prepare('SELECT count(*) FROM participations WHERE edition_id = ?').pluck().get(e2.id)).toBe(0);
  });
});
