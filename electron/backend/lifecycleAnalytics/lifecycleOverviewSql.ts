import type {
  ChurnPoint,
  DistributionPoint,
  LifecycleOverview,
  StageCounts,
  StageDuration,
} from '../../../shared/api/lifecycleAnalytics';
import { ApiFailure } from '../../../shared/api/result';
import type { ExhibitionMaturity } from '../../../shared/domain/exhibition';
import { STAGES, type Stage } from '../../../shared/domain/lifecycle';
import type { Context } from '../context';
import type { Db } from '../store/openDatabase';
import { FOCUS_BY_MATURITY, median } from './lifecycleOverview';

// The former, set-based implementation of lifecycleOverview.ts, kept as the reference its test
// compares the one-pass version with (on generated histories). Not used by the app.
//
// Lifecycle analytics of one exhibition, set-based: three aggregate statements over the stage
// history, each one pass over the exhibition's transitions, so it stays fast at 100,000
// relationships (test/bench/lifecycleAnalyticsBench.ts). What they return is small (a few dozen
// groups, or one row per distinct number of days) and is only summed up here.
//
// Stage counts at a date need no per-relationship look-up: every transition moves one
// relationship out of its from-stage and into its to-stage, so the counts at the end of an
// edition are the running sum of (+1 to, -1 from) over the transitions up to that day.

/** The exhibition's transitions, leaving out customers in the Trash (a handful: one look-up list). */
const LIVE = `s.exhibition_id = @x AND s.customer_id NOT IN (SELECT id FROM customers WHERE deleted_at IS NOT NULL)`;

interface Edition {
  id: string;
  name: string;
  end_date: string;
}

const emptyCounts = (): StageCounts => ({ cultivation: 0, confirmation: 0, trust: 0, weakening: 0, lost: 0 });
const isStage = (s: string | null): s is Stage => s !== null && (STAGES as readonly string[]).includes(s);

export function lifecycleOverviewSql(ctx: Context, exhibitionId: string): LifecycleOverview {
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
    const { distribution, churn } = byEdition(db, exhibitionId, past, today);
    const perRelationship = relationshipFigures(db, exhibitionId, now.total);
    const stages = FOCUS_BY_MATURITY[x.maturity];
    return {
      exhibition: x,
      today,
      distribution: [...distribution, now],
      funnel: perRelationship.funnel,
      durations: durationsOf(db, exhibitionId),
      timeToTrust: perRelationship.timeToTrust,
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

/**
 * Stage counts at each past edition's end, and the moves to lost per edition cycle: one pass
 * that counts the transitions by cycle (bucket i: after edition i-1's end up to edition i's;
 * the last bucket runs up to today), from-stage and to-stage.
 */
function byEdition(db: Db, exhibitionId: string, past: Edition[], today: string) {
  const cases = past.map((_, i) => `WHEN s.at <= @end${i} THEN ${i}`).join(' ');
  const ends = Object.fromEntries(past.map((e, i) => [`end${i}`, e.end_date]));
  const rows = db
    .prepare(
      `SELECT ${past.length ? `CASE ${cases} ELSE ${past.length} END` : '0'} AS bucket, s.from_stage AS "from", s.to_stage AS "to", count(*) AS n
         FROM stage_transitions s
        WHERE ${LIVE} AND s.at <= @today
        GROUP BY 1, 2, 3`,
    )
    .all({ x: exhibitionId, today, ...ends }) as { bucket: number; from: string | null; to: string; n: number }[];
  const moves = Array.from({ length: past.length + 1 }, () => ({ delta: emptyCounts(), lost: 0, entries: 0 }));
  for (const r of rows) {
    const m = moves[r.bucket]!;
    if (isStage(r.to)) m.delta[r.to] += r.n;
    if (isStage(r.from)) m.delta[r.from] -= r.n;
    if (r.to === 'lost') m.lost += r.n;
    // Began, or re-approached after being lost: not lost any more.
    else if (r.from === null || r.from === 'lost') m.entries += r.n;
  }
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

/**
 * The funnel and the time to trust, from one pass grouping the transitions by relationship:
 * whether it ever reached confirmation (or trust) and trust, and the days from its start (its
 * first transition) to its first move into trust; counted per number of days.
 */
function relationshipFigures(db: Db, exhibitionId: string, total: number) {
  const rows = db
    .prepare(
      `SELECT days, count(*) AS n, sum(confirmation) AS confirmation, sum(trust) AS trust FROM (
         SELECT max(s.to_stage IN ('confirmation', 'trust')) AS confirmation,
                max(s.to_stage = 'trust') AS trust,
                julianday(min(s.at) FILTER (WHERE s.to_stage = 'trust')) - julianday(min(s.at)) AS days
           FROM stage_transitions s
          WHERE ${LIVE}
          GROUP BY s.customer_id)
        GROUP BY days`,
    )
    .all({ x: exhibitionId }) as { days: number | null; n: number; confirmation: number; trust: number }[];
  const funnel = { cultivation: total, confirmation: 0, trust: 0 };
  const toTrust: [number, number][] = [];
  for (const r of rows) {
    funnel.confirmation += r.confirmation;
    funnel.trust += r.trust;
    if (r.days !== null) toTrust.push([r.days, r.n]);
  }
  const m = median(toTrust);
  return { funnel, timeToTrust: { medianDays: m.median, relationships: m.n } };
}

/** Median length of the completed stays per stage: each transition's stay ends at the next one. */
function durationsOf(db: Db, exhibitionId: string): StageDuration[] {
  const rows = db
    .prepare(
      `SELECT stage, days, count(*) AS n FROM (
         SELECT s.to_stage AS stage,
                julianday(lead(s.at) OVER (PARTITION BY s.customer_id ORDER BY s.seq)) - julianday(s.at) AS days
           FROM stage_transitions s
          WHERE ${LIVE})
        WHERE days IS NOT NULL
        GROUP BY stage, days`,
    )
    .all({ x: exhibitionId }) as { stage: string; days: number; n: number }[];
  const by = new Map<string, [number, number][]>();
  for (const r of rows) {
    const list = by.get(r.stage) ?? [];
    list.push([r.days, r.n]);
    by.set(r.stage, list);
  }
  return STAGES.map((stage) => {
    const m = median(by.get(stage) ?? []);
    return { stage, medianDays: m.median, stays: m.n };
  });
}
