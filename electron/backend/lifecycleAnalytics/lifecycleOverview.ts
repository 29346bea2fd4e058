import type {
  ChurnPoint,
  DistributionPoint,
  LifecycleOverview,
  StageCounts,
} from '../../../shared/api/lifecycleAnalytics';
import { ApiFailure } from '../../../shared/api/result';
import type { ExhibitionMaturity } from '../../../shared/domain/exhibition';
import { STAGES, type Stage } from '../../../shared/domain/lifecycle';
import type { Context } from '../context';
import type { Db } from '../store/openDatabase';
import { type CycleMoves, transitionPass } from './transitionPass';

// Lifecycle analytics of one exhibition. Everything but the current stages comes from ONE pass
// over the exhibition's stage history (transitionPass.ts): 100,000 relationships and 336,000
// transitions in well under 1 s (test/bench/lifecycleAnalyticsBench.ts). The former three
// set-based statements (lifecycleOverviewSql.ts) took 1.2 s; the test checks both agree.
//
// Stage counts at a date need no per-relationship look-up: every transition moves one
// relationship out of its from-stage and into its to-stage, so the counts at the end of an
// edition are the running sum of (+1 to, -1 from) over the transitions up to that day.

/** The stages that deserve attention by the exhibition's maturity (../shared/DOMAIN.md §3). */
export const FOCUS_BY_MATURITY: Record<ExhibitionMaturity, Stage[]> = {
  new: ['cultivation', 'confirmation'],
  growing: ['trust'],
  mature: ['weakening'],
};

interface Edition {
  id: string;
  name: string;
  end_date: string;
}

const emptyCounts = (): StageCounts => ({ cultivation: 0, confirmation: 0, trust: 0, weakening: 0, lost: 0 });
const isStage = (s: string | null): s is Stage => s !== null && (STAGES as readonly string[]).includes(s);

export function lifecycleOverview(ctx: Context, exhibitionId: string): LifecycleOverview {
  const db = ctx.db;
  const x = db.prepare('SELECT id, name, maturity FROM exhibitions WHERE id = ?').get(exhibitionId) as
    | { id: string; name: string; maturity: ExhibitionMaturity }
    | undefined;
  if (!x) throw new ApiFailure('not_found', 'err.notFound');
  const today = ctx.now().slice(0, 10);
  // Read in one snapshot: every figure describes the same history.
  return db.transaction(() => {
    const past = db
      .prepare('SELECT id, name, end_date FROM editions WHERE exhibition_id = ? AND end_date < ? ORDER BY end_date, start_date')
      .all(exhibitionId, today) as Edition[];
    const now = currentCounts(db, exhibitionId, today);
    const pass = transitionPass(db, exhibitionId, past.map((e) => e.end_date), today);
    const { distribution, churn } = byEdition(pass.moves, past, today);
    const toTrust = median([...pass.toTrust]);
    const stages = FOCUS_BY_MATURITY[x.maturity];
    return {
      exhibition: x,
      today,
      distribution: [...distribution, now],
      funnel: { cultivation: now.total, confirmation: pass.confirmation, trust: pass.trust },
      durations: STAGES.map((stage) => {
        const m = median([...pass.stays.get(stage)!]);
        return { stage, medianDays: m.median, stays: m.n };
      }),
      timeToTrust: { medianDays: toTrust.median, relationships: toTrust.n },
      churn,
      focus: { maturity: x.maturity, stages, counts: stages.map((s) => now.counts[s]) },
    };
  }).deferred();
}

/** The stages now: the relationships' current stage. */
function currentCounts(db: Db, exhibitionId: string, today: string): DistributionPoint {
  const now: DistributionPoint = { editionId: null, editionName: null, date: today, counts: emptyCounts(), total: 0 };
  const rows = db
    .prepare(
      `SELECT r.stage, count(*) AS n FROM relationships r
        WHERE r.exhibition_id = @x AND r.customer_id NOT IN (SELECT id FROM customers WHERE deleted_at IS NOT NULL)
        GROUP BY r.stage`,
    )
    .all({ x: exhibitionId }) as { stage: string; n: number }[];
  for (const r of rows) {
    if (!isStage(r.stage)) continue;
    now.counts[r.stage] += r.n;
    now.total += r.n;
  }
  return now;
}

/** Stage counts at each past edition's end, and the moves to lost per edition cycle. */
function byEdition(moves: CycleMoves[], past: Edition[], today: string) {
  const distribution: DistributionPoint[] = [];
  const churn: ChurnPoint[] = [];
  const running = emptyCounts();
  let notLost = 0;
  for (let i = 0; i <= past.length; i++) {
    const e = past[i];
    const m = moves[i]!;
    // The running cycle only when it has days of its own.
    if (!e && past.length > 0 && past.at(-1)!.end_date >= today) break;
    churn.push({
      editionId: e?.id ?? null,
      editionName: e?.name ?? null,
      from: i > 0 ? past[i - 1]!.end_date : null,
      to: e?.end_date ?? today,
      lost: m.lost,
      atRisk: notLost + m.entries,
    });
    for (const st of STAGES) running[st] += m.delta[st];
    notLost = STAGES.reduce((sum, st) => (st === 'lost' ? sum : sum + running[st]), 0);
    if (e) {
      const total = STAGES.reduce((sum, st) => sum + running[st], 0);
      distribution.push({ editionId: e.id, editionName: e.name, date: e.end_date, counts: { ...running }, total });
    }
  }
  return { distribution, churn };
}

/** The median of values given as [value, how many times]: the middle one, or the mean of the two middle ones. */
export function median(counted: [number, number][]): { median: number | null; n: number } {
  const sorted = [...counted].sort((a, b) => a[0] - b[0]);
  const n = sorted.reduce((s, [, k]) => s + k, 0);
  if (n === 0) return { median: null, n: 0 };
  const at = (rank: number) => {
    let seen = 0;
    for (const [v, k] of sorted) {
      seen += k;
      if (seen > rank) return v;
    }
    return sorted.at(-1)![0];
  };
  const mid = (at(Math.floor((n - 1) / 2)) + at(Math.floor(n / 2))) / 2;
  return { median: Math.round(mid * 10) / 10, n };
}
