import type { Migration } from './types';

// The duplicate keys name their customer by number (customers.num, the rowid, as the two search
// indexes do) instead of by id, and have no foreign key. They are derived rows, written only with
// their customer (customerRepository's reindexCustomer, the import's and the demo's SearchWriter).
// A 100,000-row import writes 600,000 of them in its commit. Measured there: the foreign key's
// check of each key against its customer cost 1.1 s, and 600,000 keys written with the number
// take 570 ms and 38 MB of log against 830 ms and 83 MB with the 36-character id (one run each,
// the keys of that import into a table alone). A trigger now removes a deleted customer's keys,
// the one duty of the foreign key that mattered. It must: a number is given again once the
// customer that had the highest one is purged (max(num) + 1), so a key left behind would name
// the next customer given that number. Every hard delete of a customer is a DELETE, which fires
// it; the one INSERT OR REPLACE of customers (salvage) makes every key again afterwards.
export const migration008: Migration = {
  version: 8,
  name: 'duplicate keys by customer number',
  up: `
    CREATE TABLE dedupe_keys_v8 (
      key          TEXT NOT NULL,
      customer_num INTEGER NOT NULL,
      PRIMARY KEY (key, customer_num)
    ) STRICT, WITHOUT ROWID;
    INSERT INTO dedupe_keys_v8 (key, customer_num)
      SELECT d.key, c.num FROM dedupe_keys d JOIN customers c ON c.id = d.customer_id ORDER BY 1, 2;
    DROP TABLE dedupe_keys;
    ALTER TABLE dedupe_keys_v8 RENAME TO dedupe_keys;
    CREATE INDEX dedupe_keys_by_customer ON dedupe_keys (customer_num);
    CREATE TRIGGER dedupe_keys_follow_customer AFTER DELETE ON customers BEGIN
      DELETE FROM dedupe_keys WHERE customer_num = old.num;
    END;
  `,
};
