import type { z } from 'zod';
import type { CustomerListResult } from '../../../shared/api/customers';
import type { SegmentMembersInput } from '../../../shared/api/segments';
import type { SegmentDefinition } from '../../../shared/domain/segment';
import { listRowsByNum } from '../customers/customerQueries';
import type { Db } from '../store/openDatabase';
import { segmentWhere } from './segmentSql';

type Sort = z.output<typeof SegmentMembersInput>['sort'];

// Sort columns of the customer list (customers/listPlan.ts SORTS); nullable ones sort NULLs last.
const SORT_COLUMNS: Record<Sort['field'], [col: string, nullable: boolean]> = {
  companyName: ['c.name_sort', false],
  industry: ['c.industry', true],
  country: ['c.country', true],
  city: ['c.city', true],
  screeningStatus: ['c.screening_status', false],
  completeness: ['c.completeness', false],
  createdAt: ['c.created_at', false],
  updatedAt: ['c.updated_at', false],
};

/** How many live customers the definition matches. */
export function countMembers(db: Db, def: SegmentDefinition, now: string): number {
  const w = segmentWhere(def, { now });
  return db.prepare(`SELECT count(*) FROM customers c WHERE ${w.sql}`).pluck().get(w.params) as number;
}

/**
 * One page of a segment's members, in the customer list's row shape. The page's row numbers
 * are found first, so only its rows get their tags and first contact (as customers.list does).
 */
export function pageMembers(
  db: Db,
  def: SegmentDefinition,
  q: { sort: Sort; offset: number; limit: number },
  now: string,
): CustomerListResult {
  const total = countMembers(db, def, now);
  if (q.offset >= total) return { rows: [], total };
  const w = segmentWhere(def, { now });
  const [col, nullable] = SORT_COLUMNS[q.sort.field];
  const dir = q.sort.dir === 'desc' ? 'DESC' : 'ASC';
  const nulls = nullable && dir === 'ASC' ? ' NULLS LAST' : '';
  const nums = db
    .prepare(`SELECT c.num FROM customers c WHERE ${w.sql} ORDER BY ${col} ${dir}${nulls}, c.num ${dir} LIMIT @lim OFFSET @off`)
    .pluck()
    .all({ ...w.params, lim: q.limit, off: q.offset }) as number[];
  if (nums.length === 0) return { rows: [], total };
  return { rows: listRowsByNum(db, nums), total };
}
