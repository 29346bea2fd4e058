import type { SnapshotComparison, TierMove } from '../../../shared/api/valuation';
import { TIERS, type Tier } from '../../../shared/domain/valuation/figures';
import type { Context } from '../context';
import { resolveSnapshot } from './snapshotRows';

// Who moved tier between two snapshots of an exhibition: the full tier × tier matrix
// ('none' = not in that snapshot: a new relationship, or one no longer assessed) and a page
// of the relationships whose tier differs, ordered by the tier they came from (A first,
// 'none' last), then the tier they went to, then name. Customers in the Trash are left out.

type Key = Tier | 'none';
const KEYS: readonly Key[] = [...TIERS, 'none'];

// Both directions of the full outer join: rows of `from` with their row of `to` if any, then
// rows only in `to`.
const PAIRS = `
  WITH pairs AS (
    SELECT a.customer_id AS cid, a.tier AS ft, b.tier AS tt, a.score AS fs, b.score AS ts
      FROM value_figures a LEFT JOIN value_figures b ON b.snapshot_id = @to AND b.customer_id = a.customer_id
     WHERE a.snapshot_id = @from
    UNION ALL
    SELECT b.customer_id, NULL, b.tier, NULL, b.score
      FROM value_figures b
     WHERE b.snapshot_id = @to
       AND NOT EXISTS (SELECT 1 FROM value_figures a WHERE a.snapshot_id = @from AND a.customer_id = b.customer_id)
  )`;

export function compareSnapshots(
  ctx: Context,
  q: { exhibitionId: string; fromSnapshotId: string; toSnapshotId: string; offset: number; limit: number },
): SnapshotComparison {
  const db = ctx.db;
  const from = resolveSnapshot(db, q.exhibitionId, q.fromSnapshotId, 'fromSnapshotId')!;
  const to = resolveSnapshot(db, q.exhibitionId, q.toSnapshotId, 'toSnapshotId')!;
  const params = { from: from.id, to: to.id };
  const matrix = Object.fromEntries(KEYS.map((k) => [k, Object.fromEntries(KEYS.map((l) => [l, 0]))])) as SnapshotComparison['matrix'];
  const counts = db
    .prepare(
      `${PAIRS} SELECT coalesce(p.ft, 'none'), coalesce(p.tt, 'none'), count(*)
         FROM pairs p WHERE p.cid NOT IN (SELECT t.id FROM customers t WHERE t.deleted_at IS NOT NULL) GROUP BY 1, 2`,
    )
    .raw()
    .all(params) as [Key, Key, number][];
  let total = 0;
  for (const [f, t, n] of counts) {
    matrix[f][t] = n;
    if (f !== t) total += n;
  }
  // The page's ids first, ordered by the relationship's copy of the name (NULL in the Trash),
  // then their names: only the sort keys of the movers go through the sort.
  const page = db
    .prepare(
      `${PAIRS} SELECT p.cid AS customerId, p.ft AS fromTier, p.tt AS toTier, p.fs AS fromScore, p.ts AS toScore
         FROM pairs p CROSS JOIN relationships r ON r.customer_id = p.cid AND r.exhibition_id = @x
        WHERE r.name_sort IS NOT NULL AND p.ft IS NOT p.tt
        ORDER BY coalesce(p.ft, 'Z'), coalesce(p.tt, 'Z'), r.name_sort, p.cid
        LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, x: q.exhibitionId, limit: q.limit, offset: q.offset }) as Omit<TierMove, 'companyName'>[];
  const names = new Map(
    db
      .prepare('SELECT c.id, c.company_name FROM json_each(?) j CROSS JOIN customers c ON c.id = j.value')
      .raw()
      .all(JSON.stringify(page.map((m) => m.customerId))) as [string, string][],
  );
  const rows: TierMove[] = page.map((m) => ({
    customerId: m.customerId,
    companyName: names.get(m.customerId) ?? '',
    fromTier: m.fromTier,
    toTier: m.toTier,
    fromScore: m.fromScore,
    toScore: m.toScore,
  }));
  return { from, to, matrix, rows, total };
}
