// Benchmark rows of issue 4 on a generated workspace: computing the suggested stage moves of
// every relationship of the current exhibition (from nothing, and again with nothing changed),
// the board's columns and a page of its fullest column, and a page of suggestions. Runs
// through the services and the real dispatcher; a failure is reported as "not available".
//   npx tsx test/bench/lifecycleBench.ts --db FILE   (a demo workspace; it is written to)

import { pathToFileURL } from 'node:url';
import { Backend } from '../../electron/backend/backend';
import { dispatch } from '../../electron/backend/dispatcher';
import { BACKFILL_003 } from '../../electron/backend/store/migrations/003_lifecycle';
import { computeSuggestions } from '../../electron/backend/lifecycle/suggestionCompute';
import type { Row } from './run';

export const LIFECYCLE_TARGETS = { computeMs: 2000, pageMs: 50, columnsMs: 100, suggestionsMs: 100 };

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
function pct(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}
const f1 = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
const p5095 = (v: number[]) => `${f1(pct(v, 50))} / ${f1(pct(v, 95))} ms`;
const verdict = (ok: boolean) => (ok ? 'PASS' : '**MISS**');

async function timedCall(backend: Backend, method: string, input: unknown, runs: number): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t = process.hrtime.bigint();
    const r = await dispatch(backend, method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`);
    if (i > 0) out.push(ms(t)); // the first run warms the cache
  }
  return out;
}

/** Rows for a generated workspace `file` (closed by the caller). */
export async function benchLifecycle(file: string, dataDir: string, runs: number): Promise<{ rows: Row[]; detail: string[] }> {
  const backend = new Backend({ dataDir, host: 'cli', version: 'bench' });
  backend.open(file, { create: true }); // create: no refresh is scheduled on open
  const ctx = backend.context();
  const db = ctx.db;
  const rows: Row[] = [];
  const detail: string[] = [];
  try {
    // A demo without stage histories gets the migration's backfill (cultivation for everyone).
    if (!db.prepare('SELECT 1 FROM relationships LIMIT 1').get()) db.transaction(() => db.exec(BACKFILL_003))();
    const x = JSON.parse(db.prepare("SELECT value FROM settings WHERE key = 'currentExhibitionId'").pluck().get() as string) as string;
    // From nothing several times (each after deleting the exhibition's suggestions), then
    // again with nothing changed; wall time and this process's CPU time (the machine may be shared).
    const cold: number[] = [];
    const coldCpu: number[] = [];
    let first = { relationships: 0, suggestions: 0 };
    for (let i = 0; i < Math.min(runs, 5); i++) {
      db.prepare('DELETE FROM stage_suggestions WHERE exhibition_id = ?').run(x);
      const t0 = process.hrtime.bigint();
      const cpu0 = process.cpuUsage();
      first = computeSuggestions(ctx, x);
      cold.push(ms(t0));
      const cpu = process.cpuUsage(cpu0);
      coldCpu.push((cpu.user + cpu.system) / 1000);
    }
    const steady: number[] = [];
    for (let i = 0; i < Math.min(runs, 5); i++) {
      const t = process.hrtime.bigint();
      computeSuggestions(ctx, x);
      steady.push(ms(t));
    }
    const n = (v: number) => v.toLocaleString('en');
    const limit = LIFECYCLE_TARGETS.computeMs * Math.max(1, first.relationships / 100_000);
    rows.push({
      measure: `lifecycle suggestions, computed from nothing (${n(first.relationships)} relationships → ${n(first.suggestions)} suggestions, written)`,
      value: `${p5095(cold)} (CPU p50 ${f1(pct(coldCpu, 50))} ms)`,
      bare: '—',
      target: `≤ ${LIFECYCLE_TARGETS.computeMs} ms (100,000 relationships)`,
      result: verdict(pct(cold, 50) <= limit),
    }, {
      measure: 'lifecycle suggestions, recomputed with no change (read + evaluate, nothing written)',
      value: p5095(steady),
      bare: '—',
      target: `≤ ${LIFECYCLE_TARGETS.computeMs} ms`,
      result: verdict(pct(steady, 95) <= limit),
    });
    const fullest = db
      .prepare('SELECT stage, count(*) AS n FROM relationships WHERE exhibition_id = ? GROUP BY stage ORDER BY n DESC LIMIT 1')
      .get(x) as { stage: string; n: number };
    const cols = await timedCall(backend, 'lifecycle.columns', { exhibitionId: x }, runs);
    const page = await timedCall(backend, 'lifecycle.board', { exhibitionId: x, stage: fullest.stage, offset: 0, limit: 50 }, runs);
    const deep = await timedCall(backend, 'lifecycle.board', { exhibitionId: x, stage: fullest.stage, offset: 5000, limit: 50 }, runs);
    const sugg = await timedCall(backend, 'lifecycle.suggestions', { exhibitionId: x, offset: 0, limit: 50 }, runs);
    const ok = pct(cols, 95) <= LIFECYCLE_TARGETS.columnsMs && pct([...page, ...deep], 95) <= LIFECYCLE_TARGETS.pageMs && pct(sugg, 95) <= LIFECYCLE_TARGETS.suggestionsMs;
    rows.push({
      measure: `lifecycle board: columns, a page of 50 in the fullest column (${n(fullest.n)} ${fullest.stage}) and at offset 5,000, suggestions page`,
      value: `${p5095(cols)}; ${p5095([...page, ...deep])}; ${p5095(sugg)}`,
      bare: '—',
      target: `p95 ≤ ${LIFECYCLE_TARGETS.columnsMs}; ${LIFECYCLE_TARGETS.pageMs}; ${LIFECYCLE_TARGETS.suggestionsMs} ms`,
      result: verdict(ok),
    });
    detail.push(
      `| lifecycle.columns | ${p5095(cols)} | |`,
      `| lifecycle.board, first page of ${fullest.stage} | ${p5095(page)} | ${n(fullest.n)} in the column |`,
      `| lifecycle.board, offset 5,000 | ${p5095(deep)} | |`,
      `| lifecycle.suggestions, first page | ${p5095(sugg)} | |`,
    );
  } catch (e) {
    rows.push({ measure: 'lifecycle', value: `not available (${(e instanceof Error ? e.message : String(e)).slice(0, 160)})`, bare: '—', target: '—', result: 'n/a' });
  } finally {
    backend.close();
  }
  return { rows, detail };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--db');
  if (at < 0) throw new Error('--db FILE is required');
  const file = process.argv[at + 1]!;
  benchLifecycle(file, `${file}.bench-data`, 10).then(({ rows, detail }) => {
    for (const r of rows) console.log(`| ${r.measure} | ${r.value} | ${r.bare} | ${r.target} | ${r.result} |`);
    console.log(detail.join('\n'));
  }, (e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
