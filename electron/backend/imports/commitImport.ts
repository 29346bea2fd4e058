import { randomUUID } from 'node:crypto';
import type { ImportCounts } from '../../../shared/api/imports';
import { ApiFailure } from '../../../shared/api/result';
import { completeness } from '../../../shared/domain/completeness';
import { kindsToMask, maskToKinds, type SizeBand } from '../../../shared/domain/customer';
import { CURRENT_EXHIBITION_SETTING } from '../../../shared/domain/exhibition';
import { toMinor } from '../../../shared/domain/money';
import { nameSortKey } from '../../../shared/domain/searchDocument';
import { suspendInsertAudit } from '../audit/bulkInsertAudit';
import { reindexCustomer } from '../customers/customerRepository';
import type { CustomerRow } from '../customers/customerRows';
import { documents, emptyBatch, SearchWriter, type SourceBatch } from '../demo/demoRows';
import { JobCancelled } from '../jobs/jobTypes';
import { MONEY_FIELDS, PARTICIPATION_COLUMNS, type ParticipationRow } from '../participations/participationRows';
import { suspendFigureTriggers } from '../segments/customerFigures';
import { suspendTriggers } from '../store/suspendTriggers';
import type { Db } from '../store/openDatabase';
import { heldTransaction, yieldToCalls } from '../store/sameThreadWriter';
import { DocumentsHelper } from './documentsThread';
import { duplicateKeys } from './duplicateKeys';
import type { Plan, PlanRow } from './importPlan';
import type { CustomerValues, ParticipationValues } from './rowValues';

// Executes an import plan (importPlan.ts) in ONE transaction: all rows or none. Customers get
// what customers.create gives them (name_sort, completeness, contacts, tags, search documents,
// duplicate keys, a cultivation relationship in the current exhibition) through the demo
// loader's batch writers for the search rows; participations attach to the chosen edition
// with their status history and relationship. Every record created or changed is listed in
// import_batch_records so the batch can be undone. Between chunks the function yields (the
// transaction stays open), so a cancel or the test's cancel is seen; cancelling rolls back.

export interface CommitArgs {
  batchId: string;
  fileName: string;
  sheet: string | null;
  editionId: string | null;
  plan: Plan;
  now: string;
  staffName: string | null;
}

export interface CommitProgress {
  progress(done: number, total: number, step: string): void;
  cancelled(): boolean;
  /** The job worker entry (a big run's search documents are made in a thread of it) and binding. */
  workerEntry?: string;
  nativeBinding?: string;
}

export interface CommitOptions {
  newId?: () => string;
  /** From this many new customers on, their search documents are made in a second thread. */
  documentsThreadFrom?: number;
}

/**
 * Measured, 100,000 rows into an edition: the documents took 1.4-1.8 s of the commit's thread.
 * Below this the thread's start (and posting the batches) is not worth it.
 */
export const DOCUMENTS_THREAD_FROM = 20_000;

const CHUNK = 1000;
/** FTS5 in-memory hash size while loading (as the demo loader does): fewer, larger segment flushes. */
const LOAD_HASHSIZE = 16 * 1024 * 1024;
const DEFAULT_HASHSIZE = 1024 * 1024;

/**
 * A big list into a smaller workspace: the secondary indexes of `table` (customers: all partial;
 * participations: the figures' covering indexes — none used by the commit's own reads, which go
 * through the primary keys and UNIQUE constraints, kept) are dropped and built again at the end,
 * in the same transaction — one sorted build instead of 100,000 inserts into each B-tree.
 * Returns the rebuild.
 */
function suspendIndexes(db: Db, table: 'customers' | 'participations', creating: number): (() => void) | null {
  if (!outweighsStored(db, table, creating, 10_000)) return null;
  const indexes = db
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL")
    .all(table) as { name: string; sql: string }[];
  for (const ix of indexes) db.exec(`DROP INDEX "${ix.name.replace(/"/g, '""')}"`);
  return () => {
    for (const ix of indexes) db.exec(ix.sql);
  };
}

/**
 * The rule behind both suspensions (indexes, figures triggers): a batch of at least `min` rows
 * that is also no smaller than what `table` holds, where one pass over the whole table at the
 * end costs less than keeping it up row by row.
 */
