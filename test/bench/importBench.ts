// Benchmark row of issue 6 item 7: importing a customer list of N rows from .xlsx — reading
// (hardened thread), header detection, mapping, validation of every row, duplicate detection
// against the workspace and within the file, and the commit (one transaction, search index,
// duplicate keys, relationships) — beside the bare-library figure for the same file: SheetJS
// parsing + one prepared INSERT per row in one transaction. Each side runs in a child process
// of its own so its peak memory (VmHWM) is its own.
//   npx tsx test/bench/importBench.ts [--rows 100000] [--into empty|exhibition|edition]

import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import xlsxModule from 'xlsx';
import type { ImportCommitResult } from '../../shared/api/imports';
import { Backend } from '../../electron/backend/backend';
import { dispatch } from '../../electron/backend/dispatcher';
import { writeTable, type ExportColumn } from '../../electron/backend/excel/write/writeTable';
import { BACKEND_HEAP_MB, BACKEND_YOUNG_MB } from '../../electron/host/backendHeap';
import { builtJobWorker } from './builtWorker';
import type { Row } from './run';

export const IMPORT_TARGET = { ms: 25_000, peakMb: 1024, ratio: 1.3 };

const HEADERS = ['公司名称', 'Legal name', '行业', 'Products', '国家', '省份', '城市', '地址', '网址', '电话', '邮箱', '联系人', '职务', '手机', '联系人邮箱', '微信', '标签', '备注'];
const CITIES = [['China', '广东', '深圳'], ['China', '浙江', '宁波'], ['Germany', 'Bavaria', 'Munich'], ['China', '上海', '上海'], ['Italy', 'Lombardy', 'Milan']];
const INDUSTRIES = ['LED Lighting', 'Machinery', 'Packaging', 'Textiles', 'Electronics', 'Furniture'];

/** A realistic customer list: Chinese and Latin names, phones with leading zeros, a few planted duplicates. */
export async function makeList(file: string, rows: number): Promise<void> {
  const columns: ExportColumn[] = HEADERS.map((header) => ({ header, kind: 'text' }));
  function* data(): Generator<(string | null)[]> {
    for (let i = 0; i < rows; i++) {
      // Every 500th row repeats an earlier firm (in-file duplicates to detect).
      const k = i % 500 === 499 ? i - 250 : i;
      const cn = k % 3 !== 2;
      const [country, region, city] = CITIES[k % CITIES.length]!;
      const name = cn ? `${city}市第${k}号电子科技有限公司` : `Firm ${k} Trading Co., Ltd.`;
      yield [
        name, cn ? null : `Firm ${k} Trading Company Limited`, INDUSTRIES[k % INDUSTRIES.length]!, cn ? 'LED灯、灯具' : 'lamps, fixtures',
        country!, region!, city!, `${k} Industrial Road`, `www.firm${k}.com`, `0${755_0000_0000 + k}`, `info@firm${k}.com`,
        cn ? `王${k % 97}` : `Ann Lee ${k}`, cn ? '销售经理' : 'Sales manager', `0${1380_0000_000 + k}`, `sales${k}@firm${k}.com`,
        `wxid_${k.toString(36)}`, k % 7 === 0 ? 'VIP' : null, k % 11 === 0 ? '老客户，2023年参展' : null,
      ];
    }
  }
  await writeTable({ path: file, format: 'xlsx', sheetName: 'Customers', columns, rows: data() });
}

function peakMb(): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync('/proc/self/status', 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch {
    // not Linux: the current figure
  }
  return process.memoryUsage().rss / 1024 / 1024;
}

interface ChildResult {
  ms: number;
  peakMb: number;
  rows: number;
  parts?: Record<string, number>;
  /** Peak memory (MB) of the process at the end of each part. */
  peaks?: Record<string, number>;
}

/**
 * Where the list goes: an empty workspace (the benchmark row), or one with an exhibition (each new
 * customer also gets a relationship and its first stage) or with an edition too (each row also a
 * participation) — closer to an organiser's workspace, and slower.
 */
