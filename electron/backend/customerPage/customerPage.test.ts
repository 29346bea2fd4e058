import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempBackend } from '../../../test/helpers/tempBackend';
import { addEdition, addParticipation } from './activityFixtures';

let t: ReturnType<typeof tempBackend>;
beforeEach(() => {
  t = tempBackend();
});
afterEach(() => t.cleanup());

const MISSING = '00000000-0000-4000-8000-000000000000';
const customer = async (companyName: string) => (await t.call('customers.create', { companyName })).id;

async function failure(method: string, input: unknown) {
  const r = await t.raw(method, input);
  if (r.ok) throw new Error(`${method} unexpectedly succeeded`);
  return { code: r.error.code, fields: r.error.fields ?? {} };
}

describe('customers.page: summary figures', () => {
  it('counts attended editions, books revenue of committed participations, finds last satisfaction and contact', async () => {
    const id = await customer('Sunrise Packaging');
    const db = t.db();
    const e24 = addEdition(db, { name: 'Expo 2024', start: '2024-05-01' });
    const e25 = addEdition(db, { name: 'Expo 2025', start: '2025-05-01' });
    const e26 = addEdition(db, { name: 'Expo 2026', start: '2026-05-01' });
    const e27 = addEdition(db, { name: 'Expo 2027', start: '2027-05-01' });
    addParticipation(db, { customerId: id, editionId: e24, history: [['enquiry', '2023-11-01'], ['attended', '2024-05-03']], priceCharged: 1000000, otherRevenue: 50000, satisfaction: 6 });
    addParticipation(db, { customerId: id, editionId: e25, history: [['contracted', '2024-12-01'], ['attended', '2025-05-03']], priceCharged: 1200000, satisfaction: 9 });
    addParticipation(db, { customerId: id, editionId: e26, history: [['reserved', '2025-11-01'], ['cancelled', '2026-01-10']], priceCharged: 900000 });
    addParticipation(db, { customerId: id, editionId: e27, history: [['paid', '2026-10-01']], priceCharged: 800055, otherRevenue: null });
    await t.call('interactions.create', { customerId: id, at: '2026-10-02T08:00:00Z', type: 'complaint', summary: 'Invoice wrong', cost: 12.5 });
    await t.call('interactions.create', { customerId: id, at: '2026-11-02T08:00:00Z', type: 'visit', summary: 'Visited the plant', cost: 300 });

    const p = await t.call('customers.page', { id });
    expect(p.customer.companyName).toBe('Sunrise Packaging');
    expect(p.currency).toBe('CNY');
    expect(p.summary).toEqual({
      editionsAttended: 2,
      // 10,000 + 500 + 12,000 + 8,000.55: cancelled participations bring nothing.
      totalRevenue: 30500.55,
      lastSatisfaction: { score: 9, editionName: 'Expo 2025' },
      lastContactAt: '2026-11-02T08:00:00.000Z',
      openComplaints: 1,
      interactionCost: 312.5,
    });
    expect(p.participations.map((x) => [x.editionName, x.status, x.revenue])).toEqual([
      ['Expo 2027', 'paid', 8000.55],
      ['Expo 2026', 'cancelled', 9000],
      ['Expo 2025', 'attended', 12000],
      ['Expo 2024', 'attended', 10500],
    ]);
  });

  it('answers a customer with no history with zeros and nulls', async () => {
    const id = await customer('New Co');
    const p = await t.call('customers.page', { id });
    expect(p.summary).toEqual({ editionsAttended: 0, totalRevenue: 0, lastSatisfaction: null, lastContactAt: null, openComplaints: 0, interactionCost: 0 });
    expect(p).toMatchObject({ referredBy: null, referred: [], negativeWom: null, participations: [], timeline: { items: [], nextCursor: null } });
  });

  it('is not_found for a missing customer and field-checked for a bad id', async () => {
    expect((await failure('customers.page', { id: MISSING })).code).toBe('not_found');
    expect(await failure('customers.page', { id: 'nope' })).toEqual({ code: 'invalid_input', fields: { id: 'Not a valid record id.' } });
  });
});

