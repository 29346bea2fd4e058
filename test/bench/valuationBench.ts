// Benchmark rows of issue 5 item 3: one value assessment of the current exhibition — facts,
// training the rebooking model, the back-test, every figure, and the snapshot written (one
// transaction) — on a generated workspace. Wall time and this process's CPU time (the machine
// may be shared), with the parts.
//   npx tsx test/bench/valuationBench.ts --db FILE [--runs N] [--sequential]   (a demo workspace;
//   snapshots are added to it: from the 12th on, each run also prunes one, after its answer, timed apart — run 14 times to
//   measure that). As the app runs it: with the second thread (valuation/assess/assessHelper.ts),
//   unless --sequential (as the CLI runs it).

import { pathToFileURL } from 'node:url';
import { openDatabase } from '../../electron/backend/store/openDatabase';
import { ASSESS_STEPS, assess, pruneAfter, type AssessStep } from '../../electron/backend/valuation/assess/assessment';
import { builtJobWorker } from './builtWorker';
import type { Row } from './run';

export const VALUATION_TARGET_MS = 3000;


function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)]!;
}
const f0 = (n: number) => n.toFixed(0);
const num = (n: number) => n.toLocaleString('en');

/** Rows for a generated workspace `file` (not open elsewhere). */
export function benchValuation(file: string, runs: number, sequential = false): Row[] {
  const db = openDatabase(file, { skipCheck: true });
  try {
    const x = JSON.parse(db.prepare("SELECT value FROM settings WHERE key = 'currentExhibitionId'").pluck().get() as string) as string;
    const participations = db.prepare('SELECT count(*) FROM participations').pluck().get() as number;
    const interactions = db.prepare('SELECT count(*) FROM interactions').pluck().get() as number;
    const wall: number[] = [];
    const cpu: number[] = [];
    const parts: Record<AssessStep, number[]> = Object.fromEntries(ASSESS_STEPS.map((s) => [s, []])) as unknown as Record<AssessStep, number[]>;
    const partsCpu: Record<AssessStep, number[]> = Object.fromEntries(ASSESS_STEPS.map((s) => [s, []])) as unknown as Record<AssessStep, number[]>;
    const prune: number[] = [];
    let relationships = 0;
    let threads = 1;
    let examples = 0;
    let auc = '';
    for (let i = 0; i < runs; i++) {
      const c0 = process.cpuUsage();
      // As the app's job runs it (jobs/assessJob.ts): pruning after the answer, timed apart.
      const r = assess(db, { exhibitionId: x, now: new Date().toISOString(), reason: 'manual', prune: false, workerEntry: sequential ? undefined : builtJobWorker() });
      const c = process.cpuUsage(c0);
      const p0 = performance.now();
      const pruned = pruneAfter(db, x, r.snapshot!.takenAt).length;
      if (pruned > 0) prune.push(performance.now() - p0);
      wall.push(r.ms);
      cpu.push((c.user + c.system) / 1000);
      for (const s of ASSESS_STEPS) {
        parts[s].push(r.steps[s]);
        partsCpu[s].push(r.stepsCpu[s]);
      }
      relationships = r.figures.length;
      threads = Math.max(threads, r.threads);
      examples = r.model.examples;
      const bt = r.model.backtest;
      auc = `back-test AUC ${bt.auc?.toFixed(3)} vs baseline ${bt.baselineAuc?.toFixed(3)}`;
    }
    const part = (s: AssessStep) => `${f0(median(parts[s]))} ms (CPU ${f0(median(partsCpu[s]))} ms)`;
    return [
      {
        measure: `value assessment, whole (${threads === 2 ? 'two threads' : 'one thread'}; ${num(relationships)} relationships, ${num(participations)} participations, ${num(interactions)} interactions; snapshot written; ${auc})`,
        value: `median ${f0(median(wall))} ms of ${runs} (CPU ${f0(median(cpu))} ms)`,
        bare: '—',
        target: `≤ ${VALUATION_TARGET_MS} ms`,
        result: median(wall) <= VALUATION_TARGET_MS ? 'PASS' : '**MISS**',
      },
      { measure: '— facts (ordered index passes) and the examples', value: part('facts'), bare: '—', target: '(part of the above)', result: '—' },
      { measure: `— training the model (${num(examples)} examples)`, value: part('training'), bare: '—', target: '(part of the above)', result: '—' },
      { measure: `— back-test (training on the editions before the latest, predicting it${sequential ? '' : '; on the second thread: the wait for it'})`, value: part('backtest'), bare: '—', target: '(part of the above)', result: '—' },
      { measure: '— figures (formulas, norms, score, tiers, summary)', value: part('figures'), bare: '—', target: '(part of the above)', result: '—' },
      { measure: `— snapshot write (${num(relationships)} rows, one transaction)`, value: part('writing'), bare: '—', target: '(part of the above)', result: '—' },
      {
        measure: 'pruning one old snapshot (its own transaction, after the answer: the job does it once the new snapshot is shown)',
        value: prune.length ? `median ${f0(median(prune))} ms of ${prune.length}` : 'none pruned (fewer than 12 snapshots)',
        bare: '—',
        target: '(not waited for)',
        result: '—',
      },
    ];
  } catch (e) {
    return [{ measure: 'value assessment', value: `not available (${(e instanceof Error ? e.message : String(e)).slice(0, 160)})`, bare: '—', target: '—', result: 'n/a' }];
  } finally {
    db.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--db');
  if (at < 0) throw new Error('--db FILE is required');
  const runsAt = process.argv.indexOf('--runs');
  const runs = runsAt < 0 ? 3 : Number(process.argv[runsAt + 1]);
  for (const r of benchValuation(process.argv[at + 1]!, runs, process.argv.includes('--sequential'))) console.log(`| ${r.measure} | ${r.value} | ${r.bare} | ${r.target} | ${r.result} |`);
}
