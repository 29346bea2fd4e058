import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers/tempBackend';
import { ApiFailure } from '../../../shared/api/result';
import { backupPathFor, listBackups } from './backups';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import type { Migration } from './migrations/types';
import { APPLICATION_ID, openDatabase } from './openDatabase';

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function failure(fn: () => unknown): ApiFailure {
  try {
    fn();
  } catch (e) {
    if (e instanceof ApiFailure) return e;
    throw e;
  }
  throw new Error('expected an ApiFailure');
}

describe('opening a workspace', () => {
  it('creates a new file at the current schema, marked as a workspace, in WAL mode with foreign keys', () => {
    const db = openDatabase(path.join(dir, 'new.sqlite'), { create: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    const strict = db.prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND strict = 0 AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'customer_search%'").pluck().all();
    expect(strict).toEqual([]); // every ordinary table is STRICT
    db.close();
  });

  it('says so when the file is missing and creation was not asked for', () => {
    expect(failure(() => openDatabase(path.join(dir, 'nope.sqlite'))).code).toBe('workspace_missing');
  });

  it('refuses a workspace written by a newer version, without touching it', () => {
    const file = path.join(dir, 'future.sqlite');
    openDatabase(file, { create: true }).close();
    const raw = new Database(file);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    const before = fs.readFileSync(file);
    const f = failure(() => openDatabase(file));
    expect(f.code).toBe('workspace_too_new');
    expect(f.details).toMatchObject({ fileVersion: SCHEMA_VERSION + 5, appVersion: SCHEMA_VERSION });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it('reports garbage as damaged, never a crash', () => {
    const file = path.join(dir, 'garbage.sqlite');
    fs.writeFileSync(file, Buffer.alloc(64 * 1024, 0x5a));
    expect(failure(() => openDatabase(file)).code).toBe('workspace_damaged');
  });

  it('detects a damaged page with the quick check and offers the backups', () => {
    const file = path.join(dir, 'hurt.sqlite');
    const db = openDatabase(file, { create: true });
    const ins = db.prepare("INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, '\"x\"', '', '')");
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) ins.run(`key-${i}-${'p'.repeat(50)}`);
    })();
    db.prepare('VACUUM INTO ?').run(backupPathFor(file, 'manual', new Date('2026-01-01T00:00:00Z')));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    // Overwrite the middle of the file (index/table pages) with noise.
    const buf = fs.readFileSync(file);
    for (let i = 8192; i < 8192 + 4096 * 4; i++) buf[i] = (i * 31) & 0xff;
    fs.writeFileSync(file, buf);
    const f = failure(() => openDatabase(file));
    expect(f.code).toBe('workspace_damaged');
    expect((f.details!.backups as unknown[]).length).toBe(1);
  });

  it('refuses an SQLite file of another program', () => {
    const file = path.join(dir, 'other.sqlite');
    const raw = new Database(file);
    raw.exec('CREATE TABLE t (x)');
    raw.close();
    const f = failure(() => openDatabase(file));
    expect(f.code).toBe('workspace_damaged');
    expect(f.message).toBe('err.notWorkspace');
  });
});

describe('migrations', () => {
  // A migration after the last real one.
  const NEXT = SCHEMA_VERSION + 1;
  const v2: Migration = {
    version: NEXT,
    name: 'test: split city into city + district',
    up: (db) => {
      db.exec('ALTER TABLE customers ADD COLUMN district TEXT');
      db.exec(`UPDATE customers SET district = trim(substr(city, instr(city, '/') + 1)), city = trim(substr(city, 1, instr(city, '/') - 1)) WHERE city LIKE '%/%'`);
    },
  };

  it('versions are consecutive from 1', () => {
    MIGRATIONS.forEach((m, i) => expect(m.version).toBe(i + 1));
  });

  it('migrates a database holding old-shaped rows, after writing a backup', () => {
    const file = path.join(dir, 'old.sqlite');
    const db = openDatabase(file, { create: true });
    db.prepare(
      "INSERT INTO customers (id, company_name, name_sort, city, created_at, updated_at) VALUES ('c1', 'Old Co', 'old co', 'Shenzhen / Nanshan', 'x', 'x')",
    ).run();
    db.close();

    const migrated = openDatabase(file, { migrations: [...MIGRATIONS, v2] });
    expect(migrated.pragma('user_version', { simple: true })).toBe(NEXT);
    expect(migrated.prepare("SELECT city, district FROM customers WHERE id = 'c1'").get()).toEqual({ city: 'Shenzhen', district: 'Nanshan' });
    migrated.close();

    const backups = listBackups(file);
    expect(backups.map((b) => b.reason)).toEqual([`pre-migration-v${SCHEMA_VERSION}`]);
    const copy = new Database(backups[0]!.path, { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(copy.prepare("SELECT city FROM customers WHERE id = 'c1'").pluck().get()).toBe('Shenzhen / Nanshan');
    copy.close();
  });

  it('a failing migration leaves the file at its old version and data', () => {
    const file = path.join(dir, 'fail.sqlite');
    const db = openDatabase(file, { create: true });
    db.prepare("INSERT INTO customers (id, company_name, name_sort, created_at, updated_at) VALUES ('c1', 'Keep', 'keep', 'x', 'x')").run();
    db.close();
    const broken: Migration = { version: NEXT, name: 'broken', up: 'ALTER TABLE customers ADD COLUMN z TEXT; SELECT no_such_function();' };
    expect(() => openDatabase(file, { migrations: [...MIGRATIONS, broken] })).toThrow();
    const again = openDatabase(file);
    expect(again.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const cols = (again.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('customers') as string[]);
    expect(cols).not.toContain('z');
    expect(again.prepare('SELECT company_name FROM customers').pluck().all()).toEqual(['Keep']);
    again.close();
  });
});
