import type { Migration } from './types';

// The duplicate keys are derived rows, written only with their customer (customerRepository's
// reindexCustomer, the import's and the demo's SearchWriter), like the two search indexes,
// which never had a foreign key. Their foreign key checked each key against its customer on
// insert: 1.1 s of a 100,000-row import's commit (600,000 keys; measured with and without).
// Its one duty that matters, removing a deleted customer's keys, a trigger now does; a stray
// key could do no harm anyway, since every lookup joins the live customer.
export const migration008: Migration = {
  version: 8,
  name: 'dedupe keys without foreign key',
  up: `
    CREATE TABLE dedupe_keys_v8 (
      key         TEXT NOT NULL,
      customer_id TEXT NOT NULL,
      PRIMARY KEY (key, customer_id)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO dedupe_keys_v8 (key, customer_id) SELECT key, customer_id FROM dedupe_keys ORDER BY key, customer_id;
    DROP TABLE dedupe_keys;
    ALTER TABLE dedupe_keys_v8 RENAME TO dedupe_keys;
    CREATE INDEX dedupe_keys_by_customer ON dedupe_keys (customer_id);
    CREATE TRIGGER dedupe_keys_follow_customer AFTER DELETE ON customers BEGIN
      DELETE FROM dedupe_keys WHERE customer_id = old.id;
    END;
  `,
};