function outweighsStored(db: Db, table: 'customers' | 'participations', batch: number, min: number): boolean {
  return batch >= min && batch >= (db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number);
}

function setHashsize(db: Db, bytes: number): void {
  for (const t of ['customer_search', 'customer_search_short']) db.exec(`INSERT INTO ${t} (${t}, rank) VALUES ('hashsize', ${bytes})`);
}
/**
 * The figures triggers recompute one customer per participation written (~9 µs each); suspended,
 * the whole table is filled again at the end, which costs in proportion to the workspace (0.3 s
 * for 100,000 customers with one participation each; 0.7 s on the 100,000-customer demo with
 * 460,000 participations and a million interactions). So they are suspended for a batch of at
 * least SUSPEND_TRIGGERS_FROM participations that is also no smaller than the participations
 * already stored. Measured, 5,000 rows into that demo: with the refill the commit's end took
 * 1.07 s, with the triggers 0.35 s (and the rows 0.04 s longer).
 */
const SUSPEND_TRIGGERS_FROM = 2000;

function suspendFiguresFor(db: Db, participations: number): (() => void) | null {
  return outweighsStored(db, 'participations', participations, SUSPEND_TRIGGERS_FROM) ? suspendFigureTriggers(db) : null;
}

const PROFILE: [keyof CustomerValues, keyof CustomerRow][] = [
  ['legalName', 'legal_name'], ['partnerType', 'partner_type'], ['industry', 'industry'], ['mainBusiness', 'main_business'],
  ['products', 'products'], ['sizeBand', 'size_band'], ['scaleNotes', 'scale_notes'], ['country', 'country'],
  ['region', 'region'], ['city', 'city'], ['address', 'address'], ['website', 'website'], ['phone', 'phone'],
  ['email', 'email'], ['source', 'source'], ['notes', 'notes'],
];
const CONTACT_FIELDS = ['name', 'title', 'phone', 'email', 'messaging'] as const;

/** A participation's columns from its values, in one fixed order (field, column, money in minor units). */
const PART_COLUMNS = Object.entries(PARTICIPATION_COLUMNS).map(
  ([field, col]) => [field as keyof typeof PARTICIPATION_COLUMNS, col, (MONEY_FIELDS as readonly string[]).includes(field)] as const,
);
const PART_INSERT_COLUMNS = [...PART_COLUMNS.map(([, col]) => col), 'id', 'customer_id', 'edition_id', 'status', 'status_at', 'cancel_reason', 'created_at', 'updated_at'];

interface ContactRowLite {
  id: string;
  name: string;
  title: string | null;
  phone: string | null;
  email: string | null;
  messaging: string | null;
  position: number;
}

function percentOf(r: Pick<CustomerRow, 'industry' | 'main_business' | 'products' | 'size_band' | 'country' | 'city' | 'phone' | 'email' | 'website'>, contacts: number): number {
  return completeness({
    industry: r.industry, mainBusiness: r.main_business, products: r.products, sizeBand: r.size_band as SizeBand | null,
    country: r.country, city: r.city, phone: r.phone, email: r.email, website: r.website, contacts,
  }).percent;
}

/** Same choice as lifecycle/ensureRelationships.ts: the saved current exhibition, else the oldest. */
function currentExhibition(db: Db): string | null {
  const saved = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(CURRENT_EXHIBITION_SETTING) as string | undefined;
  const id = saved ? (JSON.parse(saved) as unknown) : null;
  if (typeof id === 'string' && db.prepare('SELECT 1 FROM exhibitions WHERE id = ?').get(id)) return id;
  return (db.prepare('SELECT id FROM exhibitions ORDER BY created_at, name LIMIT 1').pluck().get() as string | undefined) ?? null;
}

