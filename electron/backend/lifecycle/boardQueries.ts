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
  for (const [stage, n] of db
    .prepare(
      `SELECT r.stage, count(*) FROM relationships r JOIN customers c ON c.id = r.customer_id
        WHERE r.exhibition_id = ? AND c.deleted_at IS NULL GROUP BY r.stage`,
    )
    .raw()
    .all(exhibitionId) as [Stage, number][]) out.get(stage)!.count = n;
  const last = db
    .prepare("SELECT id FROM editions WHERE exhibition_id = ? AND status = 'closed' ORDER BY start_date DESC, id DESC LIMIT 1")
    .pluck()
    .get(exhibitionId) as string | undefined;
  if (last) {
    for (const [stage, minor] of db
      .prepare(
        `SELECT r.stage, sum(coalesce(p.price_charged, 0) + coalesce(p.other_revenue, 0))
           FROM participations p
           JOIN relationships r ON r.customer_id = p.customer_id AND r.exhibition_id = @x
           JOIN customers c ON c.id = p.customer_id AND c.deleted_at IS NULL
          WHERE p.edition_id = @e AND p.status IN ('contracted', 'paid', 'attended')
          GROUP BY r.stage`,
      )
      .raw()
      .all({ x: exhibitionId, e: last }) as [Stage, number][]) out.get(stage)!.lastEditionRevenue = fromMinor(minor);
  }
  for (const [stage, n] of db
    .prepare(
      `SELECT s.from_stage, count(*) FROM stage_suggestions s JOIN customers c ON c.id = s.customer_id
        WHERE s.exhibition_id = ? AND c.deleted_at IS NULL GROUP BY s.from_stage`,
    )
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

const ORDER: Record<string, string> = {
  companyName: 'c.name_sort',
  stage: "CASE r.stage WHEN 'cultivation' THEN 0 WHEN 'confirmation' THEN 1 WHEN 'trust' THEN 2 WHEN 'weakening' THEN 3 ELSE 4 END",
  stageSince: 'r.stage_since',
};

export interface RelationshipPageQuery {
  exhibitionId: string;
  stages?: readonly Stage[];
  q?: string | null;
  sort?: { field: 'companyName' | 'stage' | 'stageSince'; dir: 'asc' | 'desc' };
  offset: number;
  limit: number;
}

/** A page of relationships with their card facts. */
export function relationshipPage(ctx: Context, input: RelationshipPageQuery): Paged<BoardRow> {
  const db = ctx.db;
  assertExhibition(db, input.exhibitionId);
  const search = searchSql(input.q);
  if (search === 'nothing') return { rows: [], total: 0 };
  const where = ['r.exhibition_id = @x', 'c.deleted_at IS NULL'];
  const params: Record<string, unknown> = { x: input.exhibitionId, ...(search?.params ?? {}) };
  if (input.stages && input.stages.length < STAGES.length) {
    where.push('r.stage IN (SELECT value FROM json_each(@stages))');
    params.stages = JSON.stringify(input.stages);
  }
  if (search) where.push(search.sql);
  const from = `FROM relationships r JOIN customers c ON c.id = r.customer_id WHERE ${where.join(' AND ')}`;
  const total = db.prepare(`SELECT count(*) ${from}`).pluck().get(params) as number;
  const sort = input.sort ?? { field: 'companyName', dir: 'asc' };
  const dir = sort.dir === 'desc' ? 'DESC' : 'ASC';
  const order = sort.field === 'companyName' ? `c.name_sort ${dir}, c.id` : `${ORDER[sort.field]} ${dir}, c.name_sort, c.id`;
  const rows = db
    .prepare(
      `SELECT r.customer_id, r.company_name, r.kinds, r.stage, r.stage_since, r.version,
              s.to_stage AS s_to, s.signal AS s_signal, s.details AS s_details, s.fingerprint AS s_fp
         FROM (SELECT r.customer_id, r.exhibition_id, r.stage, r.stage_since, r.version, c.company_name, c.kinds ${from}
                ORDER BY ${order} LIMIT @limit OFFSET @offset) r
         LEFT JOIN stage_suggestions s ON s.customer_id = r.customer_id AND s.exhibition_id = r.exhibition_id`,
    )
    .all({ ...params, limit: input.limit, offset: input.offset }) as PageRow[];
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
