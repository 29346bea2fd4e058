import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend } from '../../../test/helpers/tempBackend';
import { addEdition } from '../customerPage/activityFixtures';

let t: ReturnType<typeof tempBackend>;
let customerId: string;
beforeEach(async () => {
  t = tempBackend();
  customerId = (await t.call('customers.create', { companyName: 'Sunrise Packaging' })).id;
});
afterEach(() => t.cleanup());

const MISSING = '00000000-0000-4000-8000-000000000000';
const call = (over: Record<string, unknown> = {}) => ({
  customerId,
  at: '2026-11-20T09:30:00+08:00',
  type: 'call' as const,
  summary: 'Asked about a corner stand',
  ...over,
});

async function fieldsOf(method: string, input: unknown, lang: 'en' | 'zh' = 'en') {
  const r = await t.raw(method, input, lang);
  if (r.ok) throw new Error(`${method} unexpectedly succeeded`);
  return { code: r.error.code, fields: r.error.fields ?? {} };
}

const count = () => t.db().prepare('SELECT count(*) FROM interactions').pluck().get();

describe('interactions.create', () => {
  it('stores every field, the moment in UTC and the cost in cents', async () => {
    const editionId = addEdition(t.db(), { name: 'Expo 2026', start: '2026-05-01' });
    const i = await t.call('interactions.create', call({
      direction: 'outbound', staff: 'Wang Fang', editionId, outcome: 'Sends the floor plan', cost: 120.5, followUpOn: '2026-11-27',
    }));
    expect(i).toMatchObject({
      customerId, customerName: 'Sunrise Packaging', at: '2026-11-20T01:30:00.000Z', type: 'call', direction: 'outbound',
      staff: 'Wang Fang', editionId, editionName: 'Expo 2026', outcome: 'Sends the floor plan', cost: 120.5,
      followUpOn: '2026-11-27', complaintState: null, resolvedAt: null, version: 1,
    });
    expect(t.db().prepare('SELECT cost FROM interactions WHERE id = ?').pluck().get(i.id)).toBe(12050);
  });

  it('takes the staff name from the workspace settings when none is given', async () => {
    await t.call('settings.update', { staffName: 'Li Na' });
    expect((await t.call('interactions.create', call())).staff).toBe('Li Na');
    expect((await t.call('interactions.create', call({ staff: null }))).staff).toBeNull();
    expect((await t.call('interactions.create', call({ staff: 'Zhao Lei' }))).staff).toBe('Zhao Lei');
  });

  it('opens complaints; other types have no complaint state; cost defaults to 0', async () => {
    const c = await t.call('interactions.create', call({ type: 'complaint', summary: 'Stand was wet' }));
    expect(c.complaintState).toBe('open');
    const m = await t.call('interactions.create', call({ type: 'meeting' }));
    expect(m.complaintState).toBeNull();
    expect(m.cost).toBe(0);
  });

  it('refuses bad input field by field and writes nothing', async () => {
    const bad = await fieldsOf('interactions.create', call({ cost: -5, summary: '  ', type: 'fax', at: 'yesterday', followUpOn: '2026-02-30' }));
    expect(bad.code).toBe('invalid_input');
    expect(Object.keys(bad.fields).sort()).toEqual(['at', 'cost', 'followUpOn', 'summary', 'type']);
    expect(bad.fields.cost).toBe('Must not be negative.');
    expect((await fieldsOf('interactions.create', call({ cost: 1.005 }))).fields.cost).toBe('At most two decimals.');
    expect((await fieldsOf('interactions.create', call({ cost: -1 }), 'zh')).fields.cost).toMatch(/[\u4e00-\u9fff]/);
    expect(count()).toBe(0);
  });

  it('refuses a missing customer or edition, and a follow-up before the contact', async () => {
    const r = await fieldsOf('interactions.create', call({ customerId: MISSING, editionId: MISSING, followUpOn: '2026-11-01' }));
    expect(r).toEqual({
      code: 'invalid_input',
      fields: {
        customerId: 'This customer does not exist (or is in the Trash).',
        editionId: 'This edition does not exist.',
        followUpOn: 'The follow-up date is before the contact itself.',
      },
    });
    // The same day is fine whatever the time zone.
    expect((await t.call('interactions.create', call({ at: '2026-11-20T23:30:00-08:00', followUpOn: '2026-11-20' }))).followUpOn).toBe('2026-11-20');
    expect(count()).toBe(1);
  });

  it('tells the customer page to refetch', async () => {
    t.events.length = 0;
    await t.call('interactions.create', call());
    expect(t.events).toEqual(expect.arrayContaining([
      { type: 'data.changed', domain: 'interactions' },
      { type: 'data.changed', domain: 'customers' },
    ]));
  });
});

