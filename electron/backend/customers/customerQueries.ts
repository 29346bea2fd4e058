import type { CustomerFacets, CustomerListInput, CustomerListResult, DuplicateCandidate, DuplicateReason } from '../../../shared/api/customers';
import type { Db } from '../store/openDatabase';
import { listRowFromDb, type CustomerListDbRow } from './customerRows';
import { planList, type ListQuery } from './listPlan';
import { chooseDriver, countMatches, pageNums, setSizes, stmt } from './listQuery';

/**
 * One page of the customer list: the exact total, then the page's row numbers (see
 * listPlan.ts and listQuery.ts for how), then only those rows get their tags and first contact.
 * Aggregating before the limit would cost a lookup per matching customer.
 */
export function listCustomers(db: Db, q: ListQuery): CustomerListResult {
  const plan = planList(q);
  if (plan.nothing) return { rows: [], total: 0 };
  const sizes = setSizes(db, plan);
  chooseDriver(db, plan, sizes);
  const total = countMatches(db, plan, sizes);
  if (q.offset >= total) return { rows: [], total };
  const nums = pageNums(db, plan, q, total, sizes);
  if (nums.length === 0) return { rows: [], total };

  return { rows: listRowsByNum(db, nums), total };
}

/**
 * The list rows of the customers numbered `nums`, in that order: every customer list (this
 * one, a segment's members) shows the same row.
 */
export function listRowsByNum(db: Db, nums: readonly number[]): CustomerListResult['rows'] {
  const rows = stmt(
    db,
    `SELECT c.num, c.id, c.company_name, c.kinds, c.industry, c.country, c.region, c.city, c.email, c.phone,
            c.website, c.size_band, c.source, c.screening_status, c.completeness, c.created_at, c.updated_at,
            c.deleted_at,
            (SELECT json_group_array(tag) FROM customer_tags t WHERE t.customer_id = c.id) AS tags,
            (SELECT name FROM contacts k WHERE k.customer_id = c.id ORDER BY position LIMIT 1) AS primary_contact,
            (SELECT count(*) FROM contacts k WHERE k.customer_id = c.id) AS contact_count
       FROM customers c WHERE c.num IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify(nums)) as (CustomerListDbRow & { num: number })[];
  const byNum = new Map(rows.map((r) => [r.num, r]));
  return nums.map((n) => listRowFromDb(byNum.get(n)!));
}

export function customerFacets(db: Db): CustomerFacets {
  const distinct = (col: string) =>
    db
      .prepare(
        `SELECT ${col} FROM customers WHERE deleted_at IS NULL AND ${col} IS NOT NULL
          GROUP BY ${col} ORDER BY count(*) DESC, ${col} LIMIT 500`,
      )
      .pluck()
      .all() as string[];
  return {
    industries: distinct('industry'),
    countries: distinct('country'),
    regions: distinct('region'),
    tags: db
      .prepare(
        `SELECT t.tag FROM customer_tags t JOIN customers c ON c.id = t.customer_id
          WHERE c.deleted_at IS NULL GROUP BY t.tag ORDER BY count(*) DESC, t.tag LIMIT 500`,
      )
      .pluck()
      .all() as string[],
  };
}

const REASON_BY_PREFIX: Record<string, DuplicateReason> = { n: 'name', e: 'email', d: 'domain', p: 'phone' };

/** Customers sharing any normalised key with the given ones, most reasons first. */
export function findDuplicates(db: Db, keys: string[], excludeId?: string, limit = 20): DuplicateCandidate[] {
  if (keys.length === 0) return [];
  const hits = db
    .prepare(
      `SELECT c.id, d.key, c.company_name, c.city, c.deleted_at
         FROM dedupe_keys d JOIN customers c ON c.num = d.customer_num
        WHERE d.key IN (SELECT value FROM json_each(?)) AND c.id IS NOT ?`,
    )
    .all(JSON.stringify(keys), excludeId ?? null) as {
    id: string;
    key: string;
    company_name: string;
    city: string | null;
    deleted_at: string | null;
  }[];
  const byId = new Map<string, DuplicateCandidate>();
  for (const h of hits) {
    const reason = REASON_BY_PREFIX[h.key[0]!]!;
    const cand = byId.get(h.id) ?? { id: h.id, companyName: h.company_name, city: h.city, reasons: [], deleted: h.deleted_at !== null };
    if (!cand.reasons.includes(reason)) cand.reasons.push(reason);
    byId.set(h.id, cand);
  }
  return [...byId.values()]
    .sort((a, b) => b.reasons.length - a.reasons.length || a.companyName.localeCompare(b.companyName))
    .slice(0, limit);
}

export type { CustomerListInput };
