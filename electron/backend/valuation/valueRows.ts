import type { ValueRow } from '../../../shared/api/valuation';
import { fromMinor } from '../../../shared/domain/money';
import { FIGURE_KEYS, MONEY_FIGURES, figureColumn, type RelationshipFigures } from '../../../shared/domain/valuation/figures';
import type { Db } from '../store/openDatabase';

// value_figures rows as the API shows them: camelCase keys, money in major units, with the
// customer's name, industry, region and next follow-up.

/** Every figure of `f`, aliased to its key. */
export const FIGURE_SELECT = FIGURE_KEYS.map((k) => `f.${figureColumn(k)} AS "${k}"`).join(', ');

export type StoredFigures = RelationshipFigures;

/** Money figures from minor to major units (a new object). */
export function toApiFigures(r: StoredFigures): RelationshipFigures {
  const out = { ...r };
  for (const k of MONEY_FIGURES) out[k] = fromMinor(r[k]);
  return out;
}

type Joined = StoredFigures & { companyName: string; industry: string | null; region: string | null };

/** Earliest open task (playbook, follow-up or by hand) of each customer. */
export function nextFollowUps(db: Db, customerIds: readonly string[]): Map<string, string> {
  if (customerIds.length === 0) return new Map();
  const rows = db
    .prepare(
      `SELECT t.customer_id, min(t.due_on) FROM tasks t
        WHERE t.customer_id IN (SELECT value FROM json_each(?)) AND t.done_at IS NULL
        GROUP BY t.customer_id`,
    )
    .raw()
    .all(JSON.stringify(customerIds)) as [string, string][];
  return new Map(rows);
}

/**
 * The rows of these customers in the snapshot, in the order given (missing ones skipped).
 * CROSS JOIN keeps the page's ids outermost: otherwise the planner may walk all 100,000
 * figures of the snapshot and look each up in the list (measured: 0.4 s instead of 1 ms).
 */
export function valueRowsOf(db: Db, snapshotId: string, customerIds: readonly string[]): ValueRow[] {
  if (customerIds.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT ${FIGURE_SELECT}, c.company_name AS companyName, c.industry, c.region
         FROM json_each(@ids) j
         CROSS JOIN value_figures f ON f.snapshot_id = @snap AND f.customer_id = j.value
         CROSS JOIN customers c ON c.id = f.customer_id`,
    )
    .all({ ids: JSON.stringify(customerIds), snap: snapshotId }) as Joined[];
  const byId = new Map(rows.map((r) => [r.customerId, r]));
  const follow = nextFollowUps(db, customerIds);
  const out: ValueRow[] = [];
  for (const id of customerIds) {
    const r = byId.get(id);
    if (!r) continue;
    const { companyName, industry, region, ...figures } = r;
    out.push({ ...toApiFigures(figures), companyName, industry, region, nextFollowUp: follow.get(id) ?? null });
  }
  return out;
}
