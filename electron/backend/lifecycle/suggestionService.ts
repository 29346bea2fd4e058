import type { SuggestionList, SuggestionRow } from '../../../shared/api/lifecycle';
import { ApiFailure } from '../../../shared/api/result';
import { STAGES, type Signal, type Stage } from '../../../shared/domain/lifecycle';
import type { SignalDetails } from '../../../shared/domain/lifecycleSignals';
import type { Context } from '../context';
import { ensureMissingRelationships } from './ensureRelationships';
import { applyMove } from './relationshipService';
import { computeAllSuggestions, computeSuggestions, type ComputeResult } from './suggestionCompute';

// Listing, accepting and dismissing the suggested moves of an exhibition. Bulk operations are
// all or nothing: one item that fails rolls every other back.

export interface SuggestionTarget {
  customerId: string;
  exhibitionId: string;
  fingerprint: string;
}

interface SuggestionDbRow {
  customer_id: string;
  exhibition_id: string;
  company_name: string;
  from_stage: Stage;
  to_stage: Stage;
  signal: Signal;
  details: string;
  fingerprint: string;
  computed_at: string;
}

function assertExhibition(ctx: Context, exhibitionId: string): void {
  if (!ctx.db.prepare('SELECT 1 FROM exhibitions WHERE id = ?').get(exhibitionId)) {
    throw new ApiFailure('invalid_input', 'err.invalidInput', { exhibitionId: 'err.exhibitionMissing' });
  }
}

export function listSuggestions(
  ctx: Context,
  input: { exhibitionId: string; toStage?: Stage; signal?: Signal; offset: number; limit: number },
): SuggestionList {
  assertExhibition(ctx, input.exhibitionId);
  // Suggestions of customers in the Trash are deleted when they move there (trigger on
  // customers), so no row needs its customer to be counted or ordered: the counts come from
  // stage_suggestions_by_exhibition, the page's keys from a walk of a name index (name_sort is
  // copied there), and only the page's rows are read with their customers.
  const counts = Object.fromEntries(STAGES.map((s) => [s, 0])) as Record<Stage, number>;
  const signalCounts: Partial<Record<Signal, number>> = {};
  let total = 0;
  const grouped = ctx.db
    .prepare('SELECT to_stage, signal, count(*) FROM stage_suggestions WHERE exhibition_id = ? GROUP BY to_stage, signal')
    .raw()
    .all(input.exhibitionId) as [Stage, Signal, number][];
  for (const [to, signal, n] of grouped) {
    counts[to] += n;
    signalCounts[signal] = (signalCounts[signal] ?? 0) + n;
    if ((!input.toStage || input.toStage === to) && (!input.signal || input.signal === signal)) total += n;
  }
  const where = ['exhibition_id = @x'];
  if (input.toStage) where.push('to_stage = @to');
  if (input.signal) where.push('signal = @signal');
  const keys = total
    ? (ctx.db
        .prepare(`SELECT customer_id FROM stage_suggestions WHERE ${where.join(' AND ')} ORDER BY name_sort, customer_id LIMIT @limit OFFSET @offset`)
        .pluck()
        .all({ x: input.exhibitionId, to: input.toStage ?? null, signal: input.signal ?? null, limit: input.limit, offset: input.offset }) as string[])
    : [];
  const found = keys.length
    ? (ctx.db
        .prepare(
          `SELECT s.*, c.company_name FROM json_each(@keys) k
             CROSS JOIN stage_suggestions s ON s.customer_id = k.value AND s.exhibition_id = @x
             CROSS JOIN customers c ON c.id = s.customer_id`,
        )
        .all({ keys: JSON.stringify(keys), x: input.exhibitionId }) as SuggestionDbRow[])
    : [];
  const byId = new Map(found.map((r) => [r.customer_id, r]));
  return {
    rows: keys
      .map((k) => byId.get(k))
      .filter((r): r is SuggestionDbRow => !!r)
      .map((r): SuggestionRow => ({
        customerId: r.customer_id,
        exhibitionId: r.exhibition_id,
        companyName: r.company_name,
        from: r.from_stage,
        to: r.to_stage,
        signal: r.signal,
        details: JSON.parse(r.details) as SignalDetails,
        fingerprint: r.fingerprint,
        computedAt: r.computed_at,
      })),
    total,
    counts,
    signalCounts,
  };
}