export type ImportInto = 'empty' | 'exhibition' | 'edition';

async function oursChild(file: string, dir: string, into: ImportInto): Promise<ChildResult> {
  // The reading thread as the app runs it: the bundled job worker (not TypeScript compiled as it starts).
  const backend = new Backend({ dataDir: dir, host: 'cli', version: 'bench', jobWorkerEntry: builtJobWorker() });
  backend.open(path.join(dir, 'import.sqlite'), { create: true });
  const call = async (method: string, input: unknown) => {
    const r = await dispatch(backend, method, input);
    if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
    return r.data as Record<string, unknown>;
  };
  const parts: Record<string, number> = {};
  let t = performance.now();
  let t0 = t;
  const peaks: Record<string, number> = {};
  const lap = (name: string) => {
    const now = performance.now();
    parts[name] = now - t;
    peaks[name] = Math.round(peakMb());
    t = now;
  };
  let editionId: string | null = null;
  if (into !== 'empty') {
    const x = (await call('exhibitions.create', { name: 'Expo' })) as { id: string };
    if (into === 'edition') {
      editionId = ((await call('editions.create', { exhibitionId: x.id, name: 'Expo 2026', startDate: '2026-05-01', endDate: '2026-05-03' })) as { id: string }).id;
    }
  }
  t0 = t = performance.now();
  const { sessionId } = (await call('imports.open', { path: file })) as { sessionId: string };
  lap('read');
  await call('imports.preview', { sessionId, editionId });
  lap('validate');
  await call('imports.setDecisions', { sessionId, default: 'skip' });
  const started = (await call('imports.commit', { sessionId })) as { id: string };
  const job = await backend.jobs.wait(started.id, 5);
  lap('commit');
  if (job.status !== 'done') throw new Error(`commit ${job.status}: ${job.error}`);
  const ms = performance.now() - t0;
  const created = (job.result as ImportCommitResult).created;
  // The import's peak: the value assessment it started (into an edition) runs afterwards in
  // threads of its own, and is cancelled here, its threads let end (Backend.shutdown).
  const peak = peakMb();
  await backend.shutdown(10_000);
  return { ms, peakMb: peak, rows: created, parts, peaks };
}

