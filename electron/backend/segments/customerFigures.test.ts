import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempBackend } from '../../../test/helpers/tempBackend';
import { BOOKED_STATUSES, type BookingStatus } from '../../../shared/domain/participation';
import { generateDemo } from '../demo/generateDemo';
import { openDatabase, type Db } from '../store/openDatabase';
import { fillCustomerFigures } from './customerFigures';

// customer_figures must always equal what participations and interactions say. After every
// kind of write (through the real services) the table is compared with (1) the same table
// filled from scratch and (2) a plain-JS reading of the raw rows with the meanings of
// shared/domain/segment.ts.

interface Figures {
  customer_num: number;
  editions_attended: number;
  booked_revenue: number;
  total_area: number;
  max_area: number;
  latest_satisfaction: number | null;
  average_satisfaction: number | null;
  last_contact_at: string | null;
  open_complaints: number;
}
const EMPTY = {
  editions_attended: 0, booked_revenue: 0, total_area: 0, max_area: 0,
  latest_satisfaction: null, average_satisfaction: null, last_contact_at: null, open_complaints: 0,
};

class RollBack extends Error {}

/** The figures from a fill from scratch (rolled back), one per customer. */
function refilled(db: Db): Figures[] {
  let rows: Figures[] = [];
  try {
    db.transaction(() => {
      fillCustomerFigures(db);
      rows = db.prepare('SELECT * FROM customer_figures ORDER BY customer_num').all() as Figures[];
      throw new RollBack();
    })();
  } catch (e) {
    if (!(e instanceof RollBack)) throw e;
  }
  return rows;
}

/** The figures as plain JS reads the raw rows, one per customer. */
function modelled(db: Db): Figures[] {
  const customers = db.prepare('SELECT num, id FROM customers ORDER BY num').all() as { num: number; id: string }[];
  const parts = db
    .prepare('SELECT p.customer_id, p.edition_id, p.status, p.stand_area, p.price_charged, p.other_revenue, p.satisfaction, e.start_date FROM participations p JOIN editions e ON e.id = p.edition_id')
    .all() as {
    customer_id: string; edition_id: string; status: BookingStatus; stand_area: number | null; price_charged: number | null;
    other_revenue: number | null; satisfaction: number | null; start_date: string;
  }[];
  const inters = db.prepare('SELECT customer_id, at, complaint_state FROM interactions').all() as {
    customer_id: string; at: string; complaint_state: string | null;
  }[];
  return customers.map((c) => {
    const mine = parts.filter((p) => p.customer_id === c.id);
    const booked = mine.filter((p) => BOOKED_STATUSES.includes(p.status));
    const scored = mine.filter((p) => p.satisfaction !== null);
    scored.sort((a, b) => b.start_date.localeCompare(a.start_date) || b.satisfaction! - a.satisfaction!);
    const contacts = inters.filter((i) => i.customer_id === c.id);
    return {
      customer_num: c.num,
      editions_attended: new Set(mine.filter((p) => p.status === 'attended').map((p) => p.edition_id)).size,
      booked_revenue: booked.reduce((s, p) => s + (p.price_charged ?? 0) + (p.other_revenue ?? 0), 0),
      total_area: booked.reduce((s, p) => s + (p.stand_area ?? 0), 0),
      max_area: Math.max(0, ...booked.map((p) => p.stand_area ?? 0)),
      latest_satisfaction: scored[0]?.satisfaction ?? null,
      average_satisfaction: scored.length === 0 ? null : scored.reduce((s, p) => s + p.satisfaction!, 0) / scored.length,
      last_contact_at: contacts.length === 0 ? null : contacts.map((i) => i.at).sort().at(-1)!,
      open_complaints: contacts.filter((i) => i.complaint_state === 'open').length,
    };
  });
}

/** The table as kept by the triggers, with a row for every customer (no row = no activity). */
function kept(db: Db): Figures[] {
  const rows = db.prepare('SELECT * FROM customer_figures ORDER BY customer_num').all() as Figures[];
  const nums = db.prepare('SELECT num FROM customers ORDER BY num').pluck().all() as number[];
  // No row outlives its customer.
  expect(rows.every((r) => nums.includes(r.customer_num))).toBe(true);
  const byNum = new Map(rows.map((r) => [r.customer_num, r]));
  return nums.map((num) => byNum.get(num) ?? { customer_num: num, ...EMPTY });
}

function expectExact(db: Db): Figures[] {
  const k = kept(db);
  expect(k).toEqual(refilled(db));
  expect(k).toEqual(modelled(db));
  return k;
}

