import { ApiFailure } from '../../../shared/api/result';
import { kindsToMask } from '../../../shared/domain/customer';
import { toMinor } from '../../../shared/domain/money';
import { BOOKED_STATUSES } from '../../../shared/domain/participation';
import { SegmentDefinitionSchema, type SegmentCondition, type SegmentDefinition, type SegmentNode } from '../../../shared/domain/segment';
import type { Db } from '../store/openDatabase';

// Compiles a segment definition (shared/domain/segment.ts, where each condition's meaning is
// written down) into one boolean SQL expression over `customers c`. Values are always bound
// parameters; only code constants (the booked statuses) are written into the text.
//
// How each kind of condition is evaluated, chosen for 100k customers / 500k participations /
// 1M interactions (measured on a scratch workspace of that size; see the report of issue 3):
// - customer columns: tested on the row being scanned;
// - "is in a set" (tag, took part, open complaint): `c.id IN (SELECT …)`, a list SQLite builds
//   once from an index (customer_tags' key, participations_by_edition, the partial index of
//   open complaints) and then probes, or uses to seek customers when it is selective;
// - last contact: a correlated EXISTS probing interactions_by_customer (customer_id, at), one
//   index seek per customer — cheaper than scanning 1M interactions for a date range;
// - per-customer figures (editions attended, revenue, stand area, satisfaction): correlated
//   subqueries over the customer's entries in participations_by_customer (002_activity.ts), an
//   index holding every column they read; figures of booked rows in one group share one pass.
// Within a group, cheap tests go first: SQLite stops at the first false term of an AND (true of
// an OR), so the expensive figures are computed only for customers the cheap tests let through.

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
const COST = { column: 1, set: 2, probe: 3, figure: 4, latest: 5 } as const;

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

const booked = (where: string) => `FROM participations p WHERE p.customer_id = c.id AND p.status IN ${BOOKED}${where}`;

function condition(cond: SegmentCondition, p: Params, now: string): Part {
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
    case 'openComplaint':
      return {
        sql: `c.id ${cond.has ? '' : 'NOT '}IN (SELECT i.customer_id FROM interactions i WHERE i.complaint_state = 'open')`,
        cost: COST.set,
      };
    case 'lastContact': {
      const cutoff = new Date(Date.parse(now) - cond.days * DAY_MS).toISOString();
      const exists = `EXISTS (SELECT 1 FROM interactions i WHERE i.customer_id = c.id AND i.at >= ${p.bind(cutoff)})`;
      return { sql: cond.op === 'within' ? exists : `NOT ${exists}`, cost: COST.probe };
    }
    case 'editionsAttended':
      return {
        sql: inRange(
          `(SELECT count(DISTINCT p.edition_id) FROM participations p WHERE p.customer_id = c.id AND p.status = 'attended')`,
          cond.min,
          cond.max,
          p,
        ),
        cost: COST.figure,
      };
    case 'revenue':
      return {
        sql: inRange(
          `(SELECT coalesce(sum(coalesce(p.price_charged, 0) + coalesce(p.other_revenue, 0)), 0) ${booked('')})`,
          cond.min === null ? null : toMinor(cond.min),
          cond.max === null ? null : toMinor(cond.max),
          p,
        ),
        cost: COST.figure,
      };
    case 'standArea': {
      const agg = cond.measure === 'max' ? 'max' : 'sum';
      return {
        sql: inRange(`(SELECT coalesce(${agg}(p.stand_area), 0) ${booked('')})`, cond.min, cond.max, p),
        cost: COST.figure,
      };
    }
    case 'satisfaction': {
      const expr =
        cond.measure === 'average'
          ? `(SELECT avg(p.satisfaction) FROM participations p WHERE p.customer_id = c.id AND p.satisfaction IS NOT NULL)`
          : `(SELECT p.satisfaction FROM participations p JOIN editions e ON e.id = p.edition_id
               WHERE p.customer_id = c.id AND p.satisfaction IS NOT NULL
               ORDER BY e.start_date DESC, p.satisfaction DESC LIMIT 1)`;
      // A customer never scored has NULL here, which no range contains.
      return { sql: inRange(expr, cond.min, cond.max, p), cost: cond.measure === 'average' ? COST.figure : COST.latest };
    }
  }
}

type Figure = Extract<SegmentCondition, { type: 'editionsAttended' | 'revenue' | 'standArea' }>;
const FIGURES = new Set<SegmentNode['type']>(['editionsAttended', 'revenue', 'standArea']);
const isFigure = (n: SegmentNode): n is Figure => FIGURES.has(n.type);

/**
 * Several figures of booked participations in one group (revenue, stand area, editions
 * attended — attended is a booked status) as ONE correlated subquery over the customer's booked
 * index entries, read once instead of once per figure (measured at 100k customers: two figures
 * cost about what one does; separately, twice). Same meanings as the single forms in
 * condition(). Satisfaction reads other rows (every scored participation) and stays apart.
 */
function mergedFigures(figures: Figure[], op: 'and' | 'or', p: Params): Part {
  const tests = figures.map((f) => {
    switch (f.type) {
      case 'editionsAttended':
        return `(${inRange(`count(DISTINCT CASE WHEN p.status = 'attended' THEN p.edition_id END)`, f.min, f.max, p)})`;
      case 'revenue':
        return `(${inRange(
          'coalesce(sum(coalesce(p.price_charged, 0) + coalesce(p.other_revenue, 0)), 0)',
          f.min === null ? null : toMinor(f.min),
          f.max === null ? null : toMinor(f.max),
          p,
        )})`;
      case 'standArea':
        return `(${inRange(`coalesce(${f.measure === 'max' ? 'max' : 'sum'}(p.stand_area), 0)`, f.min, f.max, p)})`;
    }
  });
  return { sql: `(SELECT ${tests.join(op === 'and' ? ' AND ' : ' OR ')} ${booked('')})`, cost: COST.figure };
}

/** A node's SQL, or null for an empty group (which constrains nothing and is left out). */
function node(n: SegmentNode, p: Params, now: string): Part | null {
  if (n.type !== 'group') {
    const c = condition(n, p, now);
    // Parenthesised so "x BETWEEN a AND b" never mixes with the group's own AND / OR.
    return { sql: `(${c.sql})`, cost: c.cost };
  }
  // Two or more figures in one group are read in one pass over the customer's participations.
  const figures = n.items.filter(isFigure);
  const merged = figures.length >= 2 ? [mergedFigures(figures, n.op, p)] : [];
  const rest = figures.length >= 2 ? n.items.filter((it) => !isFigure(it)) : n.items;
  const parts = [...merged, ...rest.map((it) => node(it, p, now)).filter((x): x is Part => x !== null)];
  if (parts.length === 0) return null;
  if (parts.length === 1) return parts[0]!;
  // Stable sort: equal costs keep the user's order.
  const ordered = parts.map((x, i) => ({ x, i })).sort((a, b) => a.x.cost - b.x.cost || a.i - b.i);
  return {
    sql: `(${ordered.map(({ x }) => x.sql).join(n.op === 'and' ? ' AND ' : ' OR ')})`,
    cost: Math.max(...parts.map((x) => x.cost)),
  };
}

/** The definition as a WHERE expression over `customers c` (live customers only). */
export function segmentWhere(def: SegmentDefinition, opts: SegmentWhereOptions = {}): SegmentWhere {
  const p = new Params(opts.prefix ?? 'seg');
  const root = node(def, p, opts.now ?? new Date().toISOString());
  return { sql: root ? `c.deleted_at IS NULL AND ${root.sql}` : 'c.deleted_at IS NULL', params: p.values };
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
