import { spawnSync } from 'node:child_process';
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csv } from '../helpers/importFlow';
import { tempBackend } from '../helpers/tempBackend';

// `exhibition-crm import` as a user runs it (node bin/exhibition-crm.js …).
const bin = path.resolve(__dirname, '../../bin/exhibition-crm.js');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 120_000 });

let dir: string;
let db: string;
let editionId: string;
const t = tempBackend();
beforeAll(async () => {
  dir = t.dir;
  const x = await t.call('exhibitions.create', { name: 'Expo' });
  editionId = (await t.call('editions.create', { exhibitionId: x.id, name: 'Expo 2025', startDate: '2025-05-01', endDate: '2025-05-03' })).id;
  await t.call('customers.create', { companyName: '深圳市海天电子有限公司', email: 'info@haitian.cn' });
  db = t.file;
  t.backend.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const FILE = csv([
  ['公司名称', '联系人', '手机', '邮箱', '展位号'],
  ['深圳市海天电子有限公司', '王伟', '013812345678', 'info@haitian.cn', 'A01'],
  ['宁波明光照明有限公司', '李娜', '013900001111', 'li@mingguang.com', 'B02'],
  ['坏邮箱公司', '张三', '13700000000', 'not-an-email', 'C03'],
]);

interface Out {
  dryRun: boolean;
  counts: { read: number; created: number; updated: number; skipped: number; rejected: number; participations: number };
  rejected: { row: number; reasons: { field: string; message: string }[] }[];
  batchId?: string;
}

describe('exhibition-crm import', () => {
  it('has help', () => {
    const h = run('import', '--help');
    expect(h.status).toBe(0);
    expect(h.stdout).toContain('Usage: exhibition-crm import --db FILE --file PATH');
    expect(run('--help').stdout).toContain('import');
  });

  it('dry-runs, imports, and lists rejected rows with reasons (JSON)', () => {
    const file = path.join(dir, 'list.csv');
    fs.writeFileSync(file, FILE);
    const dry = run('import', '--db', db, '--file', file, '--edition', editionId, '--dry-run', '--json');
    expect(dry.status).toBe(0);
    const d = JSON.parse(dry.stdout) as Out;
    expect(d).toMatchObject({ dryRun: true, counts: { read: 3, created: 1, updated: 0, skipped: 1, rejected: 1 } });
    expect(d.rejected).toEqual([{ row: 4, reasons: [{ field: 'email', column: 3, message: 'Not a valid email address (name@company.com).' }] }]);

    const r = run('import', '--db', db, '--file', file, '--edition', editionId, '--on-duplicate', 'update', '--json');
    expect(r.status).toBe(0);
    const o = JSON.parse(r.stdout) as Out;
    expect(o).toMatchObject({ dryRun: false, counts: { read: 3, created: 1, updated: 1, skipped: 0, rejected: 1, participations: 2 } });
    expect(o.batchId).toMatch(/^[0-9a-f-]{36}$/);
    // Imported already: nothing left to import (every row a duplicate, skipped) → exit code 1.
    const human = run('import', '--db', db, '--file', file, '--dry-run');
    expect(human.status).toBe(1);
    expect(human.stdout).toContain('row 4 rejected: Not a valid email address');
    expect(human.stdout).toMatch(/3 rows read: 0 would be created, 0 would be updated, 2 skipped, 1 rejected/);
    // Not a dry run: the counts are what was written, and the reason nothing was.
    const again = run('import', '--db', db, '--file', file);
    expect(again.status).toBe(1);
    expect(again.stdout).toContain('3 rows read: 0 created, 0 updated, 2 skipped, 1 rejected\n  nothing written: every row left is a duplicate, skipped (--on-duplicate update, overwrite or create writes them)');
  });

  it('exits non-zero when nothing can be imported, and for a file it cannot read', () => {
    const bad = path.join(dir, 'bad.csv');
    fs.writeFileSync(bad, csv([['Company', 'Email'], [null, 'x@y.com'], ['Z', 'nope']]));
    const r = run('import', '--db', db, '--file', bad, '--json');
    expect(r.status).toBe(1);
    expect((JSON.parse(r.stdout) as Out).counts).toMatchObject({ read: 2, created: 0, rejected: 2 });
    const human = run('import', '--db', db, '--file', bad);
    expect(human.stdout).toContain('2 rows read: 0 created, 0 updated, 0 skipped, 2 rejected\n  nothing written: no row could be imported');
    const empty = path.join(dir, 'empty.csv');
    fs.writeFileSync(empty, '');
    const e = run('import', '--db', db, '--file', empty);
    expect(e.status).toBe(1);
    expect(e.stderr).toContain('This file is empty');
    expect(run('import', '--db', db).status).toBe(2);
    expect(run('import', '--db', db, '--file', bad, '--on-duplicate', 'merge').status).toBe(2);
  });

  it('says which dates read two ways, and reads them month first with --date-order mdy', () => {
    const file = path.join(dir, 'dates.csv');
    fs.writeFileSync(file, csv([['Company', 'Booking date'], ['Date Test Lighting', '3/7/2025'], ['Second Date Co', '2025-04-01']]));
    const dry = run('import', '--db', db, '--file', file, '--edition', editionId, '--dry-run');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('dates: 1 like 3/7/2025 read day first (nothing in the column tells); --date-order mdy reads them the other way');
    const r = run('import', '--db', db, '--file', file, '--edition', editionId, '--date-order', 'mdy', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ dates: { order: 'mdy', source: 'chosen', ambiguous: 1 } });
    const w = new Database(db, { readonly: true });
    try {
      const at = w.prepare("SELECT p.status_at FROM participations p JOIN customers c ON c.id = p.customer_id WHERE c.company_name = 'Date Test Lighting'").pluck().get();
      expect(at).toBe('2025-03-07');
    } finally {
      w.close();
    }
    expect(run('import', '--db', db, '--file', file, '--date-order', 'ymd').status).toBe(2);
  });

  it('says in words why a commit failed, with nothing written', () => {
    // A workspace whose backups folder is a file: the pre-import backup cannot be written.
    const copy = path.join(dir, 'nobackups', 'W.sqlite');
    fs.mkdirSync(path.dirname(copy));
    fs.copyFileSync(db, copy);
    fs.writeFileSync(path.join(dir, 'nobackups', 'backups'), 'not a folder');
    const file = path.join(dir, 'one.csv');
    fs.writeFileSync(file, csv([['Company'], ['Brand New Trading Co']]));
    const r = run('import', '--db', copy, '--file', file);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('import failed, nothing was written: The backup could not be written: a file stands where the backup folder should be.');
    expect(r.stderr).not.toContain('err.');
  });
});
