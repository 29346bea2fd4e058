import type { Db } from '../store/openDatabase';
import type { Condition, ListPlan, ListQuery } from './listPlan';

// Runs a list plan (listPlan.ts): the exact total, then the page's row numbers.
//
// A page can be found two ways, and which is cheaper depends on how many customers match:
//  - walk: read live customers in list order along an index and test each until the page is
//    full. A page of 100 among 50% matches visits ~200 rows; among 0.1% it visits everything.
//  - seek: find every match through a filter's own index or a search index, then sort them.
//    Cheap for a few hundred matches, tens of milliseconds for tens of thousands.
// The total is counted first (exactly: it is shown), so the cost of each way can be estimated.
// Matches may cluster late in the order, though (Chinese names sort after Latin ones, so a
// Chinese search term's matches start after ~40% of the names); a walk that finds far fewer
// matches than expected in its first stretch stops and seeks instead.

/** Rough costs in microseconds, measured at 100,000 customers (test/bench) on a warm cache. */
const COST = {
  /** Walking one entry of an index. */
  visit: 0.3,
  /** Reading a customer's row to test a column or its tags. */
  row: 1.1,
  /** Testing a tag (primary key look-up). */
  tag: 0.6,
  /** Testing one row against one search phrase: an FTS5 query of its own. */
  phrase: 12,
  /** Building the list of a search's matches once, per match. */
  listed: 0.25,
  /** Seek: finding one match, reading its sort key and sorting it. */
  match: 1.3,
};

type Statement = ReturnType<Db['prepare']>;
const cache = new WeakMap<Db, { statements: Map<string, Statement>; indexes: Set<string> }>();

function dbCache(db: Db) {
  let c = cache.get(db);
  if (!c) {
    const names = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'customers'").pluck().all();
    c = { statements: new Map(), indexes: new Set(names as string[]) };
    cache.set(db, c);
  }
  return c;
}

/** Prepared statements by SQL text: the list asks the same few shapes over and over. */
function stmt(db: Db, sql: string): Statement {
  const { statements } = dbCache(db);
  let s = statements.get(sql);
  if (!s) {
    if (statements.size >= 200) statements.clear();
    s = db.prepare(sql);
    statements.set(sql, s);
  }
  return s;
}

/** INDEXED BY, unless the workspace lacks that index (then SQLite chooses; slower, same rows). */
function indexedBy(db: Db, index: string): string {
  return dbCache(db).indexes.has(index) ? `INDEXED BY ${index}` : '';
}

/** Only the parameters the statement names (better-sqlite3 rejects unknown ones). */
function bind(sql: string, params: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(params).filter(([k]) => new RegExp(`@${k}\\b`).test(sql)));
}
const one = (db: Db, sql: string, params: Record<string, unknown> = {}) =>
  (stmt(db, sql).pluck().get(bind(sql, params)) as number | null) ?? 0;
const nums = (db: Db, sql: string, params: Record<string, unknown>) => stmt(db, sql).pluck().all(bind(sql, params)) as number[];

const LIVE = 'c.deleted_at IS NULL';
const TRASHED = 'c.deleted_at IS NOT NULL';

/** Sizes of the plan's customer sets (search matches, a tag's customers), live and trashed. */
export function setSizes(db: Db, plan: ListPlan): Map<Condition, number> {
  return new Map(plan.conditions.filter((x) => x.set).map((x) => [x, one(db, x.set!.size, plan.params)]));
}

/**
 * Given a tag and a search as IN lists, SQLite seeks the id index with every pair of them
 * (minutes at 100,000 customers). Only the smallest set stays seekable; + turns the others
 * into expressions no index serves, so they are tested.
 */
export function chooseSeekSet(plan: ListPlan, sizes: Map<Condition, number>): void {
  if (sizes.size < 2) return;
  const smallest = [...sizes].reduce((a, b) => (b[1] < a[1] ? b : a))[0];
  for (const x of sizes.keys()) if (x !== smallest) x.seek = `+${x.seek}`;
}

/** The index that lets SQLite count the column filters without reading customer rows. */
function countIndex(db: Db, plan: ListPlan): string {
  const columns = plan.conditions.map((x) => x.column);
  if (plan.trash || columns.includes(undefined) || columns.includes('prefix')) return '';
  if (columns.includes('kinds')) return indexedBy(db, 'customers_filters');
  if (columns.length === 2 && columns.includes('country') && columns.includes('region')) return indexedBy(db, 'customers_by_region');
  // One column: its own index. Several: a scan of the index that has them all beats reading
  // the rows of one column's matches (5 ms at 100,000 customers, against 1 µs per match).
  if (columns.length === 1) return columns[0] === 'region' ? indexedBy(db, 'customers_by_region') : '';
  return indexedBy(db, 'customers_filters');
}

/**
 * The exact number of matches. A lone search or tag is counted in its own index, less its
 * trashed customers: every customer, live or trashed, has exactly one row in each search index
 * (reindexCustomer, purgeTrash) and its tags in customer_tags (foreign key).
 */
