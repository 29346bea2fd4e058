import type { SnapshotComparison, TierMove } from '../../../shared/api/valuation';
import { TIERS, type Tier } from '../../../shared/domain/valuation/figures';
import type { Context } from '../context';
import { snapshotNum } from './assess/snapshotStore';
import { resolveSnapshot } from './snapshotRows';

// Who moved tier between two snapshots of an exhibition: the full tier × tier matrix
// ('none' = not in that snapshot: a new relationship, or one no longer assessed) and a page
// of the relationships whose tier differs, ordered by the tier they came from (A first,
// 'none' last), then the tier they went to, then name. Customers in the Trash are left out.

type Key = Tier | 'none';
const KEYS: readonly Key[] = [...TIERS, 'none'];

// The full outer join of the two snapshots by customer (customers.num, value_figures' key;
// @from / @to are the snapshots' nums) as ONE grouped pass over both snapshots' entries in
// value_figures_by_score (which holds score, tier and customer_num): NULL tier and score on the
// side a relationship is missing from. Measured at 100,000 relationships: half the time of a
// LEFT JOIN plus NOT EXISTS, each probing the other snapshot's rows.
const PAIRS = `
  WITH pairs AS (
    SELECT customer_num AS cn,
           max(CASE WHEN snapshot_num = @from THEN tier END) AS ft, max(CASE WHEN snapshot_num = @to THEN tier END) AS tt,
           max(CASE WHEN snapshot_num = @from THEN score END) AS fs, max(CASE WHEN snapshot_num = @to THEN score END) AS ts
      FROM value_figures INDEXED BY value_figures_by_score
     WHERE snapshot_num IN (@from, @to)
     GROUP BY customer_num
  )`;

export function compareSnapshots(
  ctx: Context,
  q: { exhibitionId: string; fromSnapshotId: string; toSnapshotId: string; offset: number; limit: number },
): SnapshotComparison {
  const db = ctx.db;
  const from = resolveSnapshot(db, q.exhibitionId, q.fromSnapshotId, 'fromSnapshotId')!;
  const to = resolveSnapshot(db, q.exhibitionId, q.toSnapshotId, 'toSnapshotId')!;
  const params = { from: snapshotNum(db, from.id), to: snapshotNum(db, to.id) };
  const matrix = Object.fromEntries(KEYS.map((k) => [k, Object.fromEntries(KEYS.map((l) => [l, 0]))])) as SnapshotComparison['matrix'];
  const counts = db
    .prepare(
      `${PAIRS} SELECT coalesce(p.ft, 'none'), coalesce(p.tt, 'none'), count(*)
         FROM pairs p WHERE p.cn NOT IN (SELECT t.num FROM customers t WHERE t.deleted_at IS NOT NULL) GROUP BY 1, 2`,
    )
    .raw()
    .all(params) as [Key, Key, number][];
  let total = 0;
  for (const [f, t, n] of counts) {
    matrix[f][t] = n;
    if (f !== t) total += n;
  }
  // The page: only the movers' sort keys go through the sort (the relationship's copy of the
  // name, NULL in the Trash, then the customer's id).
  const rows = db
    .prepare(
      `${PAIRS} SELECT c.id AS customerId, c.company_name AS companyName, p.ft AS fromTier, p.tt AS toTier, p.fs AS fromScore, p.ts AS toScore
         FROM pairs p CROSS JOIN customers c ON c.num = p.cn CROSS JOIN relationships r ON r.customer_id = c.id AND r.exhibition_id = @x
        WHERE r.name_sort IS NOT NULL AND p.ft IS NOT p.tt
        ORDER BY coalesce(p.ft, 'Z'), coalesce(p.tt, 'Z'), r.name_sort, c.id
        LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, x: q.exhibitionId, limit: q.limit, offset: q.offset }) as TierMove[];
  return { from, to, matrix, rows, total };
}