describe('interactions.update / delete', () => {
  it('patches fields with optimistic concurrency', async () => {
    const i = await t.call('interactions.create', call({ cost: 10 }));
    const u = await t.call('interactions.update', { id: i.id, version: 1, patch: { summary: 'Booked a corner', cost: 0, outcome: 'Contract next week' } });
    expect(u).toMatchObject({ summary: 'Booked a corner', cost: 0, outcome: 'Contract next week', type: 'call', version: 2 });
    const stale = await fieldsOf('interactions.update', { id: i.id, version: 1, patch: { summary: 'x' } });
    expect(stale.code).toBe('conflict');
    expect((await fieldsOf('interactions.update', { id: i.id, version: 2, patch: { cost: -1 } })).fields).toEqual({ 'patch.cost': 'Must not be negative.' });
    expect((await fieldsOf('interactions.update', { id: MISSING, version: 1, patch: {} })).code).toBe('not_found');
  });

  it('a type change into or out of complaint sets or clears the state', async () => {
    const i = await t.call('interactions.create', call());
    const c = await t.call('interactions.update', { id: i.id, version: 1, patch: { type: 'complaint' } });
    expect(c.complaintState).toBe('open');
    const r = await t.call('interactions.setComplaintState', { id: i.id, version: 2, state: 'resolved' });
    const still = await t.call('interactions.update', { id: i.id, version: r.version, patch: { summary: 'Fixed the leak' } });
    expect(still).toMatchObject({ complaintState: 'resolved', resolvedAt: r.resolvedAt });
    const back = await t.call('interactions.update', { id: i.id, version: still.version, patch: { type: 'feedback' } });
    expect(back).toMatchObject({ complaintState: null, resolvedAt: null });
  });

  it('deletes at the expected version only', async () => {
    const i = await t.call('interactions.create', call());
    expect((await fieldsOf('interactions.delete', { id: i.id, version: 7 })).code).toBe('conflict');
    expect(await t.call('interactions.delete', { id: i.id, version: 1 })).toEqual({ count: 1 });
    expect(count()).toBe(0);
    expect((await fieldsOf('interactions.delete', { id: i.id, version: 1 })).code).toBe('not_found');
  });
});

describe('interactions.setComplaintState', () => {
  it('resolves (recording when) and reopens a complaint', async () => {
    const c = await t.call('interactions.create', call({ type: 'complaint', summary: 'Late badge delivery' }));
    const r = await t.call('interactions.setComplaintState', { id: c.id, version: 1, state: 'resolved' });
    expect(r.complaintState).toBe('resolved');
    expect(r.resolvedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const o = await t.call('interactions.setComplaintState', { id: c.id, version: r.version, state: 'open' });
    expect(o).toMatchObject({ complaintState: 'open', resolvedAt: null });
  });

  it('refuses a state on a non-complaint, an unknown state, a stale version', async () => {
    const i = await t.call('interactions.create', call());
    expect(await fieldsOf('interactions.setComplaintState', { id: i.id, version: 1, state: 'resolved' })).toEqual({
      code: 'invalid_input',
      fields: { state: 'Only a complaint can be open or resolved.' },
    });
    expect((await fieldsOf('interactions.setComplaintState', { id: i.id, version: 1, state: 'closed' })).fields).toHaveProperty('state');
    const c = await t.call('interactions.create', call({ type: 'complaint' }));
    expect((await fieldsOf('interactions.setComplaintState', { id: c.id, version: 3, state: 'resolved' })).code).toBe('conflict');
    expect(t.db().prepare('SELECT complaint_state FROM interactions WHERE id = ?').pluck().get(c.id)).toBe('open');
  });
});

describe('interactions.list', () => {
  it('lists newest first, by customer, type and open complaints, with a total', async () => {
    const other = (await t.call('customers.create', { companyName: 'Other Co' })).id;
    await t.call('interactions.create', call({ at: '2026-01-01T10:00:00Z', summary: 'first' }));
    const c = await t.call('interactions.create', call({ at: '2026-03-01T10:00:00Z', type: 'complaint', summary: 'complaint' }));
    await t.call('interactions.create', call({ at: '2026-02-01T10:00:00Z', type: 'complaint', summary: 'old complaint' }));
    await t.call('interactions.create', call({ customerId: other, at: '2026-04-01T10:00:00Z', summary: 'other' }));
    const old = (await t.call('interactions.list', { customerId, type: 'complaint' })).rows.find((r) => r.summary === 'old complaint')!;
    await t.call('interactions.setComplaintState', { id: old.id, version: 1, state: 'resolved' });

    const all = await t.call('interactions.list', {});
    expect(all.total).toBe(4);
    expect(all.rows.map((r) => r.summary)).toEqual(['other', 'complaint', 'old complaint', 'first']);
    const mine = await t.call('interactions.list', { customerId, offset: 1, limit: 1 });
    expect(mine).toMatchObject({ total: 3, rows: [{ summary: 'old complaint' }] });
    const open = await t.call('interactions.list', { openComplaints: true });
    expect(open.rows.map((r) => r.id)).toEqual([c.id]);
    expect((await t.call('interactions.list', { type: 'call' })).total).toBe(2);
  });
});
