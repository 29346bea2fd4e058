import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { completeness } from '../../../shared/domain/completeness';
import { CUSTOMER_KINDS, kindsToMask, type SizeBand } from '../../../shared/domain/customer';
import { nameSortKey } from '../../../shared/domain/searchDocument';
import { EMAIL_RE, isPhone, isWebsite } from '../../../shared/domain/validation';
import { reindexCustomer } from '../customers/customerRepository';
import type { CustomerRow } from '../customers/customerRows';
import { listCustomers } from '../customers/customerQueries';
import { suspendAuditTriggers } from '../audit/suspendAudit';
import { makeContext } from '../context';
import { computeAllSuggestions } from '../lifecycle/suggestionCompute';
import { openDatabase, type Db } from '../store/openDatabase';
import { generateDemo } from './generateDemo';
import { STAFF } from './vocabulary';

const NOW = '2026-03-01T09:00:00.000Z';
const dirs: string[] = [];
const open: Db[] = [];

function workspace(): Db {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'excrm-demo-'));
  dirs.push(dir);
  const db = openDatabase(path.join(dir, 'ws.sqlite'), { create: true, skipCheck: true });
  open.push(db);
  return db;
}

function demo(customers: number, seed: number, parallel?: boolean): Db {
  const db = workspace();
  const r = generateDemo(db, { customers, seed, now: NOW, parallel });
  expect(r.threads).toBe(parallel ? 2 : 1);
  return db;
}

