import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemo } from '../demo/generateDemo';
import { openDatabase, type Db } from '../store/openDatabase';
import { suspendRelationshipNameTrigger } from './relationshipNames';

// A bulk load suspends relationships_name_insert and fills name_sort in one UPDATE: the rows
// must be what the trigger would have written, and the schema must come back exactly.

const NOW = '2026-03-01T09:00:00.000Z';
const dirs: string[] = [];
const open: Db[] = [];

function workspace(): Db {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'excrm-relnames-'));
  dirs.push(dir);
  const db = openDatabase(path.join(dir, 'ws.sqlite'), { create: true, skipCheck: true });
  open.push(db);
  return db;
}

afterAll(() => {
  for (const db of open) db.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** Triggers and indexes by name, with their SQL. */
function schema(db: Db): [string, string, string | null][] {
  return db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE type IN ('trigger', 'index') ORDER BY type, name").raw().all() as [string, string, string | null][];
}

/** Relationships with their name_sort, in key order. */
function names(db: Db): [string, string, string | null][] {
  return db.prepare('SELECT customer_id, exhibition_id, name_sort FROM relationships ORDER BY customer_id, exhibition_id').raw().all() as [string, string, string | null][];
}

/** A small demo with one customer in the Trash and the relationships taken out again. */
function base(): { db: Db; rows: unknown[][] } {
  const db = workspace();
  generateDemo(db, { customers: 200, seed: 3, now: NOW, parallel: false });
  db.prepare("UPDATE customers SET deleted_at = ? WHERE num = 5").run(NOW);
  const rows = db.prepare('SELECT customer_id, exhibition_id, stage, stage_since, began_on, version, created_at, updated_at FROM relationships').raw().all() as unknown[][];
  db.pragma('foreign_keys = OFF');
  db.exec('DELETE FROM relationships');
  return { db, rows };
}

function insertAll(db: Db, rows: unknown[][]): void {
  const ins = db.prepare(
    'INSERT INTO relationships (customer_id, exhibition_id, stage, stage_since, began_on, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const r of rows) ins.run(r);
}

describe('suspendRelationshipNameTrigger', () => {
  it('gives the name_sort the trigger gives and restores the trigger exactly', () => {
    const viaTrigger = base();
    insertAll(viaTrigger.db, viaTrigger.rows);
    const suspended = base();
    const before = schema(suspended.db);
    suspended.db.transaction(() => {
      const restore = suspendRelationshipNameTrigger(suspended.db);
      expect(schema(suspended.db).some(([, n]) => n === 'relationships_name_insert')).toBe(false);
      insertAll(suspended.db, suspended.rows);
      restore();
    })();
    expect(schema(suspended.db)).toEqual(before);
    const expected = names(viaTrigger.db);
    expect(expected.some(([, , n]) => n === null)).toBe(true); // the customer in the Trash
    expect(expected.filter(([, , n]) => n !== null).length).toBeGreaterThan(100);
    expect(names(suspended.db)).toEqual(expected);
  });

  it('is undone by a rollback', () => {
    const db = workspace();
    const before = schema(db);
    expect(() =>
      db.transaction(() => {
        suspendRelationshipNameTrigger(db);
        throw new Error('cancelled');
      })(),
    ).toThrow('cancelled');
    expect(schema(db)).toEqual(before);
  });

  it('leaves the demo with the schema of a new workspace and every name_sort as the trigger sets it', () => {
    const fresh = schema(workspace());
    for (const parallel of [false, true]) {
      const db = workspace();
      generateDemo(db, { customers: 300, seed: 5, now: NOW, parallel });
      expect(schema(db)).toEqual(fresh);
      const wrong = db
        .prepare(
          `SELECT count(*) FROM relationships r JOIN customers c ON c.id = r.customer_id
            WHERE r.name_sort IS NOT (CASE WHEN c.deleted_at IS NULL THEN c.name_sort END)`,
        )
        .pluck()
        .get();
      expect(wrong).toBe(0);
      expect(db.prepare('SELECT count(*) FROM relationships WHERE name_sort IS NOT NULL').pluck().get()).toBeGreaterThanOrEqual(300);
    }
  });
});