function bareChild(file: string, dir: string): ChildResult {
  const XLSX = xlsxModule;
  const t0 = performance.now();
  const wb = XLSX.readFile(file, { dense: true });
  const rows = XLSX.utils.sheet_to_json<(string | null)[]>(wb.Sheets[wb.SheetNames[0]!]!, { header: 1, raw: false, defval: null });
  const db = new Database(path.join(dir, 'bare.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`CREATE TABLE bare (id INTEGER PRIMARY KEY, ${HEADERS.map((_, i) => `c${i} TEXT`).join(', ')})`);
  const ins = db.prepare(`INSERT INTO bare (${HEADERS.map((_, i) => `c${i}`).join(', ')}) VALUES (${HEADERS.map(() => '?').join(', ')})`);
  db.transaction(() => {
    for (let i = 1; i < rows.length; i++) ins.run(HEADERS.map((_, c) => rows[i]![c] ?? null));
  })();
  db.close();
  return { ms: performance.now() - t0, peakMb: peakMb(), rows: rows.length - 1 };
}

function runChild(mode: 'ours' | 'bare', file: string, dir: string, into: ImportInto = 'empty'): ChildResult {
  fs.mkdirSync(dir, { recursive: true });
  const self = fileURLToPath(import.meta.url);
  // Our side runs the backend in the child's main thread, with the heap limits the app gives the
  // backend's thread (backendHeap.ts): V8 sizes its collections by them (a third of the young
  // generation is a semi-space).
  const heap = mode === 'ours' ? [`--max-old-space-size=${BACKEND_HEAP_MB}`, `--max-semi-space-size=${BACKEND_YOUNG_MB / 3}`] : [];
  const r = spawnSync(process.execPath, [...heap, ...process.execArgv, self, '--child', mode, '--file', file, '--dir', dir, '--into', into], {
    encoding: 'utf8',
    timeout: 600_000,
    maxBuffer: 16 * 1024 * 1024,
  });
  const line = r.stdout.trim().split('\n').pop() ?? '';
  if (r.status !== 0 || !line.startsWith('{')) throw new Error(`import bench child (${mode}) failed: ${r.stderr.slice(-2000)}`);
  return JSON.parse(line) as ChildResult;
}

const s1 = (ms: number) => (ms / 1000).toFixed(1);
const num = (n: number) => n.toLocaleString('en');

/** The benchmark rows for a list of `rows` customers (the file is generated in `dir`). */
export async function benchImport(dir: string, rows: number, into: ImportInto = 'empty'): Promise<{ rows: Row[]; detail: string[] }> {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `customers-${rows}.xlsx`);
  if (!fs.existsSync(file)) await makeList(file, rows);
  const bare = runChild('bare', file, path.join(dir, 'bare'));
  const ours = runChild('ours', file, path.join(dir, 'ours'), into);
  const ratio = ours.ms / bare.ms;
  const ok = ours.ms <= IMPORT_TARGET.ms && ours.peakMb <= IMPORT_TARGET.peakMb;
  // The issue sets the targets for a 100,000-row list. A smaller one pays fixed costs the bare
  // side has not (the reading thread's start, the header's detection, the pre-import backup):
  // about 0.5 s of 1.1 s at 10,000 rows.
  const at100k = rows === 100_000;
  // The ratio is the benchmark row's: a customer list into a workspace, against one INSERT per
  // line. Into an exhibition or an edition each line also writes a relationship and its first
  // stage, or a participation and its first status: the ratio is shown, not held to 1.3.
  const ratioHeld = into === 'empty';
  return {
    rows: [
      {
        measure: `Import ${num(rows)}-row .xlsx customer list (read, validate, duplicates, commit)${into === 'empty' ? '' : `, into a workspace with an ${into}`}`,
        value: `${s1(ours.ms)} s, peak ${ours.peakMb.toFixed(0)} MB`,
        bare: `${s1(bare.ms)} s, peak ${bare.peakMb.toFixed(0)} MB (SheetJS + one INSERT per row) — ratio ${ratio.toFixed(2)}`,
        target: !at100k ? '(set at 100,000)' : `≤ ${IMPORT_TARGET.ms / 1000} s, ≤ 1 GB${ratioHeld ? `; ratio ≤ ${IMPORT_TARGET.ratio}` : ''}`,
        result: !at100k ? '—' : !ok ? '**MISS**' : ratioHeld && ratio > IMPORT_TARGET.ratio ? 'PASS (ratio **MISS**)' : 'PASS',
      },
    ],
    detail: [
      `import ${num(rows)}: ${num(ours.rows)} customers created; parts ${Object.entries(ours.parts ?? {}).map(([k, v]) => `${k} ${s1(v)} s (peak so far ${ours.peaks?.[k]} MB)`).join(', ')}`,
    ],
  };
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const opt = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const child = opt('--child');
  if (child) {
    const file = opt('--file')!;
    const dir = opt('--dir')!;
    const r = child === 'ours' ? await oursChild(file, dir, (opt('--into') ?? 'empty') as ImportInto) : bareChild(file, dir);
    process.stdout.write(`${JSON.stringify(r)}\n`);
    process.exit(0); // the assessment or reader threads must not keep the child alive
  }
  const rows = Number(opt('--rows') ?? 100_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'excrm-import-bench-'));
  try {
    const into = (opt('--into') ?? 'empty') as ImportInto;
    if (!['empty', 'exhibition', 'edition'].includes(into)) throw new Error('--into empty|exhibition|edition');
    const r = await benchImport(dir, rows, into);
    for (const row of r.rows) console.log(`| ${row.measure} | ${row.value} | ${row.bare} | ${row.target} | ${row.result} |`);
    for (const d of r.detail) console.log(d);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