const CUSTOMER_TABLES = [
  'SELECT * FROM customers ORDER BY num',
  'SELECT * FROM contacts ORDER BY customer_id, position',
  'SELECT * FROM customer_tags ORDER BY customer_id, tag',
  'SELECT * FROM dedupe_keys ORDER BY customer_num, key',
];
const ACTIVITY_TABLES = [
  'SELECT * FROM exhibitions ORDER BY id',
  'SELECT * FROM editions ORDER BY id',
  'SELECT * FROM participations ORDER BY id',
  'SELECT * FROM participation_status_changes ORDER BY participation_id, seq',
  'SELECT * FROM interactions ORDER BY id',
  'SELECT * FROM settings ORDER BY key',
];
const workspaceDir = (db: Db) => path.dirname(db.name);
const all = (db: Db, sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Record<string, unknown>[];
const count = (db: Db, sql: string, ...params: unknown[]) => db.prepare(sql).pluck().get(...params) as number;
const schemaIndexes = (db: Db) => all(db, "SELECT name, sql FROM sqlite_schema WHERE type = 'index' ORDER BY name");

/** Every token instance of a derived FTS5 index (contentless tables cannot return their text). */
function ftsInstances(db: Db, table: 'customer_search' | 'customer_search_short'): string[] {
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.v_${table} USING fts5vocab(main, ${table}, 'instance')`);
  return (db.prepare(`SELECT doc || ':' || "offset" || ':' || term FROM temp.v_${table} ORDER BY doc, "offset", term`).pluck().all() as string[]);
}

let sample: Db;
beforeAll(() => {
  sample = demo(1500, 42);
});

afterAll(() => {
  for (const db of open) db.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('generateDemo', () => {
  it('is deterministic for a seed and differs between seeds', () => {
    const a = demo(400, 7);
    const b = demo(400, 7);
    const c = demo(400, 8);
    for (const sql of [...CUSTOMER_TABLES, ...ACTIVITY_TABLES]) {
      expect(all(a, sql)).toEqual(all(b, sql));
    }
    expect(count(a, 'SELECT count(*) FROM participations')).toBeGreaterThan(400);
    expect(all(a, ACTIVITY_TABLES[2]!)).not.toEqual(all(c, ACTIVITY_TABLES[2]!));
    const names = (db: Db) => all(db, 'SELECT company_name FROM customers ORDER BY num').map((r) => r.company_name);
    expect(names(a)).not.toEqual(names(c));
    expect(ftsInstances(a, 'customer_search')).toEqual(ftsInstances(b, 'customer_search'));
  });

  it('writes the requested number of customers and reports the contacts it wrote', () => {
    const db = workspace();
    const steps: [number, string][] = [];
    const r = generateDemo(db, { customers: 2500, seed: 3, now: NOW }, (done, _total, step) => steps.push([done, step]));
    expect(r.customers).toBe(2500);
    expect(count(db, 'SELECT count(*) FROM customers')).toBe(2500);
    expect(count(db, 'SELECT count(*) FROM contacts')).toBe(r.contacts);
    expect(r.contacts).toBeGreaterThan(2500);
    expect(count(db, 'SELECT max(n) FROM (SELECT count(*) AS n FROM contacts GROUP BY customer_id)')).toBeLessThanOrEqual(4);
    // Positions are 0..k-1 per customer, as replaceContacts writes them.
    expect(count(db, 'SELECT count(*) FROM (SELECT customer_id FROM contacts GROUP BY customer_id HAVING max(position) != count(*) - 1)')).toBe(0);
    expect(steps.at(0)).toEqual([0, 'customers']);
    // Each step counts customers up from 0; the activity follows the customers.
    const names = [...new Set(steps.map((s) => s[1]))];
    expect(names).toEqual(['customers', 'participations', 'interactions', 'indexes', 'finishing']);
    for (const name of names) {
      const done = steps.filter((s) => s[1] === name).map((s) => s[0]);
      expect(done).toEqual([...done].sort((x, y) => x - y));
    }
    expect(steps.at(-1)).toEqual([2500, 'finishing']);
    expect(r.participations).toBe(count(db, 'SELECT count(*) FROM participations'));
    expect(r.interactions).toBe(count(db, 'SELECT count(*) FROM interactions'));
  });

  it('covers every kind and partner type, exhibitors most', () => {
    const byKind = CUSTOMER_KINDS.map((k) => count(sample, `SELECT count(*) FROM customers WHERE kinds & ${kindsToMask([k])}`));
    for (const n of byKind) expect(n).toBeGreaterThan(0);
    expect(byKind[0]).toBe(Math.max(...byKind));
    expect(count(sample, 'SELECT count(*) FROM customers WHERE kinds & (kinds - 1) != 0')).toBeGreaterThan(0); // several kinds
    const types = all(sample, 'SELECT DISTINCT partner_type AS t FROM customers WHERE partner_type IS NOT NULL').map((r) => r.t);
    expect(new Set(types)).toEqual(new Set(['association', 'media', 'sponsor']));
    expect(count(sample, `SELECT count(*) FROM customers WHERE partner_type IS NOT NULL AND NOT kinds & ${kindsToMask(['partner'])}`)).toBe(0);
  });

  it('mixes Chinese and Latin names, accented ones, and two-character Chinese contact names', () => {
    const names = all(sample, 'SELECT company_name AS n FROM customers').map((r) => r.n as string);
    const cjk = names.filter((n) => /[\u4e00-\u9fff]/.test(n)).length / names.length;
    expect(cjk).toBeGreaterThan(0.45);
    expect(cjk).toBeLessThan(0.65);
    expect(names.some((n) => /^[A-Z]/.test(n) && /(GmbH|Co\., Ltd\.|Inc\.|S\.r\.l\.)$/.test(n))).toBe(true);
    expect(names.filter((n) => /[À-ɏ]/.test(n)).length).toBeGreaterThan(5);
    const contacts = all(sample, 'SELECT name AS n FROM contacts').map((r) => r.n as string);
    expect(contacts.filter((n) => /^[\u4e00-\u9fff]{2}$/.test(n)).length).toBeGreaterThan(50);
    expect(contacts.some((n) => /^[A-Z][a-zé-]+ [A-Z]/.test(n))).toBe(true);
    expect(count(sample, 'SELECT count(DISTINCT industry) FROM customers')).toBeGreaterThanOrEqual(10);
    expect(count(sample, 'SELECT count(DISTINCT country) FROM customers')).toBeGreaterThanOrEqual(10);
  });

  it('writes search and duplicate rows exactly as reindexCustomer does', () => {
    const db = demo(300, 11);
    const before = {
      search: ftsInstances(db, 'customer_search'),
      short: ftsInstances(db, 'customer_search_short'),
      keys: all(db, 'SELECT key, customer_num FROM dedupe_keys ORDER BY customer_num, key'),
    };
    expect(before.search.length).toBeGreaterThan(300 * 50);
    db.transaction(() => {
      for (const num of db.prepare('SELECT num FROM customers').pluck().all() as number[]) reindexCustomer(db, num);
    })();
    expect(ftsInstances(db, 'customer_search')).toEqual(before.search);
    expect(ftsInstances(db, 'customer_search_short')).toEqual(before.short);
    expect(all(db, 'SELECT key, customer_num FROM dedupe_keys ORDER BY customer_num, key')).toEqual(before.keys);
  });

  it('stores name_sort and completeness as the app computes them', () => {
    const rows = all(sample, 'SELECT c.*, (SELECT count(*) FROM contacts k WHERE k.customer_id = c.id) AS n FROM customers c') as unknown as (CustomerRow & { n: number })[];
    for (const r of rows) {
      expect(r.name_sort).toBe(nameSortKey(r.company_name));
      const expected = completeness({
        industry: r.industry, mainBusiness: r.main_business, products: r.products, sizeBand: r.size_band as SizeBand | null,
        country: r.country, city: r.city, phone: r.phone, email: r.email, website: r.website, contacts: r.n,
      }).percent;
      expect(r.completeness).toBe(expected);
    }
    expect(new Set(rows.map((r) => r.completeness)).size).toBeGreaterThan(3);
  });

  it('writes values the API would accept on a later edit', () => {
    const uuid = z.uuid();
    const rows = all(sample, 'SELECT * FROM customers') as unknown as CustomerRow[];
    for (const r of rows) {
      expect(uuid.safeParse(r.id).success).toBe(true);
      if (r.email) expect(r.email).toMatch(EMAIL_RE);
      if (r.phone) expect(isPhone(r.phone), r.phone).toBe(true);
      if (r.website) expect(isWebsite(r.website), r.website).toBe(true);
      expect(r.company_name.length).toBeLessThanOrEqual(200);
      expect(r.created_at <= r.updated_at).toBe(true);
      expect(r.updated_at <= NOW).toBe(true);
      if (r.screened_at) expect(r.created_at <= r.screened_at && r.screened_at <= r.updated_at).toBe(true);
      expect(r.screening_status === 'unverified').toBe(r.screened_by === null);
    }
    for (const k of all(sample, 'SELECT * FROM contacts')) {
      expect(uuid.safeParse(k.id).success).toBe(true);
      if (k.email) expect(k.email as string).toMatch(EMAIL_RE);
      if (k.phone) expect(isPhone(k.phone as string), k.phone as string).toBe(true);
    }
    const years = count(sample, "SELECT julianday(max(created_at)) - julianday(min(created_at)) FROM customers") / 365;
    expect(years).toBeGreaterThan(3.5);
    const statuses = all(sample, 'SELECT screening_status AS s, count(*) AS n FROM customers GROUP BY 1');
    expect(statuses.map((s) => s.s).sort()).toEqual(['rejected', 'unverified', 'verified']);
  });

  it('plants near-duplicates that the duplicate keys connect', () => {
    const shared = count(sample, 'SELECT count(*) FROM (SELECT key FROM dedupe_keys GROUP BY key HAVING count(*) > 1)');
    expect(shared).toBeGreaterThanOrEqual(3);
    // Accent-insensitive search has something to show: "muller" finds "Müller …".
    expect(count(sample, "SELECT count(*) FROM customers WHERE company_name LIKE 'Müller %'")).toBeGreaterThan(0);
    const hit = listCustomers(sample, {
      q: 'muller', filter: {}, sort: { field: 'companyName', dir: 'asc' }, offset: 0, limit: 50, trash: false,
    });
    expect(hit.rows.some((r) => r.companyName.startsWith('Müller '))).toBe(true);
  });

  it('leaves a sound database with the schema it found', () => {
    const fresh = workspace();
    expect(schemaIndexes(sample)).toEqual(schemaIndexes(fresh));
    expect(sample.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sample.pragma('foreign_key_check')).toEqual([]);
    for (const t of ['customer_search', 'customer_search_short']) {
      expect(() => sample.exec(`INSERT INTO ${t} (${t}) VALUES ('integrity-check')`)).not.toThrow();
    }
  });

  it('rolls everything back when cancelled, and refuses a workspace that has customers', () => {
    const db = workspace();
    const indexes = schemaIndexes(db);
    let calls = 0;
    let error: unknown;
    try {
      generateDemo(db, { customers: 5000, seed: 1 }, undefined, () => ++calls >= 2);
    } catch (e) {
      error = e;
    }
    expect((error as Error).name).toBe('Cancelled');
    expect(calls).toBe(2);
    for (const t of ['customers', 'contacts', 'customer_tags', 'dedupe_keys']) expect(count(db, `SELECT count(*) FROM ${t}`)).toBe(0);
    expect(count(db, 'SELECT count(*) FROM customer_search_data')).toBe(count(workspace(), 'SELECT count(*) FROM customer_search_data'));
    expect(schemaIndexes(db)).toEqual(indexes);
    expect(generateDemo(db, { customers: 50, seed: 1 }).customers).toBe(50);
    expect(() => generateDemo(db, { customers: 50, seed: 2 })).toThrow(/empty workspace/);
    expect(count(db, 'SELECT count(*) FROM customers')).toBe(50);
  });

  it('writes the same workspace on two threads as on one, and sets the connection back', () => {
    const one = demo(3500, 5, false);
    const two = demo(3500, 5, true);
    for (const sql of [...CUSTOMER_TABLES, ...ACTIVITY_TABLES]) {
      expect(all(two, sql)).toEqual(all(one, sql));
    }
    expect(ftsInstances(two, 'customer_search')).toEqual(ftsInstances(one, 'customer_search'));
    expect(ftsInstances(two, 'customer_search_short')).toEqual(ftsInstances(one, 'customer_search_short'));
    expect(schemaIndexes(two)).toEqual(schemaIndexes(workspace()));
    expect(two.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(two.pragma('foreign_key_check')).toEqual([]);
    for (const db of [one, two]) {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL, as every connection (store/openDatabase.ts)
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('cache_size', { simple: true })).toBe(-65536);
    }
    // No part file left beside the workspace.
    expect(fs.readdirSync(workspaceDir(two)).filter((f) => f.includes('demo-part'))).toEqual([]);
  });

  it('rolls the two-thread load back when cancelled, without leaving its part file', () => {
    const db = workspace();
    const steps: number[] = [];
    let calls = 0;
    let error: unknown;
    try {
      generateDemo(db, { customers: 20_000, seed: 1, parallel: true }, (done) => steps.push(done), () => steps.at(-1)! >= 3000 && ++calls >= 1);
    } catch (e) {
      error = e;
    }
    expect((error as Error).name).toBe('Cancelled');
    for (const t of ['customers', 'contacts', 'customer_tags', 'dedupe_keys', 'exhibitions', 'participations']) {
      expect(count(db, `SELECT count(*) FROM ${t}`)).toBe(0);
    }
    expect(count(db, 'SELECT count(*) FROM customer_search_data')).toBe(count(workspace(), 'SELECT count(*) FROM customer_search_data'));
    expect(fs.readdirSync(workspaceDir(db)).filter((f) => f.includes('demo-part'))).toEqual([]);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(all(db, 'PRAGMA database_list').map((d) => d.name)).not.toContain('demo_part');
    expect(generateDemo(db, { customers: 50, seed: 1, parallel: true })).toMatchObject({ customers: 50, threads: 2 });
  });

  it('does all the work in one thread when the second one fails', () => {
    const db = workspace();
    // The second thread cannot load SQLite with this binding; this one has its own already.
    const r = generateDemo(db, { customers: 2000, seed: 9, now: NOW, parallel: true, nativeBinding: '/nonexistent/better_sqlite3.node' });
    expect(r).toMatchObject({ customers: 2000, threads: 1 });
    const ref = demo(2000, 9, false);
    for (const sql of ['SELECT * FROM customers ORDER BY num', 'SELECT * FROM dedupe_keys ORDER BY customer_num, key']) {
      expect(all(db, sql)).toEqual(all(ref, sql));
    }
    expect(ftsInstances(db, 'customer_search')).toEqual(ftsInstances(ref, 'customer_search'));
    expect(fs.readdirSync(workspaceDir(db)).filter((f) => f.includes('demo-part'))).toEqual([]);
    expect(all(db, 'PRAGMA database_list').map((d) => d.name)).not.toContain('demo_part');
  });

  it('copies the part tables whole: the schema still lets SQLite transfer records as they are', () => {
    // generateDemo relies on INSERT … SELECT * between identical tables taking SQLite's
    // transfer path (records and index entries copied without decoding); a trigger, or a
    // difference between the tables, would silently make the copy slow.
    const db = workspace();
    db.pragma('foreign_keys = OFF');
    db.prepare('ATTACH DATABASE ? AS demo_part').run(workspace().name);
    // As in the load: the audit triggers (migration 006) are suspended around it.
    suspendAuditTriggers(db);
    try {
      for (const t of ['customers', 'contacts', 'customer_tags']) {
        const ops = all(db, `EXPLAIN INSERT INTO main.${t} SELECT * FROM demo_part.${t}`).map((r) => r.opcode);
        expect(ops, t).toContain('RowData');
      }
    } finally {
      db.exec('DETACH DATABASE demo_part');
    }
  });
});

describe('generateDemo activity', () => {
  type P = {
    id: string; customer_id: string; edition_id: string; role: string; status: string; status_at: string; created_at: string;
    updated_at: string; stand_area: number | null; stand_number: string | null; hall: string | null; stand_type: string | null;
    list_price: number | null; price_charged: number | null; other_revenue: number | null; satisfaction: number | null;
    intent_to_return: string | null; cancel_reason: string | null; ed_status: string; start_date: string; end_date: string;
  };
  const parts = () => all(sample, 'SELECT p.*, e.status AS ed_status, e.start_date, e.end_date FROM participations p JOIN editions e ON e.id = p.edition_id') as unknown as P[];

  it('sets up two exhibitions with annual editions: the past ones closed, the next one open, the current exhibition set', () => {
    const shows = all(sample, 'SELECT * FROM exhibitions');
    expect(shows).toHaveLength(2);
    for (const x of shows) {
      const eds = all(sample, 'SELECT * FROM editions WHERE exhibition_id = ? ORDER BY start_date', x.id);
      expect(eds.length).toBeGreaterThanOrEqual(5);
      expect(eds.slice(0, -1).every((e) => e.status === 'closed' && (e.end_date as string) < NOW.slice(0, 10))).toBe(true);
      expect(eds.at(-1)!.status).toBe('open');
      expect(eds.at(-1)!.start_date as string > NOW.slice(0, 10)).toBe(true);
      const sold = all(sample, `SELECT e.sellable_area AS sellable, (SELECT coalesce(sum(stand_area), 0) FROM participations p
        WHERE p.edition_id = e.id AND p.status IN ('contracted', 'paid', 'attended', 'no_show')) AS sold FROM editions e WHERE exhibition_id = ?`, x.id);
      for (const e of sold) expect(e.sellable as number).toBeGreaterThanOrEqual(e.sold as number);
    }
    const current = sample.prepare("SELECT value FROM settings WHERE key = 'currentExhibitionId'").pluck().get() as string;
    expect(shows.map((x) => x.id)).toContain(JSON.parse(current));
  });

  it('writes participations whose fields fit their role, status and edition', () => {
    const ps = parts();
    expect(ps.length / 1500).toBeGreaterThan(3);
    expect(ps.length / 1500).toBeLessThan(7);
    const kinds = new Map(all(sample, 'SELECT id, kinds FROM customers').map((c) => [c.id, c.kinds as number]));
    const roles = new Set<string>();
    for (const p of ps) {
      roles.add(p.role);
      expect(p.created_at.slice(0, 10) <= p.status_at && p.status_at <= p.updated_at.slice(0, 10) && p.updated_at <= NOW, p.id).toBe(true);
      expect((kinds.get(p.customer_id) ?? 0) !== 0).toBe(true);
      if (p.ed_status === 'closed') expect(['attended', 'cancelled', 'no_show']).toContain(p.status);
      else expect(['enquiry', 'reserved', 'contracted', 'paid', 'cancelled']).toContain(p.status);
      if (p.role === 'exhibitor') {
        expect(p.stand_area! >= 9 && p.stand_area! <= 300 && p.hall && p.stand_number && p.stand_type && p.list_price! > 0).toBeTruthy();
        if (p.price_charged !== null) expect(p.price_charged).toBeLessThanOrEqual(p.list_price!);
      } else {
        expect([p.stand_area, p.stand_number, p.hall, p.list_price, p.price_charged]).toEqual([null, null, null, null, null]);
      }
      if (p.satisfaction !== null) expect(p.status).toBe('attended');
      expect(p.intent_to_return === null).toBe(p.satisfaction === null);
      expect(p.cancel_reason !== null).toBe(p.status === 'cancelled');
    }
    expect(roles).toEqual(new Set(['exhibitor', 'trade_buyer', 'professional_visitor', 'general_visitor', 'partner']));
    // Stand numbers are unique within an edition; big stands come cheaper per m².
    expect(count(sample, 'SELECT count(*) FROM (SELECT 1 FROM participations WHERE hall IS NOT NULL GROUP BY edition_id, hall, stand_number HAVING count(*) > 1)')).toBe(0);
    const perM2 = (where: string) => count(sample, `SELECT avg(1.0 * price_charged / stand_area) FROM participations WHERE stand_type = 'raw_space' AND ${where}`);
    expect(perM2('stand_area >= 144')).toBeLessThan(perM2('stand_area < 72') * 0.85);
    expect(count(sample, 'SELECT count(*) FROM participations WHERE other_revenue > 0')).toBeGreaterThan(20);
  });

  it('records every status change, ending in the participation status, in order and dated', () => {
    const changes = all(sample, 'SELECT * FROM participation_status_changes ORDER BY participation_id, seq');
    const byPart = new Map<string, Record<string, unknown>[]>();
    for (const c of changes) {
      const list = byPart.get(c.participation_id as string) ?? [];
      list.push(c);
      byPart.set(c.participation_id as string, list);
    }
    const order = ['enquiry', 'reserved', 'contracted', 'paid'];
    for (const p of parts()) {
      const list = byPart.get(p.id)!;
      expect(list.map((c) => c.seq)).toEqual(list.map((_, i) => i + 1));
      expect(list[0]!.at).toBe(p.created_at.slice(0, 10));
      expect(list.at(-1)!.status).toBe(p.status);
      expect(list.at(-1)!.at).toBe(p.status_at);
      for (let i = 1; i < list.length; i++) expect(list[i - 1]!.at as string <= (list[i]!.at as string)).toBe(true);
      // Forward steps only, then at most one ending.
      const forward = list.filter((c) => order.includes(c.status as string)).map((c) => order.indexOf(c.status as string));
      expect(forward).toEqual([...forward].sort());
      expect(list.filter((c) => !order.includes(c.status as string)).length).toBeLessThanOrEqual(1);
      if (p.status === 'attended') expect((list.at(-1)!.at as string).slice(0, 10) >= p.start_date).toBe(true);
      if (p.status === 'cancelled') expect(list.at(-1)!.reason).toBe(p.cancel_reason);
      if (p.ed_status === 'closed' && p.status !== 'attended' && p.status !== 'no_show') expect((p.status_at).slice(0, 10) <= p.start_date).toBe(true);
    }
    expect(byPart.size).toBe(parts().length);
  });

  it('has realistic histories: most exhibitors come back, the unhappy ones less', () => {
    const eds = all(sample, "SELECT id FROM editions WHERE status = 'closed' ORDER BY exhibition_id, start_date");
    const shows = all(sample, "SELECT exhibition_id AS x, id FROM editions WHERE status = 'closed' ORDER BY exhibition_id, start_date");
    expect(eds.length).toBeGreaterThanOrEqual(10);
    const stats = { back: [] as number[], skipped: [] as number[], rates: [] as number[] };
    for (let i = 1; i < shows.length; i++) {
      if (shows[i]!.x !== shows[i - 1]!.x) continue;
      const prev = all(sample, "SELECT customer_id, satisfaction FROM participations WHERE edition_id = ? AND role = 'exhibitor' AND status = 'attended'", shows[i - 1]!.id);
      const next = new Set(all(sample, "SELECT customer_id FROM participations WHERE edition_id = ? AND role = 'exhibitor' AND status != 'cancelled'", shows[i]!.id).map((r) => r.customer_id));
      stats.rates.push(prev.filter((p) => next.has(p.customer_id)).length / prev.length);
      for (const p of prev) if (p.satisfaction !== null) (next.has(p.customer_id) ? stats.back : stats.skipped).push(p.satisfaction as number);
    }
    const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
    for (const rate of stats.rates) {
      expect(rate).toBeGreaterThan(0.5);
      expect(rate).toBeLessThan(0.92);
    }
    expect(mean(stats.skipped)).toBeLessThan(mean(stats.back) - 0.5);
    // Some are new in each edition, some came to several, a few to all of an exhibition's.
    const editionsPer = all(sample, "SELECT count(DISTINCT edition_id) AS n FROM participations GROUP BY customer_id").map((r) => r.n as number);
    expect(editionsPer.filter((n) => n === 1).length).toBeGreaterThan(50);
    expect(editionsPer.filter((n) => n >= 5).length).toBeGreaterThan(50);
  });

  it('logs interactions with costs, complaints open and resolved, referrals and negative word of mouth', () => {
    const n = count(sample, 'SELECT count(*) FROM interactions');
    expect(n / 1500).toBeGreaterThan(6);
    expect(n / 1500).toBeLessThan(16);
    const types = all(sample, 'SELECT type, count(*) AS n, sum(cost) AS cost FROM interactions GROUP BY type');
    expect(types.map((t) => t.type).sort()).toEqual(['advice', 'call', 'complaint', 'email', 'event', 'feedback', 'meeting', 'other', 'referral', 'visit']);
    expect(types.find((t) => t.type === 'event')!.cost as number).toBeGreaterThan(0);
    expect(count(sample, "SELECT count(*) FROM interactions WHERE at > ? OR created_at > ? OR updated_at < at", NOW, NOW)).toBe(0);
    const complaints = all(sample, "SELECT complaint_state AS s, count(*) AS n FROM interactions WHERE type = 'complaint' GROUP BY 1");
    const open = complaints.find((c) => c.s === 'open')?.n as number;
    const resolved = complaints.find((c) => c.s === 'resolved')?.n as number;
    expect(open).toBeGreaterThan(0);
    expect(resolved).toBeGreaterThan(open);
    expect(count(sample, "SELECT count(*) FROM interactions WHERE complaint_state = 'resolved' AND (resolved_at IS NULL OR resolved_at < at OR resolved_at > ?)", NOW)).toBe(0);
    // Complaints come mostly from the unhappy.
    const complainedSat = count(sample, `SELECT avg(p.satisfaction) FROM participations p WHERE p.satisfaction IS NOT NULL AND EXISTS
      (SELECT 1 FROM interactions i WHERE i.customer_id = p.customer_id AND i.edition_id = p.edition_id AND i.type = 'complaint')`);
    expect(complainedSat).toBeLessThan(count(sample, 'SELECT avg(satisfaction) FROM participations') - 1);
    const referred = count(sample, 'SELECT count(*) FROM customers WHERE referred_by IS NOT NULL');
    expect(referred / 1500).toBeGreaterThan(0.01);
    expect(referred / 1500).toBeLessThan(0.1);
    // A referrer is an earlier customer, and the referral is on its timeline.
    expect(count(sample, 'SELECT count(*) FROM customers c JOIN customers r ON r.id = c.referred_by WHERE r.num >= c.num')).toBe(0);
    expect(count(sample, "SELECT count(*) FROM interactions WHERE type = 'referral'")).toBe(referred);
    expect(count(sample, 'SELECT count(*) FROM customers WHERE negative_wom_at IS NOT NULL AND negative_wom_note IS NOT NULL')).toBeGreaterThan(0);
    expect(count(sample, 'SELECT count(*) FROM customers WHERE negative_wom_at > ?', NOW)).toBe(0);
  });

  it('rolls the activity back too when cancelled during it', () => {
    const db = workspace();
    let error: unknown;
    let step = '';
    try {
      generateDemo(db, { customers: 6000, seed: 4, now: NOW, parallel: false }, (_d, _t, s) => (step = s), () => step === 'interactions');
    } catch (e) {
      error = e;
    }
    expect((error as Error).name).toBe('Cancelled');
    for (const t of ['customers', 'exhibitions', 'editions', 'participations', 'participation_status_changes', 'interactions']) {
      expect(count(db, `SELECT count(*) FROM ${t}`), t).toBe(0);
    }
    expect(count(db, "SELECT count(*) FROM settings WHERE key = 'currentExhibitionId'")).toBe(0);
    expect(schemaIndexes(db)).toEqual(schemaIndexes(workspace()));
  });
});

describe('generateDemo dates and "now"', () => {
  // The formats the services write: calendar dates where the API takes dates (status dates,
  // follow-ups, word of mouth, edition and stage dates), ISO moments where it records a moment.
  const DATE = '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]';
  const MOMENT = `${DATE}T[0-2][0-9]:[0-5][0-9]:[0-5][0-9].[0-9][0-9][0-9]Z`;
  const COLUMNS: [table: string, column: string, format: string][] = [
    ['exhibitions', 'created_at', MOMENT],
    ['editions', 'start_date', DATE],
    ['editions', 'end_date', DATE],
    ['editions', 'created_at', MOMENT],
    ['editions', 'updated_at', MOMENT],
    ['participations', 'status_at', DATE],
    ['participations', 'created_at', MOMENT],
    ['participations', 'updated_at', MOMENT],
    ['participation_status_changes', 'at', DATE],
    ['interactions', 'at', MOMENT],
    ['interactions', 'follow_up_on', DATE],
    ['interactions', 'resolved_at', MOMENT],
    ['interactions', 'created_at', MOMENT],
    ['interactions', 'updated_at', MOMENT],
    ['customers', 'negative_wom_at', DATE],
    ['customers', 'created_at', MOMENT],
    ['relationships', 'stage_since', DATE],
    ['relationships', 'began_on', DATE],
    ['relationships', 'created_at', MOMENT],
    ['stage_transitions', 'at', DATE],
    ['stage_transitions', 'created_at', MOMENT],
    ['stage_suggestions', 'computed_at', MOMENT],
    ['lead_captures', 'captured_at', MOMENT],
    ['settings', 'updated_at', MOMENT],
  ];

  it('writes every date and moment in the format the services write', () => {
    for (const [table, column, format] of COLUMNS) {
      const bad = count(sample, `SELECT count(*) FROM ${table} WHERE ${column} IS NOT NULL AND NOT ${column} GLOB ?`, format);
      expect(bad, `${table}.${column}`).toBe(0);
      if (table !== 'lead_captures') expect(count(sample, `SELECT count(*) FROM ${table} WHERE ${column} IS NOT NULL`), `${table}.${column}`).toBeGreaterThan(0);
    }
  });

  it('names editions by year and number only, in both languages', () => {
    const rows = all(sample, 'SELECT x.name AS show, e.name FROM editions e JOIN exhibitions x ON x.id = e.exhibition_id');
    for (const r of rows) {
      expect(r.name).toMatch(/^\d{4} · 第(\d+)届 \1(st|nd|rd|th)$/);
      expect(r.show as string).not.toContain((r.name as string).slice(0, 4));
    }
    expect(rows.map((r) => r.name)).toContain('2026 · 第15届 15th');
    expect(rows.map((r) => r.name)).toContain('2021 · 第1届 1st');
  });

  it('names one of its staff as the workspace user, and leaves stage moves to suggest', () => {
    const staff = JSON.parse(sample.prepare("SELECT value FROM settings WHERE key = 'staffName'").pluck().get() as string) as string;
    expect(STAFF).toContain(staff);
    expect(count(sample, 'SELECT count(*) FROM interactions WHERE staff = ?', staff)).toBeGreaterThan(0);
    const suggestions = count(sample, 'SELECT count(*) FROM stage_suggestions');
    expect(suggestions).toBeGreaterThan(0);
    // The same as the app's refresh computes on the demo's day.
    expect(computeAllSuggestions(makeContext(sample, { now: () => NOW })).suggestions).toBe(suggestions);
  });

  it('places the editions around its "now": past ones closed, one running, the next open', () => {
    const now = '2026-06-11T09:00:00.000Z'; // the lighting show runs 10–13 June 2026
    const db = workspace();
    generateDemo(db, { customers: 300, seed: 3, now, parallel: false });
    const shows = all(db, 'SELECT id FROM exhibitions ORDER BY created_at');
    const statuses = shows.map((x) => all(db, 'SELECT status, start_date, end_date FROM editions WHERE exhibition_id = ? ORDER BY start_date', x.id));
    const day = now.slice(0, 10);
    for (const eds of statuses) {
      for (const e of eds) {
        const expected = (e.end_date as string) < day ? 'closed' : (e.start_date as string) <= day ? 'running' : 'open';
        expect(e.status).toBe(expected);
      }
      expect(eds.at(-1)!.status).toBe('open');
      expect(eds.filter((e) => e.status === 'open')).toHaveLength(1);
    }
    expect(statuses[0]!.at(-2)).toMatchObject({ status: 'running', start_date: '2026-06-10' });
    // Nothing after now; the running edition has attendees but no survey yet.
    const running = statuses[0]!.at(-2)!;
    const rid = count(db, "SELECT id FROM editions WHERE status = 'running'");
    expect(running).toBeDefined();
    expect(count(db, "SELECT count(*) FROM participations WHERE edition_id = ? AND status = 'attended'", rid)).toBeGreaterThan(0);
    expect(count(db, 'SELECT count(*) FROM participations WHERE edition_id = ? AND satisfaction IS NOT NULL', rid)).toBe(0);
    expect(count(db, "SELECT count(*) FROM participations WHERE edition_id = ? AND status = 'no_show'", rid)).toBe(0);
    expect(count(db, 'SELECT count(*) FROM participations WHERE status_at > ? OR updated_at > ?', day, now)).toBe(0);
    expect(count(db, 'SELECT count(*) FROM participation_status_changes WHERE at > ?', day)).toBe(0);
    expect(count(db, 'SELECT count(*) FROM interactions WHERE at > ? OR updated_at > ?', now, now)).toBe(0);
    expect(count(db, 'SELECT count(*) FROM stage_transitions WHERE at > ?', day)).toBe(0);
  });

  it('follows the date it is given: the same seed on another day is another workspace', () => {
    const a = workspace();
    generateDemo(a, { customers: 100, seed: 5, now: '2026-11-22T09:00:00.000Z', parallel: false });
    const eds = all(a, 'SELECT e.status, e.start_date FROM editions e ORDER BY e.start_date');
    expect(eds.filter((e) => e.status === 'open').map((e) => (e.start_date as string).slice(0, 4))).toEqual(['2027', '2027']);
    expect(eds.filter((e) => e.status === 'closed').every((e) => (e.start_date as string) < '2026-11-22')).toBe(true);
    // Follow-ups around today: the open ones lie in the weeks ahead, none far beyond.
    expect(count(a, "SELECT count(*) FROM interactions WHERE follow_up_on >= '2026-11-22'")).toBeGreaterThan(0);
    expect(count(a, "SELECT count(*) FROM interactions WHERE follow_up_on > '2026-12-22'")).toBe(0);
  });
});
