import type { Db } from '../store/openDatabase';
import { searchDocument } from '../../../shared/domain/searchDocument';
import type { ContactRow, CustomerRow } from './customerRows';

// Writes and single-record reads of customers. Every function takes the database first and
// runs inside the caller's transaction; the service decides the transaction boundaries.

export type CustomerInsert = Omit<CustomerRow, 'num' | 'version' | 'deleted_at'>;

const CUSTOMER_COLUMNS = [
  'id', 'company_name', 'name_sort', 'legal_name', 'kinds', 'partner_type', 'industry', 'main_business',
  'products', 'size_band', 'scale_notes', 'country', 'region', 'city', 'address', 'website', 'phone',
  'email', 'source', 'notes', 'screening_status', 'screening_note', 'screened_by', 'screened_at',
  'completeness', 'created_at', 'updated_at',
] as const satisfies readonly (keyof CustomerInsert)[];

const insertSql = `INSERT INTO customers (${CUSTOMER_COLUMNS.join(', ')})
  VALUES (${CUSTOMER_COLUMNS.map((c) => `@${c}`).join(', ')})`;

export function insertCustomer(db: Db, row: CustomerInsert): number {
  return Number(db.prepare(insertSql).run(row).lastInsertRowid);
}

/** Columns an update may set (identity, timestamps of creation and deletion are not among them). */
export type CustomerUpdate = Partial<Omit<CustomerInsert, 'id' | 'created_at'>>;
const UPDATABLE = new Set<string>(CUSTOMER_COLUMNS.filter((c) => c !== 'id' && c !== 'created_at'));

/**
 * Updates a customer if it is still at `expectedVersion`; bumps the version.
 * Returns false when the row changed meanwhile (or does not exist).
 */
export function updateCustomer(db: Db, id: string, expectedVersion: number, set: CustomerUpdate): boolean {
  const cols = Object.keys(set).filter((c) => UPDATABLE.has(c));
  for (const c of Object.keys(set)) if (!UPDATABLE.has(c)) throw new Error(`not an updatable column: ${c}`);
  const assignments = [...cols.map((c) => `${c} = @${c}`), 'version = version + 1'].join(', ');
  const info = db
    .prepare(`UPDATE customers SET ${assignments} WHERE id = @__id AND version = @__version`)
    .run({ ...set, __id: id, __version: expectedVersion });
  return info.changes === 1;
}

export function getCustomerRow(db: Db, id: string): CustomerRow | undefined {
  return db.prepare('SELECT * FROM customers WHERE id = ?').get(id) as CustomerRow | undefined;
}

export function getContactRows(db: Db, customerId: string): ContactRow[] {
  return db.prepare('SELECT * FROM contacts WHERE customer_id = ? ORDER BY position').all(customerId) as ContactRow[];
}

export function getTags(db: Db, customerId: string): string[] {
  return (db.prepare('SELECT tag FROM customer_tags WHERE customer_id = ? ORDER BY tag').pluck().all(customerId) as string[]);
}

/** Replaces a customer's contacts; ids that come back are kept, new ones are the caller's. */
export function replaceContacts(db: Db, customerId: string, contacts: Omit<ContactRow, 'customer_id' | 'position'>[]): void {
  const keep = contacts.map((c) => c.id);
  db.prepare(`DELETE FROM contacts WHERE customer_id = ? AND id NOT IN (SELECT value FROM json_each(?))`).run(
    customerId,
    JSON.stringify(keep),
  );
  const upsert = db.prepare(`
    INSERT INTO contacts (id, customer_id, position, name, title, phone, email, messaging, notes, created_at, updated_at)
    VALUES (@id, @customer_id, @position, @name, @title, @phone, @email, @messaging, @notes, @created_at, @updated_at)
    ON CONFLICT (id) DO UPDATE SET
      position = excluded.position, name = excluded.name, title = excluded.title, phone = excluded.phone,
      email = excluded.email, messaging = excluded.messaging, notes = excluded.notes, updated_at = excluded.updated_at
    WHERE contacts.customer_id = excluded.customer_id`);
  contacts.forEach((c, position) => {
    const info = upsert.run({ ...c, customer_id: customerId, position });
    // A contact id that belongs to another customer must not be taken over.
    if (info.changes !== 1) throw new Error(`contact ${c.id} belongs to another customer`);
  });
}

/** Sets a customer's tags: removed ones are deleted, new ones added, kept ones untouched (their created_at stays). */
export function replaceTags(db: Db, customerId: string, tags: readonly string[], now: string): void {
  db.prepare('DELETE FROM customer_tags WHERE customer_id = ? AND tag NOT IN (SELECT value FROM json_each(?))').run(
    customerId,
    JSON.stringify(tags),
  );
  const ins = db.prepare('INSERT OR IGNORE INTO customer_tags (tag, customer_id, created_at) VALUES (?, ?, ?)');
  for (const t of tags) ins.run(t, customerId, now);
}

/** Recomputes the derived search and duplicate-detection entries of one customer. */
export function reindexCustomer(db: Db, num: number): void {
  const row = db.prepare('SELECT * FROM customers WHERE num = ?').get(num) as CustomerRow | undefined;
  db.prepare('DELETE FROM customer_search WHERE rowid = ?').run(num);
  db.prepare('DELETE FROM customer_search_short WHERE rowid = ?').run(num);
  if (!row) return;
  db.prepare('DELETE FROM dedupe_keys WHERE customer_num = ?').run(num);
  const contacts = getContactRows(db, row.id);
  const doc = searchDocument({
    companyName: row.company_name,
    legalName: row.legal_name,
    email: row.email,
    phone: row.phone,
    website: row.website,
    tags: getTags(db, row.id),
    contacts,
  });
  db.prepare('INSERT INTO customer_search (rowid, body) VALUES (?, ?)').run(num, doc.body);
  db.prepare('INSERT INTO customer_search_short (rowid, grams) VALUES (?, ?)').run(num, doc.grams);
  const ins = db.prepare('INSERT OR IGNORE INTO dedupe_keys (key, customer_num) VALUES (?, ?)');
  for (const k of doc.dedupeKeys) ins.run(k, num);
}

export function setDeleted(db: Db, ids: readonly string[], deletedAt: string | null, now: string): number {
  const stmt =
    deletedAt === null
      ? db.prepare('UPDATE customers SET deleted_at = NULL, updated_at = ?, version = version + 1 WHERE id = ? AND deleted_at IS NOT NULL')
      : db.prepare(`UPDATE customers SET deleted_at = ?, updated_at = ?, version = version + 1 WHERE id = ? AND deleted_at IS NULL`);
  let n = 0;
  for (const id of ids) n += (deletedAt === null ? stmt.run(now, id) : stmt.run(deletedAt, now, id)).changes;
  return n;
}

/** Deletes every customer in the Trash for good, with its contacts, tags and index entries. */
export function purgeTrash(db: Db): number {
  const nums = db.prepare('SELECT num FROM customers WHERE deleted_at IS NOT NULL').pluck().all() as number[];
  const delSearch = db.prepare('DELETE FROM customer_search WHERE rowid = ?');
  const delShort = db.prepare('DELETE FROM customer_search_short WHERE rowid = ?');
  for (const n of nums) {
    delSearch.run(n);
    delShort.run(n);
  }
  return db.prepare('DELETE FROM customers WHERE deleted_at IS NOT NULL').run().changes;
}
