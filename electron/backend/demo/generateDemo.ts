// Fills an empty workspace with realistic demo customers, deterministically for a seed,
// in one transaction: customers, contacts, tags, and the derived search and duplicate
// rows exactly as reindexCustomer() would write them (searchDocument() builds both).

import { completeness } from '../../../shared/domain/completeness';
import { nameSortKey, searchDocument } from '../../../shared/domain/searchDocument';
import type { SizeBand } from '../../../shared/domain/customer';
import type { Db } from '../store/openDatabase';
import { CustomerMaker, type DemoCustomer } from './demoCustomers';
import { Random } from './random';

export interface DemoOptions {
  customers: number;
  seed: number;
  /** "Now" of the demo (ISO); dates spread over the four years before it. */
  now?: string;
}


/** Fixed so that a seed gives the same workspace on any day. */
export const DEMO_DEFAULT_NOW = '2026-03-01T09:00:00.000Z';
const CHUNK = 1000;
const SEARCH_BATCH = 10_000;
/** FTS5 pending-data limit during the load (default 1 MiB): fewer, larger segments to merge. */
const LOAD_HASHSIZE = 16 * 1024 * 1024;
const DEFAULT_HASHSIZE = 1024 * 1024;
/**
 * Indexes whose keys arrive in ascending order during the load (ids are time-ordered UUIDv7,
 * creation dates ascend with the row number): they stay and are appended to. The others are
 * dropped for the load and rebuilt with one sort each.
 */
const APPEND_ORDERED = new Set([
  'customers_by_created', 'customers_deleted', 'contacts_by_customer', 'customer_tags_by_customer', 'dedupe_keys_by_customer',
]);

const CUSTOMER_COLUMNS = [
  'id', 'company_name', 'name_sort', 'legal_name', 'kinds', 'partner_type', 'industry', 'main_business', 'products',
  'size_band', 'scale_notes', 'country', 'region', 'city', 'address', 'website', 'phone', 'email', 'source', 'notes',
  'screening_status', 'screening_note', 'screened_by', 'screened_at', 'completeness', 'created_at', 'updated_at',
] as const;

function customerValues(c: DemoCustomer): unknown[] {
  const percent = completeness({
    industry: c.industry, mainBusiness: c.mainBusiness, products: c.products, sizeBand: c.sizeBand as SizeBand | null,
    country: c.country, city: c.city, phone: c.phone, email: c.email, website: c.website, contacts: c.contacts.length,
  }).percent;
  return [
    c.id, c.companyName, nameSortKey(c.companyName), c.legalName, c.kinds, c.partnerType, c.industry, c.mainBusiness,
    c.products, c.sizeBand, c.scaleNotes, c.country, c.region, c.city, c.address, c.website, c.phone, c.email, c.source,
    c.notes, c.screeningStatus, c.screeningNote, c.screenedBy, c.screenedAt, percent, c.createdAt, c.updatedAt,
  ];
}

export class DemoCancelled extends Error {
  constructor() {
    super('Demo generation cancelled');
    this.name = 'Cancelled';
  }
}

/**
 * Writes `opts.customers` demo customers into an empty, migrated workspace, in one
 * transaction. For speed (100,000 customers, see test/bench): indexes whose keys arrive out
 * of order are dropped for the load and rebuilt from their own DDL (one sort each instead of
 * random B-tree inserts); search rows are written in batches with a larger FTS5 pending-data
 * limit (set back to the default afterwards); duplicate keys go in after all customers.
 * Throws an Error named 'Cancelled' — rolling everything back — when `cancelled()` says so
 * between chunks of 1,000 customers.
 */
