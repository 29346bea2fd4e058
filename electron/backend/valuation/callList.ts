import type { CallListRow, CallReason } from '../../../shared/api/valuation';
import type { Stage } from '../../../shared/domain/lifecycle';
import { fromMinor } from '../../../shared/domain/money';
import type { Tier } from '../../../shared/domain/valuation/figures';
import type { Context } from '../context';
import { readThresholds } from '../lifecycle/thresholds';
import { snapshotNum } from './assess/snapshotStore';
import { previousSnapshot, resolveSnapshot } from './snapshotRows';
import { NOT_TRASHED } from './valueFilters';
import { readValuationSettings } from './valuationSettingsStore';

// "Who to call this week": valuable relationships (tier A/B in the latest snapshot) that are
// at risk — a rebooking probability below settings.callListProbability, or in weakening now
// (the relationship's current stage: a move made since the assessment counts at once). Each
// row says why: low probability, weakening since, the probability dropped since the previous
// snapshot (by PROBABILITY_DROP or more), open complaints, window satisfaction below the
// lifecycle's low-satisfaction threshold. Ordered by what is at stake: revenue per edition,
// then score. Customers in the Trash are left out.

/** A fall of the probability (0–1) between two snapshots worth naming. */
export const PROBABILITY_DROP = 0.1;

interface CandidateRow {
  customerId: string;
  companyName: string;
  tier: Tier;
  score: number;
  probability: number;
  stage: Stage;
  stageSince: string | null;
  revenuePerEdition: number;
  satisfaction: number | null;
  phone: string | null;
  openComplaints: number | null;
  previousProbability: number | null;
}

export function callList(ctx: Context, q: { exhibitionId: string; offset: number; limit: number }): { rows: CallListRow[]; total: number } {
  const db = ctx.db;
  const snapshot = resolveSnapshot(db, q.exhibitionId, undefined);
  if (!snapshot) return { rows: [], total: 0 };
  const settings = readValuationSettings(db);
  const low = readThresholds(db).lowSatisfaction;
  const prevId = previousSnapshot(db, snapshot.id);
  const params = { snap: snapshotNum(db, snapshot.id), x: q.exhibitionId, p: settings.callListProbability, prev: prevId === null ? null : snapshotNum(db, prevId) };
  // The candidates (customers.num, value_figures' key): tier A/B below the probability (one
  // pass over the snapshot's rows), and weakening relationships (relationships_by_stage;
  // name_sort is NULL in the Trash) that are tier A/B. The tie-break stays the customer's id.
  const candidates = `
    WITH cand (num) AS (
      SELECT f.customer_num FROM value_figures f
       WHERE f.snapshot_num = @snap AND f.tier IN ('A', 'B') AND f.probability < @p AND ${NOT_TRASHED}
      UNION
      SELECT c.num FROM relationships r CROSS JOIN customers c ON c.id = r.customer_id
        CROSS JOIN value_figures f ON f.snapshot_num = @snap AND f.customer_num = c.num
       WHERE r.exhibition_id = @x AND r.stage = 'weakening' AND r.name_sort IS NOT NULL AND f.tier IN ('A', 'B')
    )`;
  // Every candidate in order, in one pass (thousands at most: the valuable ones at risk); the
  // total is their number, the page a slice. Only the sort keys go through the sort.
  const ordered = db
    .prepare(
      `${candidates}
       SELECT f.customer_num FROM cand CROSS JOIN value_figures f ON f.snapshot_num = @snap AND f.customer_num = cand.num
         CROSS JOIN customers c ON c.num = f.customer_num
        ORDER BY f.revenue_per_edition DESC, f.score DESC, c.id`,
    )
    .pluck()
    .all(params) as number[];
  const total = ordered.length;
  const nums = ordered.slice(q.offset, q.offset + q.limit);
  if (nums.length === 0) return { rows: [], total };
  const details = db
    .prepare(
      `SELECT f.customer_num AS num, c.id AS customerId, c.company_name AS companyName, f.tier, f.score, f.probability,
              coalesce(r.stage, f.stage) AS stage, r.stage_since AS stageSince, f.revenue_per_edition AS revenuePerEdition,
              f.satisfaction,
              coalesce(c.phone, (SELECT k.phone FROM contacts k WHERE k.customer_id = c.id AND k.phone IS NOT NULL ORDER BY k.position LIMIT 1)) AS phone,
              (SELECT cf.open_complaints FROM customer_figures cf WHERE cf.customer_num = c.num) AS openComplaints,
              (SELECT pf.probability FROM value_figures pf WHERE pf.snapshot_num = @prev AND pf.customer_num = f.customer_num) AS previousProbability
         FROM json_each(@nums) j
         CROSS JOIN value_figures f ON f.snapshot_num = @snap AND f.customer_num = j.value
         CROSS JOIN customers c ON c.num = f.customer_num
         LEFT JOIN relationships r ON r.customer_id = c.id AND r.exhibition_id = @x`,
    )
    .all({ snap: params.snap, x: q.exhibitionId, prev: params.prev, nums: JSON.stringify(nums) }) as (CandidateRow & { num: number })[];
  const byNum = new Map(details.map((r) => [r.num, r]));
  const rows = nums.map((n) => byNum.get(n)!);
  return {
    total,
    rows: rows.map((r) => {
      const reasons: CallReason[] = [];
      if (r.probability < settings.callListProbability) reasons.push({ kind: 'lowProbability', probability: r.probability });
      if (r.stage === 'weakening') reasons.push({ kind: 'weakening', since: r.stageSince ?? snapshot.takenAt.slice(0, 10) });
      if (r.previousProbability !== null && r.previousProbability - r.probability >= PROBABILITY_DROP - 1e-9) {
        reasons.push({ kind: 'probabilityDrop', from: r.previousProbability, to: r.probability });
      }
      if (r.openComplaints) reasons.push({ kind: 'openComplaints', count: r.openComplaints });
      if (r.satisfaction !== null && r.satisfaction < low) reasons.push({ kind: 'satisfactionLow', satisfaction: r.satisfaction });
      return {
        customerId: r.customerId,
        companyName: r.companyName,
        tier: r.tier,
        score: r.score,
        probability: r.probability,
        stage: r.stage,
        revenuePerEdition: fromMinor(r.revenuePerEdition),
        phone: r.phone,
        reasons,
      };
    }),
  };
}
