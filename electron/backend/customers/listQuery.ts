import type { Db } from '../store/openDatabase';
import type { Condition, ListPlan, ListQuery } from './listPlan';

// Runs a list plan (listPlan.ts): the exact total, then the page's row numbers.
//
// A page can be found two ways, and which is cheaper depends on how many customers match:
//  - walk: read live customers in list order along an index and test each until the page is
//    full. A page of 100 among 50% matches visits ~200 rows; among 0.1% it visits everything.
//  - seek: find every match through a filter's own index or a search index, then sort them.
//    Cheap for a few hundred matches, tens of milliseconds for tens of thousands.
// The total is counted first (exactly: it is shown), so the cost of each way can be estimated,
// and a walk is taken only when clearly cheaper. Matches may cluster late in the order, though
// (Chinese names sort after Latin ones): search matches are sampled for that, and a walk that
// finds far fewer matches than expected in its first stretch goes on only while it still beats
// a seek. Either way the page is the same; only the time differs.

/** Rough costs in microseconds, measured at 100,000 customers (test/bench) on a warm cache. */
const COST = {
  /** Walking one entry of an index. */
  visit: 0.3,
  /** Reading a customer's row to test a column or its tags. */
  row: 1.1,
  /** Testing a tag (primary key look-up). */
  tag: 0.6,
  /** Seek: finding one match, reading its sort key and sorting it. */
  match: 1.3,
  /** The same for a search match sorted by name: its customers_names entry (plus reading the match). */
  nameMatch: 0.5,
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
export function stmt(db: Db, sql: string): Statement {
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
 * Which conditions SQLite may seek by; the others get a unary +, an expression no index
 * serves, so they are tested. Given a tag and a search both as IN lists, SQLite would seek the
 * id index with every pair of them (minutes at 100,000 customers), so only the smallest set
 * stays seekable. Column filters drive instead when every set is a large search (listed once,
 * then probed: the filters' indexes have the row numbers, while reading each match's row costs
 * about 1 µs), and always beside a 1-character search (a short range of names).
 */
export function chooseDriver(db: Db, plan: ListPlan, sizes: Map<Condition, number>): void {
  if (sizes.size === 0) return;
  const columns = plan.conditions.map((x) => x.column);
  // Reading a match's row costs ~1.2 µs; listing it ~0.2 µs plus ~0.15 µs per entry of the
  // filters' range, which may be every customer.
  const large = () => 0.15 * one(db, 'SELECT max(num) FROM customers');
  plan.columnsDrive =
    columns.includes('prefix') ||
    (!plan.trash && columns.some(Boolean) && [...sizes].every(([x, n]) => x.set?.search && n >= large()));
  const smallest = [...sizes].reduce((a, b) => (b[1] < a[1] ? b : a))[0];
  for (const x of sizes.keys()) if (plan.columnsDrive || x !== smallest) x.seek = `+${x.seek}`;
}

/**
 * The index to count and seek the column filters with, so that SQLite tests them all in the
 * index and reads only matching rows ('' lets SQLite choose: its own index for one column, or
 * the smallest set when a tag or search drives).
 */
function filterIndex(db: Db, plan: ListPlan): string {
  const columns = plan.conditions.flatMap((x) => (x.column ? [x.column] : []));
  if (plan.trash || columns.length === 0 || (!plan.columnsDrive && columns.length < plan.conditions.length)) return '';
  // A 1-character search is a range of the name index, a few thousand names at most.
  if (columns.includes('prefix')) return indexedBy(db, 'customers_by_name');
  if (columns.includes('kinds')) return indexedBy(db, 'customers_filters');
  if (columns.includes('region') && (columns.length === 1 || (columns.length === 2 && columns.includes('country')))) {
    return indexedBy(db, 'customers_by_region');
  }
  // One column: its own index. Several: a scan of the index that has them all (5 ms at
  // 100,000 customers) beats reading the rows of one column's matches (1 µs each).
  return columns.length === 1 ? '' : indexedBy(db, 'customers_filters');
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
    const search = only.set.search;
    const listed = search && sizes.get(only)! * search.listCost < inTrash * search.probeCost;
    return sizes.get(only)! - trashed(listed ? search.listed : only.test);
  }
  return one(db, `SELECT count(*) FROM customers c ${filterIndex(db, plan)} WHERE ${[LIVE, ...conditions.map((x) => x.seek)].join(' AND ')}`, params);
}

/**
 * For tests: every way to find a page must give the same page. `force` skips the cost
 * estimates (a forced walk still seeks when it comes up short); `firstCap` sets the rows of a
 * walk's first stretch, to make it come up short.
 */
export const listStrategy: { force: 'walk' | 'seek' | null; firstCap: number } = { force: null, firstCap: 0 };

/** Where CJK scripts start in Unicode; names sort by code point. */
const CJK_START = '\u2E80';
const SAMPLE = 64;

/**
 * Visits a walk along the name index needs to find the first `needed` of a search's `total`
 * matches. Chinese names sort after all Latin ones (any script before CJK), and a Chinese term
 * (or an e-mail fragment like "com.cn") matches mostly Chinese-named customers, so matches are
 * not spread evenly: the walk passes the Latin names first. Two samples tell the shares: of
 * the matches (the oldest ones) and of all customers (evenly spaced row numbers).
 */
function nameWalkVisits(db: Db, set: Condition, params: Record<string, unknown>, needed: number, total: number, rows: number): number {
  const { table, param } = set.set!.search!;
  const latin = (from: string) =>
    stmt(db, `SELECT count(*) AS n, coalesce(sum(c.name_sort < @cjk), 0) AS latin FROM ${from} JOIN customers c INDEXED BY customers_names ON c.num = s.rowid WHERE ${LIVE}`).get({
      ...bind(from, { ...params, nums: JSON.stringify(Array.from({ length: SAMPLE }, (_, i) => Math.floor(((i + 0.5) * rows) / SAMPLE))) }),
      cjk: CJK_START,
    }) as { n: number; latin: number };
  const matches = latin(`(SELECT rowid FROM ${table} WHERE ${table} MATCH @${param} LIMIT ${SAMPLE}) s`);
  const everyone = latin('(SELECT value AS rowid FROM json_each(@nums)) s');
  if (matches.n === 0 || everyone.n === 0) return (needed * rows) / total;
  // Half a customer rather than none: rare is not impossible.
  const share = Math.min(Math.max(matches.latin, 0.5), matches.n - 0.5) / matches.n;
  const latinRows = (rows * Math.min(Math.max(everyone.latin, 0.5), everyone.n - 0.5)) / everyone.n;
  const latinMatches = share * total;
  return needed <= latinMatches
    ? (needed * latinRows) / latinMatches
    : latinRows + ((needed - latinMatches) * (rows - latinRows)) / (total - latinMatches);
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
  const driver = [...sizes].find(([x]) => !x.seek.startsWith('+'));
  const byName = col === 'c.name_sort' && conditions.every((x) => x.set?.search) && !!indexedBy(db, 'customers_names');
  // Visits a walk needs if matches are spread evenly along the range (search matches sorted by
  // name are not).
  const expected = byName ? nameWalkVisits(db, driver![0], params, needed, total, rows) : (needed * rows) / total;

  // A seek reads every member of the set it is driven by (or of a filter's range: at least
  // `total`) and sorts them. Search matches sorted by name are read in the search index's
  // order and looked up in customers_names, never in the rows.
  const driverSize = Math.max(total, driver?.[1] ?? 0);
  const seekCost = driverSize * (byName ? COST.nameMatch + driver![0].set!.search!.readCost : COST.match);

  // A walk tests each row it visits. A search set is listed once or probed per row, whichever
  // the expected walk reads less.
  let upfront = 0;
  let perVisit = COST.visit;
  const tests = rest.map((x) => {
    const search = x.set?.search;
    if (!search) {
      perVisit += x.set ? COST.tag : 0;
      return x.test;
    }
    const listCost = sizes.get(x)! * search.listCost;
    if (listCost < expected * search.probeCost) {
      upfront += listCost;
      return search.listed;
    }
    perVisit += search.probeCost;
    return x.test;
  });
  if (rest.some((x) => !x.set?.search)) perVisit += COST.row;

  const walk = (cap: number) =>
    nums(
      db,
      `SELECT num FROM (
         SELECT c.num AS num, ${col} AS k, ${tests.join(' AND ')} AS ok
           FROM customers c ${indexedBy(db, range.index)} WHERE ${rangeWhere} ORDER BY ${order} LIMIT @cap)
        WHERE ok ORDER BY k ${dir}${nulls}, num ${dir} LIMIT @needed`,
      { ...params, cap, needed },
    );
  // Walk when clearly cheaper: a walk whose matches come late costs a seek more.
  const { force, firstCap } = listStrategy;
  if (force === 'walk' || (force !== 'seek' && 2 * (upfront + expected * perVisit) < seekCost)) {
    // The first `cap` rows in list order hold the page (and all before it) once they hold
    // `needed` matches. A first stretch of 1.5x the expected rows usually does.
    const cap = firstCap || Math.ceil(expected * 1.5) + 64;
    let found = walk(cap);
    if (found.length < needed && found.length > 0) {
      // Fewer matches than expected: go on only if, at the rate seen, that still clearly beats a seek.
      const more = Math.ceil(((needed * cap) / found.length) * 1.5) + 64;
      if (force === 'walk' || 2 * (upfront + more * perVisit) < seekCost) found = walk(more);
    }
    if (found.length >= needed) return found.slice(q.offset);
  }
  if (byName) {
    // Read the driving search's matches in its order (CROSS JOIN keeps it), test the others.
    const { table, param } = driver![0].set!.search!;
    const others = conditions.filter((x) => x !== driver![0]).map((x) => x.set!.search!.listed);
    return nums(
      db,
      `SELECT c.num FROM ${table} s CROSS JOIN customers c INDEXED BY customers_names ON c.num = s.rowid
        WHERE ${[`s.${table} MATCH @${param}`, LIVE, ...others].join(' AND ')}
        ORDER BY ${order} LIMIT @limit OFFSET @offset`,
      page,
    );
  }
  // Seek: + keeps SQLite from walking the sort index itself, so it seeks a filter's index.
  return nums(
    db,
    `SELECT c.num FROM customers c ${filterIndex(db, plan)} WHERE ${seekWhere} ORDER BY +${col} ${dir}${nulls}, c.num ${dir} LIMIT @limit OFFSET @offset`,
    page,
  );
}
