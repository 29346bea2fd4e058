import { ApiFailure } from '../../../shared/api/result';
import { kindsToMask } from '../../../shared/domain/customer';
import { toMinor } from '../../../shared/domain/money';
import { BOOKED_STATUSES } from '../../../shared/domain/participation';
import { SegmentDefinitionSchema, type SegmentCondition, type SegmentDefinition, type SegmentNode } from '../../../shared/domain/segment';
import type { Db } from '../store/openDatabase';

// Compiles a segment definition (shared/domain/segment.ts, where each condition's meaning is
// written down) into one boolean SQL expression over `customers c`. Values are always bound
// parameters; only code constants are written into the text.
//
// How each kind of condition is evaluated, chosen for 100k customers / 500k participations /
// 1M interactions (measured on a demo workspace of that size; see the report of issue 3):
// - customer columns: tested on the row (or index entry) being scanned;
// - "is in a set" (tag, took part): `c.id IN (SELECT …)`, a list SQLite builds once from an
//   index (customer_tags' key, participations_by_edition) and then probes, or uses to seek
//   customers when it is selective;
// - per-customer figures (editions attended, revenue, stand area, satisfaction, last contact,
//   open complaint): read from customer_figures (migration 002), which triggers keep equal to
//   what participations and interactions say. All figure tests of a group — and of groups
//   holding nothing else — become ONE probe of the customer's row by rowid (c.num). A
//   customer without a row has the figures of one without activity, so each test also knows
//   its answer for "no row" (`onEmpty`), and the probe is EXISTS(row AND test) when that
//   answer is false, NOT EXISTS(row AND NOT test) when it is true. Aggregating the activity
//   at query time instead cost 0.4–2 s per count at that size.
// Within a group, cheap tests go first: SQLite stops at the first false term of an AND (true of
// an OR), so the probe is made only for customers the cheap tests let through.

export interface SegmentWhere {
  /** A boolean expression over `customers c`, including "not in the Trash". */
  sql: string;
  /** Named parameters (`@seg0`, `@seg1`, …) for the expression. */
  params: Record<string, unknown>;
}

export interface SegmentWhereOptions {
  /** "Now" for last-contact conditions (ISO date-time); defaults to the clock. */
  now?: string;
  /** Prefix of the parameter names, for a statement that has parameters of its own. */
  prefix?: string;
}

const BOOKED = `(${BOOKED_STATUSES.map((s) => `'${s}'`).join(', ')})`;
const DAY_MS = 86_400_000;

/** Relative cost of a test per customer; only the order matters. */
const COST = { column: 1, set: 2, figure: 3 } as const;

interface Part {
  sql: string;
  cost: number;
}

class Params {
  readonly values: Record<string, unknown> = {};
  private n = 0;
  constructor(private readonly prefix: string) {}
  /** Binds a value and returns its placeholder. */
  bind(v: unknown): string {
    const name = `${this.prefix}${this.n++}`;
    this.values[name] = v;
    return `@${name}`;
  }
  list(vs: readonly unknown[]): string {
    return vs.map((v) => this.bind(v)).join(', ');
  }
}

function inRange(expr: string, min: number | null, max: number | null, p: Params): string {
  if (min !== null && max !== null) return `${expr} BETWEEN ${p.bind(min)} AND ${p.bind(max)}`;
  if (min !== null) return `${expr} >= ${p.bind(min)}`;
  return `${expr} <= ${p.bind(max)}`;
}

/** A test on the customer's figures row `f`, and its answer for a customer without a row. */
interface FigureTest {
  /** Never NULL, so NOT of it is its negation. */
  sql: string;
  onEmpty: boolean;
}

/** Whether a range (ends null = open) contains a value; for the answer on figures of 0. */
const contains = (v: number, min: number | null, max: number | null) => (min === null || min <= v) && (max === null || v <= max);

type FigureCondition = Extract<
  SegmentCondition,
  { type: 'editionsAttended' | 'revenue' | 'standArea' | 'satisfaction' | 'lastContact' | 'openComplaint' }
>;
const FIGURES = new Set<SegmentNode['type']>(['editionsAttended', 'revenue', 'standArea', 'satisfaction', 'lastContact', 'openComplaint']);
const isFigure = (n: SegmentNode): n is FigureCondition => FIGURES.has(n.type);

/**
 * A figure condition as a test on customer_figures `f`. Without a row (no activity) a
 * customer has attended nothing, revenue and areas 0, no satisfaction, no contact and no open
 * complaint; NULL columns mean the same for customers with a row.
 */
function figure(cond: FigureCondition, p: Params, now: string): FigureTest {
  switch (cond.type) {
    case 'editionsAttended':
      return { sql: inRange('f.editions_attended', cond.min, cond.max, p), onEmpty: contains(0, cond.min, cond.max) };
    case 'revenue': {
      const min = cond.min === null ? null : toMinor(cond.min);
      const max = cond.max === null ? null : toMinor(cond.max);
      return { sql: inRange('f.booked_revenue', min, max, p), onEmpty: contains(0, min, max) };
    }
    case 'standArea':
      return {
        sql: inRange(cond.measure === 'max' ? 'f.max_area' : 'f.total_area', cond.min, cond.max, p),
        onEmpty: contains(0, cond.min, cond.max),
      };
    case 'satisfaction': {
      // A customer never scored is in no satisfaction range.
      const col = cond.measure === 'average' ? 'f.average_satisfaction' : 'f.latest_satisfaction';
      return { sql: `${col} IS NOT NULL AND ${inRange(col, cond.min, cond.max, p)}`, onEmpty: false };
    }
    case 'lastContact': {
      // "Older than" includes customers never contacted; "within" needs a contact.
      const cutoff = p.bind(new Date(Date.parse(now) - cond.days * DAY_MS).toISOString());
      return cond.op === 'within'
        ? { sql: `f.last_contact_at IS NOT NULL AND f.last_contact_at >= ${cutoff}`, onEmpty: false }
        : { sql: `(f.last_contact_at IS NULL OR f.last_contact_at < ${cutoff})`, onEmpty: true };
    }
    case 'openComplaint':
      return cond.has ? { sql: 'f.open_complaints > 0', onEmpty: false } : { sql: 'f.open_complaints = 0', onEmpty: true };
  }
}

