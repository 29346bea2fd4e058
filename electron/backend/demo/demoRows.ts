// The rows of a demo customer: the record, its contacts and tags (RowWriter), and the
// derived search and duplicate rows (SearchWriter), built with searchDocument() exactly as
// reindexCustomer() builds them. Both writers work on any connection with the workspace's
// tables: the workspace itself, or the demo worker's private part file (see generateDemo).

import { completeness } from '../../../shared/domain/completeness';
import type { SizeBand } from '../../../shared/domain/customer';
import { nameSortKey, searchDocument, type SearchSource } from '../../../shared/domain/searchDocument';
import type { Db } from '../store/openDatabase';
import type { DemoCustomer } from './demoCustomers';

const CUSTOMER_COLUMNS = [
  'num', 'id', 'company_name', 'name_sort', 'legal_name', 'kinds', 'partner_type', 'industry', 'main_business', 'products',
  'size_band', 'scale_notes', 'country', 'region', 'city', 'address', 'website', 'phone', 'email', 'source', 'notes',
  'screening_status', 'screening_note', 'screened_by', 'screened_at', 'completeness', 'created_at', 'updated_at',
] as const;

function customerValues(c: DemoCustomer, num: number): unknown[] {
  const percent = completeness({
    industry: c.industry, mainBusiness: c.mainBusiness, products: c.products, sizeBand: c.sizeBand as SizeBand | null,
    country: c.country, city: c.city, phone: c.phone, email: c.email, website: c.website, contacts: c.contacts.length,
  }).percent;
  return [
    num, c.id, c.companyName, nameSortKey(c.companyName), c.legalName, c.kinds, c.partnerType, c.industry, c.mainBusiness,
    c.products, c.sizeBand, c.scaleNotes, c.country, c.region, c.city, c.address, c.website, c.phone, c.email, c.source,
    c.notes, c.screeningStatus, c.screeningNote, c.screenedBy, c.screenedAt, percent, c.createdAt, c.updatedAt,
  ];
}

/** Inserts customers (with the given `num`), their contacts (positions 0..k-1) and tags. */
export class RowWriter {
  private readonly insCustomer;
  private readonly insContact;
  private readonly insTag;