describe('customers.timeline', () => {
  it('merges interactions, participations and later status changes newest first', async () => {
    const id = await customer('Sunrise Packaging');
    const db = t.db();
    const e = addEdition(db, { name: 'Expo 2026', exhibition: 'Packaging Expo', start: '2026-05-01' });
    addParticipation(db, { customerId: id, editionId: e, history: [['enquiry', '2025-10-01T09:00:00.000Z'], ['contracted', '2025-12-01T09:00:00.000Z'], ['attended', '2026-05-01T09:00:00.000Z']] });
    await t.call('interactions.create', { customerId: id, at: '2025-11-01T09:00:00Z', type: 'call', summary: 'Price talk' });
    await t.call('interactions.create', { customerId: id, at: '2026-06-01T09:00:00Z', type: 'feedback', summary: 'Survey' });

    const tl = await t.call('customers.timeline', { id, limit: 50 });
    expect(tl.nextCursor).toBeNull();
    expect(tl.items.map((i) => [i.kind, i.at.slice(0, 10), i.kind === 'interaction' ? i.interaction.summary : i.status])).toEqual([
      ['interaction', '2026-06-01', 'Survey'],
      ['status', '2026-05-01', 'attended'],
      ['status', '2025-12-01', 'contracted'],
      ['interaction', '2025-11-01', 'Price talk'],
      ['participation', '2025-10-01', 'enquiry'],
    ]);
    const first = tl.items[4]!;
    expect(first).toMatchObject({ kind: 'participation', editionName: 'Expo 2026', exhibitionName: 'Packaging Expo', role: 'exhibitor' });
    expect(tl.items[1]).toMatchObject({ kind: 'status', changedBy: 'Li Na' });
  });

  it('pages with a cursor through equal moments without losing or repeating an item', async () => {
    const id = await customer('Busy Co');
    // 23 interactions, several at the very same moment.
    for (let k = 0; k < 23; k++) {
      await t.call('interactions.create', { customerId: id, at: `2026-0${1 + (k % 3)}-01T10:00:00Z`, type: 'email', summary: `mail ${k}` });
    }
    const seen: string[] = [];
    let before: string | undefined;
    let pages = 0;
    do {
      const page = await t.call('customers.timeline', { id, before, limit: 5 });
      seen.push(...page.items.map((i) => i.key));
      before = page.nextCursor ?? undefined;
      pages++;
    } while (before);
    expect(pages).toBe(5);
    expect(new Set(seen).size).toBe(23);
    const all = (await t.call('customers.timeline', { id, limit: 200 })).items.map((i) => i.key);
    expect(seen).toEqual(all);
  });

  it('refuses a bad cursor and an unknown customer', async () => {
    const id = await customer('X');
    expect(await failure('customers.timeline', { id, before: 'garbage' })).toEqual({
      code: 'invalid_input',
      fields: { before: 'Not a valid page position. Reload the list.' },
    });
    expect((await failure('customers.timeline', { id: MISSING })).code).toBe('not_found');
    expect((await failure('customers.timeline', { id, limit: 0 })).fields).toHaveProperty('limit');
  });

  it('the first page comes with customers.page', async () => {
    const id = await customer('Y');
    for (let k = 0; k < 60; k++) {
      await t.call('interactions.create', { customerId: id, at: new Date(Date.UTC(2026, 0, 1 + k)).toISOString(), type: 'call', summary: `c${k}` });
    }
    const p = await t.call('customers.page', { id });
    expect(p.timeline.items).toHaveLength(50);
    expect(p.timeline.nextCursor).not.toBeNull();
    const rest = await t.call('customers.timeline', { id, before: p.timeline.nextCursor!, limit: 50 });
    expect(rest.items).toHaveLength(10);
    expect(rest.nextCursor).toBeNull();
  });
});

