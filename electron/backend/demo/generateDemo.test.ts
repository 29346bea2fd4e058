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
import { openDatabase, type Db } from '../store/openDatabase';
import { generateDemo } from './generateDemo';

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

const workspaceDir = (db: Db) => path.dirname(db.name);
const all = (db: Db, sql: string, ...params: unknown[]) => db.prepare(sql).all(...params) as Record<string, unknown>[];
const count = (db: Db, sql: string) => db.prepare(sql).pluck().get() as number;
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
    for (const sql of [
      'SELECT * FROM customers ORDER BY num',
      'SELECT * FROM contacts ORDER BY customer_id, position',
      'SELECT * FROM customer_tags ORDER BY customer_id, tag',
      'SELECT * FROM dedupe_keys ORDER BY customer_id, key',
    ]) {
      expect(all(a, sql)).toEqual(all(b, sql));
    }
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
    expect(steps.map((s) => s[0])).toEqual([...steps.map((s) => s[0])].sort((x, y) => x - y));
    expect(steps.at(-1)).toEqual([2500, 'indexes']);
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
      keys: all(db, 'SELECT key, customer_id FROM dedupe_keys ORDER BY customer_id, key'),
    };
    expect(before.search.length).toBeGreaterThan(300 * 50);
    db.transaction(() => {
      for (const num of db.prepare('SELECT num FROM customers').pluck().all() as number[]) reindexCustomer(db, num);
    })();
    expect(ftsInstances(db, 'customer_search')).toEqual(before.search);
    expect(ftsInstances(db, 'customer_search_short')).toEqual(before.short);
    expect(all(db, 'SELECT key, customer_id FROM dedupe_keys ORDER BY customer_id, key')).toEqual(before.keys);
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
    for (const sql of [
      'SELECT * FROM customers ORDER BY num',
      'SELECT * FROM contacts ORDER BY customer_id, position',
      'SELECT * FROM customer_tags ORDER BY customer_id, tag',
      'SELECT * FROM dedupe_keys ORDER BY customer_id, key',
    ]) {
      expect(all(two, sql)).toEqual(all(one, sql));
    }
    expect(ftsInstances(two, 'customer_search')).toEqual(ftsInstances(one, 'customer_search'));
    expect(ftsInstances(two, 'customer_search_short')).toEqual(ftsInstances(one, 'customer_search_short'));
    expect(schemaIndexes(two)).toEqual(schemaIndexes(workspace()));
    expect(two.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(two.pragma('foreign_key_check')).toEqual([]);
    for (const db of [one, two]) {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(1);
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
    for (const t of ['customers', 'contacts', 'customer_tags', 'dedupe_keys']) expect(count(db, `SELECT count(*) FROM ${t}`)).toBe(0);
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
    for (const sql of ['SELECT * FROM customers ORDER BY num', 'SELECT * FROM dedupe_keys ORDER BY customer_id, key']) {
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
