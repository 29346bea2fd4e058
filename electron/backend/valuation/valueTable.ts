import type { MatrixPoint, SnapshotInfo, ValueRow, ValueSort } from '../../../shared/api/valuation';
import { fromMinor } from '../../../shared/domain/money';
import { figureColumn, type Quadrant, type Tier } from '../../../shared/domain/valuation/figures';
import type { Context } from '../context';
import type { Db } from '../store/openDatabase';
import { resolveSnapshot } from './snapshotRows';
import { valueFilterSql, type FilterSql, type ValueFilters } from './valueFilters';
import { valueRowsOf } from './valueRows';

// The value table and the value matrix over one snapshot. A page is found in two steps: the
// page's customer ids in order (only the sort column travels through the sort), then their
// rows. The default order (score, highest first) walks value_figures_by_score, whose entries
// end with the customer id (the table's key), so the tie-break costs nothing and the first
// page of 100,000 reads ~50 index entries.

export interface TableQuery extends ValueFilters {
  exhibitionId: string;
  snapshotId?: string | undefined;
  sort: { field: ValueSort; dir: 'asc' | 'desc' };
  offset: number;
  limit: number;
}

// Figures that can be NULL sort after every value in both directions.
const NULLABLE = new Set<ValueSort>(['demonstrationRating', 'areaRank', 'areaRankOf', 'capabilityRating', 'satisfaction', 'npsGroup', 'intent', 'retention']);

function orderBy(sort: TableQuery['sort']): string {
  const col = sort.field === 'companyName' ? 'c.name_sort' : `f.${figureColumn(sort.field)}`;
  const dir = sort.dir === 'desc' ? 'DESC' : 'ASC';
  // SQLite puts NULLs first ascending and last descending.
  const nulls = NULLABLE.has(sort.field) && dir === 'ASC' ? ' NULLS LAST' : '';
  return `${col} ${dir}${nulls}, f.customer_id ${dir}`;
}

/** Relationships matching the filters: the snapshot's count less its customers now in the Trash, when nothing else filters. */
function countMatching(db: Db, snapshot: SnapshotInfo, w: FilterSql): number {
  if (w.unfiltered) {
    const trashed = db
      .prepare(
        `SELECT count(*) FROM customers c INDEXED BY customers_deleted
           JOIN value_figures f ON f.snapshot_id = ? AND f.customer_id = c.id
          WHERE c.deleted_at IS NOT NULL`,
      )
      .pluck()
      .get(snapshot.id) as number;
    return snapshot.relationships - trashed;
  }
  return db.prepare(`SELECT count(*) FROM value_figures f CROSS JOIN customers c ON c.id = f.customer_id WHERE ${w.where}`).pluck().get(w.params) as number;
}

export function valueTable(ctx: Context, q: TableQuery): { rows: ValueRow[]; total: number; snapshot: SnapshotInfo | null } {
  const db = ctx.db;
  const snapshot = resolveSnapshot(db, q.exhibitionId, q.snapshotId);
  if (!snapshot) return { rows: [], total: 0, snapshot: null };
  const w = valueFilterSql(db, snapshot.id, q, ctx.now());
  if (w.nothing) return { rows: [], total: 0, snapshot };
  const total = countMatching(db, snapshot, w);
  if (q.offset >= total) return { rows: [], total, snapshot };
  const ids = db
    .prepare(
      `SELECT f.customer_id FROM value_figures f CROSS JOIN customers c ON c.id = f.customer_id
        WHERE ${w.where} ORDER BY ${orderBy(q.sort)} LIMIT @limit OFFSET @offset`,
    )
    .pluck()
    .all({ ...w.params, limit: q.limit, offset: q.offset }) as string[];
  return { rows: valueRowsOf(db, snapshot.id, ids), total, snapshot };
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
      `SELECT f.customer_id AS customerId, c.company_name AS companyName, f.economic_norm AS economicNorm,
              f.strategic_norm AS strategicNorm, f.economic, f.score, f.tier, f.quadrant
         FROM value_figures f CROSS JOIN customers c ON c.id = f.customer_id
        WHERE ${w.where} ORDER BY f.score DESC, f.customer_id DESC LIMIT @limit`,
    )
    .all({ ...w.params, limit: q.limit }) as PointRow[];
  const total = rows.length < q.limit ? rows.length : countMatching(db, snapshot, w);
  return { points: rows.map((r) => ({ ...r, economic: fromMinor(r.economic) })), total };
}
