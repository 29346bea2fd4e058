// Benchmark rows of issue 6 item 7: the value-assessment workbook on a generated workspace —
// the full workbook (≤ 3 s at 10,000 relationships) and Summary + Customers (≤ 20 s, peak
// memory ≤ 600 MB at 100,000) — each beside the bare library: ExcelJS's streaming writer
// writing the same cell values (converted and read from SQLite before the clock starts) with
// plain `addRow(values).commit()` and per-column number formats, and the ratio ours / bare
// (≤ 1.3). Every measurement runs in a child process of its own so its peak memory (maxRSS)
// is its own.
//   npx tsx test/bench/exportBench.ts --db FILE [--history yes|no]

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ExcelJS from 'exceljs';
import { columnWidth, NUM_FMT, toCellValue, type ExportColumn } from '../../electron/backend/excel/write/columns';
import { customerColumns, customerRows } from '../../electron/backend/excel/write/valueCustomers';
import { interactionColumns, interactionRows, participationColumns, participationRows, stageHistoryColumns, stageHistoryRows } from '../../electron/backend/excel/write/valueHistory';
import { writeValueWorkbook } from '../../electron/backend/excel/write/valueWorkbook';
import { WORKBOOK_LABELS } from '../../electron/backend/excel/write/workbookLabels';
import { loadEditionPlan } from '../../electron/backend/valuation/assess/editionWindow';
import { latestSnapshotInfo } from '../../electron/backend/valuation/snapshotRows';
import { valueFilterSql } from '../../electron/backend/valuation/valueFilters';
import { openDatabase } from '../../electron/backend/store/openDatabase';
import type { Row } from './run';

export const EXPORT_TARGETS = { full10kMs: 3000, summaryCustomers100kMs: 20_000, peakMb: 600, ratio: 1.3 };

interface Measure {
  ms: number;
  peakMb: number;
  rows: number;
  bytes: number;
}

const NOW = new Date().toISOString();

function currentExhibition(db: ReturnType<typeof openDatabase>): string {
  return JSON.parse(db.prepare("SELECT value FROM settings WHERE key = 'currentExhibitionId'").pluck().get() as string) as string;
}

/** Ours: the workbook as the app writes it. */
async function ours(file: string, out: string, history: boolean): Promise<Measure> {
  const db = openDatabase(file, { readOnly: true, skipCheck: true });
  const t = performance.now();
  const r = await writeValueWorkbook(db, { exhibitionId: currentExhibition(db), lang: 'en', path: out, now: NOW, history });
  const ms = performance.now() - t;
  db.close();
  const rows = r.rows.customers + r.rows.stageHistory + r.rows.participations + r.rows.interactions;
  return { ms, peakMb: process.resourceUsage().maxRSS / 1024, rows, bytes: r.bytes };
}

/** Bare: the same cell values, read and converted first, then written by plain ExcelJS streaming. */
async function bare(file: string, out: string, history: boolean): Promise<Measure> {
  const db = openDatabase(file, { readOnly: true, skipCheck: true });
  const x = currentExhibition(db);
  const snap = latestSnapshotInfo(db, x)!;
  const L = WORKBOOK_LABELS.en;
  const w = valueFilterSql(db, snap.id, {}, NOW);
  const sheets: { name: string; columns: ExportColumn[]; rows: unknown[][] }[] = [];
  const take = (name: string, columns: ExportColumn[], rows: Iterable<unknown[]>) => {
    const kinds = columns.map((c) => c.kind);
    sheets.push({ name, columns, rows: Array.from(rows, (r) => kinds.map((k, i) => toCellValue(k, r[i]))) });
  };
  take('Customers', customerColumns(L), customerRows(db, x, w, L, NOW.slice(0, 10)));
  if (history) {
    take('Stage history', stageHistoryColumns(L), stageHistoryRows(db, x, w, L));
    take('Participations', participationColumns(L), participationRows(db, x, w, L));
    const plan = loadEditionPlan(db, x, snap.takenAt.slice(0, 10), snap.settings.windowEditions);
    const from = plan.periodStart ? String(plan.periodStart).replace(/^(\d{4})(\d{2})(\d{2})$/, '$1-$2-$3') : null;
    take('Interactions', interactionColumns(L), interactionRows(db, x, w, L, from, snap.takenAt));
  }
  db.close();
  const t = performance.now();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useStyles: true, useSharedStrings: false });
  let rows = 0;
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    ws.columns = s.columns.map((c) => ({ header: c.header, width: columnWidth(c), style: { numFmt: c.numFmt ?? NUM_FMT[c.kind] } }));
    for (const r of s.rows) {
      ws.addRow(r).commit();
      rows++;
    }
    ws.commit();
  }
  await wb.commit();
  const ms = performance.now() - t;
  return { ms, peakMb: process.resourceUsage().maxRSS / 1024, rows, bytes: fs.statSync(out).size };
}

