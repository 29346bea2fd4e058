import type { CustomerKind } from '../../../shared/domain/customer';
import { kindsToMask } from '../../../shared/domain/customer';
import type { Stage } from '../../../shared/domain/lifecycle';
import type { Quadrant, Tier } from '../../../shared/domain/valuation/figures';
import { ApiFailure } from '../../../shared/api/result';
import { parseSearch } from '../customers/searchCondition';
import { loadSegmentDefinition, segmentWhere } from '../segments/segmentSql';
import type { Db } from '../store/openDatabase';
import { snapshotNum } from './assess/snapshotStore';

// The filters of the value table, the matrix (and the export): one WHERE over a snapshot's
// figures `f` alone. Conditions on the customer (segment, name search) become ONE set of
// customer nums, `f.customer_num IN (SELECT c.num FROM customers c WHERE …)`, built once: a
// join probing customers for each of 100,000 figures rows costs ~0.5 s, and SQLite
// re-ran the full-text match for every row when it was tested on the join (minutes).
// Customers in the Trash are always left out (a small set, from customers_deleted). An empty
// or complete list (stages, tiers, …) means "no filter", as in a multi-select with nothing ticked.

export interface ValueFilters {
  segmentId?: string | undefined;
  stages?: readonly Stage[] | undefined;
  tiers?: readonly Tier[] | undefined;
  quadrants?: readonly Quadrant[] | undefined;
  kinds?: readonly CustomerKind[] | undefined;
  q?: string | null | undefined;
}

export interface FilterSql {
  /** Boolean SQL over `f` (value_figures); includes the snapshot (@snap = its num) and "not in the Trash". */
  where: string;
  params: Record<string, unknown>;
  /** Only the snapshot and the Trash are tested: the count can come from the snapshot. */
  unfiltered: boolean;
  /** Something was typed that matches nobody (only punctuation). */
  nothing: boolean;
}

/** Customers in the Trash, as a set built once from customers_deleted. */
export const NOT_TRASHED = 'f.customer_num NOT IN (SELECT t.num FROM customers t WHERE t.deleted_at IS NOT NULL)';

const inList = (col: string, param: string) => `${col} IN (SELECT value FROM json_each(@${param}))`;

/** The name search of the customer list and the board (search indexes; all words must match). */
function searchSql(q: string | null | undefined, params: Record<string, unknown>): string | 'nothing' | null {
  const terms = parseSearch(q ?? undefined);
  if (terms === null || terms === 'nothing') return terms;
  const parts: string[] = [];
  if (terms.trigram) {
    parts.push('c.num IN (SELECT rowid FROM customer_search WHERE customer_search MATCH @qTri)');
    params.qTri = terms.trigram.query;
  }
  if (terms.bigram) {
    parts.push('c.num IN (SELECT rowid FROM customer_search_short WHERE customer_search_short MATCH @qBi)');
    params.qBi = terms.bigram.query;
  }
  if (terms.prefix) {
    parts.push("c.company_name LIKE @qPrefix ESCAPE '\\'");
    params.qPrefix = `${terms.prefix.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  }
  return parts.join(' AND ');
}

export function valueFilterSql(db: Db, snapshotId: string, f: ValueFilters, now: string): FilterSql {
  const params: Record<string, unknown> = { snap: snapshotNum(db, snapshotId) ?? -1 };
  const terms = ['f.snapshot_num = @snap'];
  const list = <T>(values: readonly T[] | undefined, all: number, col: string, name: string) => {
    const set = [...new Set(values ?? [])];
    if (set.length === 0 || set.length >= all) return;
    params[name] = JSON.stringify(set);
    terms.push(inList(col, name));
  };
  list(f.stages, 5, 'f.stage', 'stages');
  list(f.tiers, 4, 'f.tier', 'tiers');
  list(f.quadrants, 4, 'f.quadrant', 'quadrants');
  if (f.kinds && f.kinds.length > 0) {
    // kinds is a bit set (a customer can be several kinds): any of the chosen ones.
    params.kindMask = kindsToMask(f.kinds);
    terms.push('(f.kinds & @kindMask) != 0');
  }
  const customer: string[] = [];
  const search = searchSql(f.q, params);
  if (search) customer.push(search);
  if (f.segmentId !== undefined) {
    if (!db.prepare('SELECT 1 FROM segments WHERE id = ?').get(f.segmentId)) {
      throw new ApiFailure('invalid_input', 'err.invalidInput', { segmentId: 'err.notFound' });
    }
    const seg = segmentWhere(loadSegmentDefinition(db, f.segmentId), { now, prefix: 'seg' });
    Object.assign(params, seg.params);
    customer.push(`(${seg.sql})`);
  }
  const unfiltered = terms.length === 1 && customer.length === 0;
  terms.push(customer.length ? `f.customer_num IN (SELECT c.num FROM customers c WHERE c.deleted_at IS NULL AND ${customer.join(' AND ')})` : NOT_TRASHED);
  return { where: terms.join(' AND '), params, unfiltered, nothing: search === 'nothing' };
}
