import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../test/helpers/tempBackend';
import { openDatabase } from '../openDatabase';
import { MIGRATIONS } from './index';

// The duplicate keys lose their foreign key (the import's commit checked 600,000 of them) and
// keep following their customer through a trigger: a workspace's keys all survive the move,
// and deleting a customer still takes its keys with it.

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const T = '2025-01-01T00:00:00.000Z';

describe('migration 8: duplicate keys without a foreign key', () => {
  it('keeps every key, drops the foreign key, and still removes a deleted customer’s keys', () => {
    const file = path.join(dir, 'W.sqlite');
    const old = openDatabase(file, { create: true, migrations: MIGRATIONS.slice(0, 7) });
    for (const [id, name] of [['c1', 'Alpha'], ['c2', 'Beta']] as const) {
      old.prepare('INSERT INTO customers (id, company_name, name_sort, created_at, updated_at) VALUES (?, ?, ?, ?, ?)').run(id, name, name.toLowerCase(), T, T);
    }
    const keys = [['n:alpha', 'c1'], ['e:info@alpha.com', 'c1'], ['p:86755123', 'c1'], ['n:beta', 'c2'], ['p:86755123', 'c2']];
    for (const [key, id] of keys) old.prepare('INSERT INTO dedupe_keys (key, customer_id) VALUES (?, ?)').run(key, id);
    expect(old.prepare("SELECT count(*) FROM pragma_foreign_key_list('dedupe_keys')").pluck().get()).toBe(1);
    old.close();

    const db = openDatabase(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(8);
      expect(db.prepare("SELECT count(*) FROM pragma_foreign_key_list('dedupe_keys')").pluck().get()).toBe(0);
      expect(db.prepare('SELECT key, customer_id FROM dedupe_keys ORDER BY customer_id, key').raw().all()).toEqual(
        [...keys].sort((a, b) => a[1]!.localeCompare(b[1]!) || a[0]!.localeCompare(b[0]!)),
      );
      // The lookups by customer still have their index.
      const plan = db.prepare("EXPLAIN QUERY PLAN SELECT key FROM dedupe_keys WHERE customer_id = 'c1'").all() as { detail: string }[];
      expect(plan.map((p) => p.detail).join()).toMatch(/dedupe_keys_by_customer/);

      db.prepare("DELETE FROM customers WHERE id = 'c1'").run();
      expect(db.prepare('SELECT key, customer_id FROM dedupe_keys ORDER BY key').raw().all()).toEqual([['n:beta', 'c2'], ['p:86755123', 'c2']]);
    } finally {
      db.close();
    }
  });
});
