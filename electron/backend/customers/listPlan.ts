import type { z } from 'zod';
import type { CustomerListInput } from '../../../shared/api/customers';
import { kindsToMask } from '../../../shared/domain/customer';
import { parseSearch } from './searchCondition';

// The customer list's filters, search and sort as SQL pieces (no database access here; see
// listQuery.ts for how they are run). The list's order is the sort column, then `num`, in the
// chosen direction, NULLs last either way.

export type ListQuery = z.output<typeof CustomerListInput>;

/** A set of customers named by another table: a search index or a tag. */
export interface CustomerSet {
  /** SQL counting the set's customers, live and trashed (each is listed once). */
  size: string;
  search?: {
    table: 'customer_search' | 'customer_search_short';
    /** The FTS5 query's parameter. */
    param: 'trigram' | 'bigram';
    /**
     * Microseconds to test one row: an FTS5 query of its own, which for trigram phrases must
     * match each trigram's positions (measured at 100,000 customers: 6 µs for "co", 13 for
     * "ing", 140 for "htin", 420 for "lighting"). A walk may rather list the matches first.
     */
    probeCost: number;
    /** The filter as a list of matches built once, then probed. */
    listed: string;
    /** Microseconds per match to read the matches (trigram phrases match positions, bigrams do not)… */
    readCost: number;
    /** …and to list them for probing. */
    listCost: number;
  };
}

/** One filter, written for SQLite to seek an index with (`seek`) and to test a row (`test`). */
export interface Condition {
  seek: string;
  test: string;
  /** A filter on a customers column (needs the row, or an index that has the column). */
  column?: 'kinds' | 'industry' | 'country' | 'region' | 'screening' | 'prefix';
  set?: CustomerSet;
}

/** An index whose range already returns list order for the filters it covers. */
export interface OrderedRange {
  index: string;
  /** The conditions the range itself satisfies (the rest are tested along it). */
  covers: Condition[];
}

export interface ListPlan {
  trash: boolean;
  conditions: Condition[];
  params: Record<string, unknown>;
  /** Something was typed but none of it is searchable: nothing matches. */
  nothing: boolean;
  col: string;
  dir: 'ASC' | 'DESC';
  /** ' NULLS LAST' for ascending sorts of nullable columns; descending puts NULLs last anyway. */
  nulls: string;
  /** The live customers' index in list order, to walk. */
  sortIndex: string;
  ordered: OrderedRange | null;
  /** Set by listQuery.chooseDriver: the column filters, not a tag or search, lead seeks and counts. */
  columnsDrive: boolean;
}

const SORTS: Record<ListQuery['sort']['field'], [col: string, index: string, nullable?: true]> = {
  companyName: ['c.name_sort', 'customers_by_name'],
  industry: ['c.industry', 'customers_by_industry', true],
  country: ['c.country', 'customers_by_country', true],
  city: ['c.city', 'customers_by_city', true],
  screeningStatus: ['c.screening_status', 'customers_by_screening'],
  completeness: ['c.completeness', 'customers_by_complete'],
  createdAt: ['c.created_at', 'customers_by_created'],
  updatedAt: ['c.updated_at', 'customers_by_updated'],
};

const probeCost = (words: string[], trigram: boolean) =>
  words.reduce((sum, w) => sum + (!trigram ? 10 : Array.from(w).length === 3 ? 15 : 70 * (Array.from(w).length - 3)), 0);

const search = (table: 'customer_search' | 'customer_search_short', param: 'trigram' | 'bigram', words: string[]): Condition => {
  const listed = `c.num IN (SELECT rowid FROM ${table} WHERE ${table} MATCH @${param})`;
  return {
    seek: listed,
    test: `EXISTS (SELECT 1 FROM ${table} s WHERE ${table} MATCH @${param} AND s.rowid = c.num)`,
    set: {
      size: `SELECT count(*) FROM ${table} WHERE ${table} MATCH @${param}`,
      search: {
        table,
        param,
        listed,
        probeCost: probeCost(words, param === 'trigram'),
        ...(param === 'trigram' ? { readCost: 0.15, listCost: 0.22 } : { readCost: 0.06, listCost: 0.12 }),
      },
    },
  };
};