describe('customer_figures stays exact through the services', () => {
  const t = tempBackend();
  const db = () => t.db();
  let ed: string[] = [];
  let cu: string[] = [];
  const figuresOf = (id: string) => kept(db()).find((f) => f.customer_num === (db().prepare('SELECT num FROM customers WHERE id = ?').pluck().get(id) as number))!;
  const count = async (items: unknown[]) => (await t.call('segments.count', { definition: { type: 'group', op: 'and', items } as never })).count;

  beforeAll(async () => {
    const x = await t.call('exhibitions.create', { name: 'Lighting Fair' });
    ed = [];
    for (const [name, start] of [['2023', '2023-05-10'], ['2024', '2024-05-10'], ['2025', '2025-05-10']] as const) {
      ed.push((await t.call('editions.create', { exhibitionId: x.id, name, startDate: start, endDate: start })).id);
    }
    cu = [];
    for (const name of ['Lumen Co', 'Brightway', 'Ocean Textiles', 'Quiet Firm']) cu.push((await t.call('customers.create', { companyName: name })).id);
  });
  afterAll(() => t.cleanup());

  it('starts empty and follows participations created, updated, re-statused and deleted', async () => {
    expectExact(db());
    const a = await t.call('participations.create', {
      customerId: cu[0]!, editionId: ed[0]!, role: 'exhibitor', status: 'attended', standArea: 36, priceCharged: 12000.5, otherRevenue: 800, satisfaction: 8,
    });
    const b = await t.call('participations.create', { customerId: cu[0]!, editionId: ed[1]!, role: 'exhibitor', status: 'contracted', standArea: 18, priceCharged: 6000, satisfaction: 4 });
    await t.call('participations.create', { customerId: cu[0]!, editionId: ed[1]!, role: 'trade_buyer', status: 'enquiry', satisfaction: 9 });
    await t.call('participations.create', { customerId: cu[1]!, editionId: ed[0]!, role: 'exhibitor', status: 'enquiry', standArea: 9, priceCharged: 3000 });
    let f = expectExact(db());
    expect(figuresOf(cu[0]!)).toMatchObject({ editions_attended: 1, booked_revenue: 1_880_050, total_area: 54, max_area: 36, latest_satisfaction: 9 });
    expect(f.find((x) => x.customer_num === figuresOf(cu[1]!).customer_num)).toMatchObject({ booked_revenue: 0, total_area: 0 });

    const b2 = await t.call('participations.update', { id: b.id, version: b.version, patch: { standArea: 54, priceCharged: 7000, satisfaction: 10 } });
    expectExact(db());
    expect(figuresOf(cu[0]!)).toMatchObject({ max_area: 54, latest_satisfaction: 10 });
    const b3 = await t.call('participations.update', { id: b.id, version: b2.version, patch: { status: 'attended' } });
    expect(expectExact(db()) && figuresOf(cu[0]!).editions_attended).toBe(2);
    await t.call('participations.setStatus', { id: b.id, version: b3.version, status: 'cancelled', at: '2024-06-01', reason: 'budget' });
    expectExact(db());
    expect(figuresOf(cu[0]!)).toMatchObject({ editions_attended: 1, booked_revenue: 1_280_050, max_area: 36 });
    await t.call('participations.delete', { id: a.id });
    f = expectExact(db());
    expect(figuresOf(cu[0]!)).toMatchObject({ editions_attended: 0, booked_revenue: 0, total_area: 0, max_area: 0 });
    expect(f.length).toBe(4);
  });

  it('follows interactions created, updated, resolved and deleted', async () => {
    const call = await t.call('interactions.create', { customerId: cu[2]!, at: '2025-02-01T10:00:00.000Z', type: 'call', summary: 'Asked about 2026' });
    const complaint = await t.call('interactions.create', { customerId: cu[2]!, at: '2024-11-03T08:30:00.000Z', type: 'complaint', summary: 'Stand too small' });
    expectExact(db());
    expect(figuresOf(cu[2]!)).toMatchObject({ last_contact_at: '2025-02-01T10:00:00.000Z', open_complaints: 1 });
    expect(await count([{ type: 'openComplaint', has: true }])).toBe(1);
    await t.call('interactions.update', { id: call.id, version: call.version, patch: { at: '2024-01-01T00:00:00.000Z' } });
    expect(expectExact(db()) && figuresOf(cu[2]!).last_contact_at).toBe('2024-11-03T08:30:00.000Z');
    const resolved = await t.call('interactions.setComplaintState', { id: complaint.id, version: complaint.version, state: 'resolved' });
    expect(expectExact(db()) && figuresOf(cu[2]!).open_complaints).toBe(0);
    await t.call('interactions.delete', { id: resolved.id, version: resolved.version });
    expect(expectExact(db()) && figuresOf(cu[2]!).last_contact_at).toBe('2024-01-01T00:00:00.000Z');
  });

  it('re-reads "latest satisfaction" when an edition moves in time', async () => {
    await t.call('participations.create', { customerId: cu[3]!, editionId: ed[0]!, role: 'exhibitor', status: 'attended', satisfaction: 3 });
    await t.call('participations.create', { customerId: cu[3]!, editionId: ed[2]!, role: 'exhibitor', status: 'attended', satisfaction: 9 });
    expect(expectExact(db()) && figuresOf(cu[3]!).latest_satisfaction).toBe(9);
    const e = await t.call('editions.get', { id: ed[0]! });
    await t.call('editions.update', { id: e.id, version: e.version, patch: { startDate: '2026-01-10', endDate: '2026-01-12' } });
    expect(expectExact(db()) && figuresOf(cu[3]!).latest_satisfaction).toBe(3);
    expect(await count([{ type: 'satisfaction', measure: 'latest', max: 3 }])).toBe(1);
  });

  it('keeps the figures of customers in the Trash, and drops them when the Trash is emptied', async () => {
    await t.call('participations.create', { customerId: cu[1]!, editionId: ed[2]!, role: 'exhibitor', status: 'paid', standArea: 12, priceCharged: 5000 });
    const before = figuresOf(cu[1]!);
    expect(await count([{ type: 'revenue', min: 5000 }])).toBe(1);
    await t.call('customers.trash', { ids: [cu[1]!] });
    expectExact(db());
    expect(figuresOf(cu[1]!)).toEqual(before);
    expect(await count([{ type: 'revenue', min: 5000 }])).toBe(0);
    await t.call('customers.restore', { ids: [cu[1]!] });
    expect(await count([{ type: 'revenue', min: 5000 }])).toBe(1);
    await t.call('interactions.create', { customerId: cu[1]!, at: '2025-03-01T00:00:00.000Z', type: 'complaint', summary: 'Late invoice' });
    await t.call('customers.trash', { ids: [cu[1]!] });
    await t.call('customers.emptyTrash', { confirm: true });
    expectExact(db());
    expect(db().prepare('SELECT count(*) FROM customer_figures WHERE customer_num = ?').pluck().get(before.customer_num)).toBe(0);
  });

  it('follows participations deleted with their edition', async () => {
    const n = figuresOf(cu[3]!).customer_num;
    await t.call('editions.delete', { id: ed[2]!, confirm: true });
    expectExact(db());
    expect(kept(db()).find((f) => f.customer_num === n)).toMatchObject({ editions_attended: 1, latest_satisfaction: 3 });
  });

  it('rolls back with the write that failed', async () => {
    const before = kept(db());
    expect(() =>
      db().transaction(() => {
        db()
          .prepare(`INSERT INTO participations (id, customer_id, edition_id, role, status, status_at, price_charged, created_at, updated_at)
                    VALUES ('00000000-0000-4000-8000-00000000ffff', ?, ?, 'exhibitor', 'paid', '2025-01-01', 999900, '2025-01-01', '2025-01-01')`)
          .run(cu[2]!, ed[1]!);
        expect(figuresOf(cu[2]!).booked_revenue).toBe(999_900);
        throw new RollBack();
      })(),
    ).toThrow(RollBack);
    expect(kept(db())).toEqual(before);
  });
});

describe('the demo fills customer_figures in one pass and leaves the triggers in place', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'excrm-figures-'));
  let db: Db;
  beforeAll(() => {
    db = openDatabase(path.join(dir, 'ws.sqlite'), { create: true, skipCheck: true });
    generateDemo(db, { customers: 400, seed: 5, now: '2026-03-01T09:00:00.000Z' });
  });
  afterAll(() => {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('has every customer\'s figures exactly', () => {
    const k = expectExact(db);
    expect(k.filter((f) => f.booked_revenue > 0).length).toBeGreaterThan(50);
    expect(k.filter((f) => f.last_contact_at !== null).length).toBeGreaterThan(50);
  });

  it('keeps them exact on later writes (triggers restored)', () => {
    const names = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'customer_figures%'").pluck().all();
    expect(names.length).toBe(9);
    const p = db.prepare("SELECT id FROM participations WHERE status = 'attended' LIMIT 1").pluck().get() as string;
    db.prepare("UPDATE participations SET status = 'no_show', price_charged = 1 WHERE id = ?").run(p);
    db.prepare('DELETE FROM interactions WHERE id IN (SELECT id FROM interactions ORDER BY at DESC LIMIT 20)').run();
    expectExact(db);
  });
});
