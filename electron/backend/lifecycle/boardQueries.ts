import type { BoardRow, ColumnSummary, Paged } from '../../../shared/api/lifecycle';
import { ApiFailure } from '../../../shared/api/result';
import { maskToKinds } from '../../../shared/domain/customer';
import { STAGES, type Signal, type Stage } from '../../../shared/domain/lifecycle';
import type { SignalDetails } from '../../../shared/domain/lifecycleSignals';
import { fromMinor } from '../../../shared/domain/money';
import type { BookingStatus } from '../../../shared/domain/participation';
import { parseSearch } from '../customers/searchCondition';
import type { Context } from '../context';
import type { Db } from '../store/openDatabase';

// The board (one column per stage, paged) and the table. Pages are read through
// relationships_by_stage; the per-card facts (last participation, satisfaction) are looked up
// for the page's rows only, so a column of 10,000 costs what the screen shows.

function assertExhibition(db: Db, exhibitionId: string): void {
  if (!db.prepare('SELECT 1 FROM exhibitions WHERE id = ?').get(exhibitionId)) {
    throw new ApiFailure('invalid_input', 'err.invalidInput', { exhibitionId: 'err.exhibitionMissing' });
  }
}

export function boardColumns(ctx: Context, exhibitionId: string): ColumnSummary[] {
  const db = ctx.db;
  assertExhibition(db, exhibitionId);
  const out = new Map<Stage, ColumnSummary>(STAGES.map((s) => [s, { stage: s, count: 0, lastEditionRevenue: 0, pendingSuggestions: 0 }]));
  // relationships.name_sort is NULL while the customer is in the Trash: counted from the index.
  for (const [stage, n] of db
    .prepare('SELECT stage, count(*) FROM relationships WHERE exhibition_id = ? AND name_sort IS NOT NULL GROUP BY stage')
    .raw()
    .all(exhibitionId) as [Stage, number][]) out.get(stage)!.count = n;
  const last = db
    .prepare("SELECT id FROM editions WHERE exhibition_id = ? AND status = 'closed' ORDER BY start_date DESC, id DESC LIMIT 1")
    .pluck()
    .get(exhibitionId) as string | undefined;
  if (last) {
    // The edition's bookings (~30,000) from the covering index participations_revenue, each
    // looked up in relationships by its key (CROSS JOIN keeps that order: the planner would
    // rather walk the 100,000 relationships and probe participations).
    for (const [stage, minor] of db
      .prepare(
        `SELECT r.stage, sum(coalesce(p.price_charged, 0) + coalesce(p.other_revenue, 0))
           FROM participations p INDEXED BY participations_revenue
           CROSS JOIN relationships r ON r.customer_id = p.customer_id AND r.exhibition_id = @x
          WHERE p.edition_id = @e AND p.status IN ('contracted', 'paid', 'attended') AND r.name_sort IS NOT NULL
          GROUP BY r.stage`,
      )
      .raw()
      .all({ x: exhibitionId, e: last }) as [Stage, number][]) out.get(stage)!.lastEditionRevenue = fromMinor(minor);
  }
  // Suggestions of customers moved to the Trash are deleted with the move (trigger on customers).
  for (const [stage, n] of db
    .prepare('SELECT from_stage, count(*) FROM stage_suggestions WHERE exhibition_id = ? GROUP BY from_stage')
    .raw()
    .all(exhibitionId) as [Stage, number][]) out.get(stage)!.pendingSuggestions = n;
  return [...out.values()];
}