function child(mode: 'ours' | 'bare', file: string, history: boolean): Measure {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'excrm-xbench-')), `${mode}.xlsx`);
  const self = fileURLToPath(import.meta.url);
  const stdout = execFileSync(process.execPath, ['--import', 'tsx', self, '--child', mode, '--db', file, '--out', out, '--history', history ? 'yes' : 'no'], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
  });
  fs.rmSync(path.dirname(out), { recursive: true, force: true });
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as Measure;
}

const s1 = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (v: number) => `${v.toFixed(0)} MB`;

/** Rows for a generated workspace `file`: the full workbook and Summary + Customers. */
export function benchExport(file: string, opts: { full: boolean; summaryCustomers: boolean }): Row[] {
  const out: Row[] = [];
  try {
    const db = openDatabase(file, { readOnly: true, skipCheck: true });
    const rel = db.prepare('SELECT count(*) FROM relationships WHERE exhibition_id = ?').pluck().get(currentExhibition(db)) as number;
    db.close();
    const n = rel.toLocaleString('en');
    const cases: [boolean, string, number, boolean][] = [
      [opts.full, `value workbook, all 5 sheets (${n} relationships)`, EXPORT_TARGETS.full10kMs, true],
      [opts.summaryCustomers, `value workbook, Summary + Customers (${n} relationships)`, EXPORT_TARGETS.summaryCustomers100kMs, false],
    ];
    for (const [run, label, target, history] of cases) {
      if (!run) continue;
      const a = child('ours', file, history);
      const b = child('bare', file, history);
      const ratio = a.ms / b.ms;
      const memOk = history || a.peakMb <= EXPORT_TARGETS.peakMb;
      out.push({
        measure: `${label}: ${a.rows.toLocaleString('en')} rows, ${(a.bytes / 1048576).toFixed(1)} MB file`,
        value: `${s1(a.ms)}, peak ${mb(a.peakMb)}`,
        bare: `${s1(b.ms)}, peak ${mb(b.peakMb)} (rows held in memory) — ratio ${ratio.toFixed(2)}`,
        target: `≤ ${s1(target)}${history ? '' : `, ≤ ${EXPORT_TARGETS.peakMb} MB`}, ratio ≤ ${EXPORT_TARGETS.ratio}`,
        result: a.ms <= target && memOk && ratio <= EXPORT_TARGETS.ratio ? 'PASS' : '**MISS**',
      });
    }
  } catch (e) {
    out.push({ measure: 'value workbook export', value: `not available (${(e instanceof Error ? e.message : String(e)).slice(0, 160)})`, bare: '—', target: '—', result: 'n/a' });
  }
  return out;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const arg = (name: string) => {
    const at = process.argv.indexOf(name);
    return at < 0 ? undefined : process.argv[at + 1];
  };
  const file = arg('--db');
  if (!file) throw new Error('--db FILE is required');
  const mode = arg('--child');
  if (mode) {
    const history = arg('--history') !== 'no';
    const m = mode === 'bare' ? await bare(file, arg('--out')!, history) : await ours(file, arg('--out')!, history);
    process.stdout.write(`${JSON.stringify(m)}\n`);
  } else {
    const history = arg('--history');
    const rows = benchExport(file, { full: history !== 'no', summaryCustomers: history !== 'yes' });
    for (const r of rows) console.log(`| ${r.measure} | ${r.value} | ${r.bare} | ${r.target} | ${r.result} |`);
  }
}
