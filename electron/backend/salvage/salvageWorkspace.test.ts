import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers/tempBackend';
import { Backend } from '../backend';
import { dispatch } from '../dispatcher';
import { demoJob } from '../jobs/demoJob';
import { checkDatabase } from '../store/checkDatabase';
import { openDatabase } from '../store/openDatabase';
import { salvageWorkspace } from './salvageWorkspace';

const PAGE = 4096;
let dir: string;
let good: string;
const count = (file: string, table: string) => {
  const db = openDatabase(file, { readOnly: true, skipCheck: true });
  try {
    return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  } finally {
    db.close();
  }
};

beforeAll(() => {
  dir = tempDir('excrm-salvage-');
  good = path.join(dir, 'good.sqlite');
  demoJob({ path: good, customers: 300, seed: 5, now: '2026-11-22T10:00:00.000Z' }, { progress: () => {}, cancelled: () => false });
  // Some history to carry over (the demo itself writes none).
  const db = openDatabase(good);
  db.prepare("UPDATE customers SET notes = 'checked', version = version + 1, updated_at = '2026-11-22T11:00:00.000Z' WHERE num <= 20").run();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** A copy of the good workspace with `pages` pages (from the middle third on) overwritten by garbage. */
function damagedCopy(name: string, pages: number[]): string {
  const bytes = fs.readFileSync(good);
  let seed = 7;
  for (const p of pages) for (let k = 0; k < PAGE; k++) bytes[p * PAGE + k] = (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff;
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
}

describe('salvage into a new workspace', () => {
  it('copies what is readable around damaged pages into a consistent workspace that works', async () => {
    const total = fs.statSync(good).size / PAGE;
    const pages = [0.35, 0.5, 0.62, 0.8].map((f) => Math.floor(total * f));
    const broken = damagedCopy('broken.sqlite', pages);
    expect(checkDatabase(broken, true).ok).toBe(false);
    const before = fs.readFileSync(broken);

    const target = path.join(dir, 'saved.sqlite');
    const report = salvageWorkspace(broken, target);
    // The damaged file is only read.
    expect(fs.readFileSync(broken).equals(before)).toBe(true);
    expect(report.integrity).toBe('ok');
    expect(checkDatabase(target, true)).toMatchObject({ ok: true, foreignKeyViolations: 0 });
    // Four bad pages of some 2,000 cost a few rows, not the workspace.
    const original = count(good, 'customers');
    expect(report.customers).toBeGreaterThan(original * 0.9);
    expect(report.customers).toBeLessThanOrEqual(original);
    expect(count(target, 'participations')).toBeGreaterThan(count(good, 'participations') * 0.8);
    expect(count(target, 'interactions')).toBeGreaterThan(count(good, 'interactions') * 0.8);
    expect(report.tables.find((t) => t.table === 'customers')?.copied).toBe(report.customers);
    // The history came along as it was; copying wrote none of its own.
    expect(count(good, 'audit_changes')).toBe(20);
    expect(count(target, 'audit_changes')).toBe(20);

    // The salvaged workspace works: it opens, searches (indexes rebuilt) and pages customers.
    const b = new Backend({ dataDir: path.join(dir, 'app'), host: 'cli', version: 'test' });
    b.open(target);
    try {
      const db = b.context().db;
      const someone = db.prepare('SELECT company_name FROM customers WHERE deleted_at IS NULL ORDER BY num LIMIT 1').pluck().get() as string;
      const r = await dispatch(b, 'customers.list', { q: someone.slice(0, 12), limit: 20 });
      expect(r.ok).toBe(true);
      expect((r as { data: { rows: { companyName: string }[] } }).data.rows.map((x) => x.companyName)).toContain(someone);
      // Figures were filled again from what was saved.
      const figures = db.prepare('SELECT count(*) FROM customer_figures').pluck().get() as number;
      expect(figures).toBeGreaterThan(0);
    } finally {
      b.close();
    }
  });

  it('refuses to overwrite an existing file and leaves nothing behind on failure', () => {
    const target = path.join(dir, 'exists.sqlite');
    fs.writeFileSync(target, 'keep me');
    expect(() => salvageWorkspace(good, target)).toThrow(/exists/);
    expect(fs.readFileSync(target, 'utf8')).toBe('keep me');

    const garbage = path.join(dir, 'garbage.sqlite');
    fs.writeFileSync(garbage, Buffer.alloc(8192, 0x5a));
    const out = path.join(dir, 'from-garbage.sqlite');
    expect(() => salvageWorkspace(garbage, out)).toThrow();
    expect(fs.existsSync(out)).toBe(false);
  });

  it('runs as a job through the API and opens the salvaged workspace', async () => {
    const total = fs.statSync(good).size / PAGE;
    const broken = damagedCopy('Broken fair.sqlite', [Math.floor(total * 0.5)]);
    const b = new Backend({ dataDir: path.join(dir, 'app2'), host: 'cli', version: 'test' });
    try {
      const refused = await dispatch(b, 'workspace.salvage', { path: path.join(dir, 'nothing.sqlite') });
      expect(refused).toMatchObject({ ok: false, error: { code: 'not_found' } });
      const r = await dispatch(b, 'workspace.salvage', { path: broken });
      expect(r.ok).toBe(true);
      const job = await b.jobs.wait((r as { data: { jobId: string } }).data.jobId);
      expect(job.status).toBe('done');
      const info = b.workspaceInfo();
      expect(info?.path).toBe(path.join(b.workspacesDir, 'Broken fair (salvaged).sqlite'));
      expect(b.context().db.prepare('SELECT count(*) FROM customers').pluck().get()).toBeGreaterThan(250);
    } finally {
      b.close();
    }
  });

  it('checks the open workspace thoroughly as a job: healthy, then a broken foreign key found', async () => {
    const b = new Backend({ dataDir: path.join(dir, 'app3'), host: 'cli', version: 'test' });
    const file = path.join(dir, 'checked.sqlite');
    fs.copyFileSync(good, file);
    b.open(file);
    try {
      const run = async () => {
        const r = await dispatch(b, 'workspace.check', {});
        const job = await b.jobs.wait((r as { data: { jobId: string } }).data.jobId);
        expect(job.status).toBe('done');
        return job.result as { ok: boolean; integrity: string[]; foreignKeyViolations: number | null };
      };
      expect(await run()).toMatchObject({ ok: true, foreignKeyViolations: 0 });
      const db = b.context().db;
      db.pragma('foreign_keys = OFF');
      db.prepare("UPDATE interactions SET customer_id = 'no-such-customer' WHERE rowid = (SELECT min(rowid) FROM interactions)").run();
      db.pragma('foreign_keys = ON');
      const damaged = await run();
      expect(damaged).toMatchObject({ ok: false, foreignKeyViolations: 1 });
      expect(damaged.integrity.join('\n')).toContain('interactions');
    } finally {
      b.close();
    }
  });
});