export function generateDemo(
  db: Db,
  opts: DemoOptions,
  progress?: (done: number, total: number, step: string) => void,
  cancelled?: () => boolean,
): { customers: number; contacts: number } {
  const total = Math.max(0, Math.floor(opts.customers));
  const nowMs = Date.parse(opts.now ?? DEMO_DEFAULT_NOW);
  if (Number.isNaN(nowMs)) throw new Error(`invalid demo date: ${opts.now}`);

  return db.transaction(() => {
    const existing = db.prepare('SELECT count(*) FROM customers').pluck().get() as number;
    if (existing > 0) throw new Error('demo data needs an empty workspace');

    const indexes = db
      .prepare(
        `SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL
           AND tbl_name IN ('customers', 'contacts', 'customer_tags', 'dedupe_keys')`,
      )
      .all()
      .filter((ix) => !APPEND_ORDERED.has((ix as { name: string }).name)) as { name: string; sql: string }[];
    for (const ix of indexes) db.exec(`DROP INDEX "${ix.name.replace(/"/g, '""')}"`);
    setHashsize(db, LOAD_HASHSIZE);

    const insCustomer = db.prepare(
      `INSERT INTO customers (${CUSTOMER_COLUMNS.join(', ')}) VALUES (${CUSTOMER_COLUMNS.map(() => '?').join(', ')})`,
    );
    const insContact = db.prepare(
      `INSERT INTO contacts (id, customer_id, position, name, title, phone, email, messaging, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
    );
    const insTag = db.prepare('INSERT INTO customer_tags (tag, customer_id, created_at) VALUES (?, ?, ?)');
    const insSearch = db.prepare('INSERT INTO customer_search (rowid, body) VALUES (?, ?)');
    const insShort = db.prepare('INSERT INTO customer_search_short (rowid, grams) VALUES (?, ?)');
    const insKey = db.prepare('INSERT OR IGNORE INTO dedupe_keys (key, customer_id) VALUES (?, ?)');

    const rng = new Random(opts.seed);
    const maker = new CustomerMaker(rng, nowMs, Math.max(total, 1));
    // Search rows go in in batches and duplicate keys after all customers: interleaving them
    // with the customer rows makes each evict the other's pages (measured 2-3x slower).
    const fts = { nums: [] as number[], bodies: [] as string[], grams: [] as string[] };
    const flushSearch = () => {
      fts.nums.forEach((num, i) => insSearch.run(num, fts.bodies[i]));
      fts.nums.forEach((num, i) => insShort.run(num, fts.grams[i]));
      fts.nums = [];
      fts.bodies = [];
      fts.grams = [];
    };
    const keys: string[] = [];
    const keyOwners: string[] = [];
    let contacts = 0;
    progress?.(0, total, 'customers');
    for (let i = 0; i < total; i++) {
      if (i % CHUNK === 0 && i > 0) {
        progress?.(i, total, 'customers');
        if (cancelled?.()) throw new DemoCancelled();
      }
      const c = maker.make(i);
      const num = Number(insCustomer.run(customerValues(c)).lastInsertRowid);
      c.contacts.forEach((k, position) => {
        insContact.run(k.id, c.id, position, k.name, k.title, k.phone, k.email, k.messaging, c.createdAt, c.updatedAt);
      });
      contacts += c.contacts.length;
      for (const t of c.tags) insTag.run(t, c.id, c.createdAt);
      const doc = searchDocument({
        companyName: c.companyName, legalName: c.legalName, email: c.email, phone: c.phone, website: c.website,
        tags: c.tags, contacts: c.contacts,
      });
      fts.nums.push(num);
      fts.bodies.push(doc.body);
      fts.grams.push(doc.grams);
      if (fts.nums.length >= SEARCH_BATCH) flushSearch();
      for (const k of doc.dedupeKeys) {
        keys.push(k);
        keyOwners.push(c.id);
      }
    }
    flushSearch();
    if (cancelled?.()) throw new DemoCancelled();
    progress?.(total, total, 'indexes');
    for (let i = 0; i < keys.length; i++) {
      if (i % 100_000 === 0 && cancelled?.()) throw new DemoCancelled();
      insKey.run(keys[i], keyOwners[i]);
    }
    if (cancelled?.()) throw new DemoCancelled();
    for (const ix of indexes) db.exec(ix.sql);
    setHashsize(db, DEFAULT_HASHSIZE);
    return { customers: total, contacts };
  })();
}

function setHashsize(db: Db, bytes: number): void {
  for (const t of ['customer_search', 'customer_search_short']) {
    db.exec(`INSERT INTO ${t} (${t}, rank) VALUES ('hashsize', ${bytes})`);
  }
}
