import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import XLSX from 'xlsx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tempBackend';

// `exhibition-crm export` as a user runs it (node bin/exhibition-crm.js …): issue 6 item 6.
const bin = path.resolve(__dirname, '../../bin/exhibition-crm.js');
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 120_000 });

let dir: string;
let db: string;
beforeAll(() => {
  dir = tempDir('excrm-ecli-');
  db = path.join(dir, 'demo.sqlite');
  const r = run('demo', '--db', db, '--customers', '300', '--seed', '5', '--now', '2026-11-22', '--json');
  if (r.status !== 0) throw new Error(r.stderr);
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface ExportOut {
  exhibitionId: string;
  exhibition: string;
  assessed: boolean;
  rows: { customers: number; stageHistory: number; participations: number; interactions: number };
}

function sheetRows(file: string, sheet: string): unknown[][] {
  return XLSX.utils.sheet_to_json<unknown[]>(XLSX.readFile(file).Sheets[sheet]!, { header: 1, raw: true, defval: null });
}

describe('exhibition-crm export', () => {
  it('has help', () => {
    const h = run('export', '--help');
    expect(h.status).toBe(0);
    expect(h.stdout).toContain('Usage: exhibition-crm export --db FILE --out FILE.xlsx');
  });

  it('writes the value-assessment workbook in English and Chinese, every relationship a row', () => {
    const en = path.join(dir, 'value.xlsx');
    const r = run('export', '--db', db, '--out', en, '--now', '2026-11-22', '--json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as ExportOut;
    // The demo comes assessed: its latest assessment is what the workbook holds.
    expect(out.assessed).toBe(false);
    expect(out.rows.customers).toBeGreaterThan(100);
    expect(XLSX.readFile(en).SheetNames).toEqual(['Summary', 'Customers', 'Stage history', 'Participations', 'Interactions']);
    // One row per relationship under the header, as the command reported.
    expect(sheetRows(en, 'Customers').length - 1).toBe(out.rows.customers);
    expect(sheetRows(en, 'Participations').length - 1).toBe(out.rows.participations);

    const zh = path.join(dir, '价值.xlsx');
    const z = run('export', '--db', db, '--out', zh, '--lang', 'zh', '--exhibition', out.exhibitionId);
    expect(z.status).toBe(0);
    expect(z.stdout).toContain(`Wrote ${zh}`);
    expect(XLSX.readFile(zh).SheetNames).toEqual(['摘要', '客户', '阶段历史', '参展记录', '互动记录']);
    expect(sheetRows(zh, '客户').length - 1).toBe(out.rows.customers);
  });

  it('refuses a bad --out, language or exhibition with a clear message and writes nothing', () => {
    const missing = run('export', '--db', db, '--out', path.join(dir, 'nope', 'x.xlsx'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('--out: This folder does not exist');
    fs.mkdirSync(path.join(dir, 'folder.xlsx'));
    const folder = run('export', '--db', db, '--out', path.join(dir, 'folder.xlsx'));
    expect(folder.status).toBe(2);
    expect(folder.stderr).toContain('--out: This is a folder. Add a file name to the path.');
    expect(run('export', '--db', db, '--out', path.join(dir, 'x.csv')).status).toBe(2);
    expect(run('export', '--db', db, '--out', path.join(dir, 'x.xlsx'), '--lang', 'fr').status).toBe(2);
    const unknown = run('export', '--db', db, '--out', path.join(dir, 'x.xlsx'), '--exhibition', 'nope');
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('no exhibition with id "nope"');
    expect(fs.existsSync(path.join(dir, 'x.xlsx'))).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });
});