/** SQL condition (on customers c) for what the user typed; null for no query. */
function searchSql(q: string | null | undefined): { sql: string; params: Record<string, string> } | 'nothing' | null {
  const terms = parseSearch(q ?? undefined);
  if (terms === null || terms === 'nothing') return terms;
  const parts: string[] = [];
  const params: Record<string, string> = {};
  if (terms.trigram) {
    parts.push('c.num IN (SELECT rowid FROM customer_search WHERE customer_search MATCH @tri)');
    params.tri = terms.trigram.query;
  }
  if (terms.bigram) {
    parts.push('c.num IN (SELECT rowid FROM customer_search_short WHERE customer_search_short MATCH @bi)');
    params.bi = terms.bigram.query;
  }
  if (terms.prefix) {
    parts.push("c.company_name LIKE @prefix ESCAPE '\\'");
    params.prefix = `${terms.prefix.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
  }
  return { sql: parts.join(' AND '), params };
}

interface PageRow {
  customer_id: string;
  company_name: string;
  kinds: number;
  stage: Stage;
  stage_since: string;
  version: number;
  s_to: Stage | null;
  s_signal: Signal | null;
  s_details: string | null;
  s_fp: string | null;
}

export interface RelationshipPageQuery {
  exhibitionId: string;
  stages?: readonly Stage[];
  q?: string | null;
  sort?: { field: 'companyName' | 'stage' | 'stageSince'; dir: 'asc' | 'desc' };
  offset: number;
  limit: number;
}

/**
 * A page of relationships with their card facts. The page's keys are found first, from
 * relationships alone (name_sort is copied there, NULL in the Trash): by name, a walk of
 * relationships_by_stage (one stage) or relationships_by_name; by stage, the same walk stage
 * after stage. Only the page's rows are then read with their customers and suggestions.
 */
export function relationshipPage(ctx: Context, input: RelationshipPageQuery): Paged<BoardRow> {
  const db = ctx.db;
  assertExhibition(db, input.exhibitionId);
  const search = searchSql(input.q);
  if (search === 'nothing') return { rows: [], total: 0 };
  const stages = input.stages && input.stages.length < STAGES.length ? [...new Set(input.stages)] : null;
  const sort = input.sort ?? { field: 'companyName', dir: 'asc' };
  const dir = sort.dir === 'desc' ? 'DESC' : 'ASC';
  const base: Record<string, unknown> = { x: input.exhibitionId, ...(search?.params ?? {}) };
  const where = (stageSql: string | null) =>
    [
      'r.exhibition_id = @x',
      'r.name_sort IS NOT NULL',
      ...(stageSql ? [stageSql] : []),
      ...(search ? [`r.customer_id IN (SELECT c.id FROM customers c WHERE ${search.sql})`] : []),
    ].join(' AND ');
  const stageFilter = stages ? (stages.length === 1 ? 'r.stage = @stage' : 'r.stage IN (SELECT value FROM json_each(@stages))') : null;
  const params = { ...base, stage: stages?.[0] ?? null, stages: JSON.stringify(stages ?? []) };
  const keysOf = (sql: string, p: Record<string, unknown>) => db.prepare(sql).pluck().all(p) as string[];

  let total: number;
  let keys: string[];
  if (sort.field === 'stage') {
    // Stage after stage (in display order, reversed when descending), names ascending within.
    const counts = new Map(
      db
        .prepare(`SELECT r.stage, count(*) FROM relationships r WHERE ${where(stageFilter)} GROUP BY r.stage`)
        .raw()
        .all(params) as [Stage, number][],
    );
    total = [...counts.values()].reduce((a, b) => a + b, 0);
    keys = [];
    let skip = input.offset;
    const sql = `SELECT r.customer_id FROM relationships r WHERE ${where('r.stage = @stage')} ORDER BY r.name_sort, r.customer_id LIMIT @limit OFFSET @offset`;
    for (const stage of sort.dir === 'desc' ? [...STAGES].reverse() : STAGES) {
      const n = counts.get(stage) ?? 0;
      if (keys.length >= input.limit) break;
      if (skip >= n) {
        skip -= n;
        continue;
      }
      keys.push(...keysOf(sql, { ...base, stage, limit: input.limit - keys.length, offset: skip }));
      skip = 0;
    }
  } else {
    total = db.prepare(`SELECT count(*) FROM relationships r WHERE ${where(stageFilter)}`).pluck().get(params) as number;
    const order = sort.field === 'companyName' ? `r.name_sort ${dir}, r.customer_id ${dir}` : `r.stage_since ${dir}, r.name_sort, r.customer_id`;
    keys = keysOf(`SELECT r.customer_id FROM relationships r WHERE ${where(stageFilter)} ORDER BY ${order} LIMIT @limit OFFSET @offset`, {
      ...params,
      limit: input.limit,
      offset: input.offset,
    });
  }
  if (!keys.length) return { rows: [], total };
  // The page's keys drive the lookups (CROSS JOIN fixes that order: in a long-running process
  // the planner was seen to start from relationships instead, ~350 ms a page).
  const found = db
    .prepare(
      `SELECT r.customer_id, c.company_name, c.kinds, r.stage, r.stage_since, r.version,
              s.to_stage AS s_to, s.signal AS s_signal, s.details AS s_details, s.fingerprint AS s_fp
         FROM json_each(@keys) k
         CROSS JOIN relationships r ON r.customer_id = k.value AND r.exhibition_id = @x
         CROSS JOIN customers c ON c.id = r.customer_id
         LEFT JOIN stage_suggestions s ON s.customer_id = r.customer_id AND s.exhibition_id = r.exhibition_id`,
    )
    .all({ keys: JSON.stringify(keys), x: input.exhibitionId }) as PageRow[];
  const byId = new Map(found.map((r) => [r.customer_id, r]));
  const rows = keys.map((k) => byId.get(k)).filter((r): r is PageRow => !!r);
  return { rows: withCardFacts(db, input.exhibitionId, rows), total };
}

/** Last participation and last known satisfaction in the exhibition, for the page's customers. */
function withCardFacts(db: Db, exhibitionId: string, rows: PageRow[]): BoardRow[] {
  const lastPart = db.prepare(
    `SELECT e.name, p.status, e.start_date FROM participations p JOIN editions e ON e.id = p.edition_id
      WHERE p.customer_id = ? AND e.exhibition_id = ? ORDER BY e.start_date DESC, p.status_at DESC LIMIT 1`,
  ).raw();
  const lastSat = db.prepare(
    `SELECT p.satisfaction FROM participations p JOIN editions e ON e.id = p.edition_id
      WHERE p.customer_id = ? AND e.exhibition_id = ? AND p.satisfaction IS NOT NULL ORDER BY e.start_date DESC LIMIT 1`,
  ).pluck();
  return rows.map((r) => {
    const lp = lastPart.get(r.customer_id, exhibitionId) as [string, BookingStatus, string] | undefined;
    return {
      customerId: r.customer_id,
      companyName: r.company_name,
      kinds: maskToKinds(r.kinds),
      stage: r.stage,
      stageSince: r.stage_since,
      version: r.version,
      lastParticipation: lp ? { editionName: lp[0], status: lp[1], startDate: lp[2] } : null,
      lastSatisfaction: (lastSat.get(r.customer_id, exhibitionId) as number | undefined) ?? null,
      suggestion:
        r.s_to && r.s_signal && r.s_fp
          ? { toStage: r.s_to, signal: r.s_signal, details: JSON.parse(r.s_details ?? '{}') as SignalDetails, fingerprint: r.s_fp }
          : null,
    };
  });
}