export function planList(q: ListQuery): ListPlan {
  const conditions: Condition[] = [];
  const params: Record<string, unknown> = {};
  const f = q.filter;
  const byColumn: Partial<Record<NonNullable<Condition['column']>, Condition>> = {};
  const column = (name: NonNullable<Condition['column']>, seek: string, test = seek) => {
    const c: Condition = { seek, test, column: name };
    byColumn[name] = c;
    conditions.push(c);
  };
  const equals = (name: 'industry' | 'country' | 'region', value: string | undefined) => {
    if (!value) return;
    params[name] = value;
    column(name, `c.${name} = @${name}`);
  };
  if (f.kinds?.length) {
    // kinds is a 5-bit set (CHECK 0..31): listing the values with a wanted bit lets SQLite
    // seek the index; the bit test is cheaper on a row already read.
    const mask = kindsToMask(f.kinds);
    const values = Array.from({ length: 32 }, (_, v) => v).filter((v) => (v & mask) !== 0);
    column('kinds', `c.kinds IN (${values.join(', ')})`, `(c.kinds & ${mask}) != 0`);
  }
  equals('industry', f.industry);
  equals('country', f.country);
  equals('region', f.region);
  if (f.screening?.length) {
    const names = f.screening.map((s, i) => ((params[`screening${i}`] = s), `@screening${i}`));
    column('screening', `c.screening_status IN (${names.join(', ')})`);
  }
  if (f.tag) {
    params.tag = f.tag;
    conditions.push({
      seek: 'c.id IN (SELECT customer_id FROM customer_tags WHERE tag = @tag)',
      test: 'EXISTS (SELECT 1 FROM customer_tags t WHERE t.tag = @tag AND t.customer_id = c.id)',
      set: { size: 'SELECT count(*) FROM customer_tags WHERE tag = @tag' },
    });
  }
  const terms = parseSearch(q.q);
  if (terms && terms !== 'nothing') {
    if (terms.trigram) {
      params.trigram = terms.trigram.query;
      conditions.push(search('customer_search', 'trigram', terms.trigram.words));
    }
    if (terms.bigram) {
      params.bigram = terms.bigram.query;
      conditions.push(search('customer_search_short', 'bigram', terms.bigram.words));
    }
    if (terms.prefix) {
      params.prefix = terms.prefix;
      params.prefixEnd = terms.prefix + '\u{10FFFF}';
      column('prefix', '(c.name_sort >= @prefix AND c.name_sort < @prefixEnd)');
    }
  }

  const [col, sortIndex, nullable] = SORTS[q.sort.field];
  let ordered: OrderedRange | null = null;
  // Sorted by the column a filter fixes: the sort index's range for each value is in num order
  // (SQLite takes the values of an IN list in order).
  const sortedColumn = { industry: 'industry', country: 'country', screeningStatus: 'screening' } as const;
  const fixed = byColumn[sortedColumn[q.sort.field as keyof typeof sortedColumn]];
  if (!q.trash && fixed) ordered = { index: sortIndex, covers: [fixed] };
  if (!q.trash && q.sort.field === 'companyName') {
    // Ranges of (x, name_sort) indexes are in name order. A region names its country, so the
    // region index also has the country; a 1-character search is a range of names itself.
    if (byColumn.prefix) ordered = { index: 'customers_by_name', covers: [byColumn.prefix] };
    else if (byColumn.region) ordered = { index: 'customers_by_region', covers: [byColumn.region, ...(byColumn.country ? [byColumn.country] : [])] };
    else if (byColumn.country) ordered = { index: 'customers_by_country_name', covers: [byColumn.country] };
  }
  return {
    trash: q.trash,
    conditions,
    params,
    nothing: terms === 'nothing',
    col,
    dir: q.sort.dir === 'desc' ? 'DESC' : 'ASC',
    // NULLS LAST on a column without NULLs changes nothing but keeps SQLite from walking an index.
    nulls: q.sort.dir === 'asc' && nullable ? ' NULLS LAST' : '',
    sortIndex,
    ordered,
    columnsDrive: false,
  };
}