  constructor(db: Db) {
    this.insCustomer = db.prepare(
      `INSERT INTO customers (${CUSTOMER_COLUMNS.join(', ')}) VALUES (${CUSTOMER_COLUMNS.map(() => '?').join(', ')})`,
    );
    this.insContact = db.prepare(
      `INSERT INTO contacts (id, customer_id, position, name, title, phone, email, messaging, notes, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
    );
    this.insTag = db.prepare('INSERT INTO customer_tags (tag, customer_id, created_at) VALUES (?, ?, ?)');
  }

  write(c: DemoCustomer, num: number): void {
    this.insCustomer.run(customerValues(c, num));
    for (let position = 0; position < c.contacts.length; position++) {
      const k = c.contacts[position]!;
      this.insContact.run(k.id, c.id, position, k.name, k.title, k.phone, k.email, k.messaging, c.createdAt, c.updatedAt);
    }
    for (const t of c.tags) this.insTag.run(t, c.id, c.createdAt);
  }
}

/**
 * What the search and duplicate rows of a batch of customers are made of, in flat arrays
 * (cheap to post between threads): per customer FIELDS strings in `text`, its tags in
 * `tags` (`tagCounts` of them) and three strings per contact (name, email, phone) in
 * `contacts` (`contactCounts` of them).
 */
export interface SourceBatch {
  /** Customer number (rowid) of the first customer of the batch; the others follow. */
  start: number;
  text: (string | null)[];
  tagCounts: number[];
  tags: string[];
  contactCounts: number[];
  contacts: (string | null)[];
}
const FIELDS = 6; // id, company name, legal name, email, phone, website
const KEY_ROWS = 64;

export function emptyBatch(start: number): SourceBatch {
  return { start, text: [], tagCounts: [], tags: [], contactCounts: [], contacts: [] };
}

export function addToBatch(b: SourceBatch, c: DemoCustomer): void {
  b.text.push(c.id, c.companyName, c.legalName, c.email, c.phone, c.website);
  b.tagCounts.push(c.tags.length);
  for (const t of c.tags) b.tags.push(t);
  b.contactCounts.push(c.contacts.length);
  for (const k of c.contacts) b.contacts.push(k.name, k.email, k.phone);
}

export function batchSize(b: SourceBatch | DocumentBatch): number {
  return 'ids' in b ? b.ids.length : b.tagCounts.length;
}

/** The search documents of a batch of customers: rows ready to insert. */
export interface DocumentBatch {
  start: number;
  ids: string[];
  bodies: string[];
  grams: string[];
  /** Duplicate keys, `keyCounts[i]` of them for customer i. */
  keys: string[];
  keyCounts: number[];
  contacts: number;
}

/** searchDocument() of every customer of a batch. */
export function documents(b: SourceBatch): DocumentBatch {
  const n = batchSize(b);
  const out: DocumentBatch = { start: b.start, ids: [], bodies: [], grams: [], keys: [], keyCounts: [], contacts: 0 };
  let tagAt = 0;
  let contactAt = 0;
  for (let i = 0; i < n; i++) {
    const t = i * FIELDS;
    const tags = b.tags.slice(tagAt, (tagAt += b.tagCounts[i]!));
    const people: { name: string; email: string | null; phone: string | null }[] = [];
    for (let k = b.contactCounts[i]!; k > 0; k--, contactAt += 3) {
      people.push({ name: b.contacts[contactAt]!, email: b.contacts[contactAt + 1] ?? null, phone: b.contacts[contactAt + 2] ?? null });
    }
    out.contacts += people.length;
    const source: SearchSource = {
      companyName: b.text[t + 1]!, legalName: b.text[t + 2] ?? null, email: b.text[t + 3] ?? null,
      phone: b.text[t + 4] ?? null, website: b.text[t + 5] ?? null, tags, contacts: people,
    };
    const doc = searchDocument(source);
    out.ids.push(b.text[t]!);
    out.bodies.push(doc.body);
    out.grams.push(doc.grams);
    out.keyCounts.push(doc.dedupeKeys.length);
    for (const k of doc.dedupeKeys) out.keys.push(k);
  }
  return out;
}

/**
 * Inserts the search rows (both FTS5 tables, rowid = customer number) and the duplicate
 * keys of batches of customers. The rows of each table go in together per batch: mixing
 * them row by row makes each table's pages evict the others' from the cache.
 */
export class SearchWriter {
  private readonly insSearch;
  private readonly insShort;
  private readonly insKey;
  /** KEY_ROWS keys at once: a third less time than one statement per key. */
  private readonly insKeys;

  constructor(db: Db) {
    this.insSearch = db.prepare('INSERT INTO customer_search (rowid, body) VALUES (?, ?)');
    this.insShort = db.prepare('INSERT INTO customer_search_short (rowid, grams) VALUES (?, ?)');
    const keySql = 'INSERT OR IGNORE INTO dedupe_keys (key, customer_num) VALUES ';
    this.insKey = db.prepare(`${keySql}(?, ?)`);
    this.insKeys = db.prepare(keySql + new Array(KEY_ROWS).fill('(?, ?)').join(', '));
  }

  /** Writes the rows of a batch; returns the number of contacts in it. */
  write(b: DocumentBatch): number {
    const n = b.ids.length;
    for (let i = 0; i < n; i++) this.insSearch.run(b.start + i, b.bodies[i]);
    for (let i = 0; i < n; i++) this.insShort.run(b.start + i, b.grams[i]);
    const params: (string | number)[] = [];
    let k = 0;
    for (let i = 0; i < n; i++) {
      const num = b.start + i;
      for (let end = k + b.keyCounts[i]!; k < end; k++) {
        params.push(b.keys[k]!, num);
        if (params.length === 2 * KEY_ROWS) {
          this.insKeys.run(params);
          params.length = 0;
        }
      }
    }
    for (let p = 0; p < params.length; p += 2) this.insKey.run(params[p], params[p + 1]);
    return b.contacts;
  }
}
