import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../test/helpers/tempBackend';
import { listBackups } from '../backups';
import { openDatabase } from '../openDatabase';
import { MIGRATIONS } from './index';

// A workspace made by the version before the lifecycle (schema 2) holds customers and their
// participations but no relationships. Migrating must give every customer its relationships
// (no stage lost, none invented beyond cultivation) with a first history row each.

let dir: string;
beforeEach(() => {
  dir = tempDir();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const T = '2025-01-01T00:00:00.000Z';

function version2Workspace(file: string): void {
  const db = openDatabase(file, { create: true, migrations: MIGRATIONS.slice(0, 2) });
  const ins = (sql: string, ...args: unknown[]) => db.prepare(sql).run(...args);
  for (const [id, name, deleted] of [['c1', 'Alpha', null], ['c2', 'Beta', null], ['c3', 'Gamma', null], ['c4', 'Trashed', T]] as const) {
    ins('INSERT INTO customers (id, company_name, name_sort, created_at, updated_at, deleted_at) VALUES (?, ?, ?, ?, ?, ?)', id, name, name.toLowerCase(), '2024-05-06T10:00:00.000Z', T, deleted);
  }
  ins("INSERT INTO exhibitions (id, name, created_at, updated_at) VALUES ('x1', 'Lighting Fair', ?, ?)", T, T);
  ins("INSERT INTO exhibitions (id, name, created_at, updated_at) VALUES ('x2', 'Pack Expo', ?, ?)", '2025-02-01T00:00:00.000Z', T);
  ins("INSERT INTO settings (key, value, created_at, updated_at) VALUES ('currentExhibitionId', '\"x2\"', ?, ?)", T, T);
  ins("INSERT INTO editions (id, exhibition_id, name, start_date, end_date, status, created_at, updated_at) VALUES ('e1', 'x1', '2023', '2023-06-01', '2023-06-03', 'closed', ?, ?)", T, T);
  ins("INSERT INTO editions (id, exhibition_id, name, start_date, end_date, status, created_at, updated_at) VALUES ('e2', 'x1', '2024', '2024-06-01', '2024-06-03', 'closed', ?, ?)", T, T);
  const part = (id: string, customer: string, edition: string, statusAt: string, firstAt: string) => {
    ins("INSERT INTO participations (id, customer_id, edition_id, role, status, status_at, created_at, updated_at) VALUES (?, ?, ?, 'exhibitor', 'attended', ?, ?, ?)", id, customer, edition, statusAt, T, T);
    ins("INSERT INTO participation_status_changes (participation_id, seq, status, at) VALUES (?, 1, 'enquiry', ?)", id, firstAt);
    ins("INSERT INTO participation_status_changes (participation_id, seq, status, at) VALUES (?, 2, 'attended', ?)", id, statusAt);
  };
  part('p1', 'c1', 'e1', '2023-06-01', '2023-02-10');
  part('p2', 'c1', 'e2', '2024-06-01', '2024-01-15');
  part('p3', 'c2', 'e2', '2024-06-01', '2024-03-01');
  expect(db.pragma('user_version', { simple: true })).toBe(2);
  db.close();
}

describe('migration 003: relationships for an existing workspace', () => {
  it('gives each customer a cultivation relationship where it took part, else in the current exhibition, with a first history row', () => {
    const file = path.join(dir, 'v2.sqlite');
    version2Workspace(file);

    const db = openDatabase(file);
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length);
    const rels = db
      .prepare('SELECT customer_id, exhibition_id, stage, stage_since, began_on, version, name_sort FROM relationships ORDER BY customer_id, exhibition_id')
      .all();
    expect(rels).toEqual([
      // Began with its first recorded status change, in the exhibition it took part in.
      { customer_id: 'c1', exhibition_id: 'x1', stage: 'cultivation', stage_since: '2023-02-10', began_on: '2023-02-10', version: 1, name_sort: 'alpha' },
      { customer_id: 'c2', exhibition_id: 'x1', stage: 'cultivation', stage_since: '2024-03-01', began_on: '2024-03-01', version: 1, name_sort: 'beta' },
      // Never took part: the current exhibition, from the day the customer was recorded.
      { customer_id: 'c3', exhibition_id: 'x2', stage: 'cultivation', stage_since: '2024-05-06', began_on: '2024-05-06', version: 1, name_sort: 'gamma' },
    ]);
    const history = db.prepare('SELECT customer_id, seq, from_stage, to_stage, at FROM stage_transitions ORDER BY customer_id').all();
    expect(history).toEqual([
      { customer_id: 'c1', seq: 1, from_stage: null, to_stage: 'cultivation', at: '2023-02-10' },
      { customer_id: 'c2', seq: 1, from_stage: null, to_stage: 'cultivation', at: '2024-03-01' },
      { customer_id: 'c3', seq: 1, from_stage: null, to_stage: 'cultivation', at: '2024-05-06' },
    ]);
    // The history cannot be rewritten, and the migration left a backup of the old file.
    expect(() => db.prepare("UPDATE stage_transitions SET to_stage = 'trust'").run()).toThrow(/immutable/);
    expect(listBackups(file).map((b) => b.reason)).toEqual(['pre-migration-v2']);
    db.close();
  });

  it('a workspace without exhibitions gets no relationships (nothing to relate to yet)', () => {
    const file = path.join(dir, 'plain.sqlite');
    const db2 = openDatabase(file, { create: true, migrations: MIGRATIONS.slice(0, 2) });
    db2.prepare("INSERT INTO customers (id, company_name, name_sort, created_at, updated_at) VALUES ('c1', 'Alpha', 'alpha', ?, ?)").run(T, T);
    db2.close();
    const db = openDatabase(file);
    expect(db.prepare('SELECT count(*) FROM relationships').pluck().get()).toBe(0);
    db.close();
  });
});