/** The pending suggestion an item names, or a field error at `path` when it is gone or changed. */
function pending(ctx: Context, item: SuggestionTarget, path: string): SuggestionDbRow & { version: number } {
  const row = ctx.db
    .prepare(
      `SELECT s.*, r.version FROM stage_suggestions s
         JOIN relationships r ON r.customer_id = s.customer_id AND r.exhibition_id = s.exhibition_id
         JOIN customers c ON c.id = s.customer_id AND c.deleted_at IS NULL
        WHERE s.customer_id = ? AND s.exhibition_id = ?`,
    )
    .get(item.customerId, item.exhibitionId) as (SuggestionDbRow & { version: number }) | undefined;
  if (!row || row.fingerprint !== item.fingerprint) {
    throw new ApiFailure('conflict', 'err.suggestionGone', { [`${path}fingerprint`]: 'err.suggestionGone' });
  }
  return row;
}

/** Groups customer ids by exhibition (to recompute what the items touched). */
function byExhibition(items: SuggestionTarget[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const i of items) out.set(i.exhibitionId, [...(out.get(i.exhibitionId) ?? []), i.customerId]);
  return out;
}

/** Accepts the items' suggestions: each moves its relationship (with the signal as evidence). */
export function acceptSuggestions(ctx: Context, items: SuggestionTarget[], at?: string): { accepted: number } {
  const when = at ?? ctx.now().slice(0, 10);
  ctx.db.transaction(() => {
    items.forEach((item, i) => {
      const s = pending(ctx, item, `items.${i}.`);
      applyMove(
        ctx,
        {
          customerId: s.customer_id,
          exhibitionId: s.exhibition_id,
          version: s.version,
          to: s.to_stage,
          at: when,
          reason: null,
          signal: s.signal,
          evidence: JSON.parse(s.details) as SignalDetails,
        },
        `items.${i}.`,
      );
    });
    for (const [x, customers] of byExhibition(items)) computeSuggestions(ctx, x, customers);
  })();
  ctx.changed('lifecycle');
  return { accepted: items.length };
}

/** Accepts every pending suggestion to `toStage` (optionally of one signal) in the exhibition. */
export function acceptAllSuggestions(
  ctx: Context,
  input: { exhibitionId: string; toStage: Stage; signal?: Signal; at?: string },
): { accepted: number } {
  assertExhibition(ctx, input.exhibitionId);
  const items = ctx.db
    .prepare(
      `SELECT s.customer_id AS customerId, s.exhibition_id AS exhibitionId, s.fingerprint
         FROM stage_suggestions s JOIN customers c ON c.id = s.customer_id AND c.deleted_at IS NULL
        WHERE s.exhibition_id = @x AND s.to_stage = @to ${input.signal ? 'AND s.signal = @signal' : ''}`,
    )
    .all({ x: input.exhibitionId, to: input.toStage, signal: input.signal ?? null }) as SuggestionTarget[];
  if (!items.length) return { accepted: 0 };
  return acceptSuggestions(ctx, items, input.at);
}

/** Dismisses the items' suggestions: they stay away until their facts (fingerprint) change. */
export function dismissSuggestions(ctx: Context, items: SuggestionTarget[]): { dismissed: number } {
  ctx.db.transaction(() => {
    const put = ctx.db.prepare(
      `INSERT INTO suggestion_dismissals (customer_id, exhibition_id, signal, fingerprint, dismissed_at, dismissed_by)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (customer_id, exhibition_id, signal) DO UPDATE SET fingerprint = excluded.fingerprint,
         dismissed_at = excluded.dismissed_at, dismissed_by = excluded.dismissed_by`,
    );
    const staff = ctx.staffName();
    items.forEach((item, i) => {
      const s = pending(ctx, item, `items.${i}.`);
      put.run(s.customer_id, s.exhibition_id, s.signal, s.fingerprint, ctx.now(), staff);
    });
    // A weaker signal may apply once the strongest is dismissed.
    for (const [x, customers] of byExhibition(items)) computeSuggestions(ctx, x, customers);
  })();
  ctx.changed('lifecycle');
  return { dismissed: items.length };
}

/** Recomputes suggestions (one exhibition, or all), first giving every participant a relationship. */
export function refreshSuggestions(ctx: Context, exhibitionId?: string): ComputeResult & { ms: number } {
  const start = performance.now();
  if (exhibitionId) assertExhibition(ctx, exhibitionId);
  const ids = exhibitionId ? [exhibitionId] : (ctx.db.prepare('SELECT id FROM exhibitions').pluck().all() as string[]);
  for (const id of ids) ensureMissingRelationships(ctx, id);
  const r = exhibitionId ? computeSuggestions(ctx, exhibitionId) : computeAllSuggestions(ctx);
  ctx.changed('lifecycle');
  return { ...r, ms: Math.round(performance.now() - start) };
}
