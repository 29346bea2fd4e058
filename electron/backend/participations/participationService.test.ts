import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend } from '../../../test/helpers/tempBackend';

let t: ReturnType<typeof tempBackend>;
let customerId: string;
let editionId: string;
beforeEach(async () => {
  t = tempBackend();
  const x = await t.call('exhibitions.create', { name: 'Lighting Fair' });
  editionId = (await t.call('editions.create', { exhibitionId: x.id, name: '2025', startDate: '2025-05-10', endDate: '2025-05-12' })).id;
  customerId = (await t.call('customers.create', { companyName: 'Lumen Co' })).id;
});
afterEach(() => t.cleanup());

const MISSING = '00000000-0000-4000-8000-000000000000';
const count = (table: string) => t.db().prepare(`SELECT count(*) FROM ${table}`).pluck().get();

describe('participations', () => {
  it('stores every field, money in cents, shows the discount and the first status change', async () => {
    await t.call('settings.update', { currency: 'EUR', staffName: 'Li Na' });
    const p = await t.call('participations.create', {
      customerId, editionId, role: 'exhibitor', standNumber: 'A-12', hall: '3', standArea: 36, standType: 'raw_space',
      listPrice: 12000.5, priceCharged: 10000.25, otherRevenue: 800, status: 'reserved', statusAt: '2025-01-15',
      satisfaction: 9, intentToReturn: 'yes', feedback: 'Good buyers', leads: 40, meetings: 12, notes: 'Corner',
    });
    expect(p).toMatchObject({
      customerName: 'Lumen Co', editionName: '2025', exhibitionName: 'Lighting Fair', standArea: 36, listPrice: 12000.5,
      priceCharged: 10000.25, discount: 2000.25, otherRevenue: 800, currency: 'EUR', status: 'reserved', statusAt: '2025-01-15',
      satisfaction: 9, intentToReturn: 'yes', leads: 40, meetings: 12, version: 1,
    });
    expect(t.db().prepare('SELECT list_price, price_charged FROM participations').get()).toEqual({ list_price: 1200050, price_charged: 1000025 });
    expect(p.history).toEqual([{ seq: 1, status: 'reserved', at: '2025-01-15', reason: null, changedBy: 'Li Na' }]);
  });

  it('every status change appends to the history; cancelling needs a reason', async () => {
    const p = await t.call('participations.create', { customerId, editionId, role: 'exhibitor' });
    expect(p.status).toBe('enquiry');
    expect(p.statusAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const noReason = await t.raw('participations.setStatus', { id: p.id, version: 1, status: 'cancelled', at: '2025-03-01' });
    expect(noReason).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { reason: 'Say why it was cancelled.' } } });
    const r1 = await t.call('participations.setStatus', { id: p.id, version: 1, status: 'contracted', at: '2025-02-01' });
    const r2 = await t.call('participations.setStatus', { id: p.id, version: r1.version, status: 'cancelled', at: '2025-03-01', reason: 'Budget cut' });
    expect(r2).toMatchObject({ status: 'cancelled', statusAt: '2025-03-01', cancelReason: 'Budget cut', version: 3 });
    expect(r2.history.map((h) => [h.status, h.at, h.reason])).toEqual([
      ['enquiry', p.statusAt, null], ['contracted', '2025-02-01', null], ['cancelled', '2025-03-01', 'Budget cut'],
    ]);
    // Through update too: a new status appends; leaving cancelled clears the reason.
    const r3 = await t.call('participations.update', { id: p.id, version: 3, patch: { status: 'paid', statusAt: '2025-03-05', hall: '2' } });
    expect(r3).toMatchObject({ status: 'paid', cancelReason: null, hall: '2' });
    expect(r3.history).toHaveLength(4);
    const cancelled = await t.raw('participations.update', { id: p.id, version: 4, patch: { status: 'cancelled' } });
    expect(cancelled).toMatchObject({ ok: false, error: { fields: { 'patch.cancelReason': 'Say why it was cancelled.' } } });
    const created = await t.raw('participations.create', { customerId, editionId, role: 'partner', status: 'cancelled' });
    expect(created).toMatchObject({ ok: false, error: { fields: { cancelReason: 'Say why it was cancelled.' } } });
  });

  it('refuses a stale version', async () => {
    const p = await t.call('participations.create', { customerId, editionId, role: 'exhibitor' });
    await t.call('participations.update', { id: p.id, version: 1, patch: { standArea: 18 } });
    const stale = await t.raw('participations.update', { id: p.id, version: 1, patch: { standArea: 9 } });
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('bad input: negative areas and prices, satisfaction out of 0–10, too many decimals — field by field, nothing written', async () => {
    const r = await t.raw('participations.create', {
      customerId, editionId, role: 'exhibitor', standArea: -5, listPrice: -1, priceCharged: 10.555, otherRevenue: 'lots',
      satisfaction: 11, leads: 2.5,
    });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.fields).toEqual({
        standArea: 'Must not be negative.',
        listPrice: 'Must not be negative.',
        priceCharged: 'At most two decimals.',
        otherRevenue: 'Must be a number.',
        satisfaction: 'A score from 0 to 10 (whole numbers).',
        leads: 'Must be a whole number.',
      });
    }
    const zh = await t.raw('participations.create', { customerId, editionId, role: 'exhibitor', satisfaction: -1 }, 'zh');
    if (!zh.ok) expect(zh.error.fields?.satisfaction).toBe('请填写 0 到 10 之间的整数。');
    expect(count('participations')).toBe(0);
    expect(count('participation_status_changes')).toBe(0);
  });

  it('a missing customer or edition, or a customer in the Trash, is a field-level error', async () => {
    const r = await t.raw('participations.create', { customerId: MISSING, editionId: MISSING, role: 'exhibitor' });
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', fields: { customerId: 'This customer does not exist (or is in the Trash).', editionId: 'This edition does not exist.' } },
    });
    await t.call('customers.trash', { ids: [customerId] });
    const trashed = await t.raw('participations.create', { customerId, editionId, role: 'exhibitor' });
    expect(trashed).toMatchObject({ ok: false, error: { fields: { customerId: 'This customer does not exist (or is in the Trash).' } } });
    expect(count('participations')).toBe(0);
  });

  it('one participation per customer, edition and role', async () => {
    await t.call('participations.create', { customerId, editionId, role: 'exhibitor' });
    const dup = await t.raw('participations.create', { customerId, editionId, role: 'exhibitor' });
    expect(dup).toMatchObject({ ok: false, error: { code: 'invalid_input', fields: { role: 'This customer already takes part in this edition in this role.' } } });
    const other = await t.call('participations.create', { customerId, editionId, role: 'partner' });
    const toDup = await t.raw('participations.update', { id: other.id, version: 1, patch: { role: 'exhibitor' } });
    expect(toDup).toMatchObject({ ok: false, error: { fields: { 'patch.role': 'This customer already takes part in this edition in this role.' } } });
    expect(count('participations')).toBe(2);
  });

  it('lists a customer’s participations newest edition first, keeps them through the Trash, deletes one', async () => {
    const x = await t.call('exhibitions.create', { name: 'Another Fair' });
    const later = await t.call('editions.create', { exhibitionId: x.id, name: '2026', startDate: '2026-04-01', endDate: '2026-04-03' });
    const a = await t.call('participations.create', { customerId, editionId, role: 'exhibitor' });
    await t.call('participations.create', { customerId, editionId: later.id, role: 'trade_buyer' });
    const list = await t.call('participations.ofCustomer', { customerId });
    expect(list.map((p) => [p.exhibitionName, p.editionName, p.role, p.history.length])).toEqual([
      ['Another Fair', '2026', 'trade_buyer', 1], ['Lighting Fair', '2025', 'exhibitor', 1],
    ]);
    await t.call('customers.trash', { ids: [customerId] });
    expect(await t.call('participations.ofCustomer', { customerId })).toHaveLength(2);
    await t.call('customers.restore', { ids: [customerId] });
    expect(await t.call('participations.delete', { id: a.id })).toEqual({ deleted: 1 });
    expect(await t.call('participations.ofCustomer', { customerId })).toHaveLength(1);
    expect(count('participation_status_changes')).toBe(1);
    expect(await t.raw('participations.delete', { id: a.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('tells clients that participations, editions and exhibitions changed', async () => {
    t.events.length = 0;
    await t.call('participations.create', { customerId, editionId, role: 'exhibitor' });
    const domains = t.events.flatMap((e) => (e.type === 'data.changed' ? [e.domain] : []));
    expect(domains).toEqual(expect.arrayContaining(['participations', 'editions', 'exhibitions']));
  });
});
