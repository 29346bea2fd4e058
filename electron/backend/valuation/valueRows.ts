import type { ValueRow } from '../../../shared/api/valuation';
import { fromMinor } from '../../../shared/domain/money';
import { FIGURE_KEYS, MONEY_FIGURES, figureColumn, type RelationshipFigures } from '../../../shared/domain/valuation/figures';
import type { Db } from '../store/openDatabase';
import { snapshotNum } from './assess/snapshotStore';

// value_figures rows as the API shows them: camelCase keys, money in major units, with the
// customer's name, industry, region and next follow-up. value_figures keys its rows by
// snapshot_num and customer_num (migration 004): the customer's id comes from `c` (customers).

/** Every figure of `f`, aliased to its key (the customer's id from `c`). */
export const FIGURE_SELECT = FIGURE_KEYS.map((k) => (k === 'customerId' ? `c.id AS "${k}"` : `f.${figureColumn(k)} AS "${k}"`)).join(', ');

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

/** The rows of these customers (by id) in the snapshot, in the order given (missing ones skipped). */
export function valueRowsOf(db: Db, snapshotId: string, customerIds: readonly string[]): ValueRow[] {
  if (customerIds.length === 0) return [];
  const nums = db
    .prepare('SELECT c.num FROM json_each(?) j CROSS JOIN customers c ON c.id = j.value ORDER BY j.key')
    .pluck()
    .all(JSON.stringify(customerIds)) as number[];
  return valueRowsOfNums(db, snapshotNum(db, snapshotId) ?? -1, nums);
}

/**
 * The rows of these customers (by customers.num) in the snapshot `snap` (value_snapshots.num),
 * in the order given (missing ones skipped). CROSS JOIN keeps the page's list outermost:
 * otherwise the planner may walk all 100,000 figures of the snapshot and look each up in the
 * list (measured: 0.4 s instead of 1 ms).
 */
export function valueRowsOfNums(db: Db, snap: number, customerNums: readonly number[]): ValueRow[] {
  if (customerNums.length === 0) return [];
  const rows = db
    .prepare(
      `SELECT ${FIGURE_SELECT}, c.company_name AS companyName, c.industry, c.region, f.customer_num AS num
         FROM json_each(@nums) j
         CROSS JOIN value_figures f ON f.snapshot_num = @snap AND f.customer_num = j.value
         CROSS JOIN customers c ON c.num = f.customer_num`,
    )
    .all({ nums: JSON.stringify(customerNums), snap }) as (Joined & { num: number })[];
  const byNum = new Map(rows.map((r) => [r.num, r]));
  const follow = nextFollowUps(db, rows.map((r) => r.customerId));
  const out: ValueRow[] = [];
  for (const n of customerNums) {
    const r = byNum.get(n);
    if (!r) continue;
    const { companyName, industry, region, num: _num, ...figures } = r;
    out.push({ ...toApiFigures(figures), companyName, industry, region, nextFollowUp: follow.get(figures.customerId) ?? null });
  }
  return out;
}
