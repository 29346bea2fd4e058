import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempBackend';

// backup, restore and check --deep as a user runs them: `node bin/exhibition-crm.js …`.
const bin = path.resolve(__dirname, '../../bin/exhibition-crm.js');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 120_000 });
const json = <T>(r: ReturnType<typeof run>): T => {
  expect(r.stdout.trim().split('\n')).toHaveLength(1); // only the JSON result on stdout
  return JSON.parse(r.stdout) as T;
};

let dir: string;
let ws: string;
beforeAll(() => {
  dir = tempDir('excrm-backup-cli-');
  ws = path.join(dir, 'Fair.sqlite');
  expect(run('demo', '--db', ws, '--customers', '40', '--seed', '3', '--json').status).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const customerNames = (file: string) => {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT company_name FROM customers ORDER BY id').pluck().all() as string[];
  } finally {
    db.close();
  }
};

interface Entry {
  path: string;
  reason: string;
  verified: boolean;
  size: number;
  counts: { customers: number; participations: number; interactions: number };
}

describe('backup, restore, check --deep', () => {
  it('have help and require their options', () => {
    for (const c of ['backup', 'restore']) {
      const h = run(c, '--help');
      expect(h.status).toBe(0);
      expect(h.stdout).toContain(`Usage: exhibition-crm ${c}`);
      expect(h.stdout).toContain('--json');
    }
    const r = run('restore', '--db', ws);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--from FILE is required');
  });

  it('backup writes a verified backup into the backups folder, or to --out', () => {
    const r = run('backup', '--db', ws, '--json');
    expect(r.status).toBe(0);
    const e = json<Entry>(r);
    expect(e).toMatchObject({ reason: 'manual', verified: true, counts: { customers: 40 } });
    expect(path.dirname(e.path)).toBe(path.join(dir, 'backups'));
    expect(e.counts.participations).toBeGreaterThan(0);
    expect(customerNames(e.path)).toEqual(customerNames(ws));

    const out = path.join(dir, 'copy.sqlite');
    const o = json<Entry>(run('backup', '--db', ws, '--out', out, '--json'));
    expect(o.path).toBe(out);
    expect(run('check', '--db', out, '--deep').status).toBe(0);

    const human = run('backup', '--db', ws);
    expect(human.status).toBe(0);
    expect(human.stdout).toContain('verified');
    expect(human.stdout).toContain('40 customers');
  });

  it('backup refuses missing and foreign files with a clear message', () => {
    const missing = run('backup', '--db', path.join(dir, 'nope.sqlite'), '--json');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('file not found');
    expect(missing.stdout).toBe('');
    const foreign = path.join(dir, 'foreign.sqlite');
    new Database(foreign).exec('CREATE TABLE t (x)');
    const f = run('backup', '--db', foreign);
    expect(f.status).toBe(1);
    expect(f.stderr).toContain('not an Exhibition CRM workspace');
    // --out naming a folder: said at once, exit 2, nothing written into it.
    const folder = path.join(dir, 'a-folder.sqlite');
    fs.mkdirSync(folder);
    const o = run('backup', '--db', ws, '--out', folder);
    expect(o.status).toBe(2);
    expect(o.stderr).toContain(`--out: ${folder} is a folder; add a file name`);
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('restore brings back the backed-up data and keeps the state before as a pre-restore backup', () => {
    const before = customerNames(ws);
    const backup = json<Entry>(run('backup', '--db', ws, '--json'));
    const db = new Database(ws);
    db.prepare("UPDATE customers SET company_name = 'Changed after backup'").run();
    db.close();
    expect(customerNames(ws)).not.toEqual(before);

    const r = run('restore', '--db', ws, '--from', backup.path, '--json');
    expect(r.status).toBe(0);
    const res = json<{ path: string; preRestore: Entry; counts: { customers: number } }>(r);
    expect(res.path).toBe(ws);
    expect(res.counts.customers).toBe(40);
    expect(customerNames(ws)).toEqual(before);
    expect(res.preRestore.reason).toBe('pre-restore');
    expect(new Set(customerNames(res.preRestore.path))).toEqual(new Set(['Changed after backup']));
    expect(run('check', '--db', ws, '--deep').status).toBe(0);
  });

  it('restore refuses a damaged backup and a workspace open elsewhere, changing nothing', () => {
    const hurt = path.join(dir, 'hurt.sqlite');
    const buf = fs.readFileSync(path.join(dir, 'copy.sqlite'));
    for (let i = 8192; i < 8192 + 4096 * 4; i++) buf[i] = (i * 31) & 0xff;
    fs.writeFileSync(hurt, buf);
    const before = customerNames(ws);
    const r = run('restore', '--db', ws, '--from', hurt, '--json');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('not an intact Exhibition CRM workspace or backup');
    expect(r.stdout).toBe('');

    const holder = new Database(ws);
    holder.pragma('journal_mode = WAL');
    holder.prepare('SELECT count(*) FROM customers').get();
    const busy = run('restore', '--db', ws, '--from', path.join(dir, 'copy.sqlite'));
    holder.close();
    expect(busy.status).toBe(1);
    expect(busy.stderr).toContain('open in another window or program');
    expect(customerNames(ws)).toEqual(before);
  });

  it('restore replaces a damaged workspace, keeping the damaged file beside it', () => {
    const broken = path.join(dir, 'Broken.sqlite');
    fs.writeFileSync(broken, 'garbage '.repeat(2000));
    const r = run('restore', '--db', broken, '--from', path.join(dir, 'copy.sqlite'), '--json');
    expect(r.status).toBe(0);
    const res = json<{ preRestore: null; movedAside: string }>(r);
    expect(res.preRestore).toBeNull();
    expect(fs.readFileSync(res.movedAside, 'utf8')).toContain('garbage');
    expect(customerNames(broken)).toHaveLength(40);
  });

  it('check --deep runs the integrity and foreign key checks', () => {
    const deep = json<{ ok: boolean; deep: boolean; foreignKeyViolations: number; integrity: string[] }>(run('check', '--db', ws, '--deep', '--json'));
    expect(deep).toMatchObject({ ok: true, deep: true, foreignKeyViolations: 0, integrity: ['ok'] });
    // A participation pointing at a customer that no longer exists (written with checks off).
    const bad = path.join(dir, 'orphans.sqlite');
    fs.copyFileSync(path.join(dir, 'copy.sqlite'), bad);
    const db = new Database(bad);
    db.pragma('foreign_keys = OFF');
    db.prepare('DELETE FROM customers WHERE id = (SELECT customer_id FROM participations LIMIT 1)').run();
    db.close();
    const r = run('check', '--db', bad, '--deep', '--json');
    expect(r.status).toBe(1);
    const rep = json<{ ok: boolean; status: string; foreignKeyViolations: number; integrity: string[] }>(r);
    expect(rep.ok).toBe(false);
    expect(rep.status).toBe('damaged');
    expect(rep.foreignKeyViolations).toBeGreaterThan(0);
    expect(rep.integrity.join('\n')).toContain('foreign key: ');
    // The quick check does not look at references.
    expect(run('check', '--db', bad).status).toBe(0);
    expect(run('check', '--db', bad, '--deep').stdout).toContain('foreign key problems:');
  });
});
