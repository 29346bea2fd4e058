// Benchmark row of issue 4 item 6: the lifecycle analytics of the current exhibition
// (lifecycleAnalytics.overview) through the real dispatcher, on a generated workspace whose
// demo stage histories give every customer a relationship there. Beside it, the bare cost of
// one pass over that exhibition's stage history.

import { Backend } from '../../electron/backend/backend';
import { dispatch } from '../../electron/backend/dispatcher';
import type { Row } from './run';

export const LIFECYCLE_ANALYTICS_TARGET_MS = 1000;

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
function pct(values: number[], p: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
}
const f0 = (n: number) => (n >= 10 ? n.toFixed(0) : n.toFixed(1));

/** Rows for a workspace `file` already generated (and closed by the caller). */
export async function benchLifecycleAnalytics(file: string, dataDir: string, runs: number): Promise<Row[]> {
  const backend = new Backend({ dataDir, host: 'cli', version: 'bench' });
  backend.open(file);
  const db = backend.context().db;
  const target = `≤ ${LIFECYCLE_ANALYTICS_TARGET_MS} ms`;
  try {
    const current = JSON.parse(db.prepare("SELECT value FROM settings WHERE key = 'currentExhibitionId'").pluck().get() as string) as string;
    const relationships = db.prepare('SELECT count(*) FROM relationships WHERE exhibition_id = ?').pluck().get(current) as number;
    const transitions = db.prepare('SELECT count(*) FROM stage_transitions WHERE exhibition_id = ?').pluck().get(current) as number;
    const measure = `lifecycle analytics (lifecycleAnalytics.overview: ${relationships.toLocaleString('en')} relationships, ${transitions.toLocaleString('en')} transitions)`;
    const times: number[] = [];
    for (let i = 0; i <= runs; i++) {
      const t = process.hrtime.bigint();
      const r = await dispatch(backend, 'lifecycleAnalytics.overview', { exhibitionId: current });
      const took = ms(t);
      if (!r.ok) return [{ measure, value: `not available (${r.error.code} ${r.error.message})`, bare: '—', target, result: 'n/a' }];
      if (i > 0) times.push(took); // the first call warms the cache
    }
    const pass = db.prepare('SELECT count(*), max(at), max(to_stage) FROM stage_transitions WHERE exhibition_id = ?');
    const bare: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t = process.hrtime.bigint();
      pass.get(current);
      bare.push(ms(t));
    }
    return [{
      measure,
      value: `${f0(pct(times, 50))} / ${f0(pct(times, 95))} ms`,
      bare: `${f0(pct(bare, 50))} / ${f0(pct(bare, 95))} ms (one pass over the transitions)`,
      target,
      result: pct(times, 95) <= LIFECYCLE_ANALYTICS_TARGET_MS ? 'PASS' : '**MISS**',
    }];
  } finally {
    backend.close();
  }
}