describe('referrals', () => {
  it('sets and clears a referrer; the referrer lists whom it brought and who converted', async () => {
    const assoc = await customer('Packaging Association');
    const a = await customer('Alpha Ltd');
    const b = await customer('Beta Ltd');
    const e = addEdition(t.db(), { name: 'Expo 2026', start: '2026-05-01' });
    addParticipation(t.db(), { customerId: a, editionId: e, history: [['enquiry', '2026-01-01'], ['contracted', '2026-02-01']] });
    addParticipation(t.db(), { customerId: b, editionId: e, history: [['enquiry', '2026-01-01']] });

    expect(await t.call('customers.setReferrer', { id: a, referrerId: assoc })).toEqual({ referredBy: { id: assoc, name: 'Packaging Association' } });
    await t.call('customers.setReferrer', { id: b, referrerId: assoc });
    const page = await t.call('customers.page', { id: assoc });
    expect(page.referred).toEqual([
      { id: a, name: 'Alpha Ltd', converted: true },
      { id: b, name: 'Beta Ltd', converted: false },
    ]);
    expect((await t.call('customers.page', { id: a })).referredBy).toEqual({ id: assoc, name: 'Packaging Association' });

    expect(await t.call('customers.setReferrer', { id: b, referrerId: null })).toEqual({ referredBy: null });
    expect((await t.call('customers.page', { id: assoc })).referred.map((r) => r.name)).toEqual(['Alpha Ltd']);
    // A referred customer in the Trash is not listed; its referral comes back on restore.
    await t.call('customers.trash', { ids: [a] });
    expect((await t.call('customers.page', { id: assoc })).referred).toEqual([]);
    await t.call('customers.restore', { ids: [a] });
    expect((await t.call('customers.page', { id: assoc })).referred).toHaveLength(1);
  });

  it('refuses self-referral, cycles, a missing or trashed referrer, a missing customer', async () => {
    const a = await customer('A');
    const b = await customer('B');
    const c = await customer('C');
    const fields = async (id: string, referrerId: string) => (await failure('customers.setReferrer', { id, referrerId })).fields;
    expect(await fields(a, a)).toEqual({ referrerId: 'A customer cannot refer itself.' });
    await t.call('customers.setReferrer', { id: b, referrerId: a }); // a brought b
    await t.call('customers.setReferrer', { id: c, referrerId: b }); // b brought c
    expect(Object.values(await fields(a, b))[0]).toMatch(/circle/);
    expect(Object.values(await fields(a, c))[0]).toMatch(/circle/); // indirect
    expect(await fields(a, MISSING)).toEqual({ referrerId: 'This customer does not exist (or is in the Trash).' });
    const d = await customer('D');
    await t.call('customers.trash', { ids: [d] });
    expect(await fields(a, d)).toHaveProperty('referrerId');
    expect((await failure('customers.setReferrer', { id: MISSING, referrerId: a })).code).toBe('not_found');
    expect((await failure('customers.setReferrer', { id: a, referrerId: 'x' })).fields).toEqual({ referrerId: 'Not a valid record id.' });
    expect(t.db().prepare('SELECT referred_by FROM customers WHERE id = ?').pluck().get(a)).toBeNull();
  });

  it('does not bump the customer version (an open profile editor stays valid)', async () => {
    const a = await customer('A');
    const b = await customer('B');
    await t.call('customers.setReferrer', { id: a, referrerId: b });
    expect((await t.call('customers.get', { id: a })).version).toBe(1);
  });
});

describe('negative word of mouth', () => {
  it('flags with a date and note, and clears both', async () => {
    const a = await customer('Grumpy Co');
    expect(await t.call('customers.setNegativeWom', { id: a, at: '2026-10-15', note: '  Told peers the hall was empty ' })).toEqual({
      negativeWom: { at: '2026-10-15', note: 'Told peers the hall was empty' },
    });
    expect((await t.call('customers.page', { id: a })).negativeWom).toEqual({ at: '2026-10-15', note: 'Told peers the hall was empty' });
    expect(await t.call('customers.setNegativeWom', { id: a, at: null, note: 'ignored' })).toEqual({ negativeWom: null });
    expect(t.db().prepare('SELECT negative_wom_note FROM customers WHERE id = ?').pluck().get(a)).toBeNull();
  });

  it('refuses a bad date and a missing customer', async () => {
    const a = await customer('A');
    expect((await failure('customers.setNegativeWom', { id: a, at: '15/10/2026', note: null })).fields).toEqual({ at: 'Not a valid date (YYYY-MM-DD).' });
    expect((await failure('customers.setNegativeWom', { id: MISSING, at: '2026-10-15', note: null })).code).toBe('not_found');
  });
});

describe('with participations recorded through the participation service', () => {
  it('shows the participation once, then each later status change, and counts it', async () => {
    const id = await customer('Real Flow Co');
    const ex = await t.call('exhibitions.create', { name: 'Asia Pack Expo' });
    const ed = await t.call('editions.create', { exhibitionId: ex.id, name: 'Asia Pack Expo 2026', startDate: '2026-05-11', endDate: '2026-05-13' });
    let p = await t.call('participations.create', { customerId: id, editionId: ed.id, role: 'exhibitor', status: 'enquiry', statusAt: '2025-10-08', priceCharged: 61000 });
    p = await t.call('participations.setStatus', { id: p.id, version: p.version, status: 'contracted', at: '2025-12-01' });
    await t.call('participations.setStatus', { id: p.id, version: p.version, status: 'attended', at: '2026-05-11' });
    const page = await t.call('customers.page', { id });
    expect(page.timeline.items.map((i) => [i.kind, i.at.slice(0, 10), i.kind === 'interaction' ? null : i.status])).toEqual([
      ['status', '2026-05-11', 'attended'],
      ['status', '2025-12-01', 'contracted'],
      ['participation', '2025-10-08', 'enquiry'],
    ]);
    expect(page.summary).toMatchObject({ editionsAttended: 1, totalRevenue: 61000 });
    expect(page.participations).toMatchObject([{ editionName: 'Asia Pack Expo 2026', status: 'attended', revenue: 61000 }]);
  });
});
