import type { z } from 'zod';
import type { CustomerListResult } from '../../../shared/api/customers';
import type { SegmentMembersInput } from '../../../shared/api/segments';
import type { SegmentDefinition } from '../../../shared/domain/segment';
import { listRowFromDb, type CustomerListDbRow } from '../customers/customerRows';
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
  // The same row SELECT as customers/customerQueries.ts listCustomers, so rows look identical.
  const rows = db
    .prepare(
      `SELECT c.num, c.id, c.company_name, c.kinds, c.industry, c.country, c.region, c.city, c.email, c.phone,
              c.website, c.size_band, c.source, c.screening_status, c.completeness, c.created_at, c.updated_at,
              c.deleted_at,
              (SELECT json_group_array(tag) FROM customer_tags t WHERE t.customer_id = c.id) AS tags,
              (SELECT name FROM contacts k WHERE k.customer_id = c.id ORDER BY position LIMIT 1) AS primary_contact,
              (SELECT count(*) FROM contacts k WHERE k.customer_id = c.id) AS contact_count
         FROM customers c WHERE c.num IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(nums)) as (CustomerListDbRow & { num: number })[];
  const byNum = new Map(rows.map((r) => [r.num, r]));
  return { rows: nums.map((n) => listRowFromDb(byNum.get(n)!)), total };
}