export function countMatches(db: Db, plan: ListPlan, sizes: Map<Condition, number>): number {
  const { conditions, params } = plan;
  if (plan.trash) return one(db, `SELECT count(*) FROM customers c WHERE ${[TRASHED, ...conditions.map((x) => x.seek)].join(' AND ')}`, params);
  const trashed = (test: string) =>
    one(db, `SELECT count(*) FROM customers c ${indexedBy(db, 'customers_deleted')} WHERE ${TRASHED} AND ${test}`, params);
  // count(*) of a whole table counts B-tree cells page by page without decoding them.
  if (conditions.length === 0) return one(db, 'SELECT count(*) FROM customers') - trashed('1');
  const only = conditions[0]!;
  if (conditions.length === 1 && only.set) {
    const inTrash = one(db, `SELECT count(*) FROM customers c WHERE ${TRASHED}`);
    if (inTrash === 0) return sizes.get(only)!;
    // Probe each trashed customer, or list the set once, whichever reads less.
    const perProbe = only.set.phrases ? COST.phrase * only.set.phrases : COST.tag;
    const listed = only.set.listed && sizes.get(only)! * COST.listed < inTrash * perProbe;
    return sizes.get(only)! - trashed(listed ? only.set.listed! : only.test);
  }
  return one(db, `SELECT count(*) FROM customers c ${countIndex(db, plan)} WHERE ${[LIVE, ...conditions.map((x) => x.seek)].join(' AND ')}`, params);
}

/** The `num`s of the page, in list order; `total` is the exact count (> q.offset). */
export function pageNums(db: Db, plan: ListPlan, q: ListQuery, total: number, sizes: Map<Condition, number>): number[] {
  const { col, dir, nulls, conditions, params } = plan;
  const order = `${col} ${dir}${nulls}, c.num ${dir}`;
  const page = { ...params, limit: q.limit, offset: q.offset };
  const seekWhere = [plan.trash ? TRASHED : LIVE, ...conditions.map((x) => x.seek)].join(' AND ');
  // Nothing to test (or the Trash, which is small): one index range in list order, or a sort.
  if (plan.trash || conditions.length === 0) {
    return nums(db, `SELECT c.num FROM customers c WHERE ${seekWhere} ORDER BY ${order} LIMIT @limit OFFSET @offset`, page);
  }
  const range = plan.ordered ?? { index: plan.sortIndex, covers: [] };
  const rangeWhere = [LIVE, ...range.covers.map((x) => x.seek)].join(' AND ');
  const rest = conditions.filter((x) => !range.covers.includes(x));
  if (rest.length === 0) {
    return nums(db, `SELECT c.num FROM customers c ${indexedBy(db, range.index)} WHERE ${rangeWhere} ORDER BY ${order} LIMIT @limit OFFSET @offset`, page);
  }

  const want = Math.min(q.limit, total - q.offset);
  const needed = q.offset + want;
  // Rows in the range: max(num) bounds the number of customers at the price of one B-tree
  // step; a filter's range is counted in its index (tens of nanoseconds per entry).
  const rows = plan.ordered
    ? one(db, `SELECT count(*) FROM customers c ${indexedBy(db, range.index)} WHERE ${rangeWhere}`, params)
    : one(db, 'SELECT max(num) FROM customers');
  const expected = (needed * rows) / total;
  const smallestSet = Math.min(...rest.filter((x) => x.set).map((x) => sizes.get(x)!));
  const seekCost = Math.max(total, Number.isFinite(smallestSet) ? smallestSet : 0) * COST.match;

  // Search sets are listed once or probed per row, whichever the expected walk reads less.
  let upfront = 0;
  let perVisit = COST.visit;
  const tests = rest.map((x) => {
    if (x.set?.phrases) {
      const listCost = sizes.get(x)! * COST.listed;
      const probeCost = expected * COST.phrase * x.set.phrases;
      if (listCost < probeCost) {
        upfront += listCost;
        return x.set.listed!;
      }
      perVisit += COST.phrase * x.set.phrases;
      return x.test;
    }
    perVisit += x.set ? COST.tag : 0;
    return x.test;
  });
  if (rest.some((x) => x.column || (x.set && !x.set.phrases))) perVisit += COST.row;

  const walk = (cap: number) =>
    nums(
      db,
      `SELECT num FROM (
         SELECT c.num AS num, ${col} AS k, ${tests.join(' AND ')} AS ok
           FROM customers c ${indexedBy(db, range.index)} WHERE ${rangeWhere} ORDER BY ${order} LIMIT @cap)
        WHERE ok ORDER BY k ${dir}${nulls}, num ${dir} LIMIT @needed`,
      { ...params, cap, needed },
    );
  if (upfront + expected * perVisit < seekCost) {
    // The first `cap` rows in list order hold the page (and all before it) once they hold
    // `needed` matches. A first stretch of 1.5x the expected rows usually does.
    let cap = Math.ceil(expected * 1.5) + 64;
    let found = walk(cap);
    if (found.length < needed && found.length > 0) {
      // Fewer matches than expected: go on only if, at the rate seen, that still beats a seek.
      const more = Math.ceil(((needed * cap) / found.length) * 1.5) + 64;
      if (upfront + more * perVisit < seekCost) found = walk((cap = more));
    }
    if (found.length >= needed) return found.slice(q.offset);
  }
  // Seek: + keeps SQLite from walking the sort index itself, so it seeks a filter's index.
  return nums(db, `SELECT c.num FROM customers c WHERE ${seekWhere} ORDER BY +${col} ${dir}${nulls}, c.num ${dir} LIMIT @limit OFFSET @offset`, page);
}
