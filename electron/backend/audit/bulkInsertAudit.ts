import { AUDIT_WHO_SQL } from '../store/migrations/006_audit';
import type { Db } from '../store/openDatabase';
import { suspendAuditTriggers } from './suspendAudit';

// A bulk import creates tens of thousands of customers with their contacts, tags, relationships
// and participations. Each insert's audit trigger costs a statement (and the contact and tag
// triggers a lookup of the customer's latest change) — about 1.7 s of a 100,000-row import. For
// a run of pure inserts the triggers are suspended and the same history is written afterwards
// in three set-based statements: one 'insert' change per customer, per relationship (its first
// transition) and per participation — exactly the rows the triggers write for inserts (they add
// no field rows, and contacts and tags made with their customer add nothing). Updates are never
// run this way: they keep their triggers.

const INSERT_TRIGGERS = ['customers_insert', 'contacts_insert', 'tags_insert', 'stage_transitions_insert', 'participations_insert'];

export interface BulkInsertAudit {
  /** Writes the history of everything inserted since the start and puts the triggers back. */
  finish(): void;
}

/** Inside the caller's (IMMEDIATE) transaction: nobody else inserts meanwhile. */
export function suspendInsertAudit(db: Db): BulkInsertAudit {
  const max = (table: string, col: string) => (db.prepare(`SELECT coalesce(max(${col}), 0) FROM ${table}`).pluck().get() as number);
  const customersFrom = max('customers', 'num');
  const transitionsFrom = max('stage_transitions', 'rowid');
  const participationsFrom = max('participations', 'rowid');
  const restore = suspendAuditTriggers(db, INSERT_TRIGGERS);
  return {
    finish() {
      const insert = 'INSERT INTO audit_changes (table_name, record_id, customer_id, action, version, at, who)';
      db.prepare(
        `${insert} SELECT 'customer', id, id, 'insert', version, created_at, ${AUDIT_WHO_SQL}
           FROM customers WHERE num > ? ORDER BY num`,
      ).run(customersFrom);
      // Only first transitions are inserted by an import (a relationship's creation).
      db.prepare(
        `${insert} SELECT 'relationship', t.customer_id || '/' || t.exhibition_id, t.customer_id,
                          CASE WHEN t.from_stage IS NULL THEN 'insert' ELSE 'update' END, r.version, t.created_at,
                          coalesce(t.changed_by, ${AUDIT_WHO_SQL})
           FROM stage_transitions t
           JOIN relationships r ON r.customer_id = t.customer_id AND r.exhibition_id = t.exhibition_id
          WHERE t.rowid > ? ORDER BY t.rowid`,
      ).run(transitionsFrom);
      db.prepare(
        `${insert} SELECT 'participation', id, customer_id, 'insert', version, created_at, ${AUDIT_WHO_SQL}
           FROM participations WHERE rowid > ? ORDER BY rowid`,
      ).run(participationsFrom);
      restore();
    },
  };
}
