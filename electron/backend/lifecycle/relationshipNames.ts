import type { Db } from '../store/openDatabase';

// relationships.name_sort copies customers.name_sort (NULL while the customer is in the
// Trash); migration 003's AFTER INSERT trigger relationships_name_insert sets it with an
// UPDATE per inserted row. A bulk load (the demo, ~180,000 relationships at 100,000
// customers) suspends that trigger and sets every copy in one UPDATE at the end, with the
// same meaning as the trigger, so both ways give the same rows.

const TRIGGER = 'relationships_name_insert';

/** name_sort of every relationship as the insert trigger would have set it. */
export function fillRelationshipNames(db: Db): void {
  db.exec(`UPDATE relationships SET name_sort = (SELECT c.name_sort FROM customers c WHERE c.id = relationships.customer_id AND c.deleted_at IS NULL)`);
}

/**
 * Drops the insert trigger and returns a function that fills name_sort and creates the
 * trigger again, exactly as it was. Call both inside one transaction, so a rollback (a
 * cancelled demo) restores the trigger too.
 */
export function suspendRelationshipNameTrigger(db: Db): () => void {
  const sql = db.prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?").pluck().get(TRIGGER) as string | undefined;
  if (sql === undefined) return () => {};
  db.exec(`DROP TRIGGER ${TRIGGER}`);
  return () => {
    fillRelationshipNames(db);
    db.exec(sql);
  };
}