/** A non-figure condition as a test on `customers c`. */
function condition(cond: Exclude<SegmentCondition, FigureCondition>, p: Params): Part {
  switch (cond.type) {
    case 'kind':
      return { sql: `(c.kinds & ${p.bind(kindsToMask(cond.values))}) != 0`, cost: COST.column };
    case 'industry':
    case 'country':
    case 'region':
      return { sql: `c.${cond.type} IN (${p.list(cond.values)})`, cost: COST.column };
    case 'sizeBand':
      return { sql: `c.size_band IN (${p.list(cond.values)})`, cost: COST.column };
    case 'screening':
      return { sql: `c.screening_status IN (${p.list(cond.values)})`, cost: COST.column };
    case 'tag':
      return { sql: `c.id IN (SELECT t.customer_id FROM customer_tags t WHERE t.tag IN (${p.list(cond.values)}))`, cost: COST.set };
    case 'tookPart':
    case 'notTookPart': {
      const statuses = cond.anyStatus ? '' : ` AND p.status IN ${BOOKED}`;
      const not = cond.type === 'notTookPart' ? 'NOT ' : '';
      return {
        sql: `c.id ${not}IN (SELECT p.customer_id FROM participations p WHERE p.edition_id = ${p.bind(cond.editionId)}${statuses})`,
        cost: COST.set,
      };
    }
  }
}

/** Figure tests as the one probe of the customer's figures row (see the top of the file). */
function probe(t: FigureTest): Part {
  const row = 'SELECT 1 FROM customer_figures f WHERE f.customer_num = c.num';
  return { sql: t.onEmpty ? `NOT EXISTS (${row} AND NOT (${t.sql}))` : `EXISTS (${row} AND (${t.sql}))`, cost: COST.figure };
}

/** Figure tests combined by a group's operator. */
function combine(tests: FigureTest[], op: 'and' | 'or'): FigureTest {
  if (tests.length === 1) return tests[0]!;
  return {
    // Parenthesised so "x BETWEEN a AND b" never mixes with the group's own AND / OR.
    sql: tests.map((t) => `(${t.sql})`).join(op === 'and' ? ' AND ' : ' OR '),
    onEmpty: op === 'and' ? tests.every((t) => t.onEmpty) : tests.some((t) => t.onEmpty),
  };
}

/** What a node compiles to: a test on customers, a test on figures, or nothing (empty group). */
type Compiled = { part: Part } | { figure: FigureTest } | null;

function node(n: SegmentNode, p: Params, now: string): Compiled {
  if (isFigure(n)) return { figure: figure(n, p, now) };
  if (n.type !== 'group') {
    const c = condition(n, p);
    return { part: { sql: `(${c.sql})`, cost: c.cost } };
  }
  const items = n.items.map((it) => node(it, p, now)).filter((x): x is NonNullable<Compiled> => x !== null);
  const figures = items.flatMap((x) => ('figure' in x ? [x.figure] : []));
  const parts = items.flatMap((x) => ('part' in x ? [x.part] : []));
  // A group of figure tests only stays one test, so its parent can probe once for both.
  if (parts.length === 0) return figures.length === 0 ? null : { figure: combine(figures, n.op) };
  if (figures.length > 0) parts.push(probe(combine(figures, n.op)));
  if (parts.length === 1) return { part: parts[0]! };
  // Stable sort: equal costs keep the user's order.
  const ordered = parts.map((x, i) => ({ x, i })).sort((a, b) => a.x.cost - b.x.cost || a.i - b.i);
  return {
    part: {
      sql: `(${ordered.map(({ x }) => x.sql).join(n.op === 'and' ? ' AND ' : ' OR ')})`,
      cost: Math.max(...parts.map((x) => x.cost)),
    },
  };
}

/** The definition as a WHERE expression over `customers c` (live customers only). */
export function segmentWhere(def: SegmentDefinition, opts: SegmentWhereOptions = {}): SegmentWhere {
  const p = new Params(opts.prefix ?? 'seg');
  const root = node(def, p, opts.now ?? new Date().toISOString());
  if (root === null) return { sql: 'c.deleted_at IS NULL', params: p.values };
  const where = 'figure' in root ? probe(root.figure) : root.part;
  return { sql: `c.deleted_at IS NULL AND ${where.sql}`, params: p.values };
}

/** A saved segment's definition; not_found when there is no such segment. */
export function loadSegmentDefinition(db: Db, segmentId: string): SegmentDefinition {
  const json = db.prepare('SELECT definition FROM segments WHERE id = ?').pluck().get(segmentId) as string | undefined;
  if (json === undefined) throw new ApiFailure('not_found', 'err.notFound');
  return parseStoredDefinition(json);
}

/** Stored JSON → definition, through the schema so defaults of later versions apply. */
export function parseStoredDefinition(json: string): SegmentDefinition {
  return SegmentDefinitionSchema.parse(JSON.parse(json));
}
