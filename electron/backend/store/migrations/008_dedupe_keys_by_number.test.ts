import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../test/helpers/tempBackend';
import { openDatabase } from '../openDatabase';
import { MIGRATIONS } from './index';

// The duplicate keys name their customer by number and lose their foreign key (the import's
// commit checked 600,000 of them): a workspace's keys all survive the move, the lookups by key
// and by customer keep their indexes, and deleting a customer still takes its keys with it.

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const T = '2025-01-01T00:00:00.000Z';

describe('migration 8: duplicate keys by customer number', () => {
  it('keeps every key under its customer’s number, drops the foreign key, and still removes a deleted customer’s keys', () => {
    const file = path.join(dir, 'W.sqlite');
    const old = openDatabase(file, { create: true, migrations: MIGRATIONS.slice(0, 7) });
    // Numbers not in id order: the keys must follow the number, not the order of ids.
    for (const [num, id, name] of [[7, 'c1', 'Alpha'], [3, 'c2', 'Beta']] as const) {
      old.prepare('INSERT INTO customers (num, id, company_name, name_sort, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(num, id, name, name.toLowerCase(), T, T);
    }
    const keys = [['n:alpha', 'c1'], ['e:info@alpha.com', 'c1'], ['p:86755123', 'c1'], ['n:beta', 'c2'], ['p:86755123', 'c2']] as const;
    for (const [key, id] of keys) old.prepare('INSERT INTO dedupe_keys (key, customer_id) VALUES (?, ?)').run(key, id);
    expect(old.prepare("SELECT count(*) FROM pragma_foreign_key_list('dedupe_keys')").pluck().get()).toBe(1);
    old.close();

    const db = openDatabase(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(8);
      expect(db.prepare("SELECT count(*) FROM pragma_foreign_key_list('dedupe_keys')").pluck().get()).toBe(0);
      expect(db.prepare('SELECT key, customer_num FROM dedupe_keys ORDER BY customer_num, key').raw().all()).toEqual([
        ['n:beta', 3], ['p:86755123', 3],
        ['e:info@alpha.com', 7], ['n:alpha', 7], ['p:86755123', 7],
      ]);
      const plan = (sql: string) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as { detail: string }[]).map((p) => p.detail).join();
      expect(plan('SELECT key FROM dedupe_keys WHERE customer_num = 7')).toMatch(/dedupe_keys_by_customer/);
      expect(plan("SELECT customer_num FROM dedupe_keys WHERE key = 'n:beta'")).toMatch(/PRIMARY KEY/);

      db.prepare("DELETE FROM customers WHERE id = 'c1'").run();
      expect(db.prepare('SELECT key, customer_num FROM dedupe_keys ORDER BY key').raw().all()).toEqual([['n:beta', 3], ['p:86755123', 3]]);
    } finally {
      db.close();
    }
  });
});
