import type { MatrixPoint, SnapshotInfo, ValueRow, ValueSort } from '../../../shared/api/valuation';
import { fromMinor } from '../../../shared/domain/money';
import { figureColumn, type Quadrant, type Tier } from '../../../shared/domain/valuation/figures';
import type { Context } from '../context';
import type { Db } from '../store/openDatabase';
import { resolveSnapshot } from './snapshotRows';
import { valueFilterSql, type FilterSql, type ValueFilters } from './valueFilters';
import { valueRowsOfNums } from './valueRows';

// The value table and the value matrix over one snapshot. A page is found in two steps: the
// page's customers (customers.num, value_figures' key) in order (only the sort column travels
// through the sort), then their rows with the customers' names. The default order (score,
// highest first) walks value_figures_by_score, whose entries end with customer_num (the
// table's key), so the tie-break costs nothing and the first page of 100,000 reads ~50 index
// entries. Ties are broken by customer_num (the order customers were created in).

export interface TableQuery extends ValueFilters {
  exhibitionId: string;
  snapshotId?: string | undefined;
  sort: { field: ValueSort; dir: 'asc' | 'desc' };
  offset: number;
  limit: number;
}

// Figures that can be NULL sort after every value in both directions.
const NULLABLE = new Set<ValueSort>(['demonstrationRating', 'areaRank', 'areaRankOf', 'capabilityRating', 'satisfaction', 'npsGroup', 'intent', 'retention']);

/**
 * The page's customers (customers.num). By name: a walk of relationships_by_name
 * (relationships keep a copy of the customer's name_sort, NULL in the Trash), each probing its
 * customer and figures row; otherwise the figures alone, by the column (then customer_num, the
 * same way: value_figures_by_score's order for the default).
 */
function pageNums(db: Db, q: TableQuery, w: FilterSql): number[] {
  const dir = q.sort.dir === 'desc' ? 'DESC' : 'ASC';
  const page = { ...w.params, x: q.exhibitionId, limit: q.limit, offset: q.offset };
  if (q.sort.field === 'companyName') {
    return db
      .prepare(
        `SELECT c.num FROM relationships r CROSS JOIN customers c ON c.id = r.customer_id
           CROSS JOIN value_figures f ON f.snapshot_num = @snap AND f.customer_num = c.num
          WHERE r.exhibition_id = @x AND r.name_sort IS NOT NULL AND ${w.where}
          ORDER BY r.name_sort ${dir}, r.customer_id ${dir} LIMIT @limit OFFSET @offset`,
      )
      .pluck()
      .all(page) as number[];
  }
  // SQLite puts NULLs first ascending and last descending.
  const nulls = NULLABLE.has(q.sort.field) && dir === 'ASC' ? ' NULLS LAST' : '';
  return db
    .prepare(
      `SELECT f.customer_num FROM value_figures f WHERE ${w.where}
        ORDER BY f.${figureColumn(q.sort.field)} ${dir}${nulls}, f.customer_num ${dir} LIMIT @limit OFFSET @offset`,
    )
    .pluck()
    .all(page) as number[];
}

/**
 * Relationships matching the filters: the snapshot's count less its customers now in the Trash,
 * when nothing else filters (CROSS JOIN: the Trash outermost, else the planner walks the snapshot).
 */
function countMatching(db: Db, snapshot: SnapshotInfo, w: FilterSql): number {
  if (w.unfiltered) {
    const trashed = db
      .prepare(
        `SELECT count(*) FROM customers c INDEXED BY customers_deleted
           CROSS JOIN value_figures f ON f.snapshot_num = @snap AND f.customer_num = c.num
          WHERE c.deleted_at IS NOT NULL`,
      )
      .pluck()
      .get({ snap: w.params.snap }) as number;
    return snapshot.relationships - trashed;
  }
  return db.prepare(`SELECT count(*) FROM value_figures f WHERE ${w.where}`).pluck().get(w.params) as number;
}

export function valueTable(ctx: Context, q: TableQuery): { rows: ValueRow[]; total: number; snapshot: SnapshotInfo | null } {
  const db = ctx.db;
  const snapshot = resolveSnapshot(db, q.exhibitionId, q.snapshotId);
  if (!snapshot) return { rows: [], total: 0, snapshot: null };
  const w = valueFilterSql(db, snapshot.id, q, ctx.now());
  if (w.nothing) return { rows: [], total: 0, snapshot };
  const total = countMatching(db, snapshot, w);
  if (q.offset >= total) return { rows: [], total, snapshot };
  return { rows: valueRowsOfNums(db, w.params.snap as number, pageNums(db, q, w)), total, snapshot };
}

export interface MatrixQuery extends ValueFilters {
  exhibitionId: string;
  snapshotId?: string | undefined;
  limit: number;
}

interface PointRow {
  customerId: string;
  companyName: string;
  economicNorm: number;
  strategicNorm: number;
  economic: number;
  score: number;
  tier: Tier;
  quadrant: Quadrant;
}

/** The matrix's points: the highest scores first, at most `limit`; total = how many match. */
export function valueMatrix(ctx: Context, q: MatrixQuery): { points: MatrixPoint[]; total: number } {
  const db = ctx.db;
  const snapshot = resolveSnapshot(db, q.exhibitionId, q.snapshotId);
  if (!snapshot) return { points: [], total: 0 };
  const w = valueFilterSql(db, snapshot.id, q, ctx.now());
  if (w.nothing) return { points: [], total: 0 };
  const rows = db
    .prepare(
      `SELECT c.id AS customerId, c.company_name AS companyName,
              f.economic_norm AS economicNorm, f.strategic_norm AS strategicNorm, f.economic, f.score, f.tier, f.quadrant
         FROM value_figures f CROSS JOIN customers c ON c.num = f.customer_num
        WHERE ${w.where} ORDER BY f.score DESC, f.customer_num DESC LIMIT @limit`,
    )
    .all({ ...w.params, limit: q.limit }) as PointRow[];
  const total = rows.length < q.limit ? rows.length : countMatching(db, snapshot, w);
  return { points: rows.map((r) => ({ ...r, economic: fromMinor(r.economic) })), total };
}