class Writer {
  readonly counts: ImportCounts;
  private readonly today: string;
  private nextNum: number;
  private readonly firstNum: number;
  private readonly newIds = new Map<number, string>();
  private readonly created = new Set<string>();
  /** A record this batch created was changed again by a later row (its recorded version moves on). */
  private createdChanged = false;
  /** Customers changed after their search rows were written: reindexed at the end. */
  private readonly dirty = new Set<number>();
  /** Stored customers this batch changed: id → the record before (JSON). */
  private readonly before = new Map<string, string>();
  private readonly partBefore = new Map<string, string>();
  private readonly createdParts = new Set<string>();
  /** Stored participations rows of the batch met (counted once each). */
  private readonly metParts = new Set<string>();
  private readonly currentX: string | null;
  private readonly editionX: string | null;
  private search: SourceBatch;
  private readonly searchWriter: SearchWriter;
  /** Set during a big bulk run: makes the search documents in a second thread. */
  private docs: DocumentsHelper | null = null;
  private readonly s;

  constructor(
    private readonly db: Db,
    private readonly args: CommitArgs,
    private readonly newId: () => string,
  ) {
    this.counts = { ...args.plan.counts, created: 0, updated: 0, participations: 0, contacts: 0 };
    this.today = args.now.slice(0, 10);
    this.nextNum = ((db.prepare('SELECT max(num) FROM customers').pluck().get() as number | null) ?? 0) + 1;
    this.firstNum = this.nextNum;
    this.currentX = currentExhibition(db);
    this.editionX = args.editionId
      ? ((db.prepare('SELECT exhibition_id FROM editions WHERE id = ?').pluck().get(args.editionId) as string | undefined) ?? null)
      : null;
    this.search = emptyBatch(this.nextNum);
    this.searchWriter = new SearchWriter(db);
    this.s = {
      customer: db.prepare(
        `INSERT INTO customers (num, id, company_name, name_sort, legal_name, kinds, partner_type, industry, main_business, products,
           size_band, scale_notes, country, region, city, address, website, phone, email, source, notes, screening_status,
           completeness, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'unverified', ?, ?, ?)`,
      ),
      contact: db.prepare(
        `INSERT INTO contacts (id, customer_id, position, name, title, phone, email, messaging, notes, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
      ),
      tag: db.prepare('INSERT OR IGNORE INTO customer_tags (tag, customer_id, created_at) VALUES (?, ?, ?)'),
      record: db.prepare('INSERT OR REPLACE INTO import_batch_records (batch_id, kind, record_id, action, version, before) VALUES (?, ?, ?, ?, ?, ?)'),
      relationship: db.prepare(
        `INSERT INTO relationships (customer_id, exhibition_id, stage, stage_since, began_on, created_at, updated_at)
         VALUES (?, ?, 'cultivation', ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
      ),
      transition: db.prepare(
        `INSERT INTO stage_transitions (id, customer_id, exhibition_id, seq, from_stage, to_stage, at, changed_by, created_at)
         VALUES (?, ?, ?, 1, NULL, 'cultivation', ?, ?, ?)`,
      ),
      // The deferred relationships (JSON rows [customerId, exhibitionId, began, transitionId, nameSort]), in order.
      relationships: db.prepare(
        `INSERT INTO relationships (customer_id, exhibition_id, stage, stage_since, began_on, created_at, updated_at, name_sort)
         SELECT j.value ->> 0, j.value ->> 1, 'cultivation', j.value ->> 2, j.value ->> 2, @now, @now, j.value ->> 4
           FROM json_each(@rows) j ORDER BY j.key`,
      ),
      transitions: db.prepare(
        `INSERT INTO stage_transitions (id, customer_id, exhibition_id, seq, from_stage, to_stage, at, changed_by, created_at)
         SELECT j.value ->> 3, j.value ->> 0, j.value ->> 1, 1, NULL, 'cultivation', j.value ->> 2, @by, @now FROM json_each(@rows) j ORDER BY j.key`,
      ),
      relationshipRecords: db.prepare(
        `INSERT OR REPLACE INTO import_batch_records (batch_id, kind, record_id, action, version, before)
         SELECT @batch, 'relationship', (j.value ->> 0) || '|' || (j.value ->> 1), 'created', 1, NULL FROM json_each(@rows) j ORDER BY j.key`,
      ),
      customerRow: db.prepare('SELECT * FROM customers WHERE id = ?'),
      contacts: db.prepare('SELECT id, name, title, phone, email, messaging, position FROM contacts WHERE customer_id = ? ORDER BY position'),
      tags: db.prepare('SELECT tag FROM customer_tags WHERE customer_id = ? ORDER BY tag').pluck(),
      participation: db.prepare('SELECT * FROM participations WHERE customer_id = ? AND edition_id = ? AND role = ?'),
      insertParticipation: db.prepare(`INSERT INTO participations (${PART_INSERT_COLUMNS.join(', ')}) VALUES (${PART_INSERT_COLUMNS.map(() => '?').join(', ')})`),
      // The bulk run's new participations (rowid after @from): first statuses and batch records in one statement each.
      firstStatuses: db.prepare(
        `INSERT INTO participation_status_changes (participation_id, seq, status, at, reason, changed_by)
         SELECT id, 1, status, status_at, cancel_reason, @by FROM participations WHERE rowid > @from ORDER BY rowid`,
      ),
      participationRecords: db.prepare(
        `INSERT OR REPLACE INTO import_batch_records (batch_id, kind, record_id, action, version, before)
         SELECT @batch, 'participation', id, 'created', 1, NULL FROM participations WHERE rowid > @from ORDER BY rowid`,
      ),
      // A new participation's first status (seq 1: nothing to look up).
      firstStatus: db.prepare(
        `INSERT INTO participation_status_changes (participation_id, seq, status, at, reason, changed_by) VALUES (?, 1, ?, ?, ?, ?)`,
      ),
      statusChange: db.prepare(
        `INSERT INTO participation_status_changes (participation_id, seq, status, at, reason, changed_by)
         VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM participation_status_changes WHERE participation_id = ?), ?, ?, ?, ?)`,
      ),
    };
  }

  private record(kind: 'customer' | 'participation' | 'relationship', id: string, action: 'created' | 'updated', version: number | null, before: string | null): void {
    this.s.record.run(this.args.batchId, kind, id, action, version, before);
  }

  /**
   * While the run of new customers is written in bulk (startBulkRun below): their relationships, first
   * come first kept (as the ON CONFLICT below), with the customer's name_sort (the caller
   * suspends the trigger that would copy it, an UPDATE per row) — written set-based once the run
   * is done: three statements instead of three per row. Measured at 100,000 new customers in a
   * workspace with an exhibition: 7.3 s row by row (or per chunk of 1,000, interleaved with the
   * customers' writes), 3.6 s in one run.
   */
  private readonly pendingRelationships = new Map<string, [string, string, string, string, string | null]>();
  /** Set while the run of new customers is written in bulk: see flush(true). */
  private bulkFrom: { participations: number } | null = null;

  /**
   * The run of new customers starts: relationships and new participations' records wait for its
   * end; with `docsThread`, their search documents are made in that thread meanwhile.
   */
  startBulkRun(docsThread: { entry: string; nativeBinding?: string } | null): void {
    if (docsThread) this.docs = new DocumentsHelper(docsThread.entry, docsThread.nativeBinding);
    this.bulkFrom = { participations: (this.db.prepare('SELECT coalesce(max(rowid), 0) FROM participations').pluck().get() as number) };
  }

  private relationship(customerId: string, exhibitionId: string, began: string, nameSort: string | null): void {
    if (this.bulkFrom) {
      const key = `${customerId}|${exhibitionId}`;
      if (!this.pendingRelationships.has(key)) this.pendingRelationships.set(key, [customerId, exhibitionId, began, this.newId(), nameSort]);
      return;
    }
    const now = this.args.now;
    if (this.s.relationship.run(customerId, exhibitionId, began, began, now, now).changes === 0) return;
    this.s.transition.run(this.newId(), customerId, exhibitionId, began, this.args.staffName, now);
    this.record('relationship', `${customerId}|${exhibitionId}`, 'created', 1, null);
  }

  row(p: PlanRow): void {
    let customerId: string | null = null;
    // Only a new customer's is needed: relationships wait with it only in the bulk run, where every row creates.
    let nameSort: string | null = null;
    let created = false;
    if (p.action !== 'create') customerId = p.targetId ?? (p.targetRow !== null ? (this.newIds.get(p.targetRow) ?? null) : null);
    if (customerId && this.update(customerId, p.customer, p.action === 'overwrite')) {
      this.counts.updated++;
    } else {
      nameSort = nameSortKey(p.customer.companyName);
      customerId = this.create(p.customer, nameSort);
      this.counts.created++;
      created = true;
    }
    this.newIds.set(p.row, customerId);
    if (p.participation && this.args.editionId && this.editionX) this.participate(customerId, p.participation, p.action, created, nameSort);
  }

  private create(c: CustomerValues, nameSort: string): string {
    const id = this.newId();
    const num = this.nextNum++;
    const now = this.args.now;
    const source = c.source ?? 'import';
    const percent = completeness({ ...c, contacts: c.contacts.length }).percent;
    this.s.customer.run(
      num, id, c.companyName, nameSort, c.legalName, kindsToMask(c.kinds), c.partnerType, c.industry,
      c.mainBusiness, c.products, c.sizeBand, c.scaleNotes, c.country, c.region, c.city, c.address, c.website, c.phone,
      c.email, source, c.notes, percent, now, now,
    );
    c.contacts.forEach((k, position) => {
      this.s.contact.run(this.newId(), id, position, k.name, k.title, k.phone, k.email, k.messaging, now, now);
    });
    this.counts.contacts += c.contacts.length;
    const tags = [...c.tags].sort();
    for (const t of tags) this.s.tag.run(t, id, now);
    // Search rows go in per chunk (flush); the batch's numbers are consecutive by construction.
    const b = this.search;
    b.text.push(id, c.companyName, c.legalName, c.email, c.phone, c.website);
    b.tagCounts.push(tags.length);
    for (const t of tags) b.tags.push(t);
    b.contactCounts.push(c.contacts.length);
    for (const k of c.contacts) b.contacts.push(k.name, k.email, k.phone);
    this.created.add(id);
    // Recorded in one statement at the end (finish): every customer numbered from firstNum on is this batch's.
    if (this.currentX) this.relationship(id, this.currentX, this.today, nameSort);
    return id;
  }

  /** Changes a customer with a row's values; false when it no longer exists (then the row creates one). */
  private update(id: string, c: CustomerValues, overwrite: boolean): boolean {
    const row = this.s.customerRow.get(id) as CustomerRow | undefined;
    if (!row || row.deleted_at !== null) return false;
    const contacts = this.s.contacts.all(id) as ContactRowLite[];
    const tags = this.s.tags.all(id) as string[];
    const isNew = this.created.has(id);
    if (!isNew && !this.before.has(id)) this.before.set(id, JSON.stringify({ row, contacts, tags }));
    const set: Record<string, unknown> = {};
    const take = (col: keyof CustomerRow, v: unknown) => {
      const cur = row[col];
      if (v === null || v === undefined || v === cur) return;
      if (overwrite || cur === null) set[col] = v;
    };
    for (const [field, col] of PROFILE) take(col, c[field]);
    if (overwrite && c.companyName !== row.company_name) {
      set.company_name = c.companyName;
      set.name_sort = nameSortKey(c.companyName);
    }
    if (c.kinds.length && (overwrite || row.kinds === 0)) {
      const mask = overwrite ? kindsToMask(c.kinds) : kindsToMask([...maskToKinds(row.kinds), ...c.kinds]);
      if (mask !== row.kinds) set.kinds = mask;
    }
    const now = this.args.now;
    let contactsChanged = false;
    for (const k of c.contacts) {
      const same = contacts.find(
        (e) => e.name.toLowerCase() === k.name.toLowerCase() || (k.email && e.email && e.email.toLowerCase() === k.email.toLowerCase()),
      );
      if (!same) {
        const position = contacts.length;
        const newContact = { id: this.newId(), name: k.name, title: k.title, phone: k.phone, email: k.email, messaging: k.messaging, position };
        this.s.contact.run(newContact.id, id, position, k.name, k.title, k.phone, k.email, k.messaging, now, now);
        contacts.push(newContact);
        this.counts.contacts++;
        contactsChanged = true;
        continue;
      }
      const cs: Record<string, unknown> = {};
      for (const f of CONTACT_FIELDS) {
        const v = k[f];
        if (v !== null && v !== same[f] && (overwrite || same[f] === null)) cs[f] = v;
      }
      if (Object.keys(cs).length) {
        this.db.prepare(`UPDATE contacts SET ${Object.keys(cs).map((f) => `${f} = @${f}`).join(', ')}, updated_at = @__now WHERE id = @__id`)
          .run({ ...cs, __now: now, __id: same.id });
        Object.assign(same, cs);
        contactsChanged = true;
      }
    }
    let tagsChanged = false;
    for (const t of c.tags) {
      if (tags.some((x) => x.toLowerCase() === t.toLowerCase())) continue;
      this.s.tag.run(t, id, now);
      tags.push(t);
      tagsChanged = true;
    }
    if (Object.keys(set).length === 0 && !contactsChanged && !tagsChanged) return true;
    const merged = { ...row, ...set } as CustomerRow;
    set.completeness = percentOf(merged, contacts.length);
    const cols = Object.keys(set);
    this.db
      .prepare(`UPDATE customers SET ${cols.map((k) => `${k} = @${k}`).join(', ')}, updated_at = @__now, version = version + 1 WHERE id = @__id`)
      .run({ ...set, __now: now, __id: id });
    this.dirty.add(row.num);
    if (isNew) this.createdChanged = true;
    return true;
  }

  /** `created`: the customer was created by this very row, so it has no participation yet. */
  private participate(customerId: string, p: ParticipationValues, action: PlanRow['action'], created: boolean, nameSort: string | null): void {
    const existing = created ? undefined : (this.s.participation.get(customerId, p.editionId, p.role) as ParticipationRow | undefined);
    const now = this.args.now;
    const at = p.statusAt ?? this.today;
    const values: unknown[] = PART_COLUMNS.map(([field, , money]) => (money ? toMinor(p[field] as number | null) : p[field]));
    if (!existing) {
      const id = this.newId();
      const reason = p.status === 'cancelled' ? p.cancelReason : null;
      values.push(id, customerId, p.editionId, p.status, at, reason, now, now);
      this.s.insertParticipation.run(values);
      // In a bulk run the first statuses and records are written set-based at its end (flush).
      if (!this.bulkFrom) {
        this.s.firstStatus.run(id, p.status, at, reason, this.args.staffName);
        this.record('participation', id, 'created', 1, null);
      }
      this.createdParts.add(id);
      this.counts.participations++;
    } else {
      if (action === 'create') return;
      const overwrite = action === 'overwrite';
      const set: Record<string, unknown> = {};
      PART_COLUMNS.forEach(([, col], i) => {
        const v = values[i];
        const cur = existing[col as keyof ParticipationRow];
        if (v !== null && v !== cur && (overwrite || cur === null)) set[col] = v;
      });
      const statusChanged = overwrite && p.statusGiven && p.status !== existing.status;
      if (statusChanged) Object.assign(set, { status: p.status, status_at: at, cancel_reason: p.status === 'cancelled' ? p.cancelReason : null });
      // Each participation the batch creates or meets counts once, changed or not: as the dry
      // run counts them (importPlan.ts), so its figure is the result's.
      if (!this.createdParts.has(existing.id) && !this.metParts.has(existing.id)) {
        this.metParts.add(existing.id);
        this.counts.participations++;
      }
      if (Object.keys(set).length === 0) return;
      if (this.createdParts.has(existing.id)) this.createdChanged = true;
      else if (!this.partBefore.has(existing.id)) this.partBefore.set(existing.id, JSON.stringify(existing));
      this.db
        .prepare(`UPDATE participations SET ${Object.keys(set).map((k) => `${k} = @${k}`).join(', ')}, updated_at = @__now, version = version + 1 WHERE id = @__id`)
        .run({ ...set, __now: now, __id: existing.id });
      if (statusChanged) this.s.statusChange.run(existing.id, existing.id, p.status, at, set.cancel_reason ?? null, this.args.staffName);
    }
    const began = at < this.today ? at : this.today;
    this.relationship(customerId, this.editionX!, began, nameSort);
  }

  /**
   * Writes the search rows of the customers created since the last flush; with `all`, at the end
   * of the bulk run, also its deferred relationships and its participations' first statuses and
   * batch records.
   */
  flush(all = false): void {
    if (this.search.tagCounts.length) {
      for (const d of this.docs ? this.docs.submit(this.search) : [documents(this.search)]) this.searchWriter.write(d);
    }
    this.search = emptyBatch(this.nextNum);
    if (!all || !this.bulkFrom) return;
    if (this.docs) {
      // Before any row that may change these customers again (their search rows are then rewritten).
      for (const d of this.docs.drain()) this.searchWriter.write(d);
      this.close();
    }
    if (this.pendingRelationships.size) {
      // Only new customers' relationships are deferred: none of them can exist yet.
      const rows = JSON.stringify([...this.pendingRelationships.values()]);
      this.pendingRelationships.clear();
      const now = this.args.now;
      const restoreTrigger = suspendTriggers(this.db, ['relationships_name_insert']);
      this.s.relationships.run({ rows, now });
      restoreTrigger();
      this.s.transitions.run({ rows, now, by: this.args.staffName });
      this.s.relationshipRecords.run({ rows, batch: this.args.batchId });
    }
    // Every participation of the run is new (its customer is): status 1 as it was inserted.
    const from = this.bulkFrom.participations;
    this.s.firstStatuses.run({ from, by: this.args.staffName });
    this.s.participationRecords.run({ from, batch: this.args.batchId });
    this.bulkFrom = null;
  }

  /** Ends the documents thread, if any (also on a failure or cancel). */
  close(): void {
    this.docs?.close();
    this.docs = null;
  }

  finish(): void {
    this.flush();
    // BEGIN IMMEDIATE: nobody else inserted customers meanwhile, so the numbers from firstNum on are this batch's.
    this.db
      .prepare(`INSERT INTO import_batch_records (batch_id, kind, record_id, action, version, before)
                SELECT ?, 'customer', id, 'created', 1, NULL FROM customers WHERE num >= ?`)
      .run(this.args.batchId, this.firstNum);
    for (const num of this.dirty) reindexCustomer(this.db, num);
    const version = this.db.prepare('SELECT version FROM customers WHERE id = ?').pluck();
    for (const [id, before] of this.before) this.record('customer', id, 'updated', version.get(id) as number, before);
    const pVersion = this.db.prepare('SELECT version FROM participations WHERE id = ?').pluck();
    for (const [id, before] of this.partBefore) this.record('participation', id, 'updated', pVersion.get(id) as number, before);
    if (this.createdChanged) {
      this.db
        .prepare(
          `UPDATE import_batch_records SET version = CASE kind
             WHEN 'customer' THEN (SELECT version FROM customers WHERE id = record_id)
             ELSE (SELECT version FROM participations WHERE id = record_id) END
           WHERE batch_id = ? AND action = 'created' AND kind IN ('customer', 'participation')`,
        )
        .run(this.args.batchId);
    }
  }
}

/**
 * The plan was made from matches taken before the commit began: another import, the CLI, an
 * entry at a stand or a restore from the Trash may have changed the workspace since (the
 * pre-import backup alone takes seconds on a big workspace). Under the write lock: a row the
 * plan creates (having matched nothing) must not repeat a live customer now, and a customer a
 * row updates must still be live, or the workspace would hold a duplicate (or bring back one
 * someone deleted). Then the commit stops, nothing written, and the file is checked again.
 * One statement per part, the probes in SQLite: about as costly as matching the rows was.
 */
function refuseChangedMatches(db: Db, plan: Plan): void {
  const targets = plan.rows.filter((r) => r.action !== 'create' && r.targetId).map((r) => r.targetId!);
  const gone = db
    .prepare(`SELECT 1 FROM json_each(?) j WHERE NOT EXISTS (SELECT 1 FROM customers c WHERE c.id = j.value AND c.deleted_at IS NULL) LIMIT 1`)
    .pluck();
  for (const part of parts(targets)) if (gone.get(JSON.stringify(part))) throw new ApiFailure('conflict', 'err.import.workspaceChanged');
  // An empty workspace (or one without keys) holds nothing to repeat: asked first, since the
  // keys of 100,000 rows take 0.35 s to make.
  if (db.prepare('SELECT 1 FROM dedupe_keys LIMIT 1').get() === undefined) return;
  const keys = new Set<string>();
  for (const r of plan.rows) if (r.action === 'create' && r.unmatched) for (const k of duplicateKeys(r.customer)) keys.add(k);
  if (keys.size === 0) return;
  const repeated = db
    .prepare(
      `SELECT 1 FROM json_each(?) j WHERE EXISTS (
         SELECT 1 FROM dedupe_keys d JOIN customers c ON c.num = d.customer_num WHERE d.key = j.value AND c.deleted_at IS NULL) LIMIT 1`,
    )
    .pluck();
  for (const part of parts([...keys])) if (repeated.get(JSON.stringify(part))) throw new ApiFailure('conflict', 'err.import.workspaceChanged');
}

/** Bounded JSON arguments: a 100,000-row file has 600,000 keys. */
function* parts<T>(items: T[], size = 20_000): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** From this many new customers on, their history is written set-based (bulkInsertAudit.ts). */
export const BULK_AUDIT_FROM = CHUNK;

/**
 * Runs the plan; resolves with the counts, or rejects (nothing written) on failure or cancel.
 * The rows that create customers go first, then the rest in file order: a row that updates
 * refers only to a stored customer or to an earlier row of the file, so the outcome is the same,
 * and the creating run can be written with its history set-based.
 */
export async function commitImport(db: Db, args: CommitArgs, job: CommitProgress, opts: CommitOptions = {}): Promise<ImportCounts> {
  const { newId = randomUUID, documentsThreadFrom = DOCUMENTS_THREAD_FROM } = opts;
  const creating = args.plan.rows.filter((r) => r.action === 'create');
  const rows = [...creating, ...args.plan.rows.filter((r) => r.action !== 'create')];
  // Made inside the transaction, closed after it (a cast: else TS narrows it to null out here).
  let w = null as Writer | null;
  // The write lock held across the awaits between chunks: a save in the app meanwhile waits for
  // the commit instead of stalling the thread (sameThreadWriter.ts).
  try {
    return await heldTransaction(db, async () => {
      refuseChangedMatches(db, args.plan);
      const restoreTriggers = suspendFiguresFor(db, rows.filter((r) => r.participation).length);
      db.prepare(
        `INSERT INTO import_batches (id, file_name, sheet, edition_id, rows_read, rejected, skipped, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(args.batchId, args.fileName, args.sheet, args.editionId, args.plan.counts.read, args.plan.counts.rejected, args.plan.counts.skipped, args.staffName, args.now);
      w = new Writer(db, args, newId);
      const bulk = rows.length >= CHUNK;
      if (bulk) setHashsize(db, LOAD_HASHSIZE);
      const rebuildIndexes = suspendIndexes(db, 'customers', args.plan.counts.created);
      const rebuildParticipationIndexes = suspendIndexes(db, 'participations', args.plan.counts.participations);
      let bulkAudit = creating.length >= BULK_AUDIT_FROM ? suspendInsertAudit(db) : null;
      // Only where the host gave the job worker's entry (see checkpointsInThread in importJob.ts).
      const entry = creating.length >= documentsThreadFrom ? job.workerEntry : undefined;
      if (bulkAudit) w.startBulkRun(entry ? { entry, nativeBinding: job.nativeBinding } : null);
      job.progress(0, rows.length, 'import');
      for (let i = 0; i < rows.length; i++) {
        if (i === creating.length && bulkAudit) {
          w.flush(true);
          bulkAudit.finish();
          bulkAudit = null;
        }
        w.row(rows[i]!);
        if ((i + 1) % CHUNK === 0) {
          w.flush();
          job.progress(i + 1, rows.length, 'import');
          await yieldToCalls();
          if (job.cancelled()) throw new JobCancelled();
        }
      }
      w.flush(true);
      bulkAudit?.finish();
      job.progress(rows.length, rows.length, 'indexes');
      w.finish();
      rebuildIndexes?.();
      rebuildParticipationIndexes?.();
      if (bulk) setHashsize(db, DEFAULT_HASHSIZE);
      restoreTriggers?.();
      const c = w.counts;
      db.prepare('UPDATE import_batches SET created = ?, updated = ?, participations = ? WHERE id = ?').run(c.created, c.updated, c.participations, args.batchId);
      if (job.cancelled()) throw new JobCancelled();
      return c;
    });
  } finally {
    w?.close();
  }
}
