import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempBackend';

// `exhibition-crm assess` and `predict` as a user runs them (node bin/exhibition-crm.js …).
const bin = path.resolve(__dirname, '../../bin/exhibition-crm.js');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 120_000 });

let dir: string;
let db: string;
beforeAll(() => {
  dir = tempDir('excrm-vcli-');
  db = path.join(dir, 'demo.sqlite');
  const r = run('demo', '--db', db, '--customers', '400', '--seed', '3', '--now', '2026-11-22', '--json');
  if (r.status !== 0) throw new Error(r.stderr);
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface AssessOut {
  exhibitions: {
    exhibitionId: string;
    exhibition: string;
    snapshotId: string;
    relationships: number;
    tiers: Record<string, number>;
    backtest: { auc: number | null; baselineAuc: number | null; brier: number | null; beatsBaseline: boolean | null };
  }[];
}

describe('exhibition-crm assess / predict', () => {
  it('have help', () => {
    for (const c of ['assess', 'predict']) {
      const h = run(c, '--help');
      expect(h.status).toBe(0);
      expect(h.stdout).toContain(`Usage: exhibition-crm ${c}`);
      expect(h.stdout).toContain('--exhibition ID');
      expect(run('--help').stdout).toContain(c);
    }
  });

  it('assess stores a snapshot per exhibition and prints the summary (JSON and human)', () => {
    const r = run('assess', '--db', db, '--now', '2026-11-22', '--json');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
    const out = JSON.parse(r.stdout) as AssessOut;
    expect(out.exhibitions).toHaveLength(2);
    for (const x of out.exhibitions) {
      expect(x.relationships).toBeGreaterThan(100);
      expect(Object.values(x.tiers).reduce((a, b) => a + b, 0)).toBe(x.relationships);
      expect(x.backtest).toHaveProperty('baselineAuc');
    }
    const one = out.exhibitions[0]!;
    const h = run('assess', '--db', db, '--exhibition', one.exhibitionId, '--now', '2026-11-22');
    expect(h.status).toBe(0);
    expect(h.stdout).toContain(`${one.exhibition}: ${one.relationships.toLocaleString('en')} relationships assessed`);
    expect(h.stdout).toMatch(/tiers: A [\d,]+ · B [\d,]+ · C [\d,]+ · D [\d,]+/);
    expect(h.stdout).toMatch(/back-test on .*: AUC [\d.]+ vs baseline [\d.]+, Brier [\d.]+ — (beats|does NOT beat) the baseline/);
    const snapshots = spawnSync(process.execPath, ['-e', `const D=require('better-sqlite3');const d=new D(${JSON.stringify(db)},{readonly:true});console.log(d.prepare("select count(*) from value_snapshots where reason = 'cli'").pluck().get())`], { encoding: 'utf8', cwd: path.dirname(bin) }).stdout;
    expect(Number(snapshots)).toBe(3);
  });

  it('predict prints every relationship with its customer name and probability, storing nothing', () => {
    const before = fs.statSync(db).mtimeMs;
    const r = run('predict', '--db', db, '--now', '2026-11-22', '--json');
    expect(r.status).toBe(0);
    const rows = JSON.parse(r.stdout) as { customerId: string; exhibitionId: string; customerName: string; probability: number }[];
    expect(rows.length).toBeGreaterThan(200);
    for (const row of rows) {
      expect(row.customerName.length).toBeGreaterThan(0);
      expect(row.probability).toBeGreaterThanOrEqual(0);
      expect(row.probability).toBeLessThanOrEqual(1);
    }
    expect(new Set(rows.map((x) => x.exhibitionId)).size).toBe(2);
    expect(fs.statSync(db).mtimeMs).toBe(before);
  });

  it('refuses an unknown exhibition, a missing file and a bad date with a clear message', () => {
    const x = run('assess', '--db', db, '--exhibition', 'nope', '--json');
    expect(x.status).toBe(1);
    expect(x.stderr).toContain('no exhibition with id "nope"');
    expect(x.stdout).toBe('');
    const m = run('predict', '--db', path.join(dir, 'missing.sqlite'), '--json');
    expect(m.status).toBe(1);
    expect(m.stderr).not.toMatch(/err\./);
    const d = run('assess', '--db', db, '--now', '2026-13-01');
    expect(d.status).toBe(2);
    expect(d.stderr).toContain('--now must be a date');
  });
});
