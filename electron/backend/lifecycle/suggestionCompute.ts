import { SIGNALS, STAGES, type LifecycleThresholds, type Signal, type Stage } from '../../../shared/domain/lifecycle';
import { evaluateSignal, fingerprint, SIGNAL_FROM, type RelationshipFacts, type Suggestion } from '../../../shared/domain/lifecycleSignals';
import type { Context } from '../context';
import type { Db } from '../store/openDatabase';
import { forEachFacts, type LoadedFacts } from './lifecycleFacts';
import { readThresholds } from './thresholds';

// Recomputes stage_suggestions from the facts: the strongest signal per relationship that the
// user has not dismissed for the same facts. Writes only what changed (a steady workspace is
// rewritten with nothing), in one transaction. The facts are streamed (lifecycleFacts.ts) and
// each relationship is evaluated as it arrives.

/** Above this many customers a targeted recompute reads the whole exhibition instead. */
const TARGETED_MAX = 200;
/** Suggestions written (or deleted) per statement. */
const BATCH = 2000;

export interface ComputeResult {
  relationships: number;
  suggestions: number;
}

/** The signals that can move a relationship out of each stage, strongest first. */
const SIGNALS_OF = new Map<Stage, readonly Signal[]>(STAGES.map((stage) => [stage, SIGNALS.filter((s) => SIGNAL_FROM[s].includes(stage))]));

/** The suggestion for one relationship, skipping signals dismissed with the same fingerprint. */
export function pickSuggestion(
  lf: LoadedFacts,
  t: LifecycleThresholds,
  dismissed: Map<string, string>,
): (Suggestion & { fingerprint: string }) | null {
  return pick(lf.customerId, lf.facts, t, dismissed);
}

function pick(customerId: string, facts: RelationshipFacts, t: LifecycleThresholds, dismissed: Map<string, string>): (Suggestion & { fingerprint: string }) | null {
  for (const signal of SIGNALS_OF.get(facts.stage) ?? SIGNALS) {
    const s = evaluateSignal(signal, facts, t);
    if (!s) continue;
    const fp = fingerprint(facts.stage, facts.stageSince, s);
    if (dismissed.size && dismissed.get(`${customerId}|${signal}`) === fp) continue;
    return { ...s, fingerprint: fp };
  }
  return null;
}

function dismissalsOf(db: Db, exhibitionId: string): Map<string, string> {
  const rows = db
    .prepare('SELECT customer_id, signal, fingerprint FROM suggestion_dismissals WHERE exhibition_id = ?')
    .raw()
    .all(exhibitionId) as [string, string, string][];
  return new Map(rows.map(([c, s, f]) => [`${c}|${s}`, f]));
}

/**
 * Recomputes the suggestions of one exhibition — of every relationship, or only of `customers`
 * (after a move, a dismissal, an accept). Runs in its own transaction (or the caller's).
 */
export function computeSuggestions(ctx: Context, exhibitionId: string, customers?: readonly string[]): ComputeResult {
  const db = ctx.db;
  const today = ctx.now().slice(0, 10);
  const now = ctx.now();
  const t = readThresholds(db);
  return db.transaction((): ComputeResult => {
    const targeted = customers && customers.length <= TARGETED_MAX ? [...new Set(customers)] : undefined;
    const dismissed = dismissalsOf(db, exhibitionId);
    const existing = new Map<string, string>();
    const exStmt = db.prepare(
      `SELECT customer_id, fingerprint FROM stage_suggestions WHERE exhibition_id = ? ${targeted ? 'AND customer_id IN (SELECT value FROM json_each(?))' : ''}`,
    ).raw();
    for (const [c, f] of (targeted ? exStmt.all(exhibitionId, JSON.stringify(targeted)) : exStmt.all(exhibitionId)) as [string, string][]) {
      existing.set(c, f);
    }
    // Written in batches (one statement per BATCH rows, as JSON): from nothing, 14,000 single
    // inserts cost more than reading and evaluating 100,000 relationships. name_sort: the list
    // pages by name (kept exact on rename by a trigger on customers).
    const upsert = db.prepare(
      `INSERT INTO stage_suggestions (customer_id, exhibition_id, from_stage, to_stage, signal, details, fingerprint, computed_at, name_sort)
       SELECT j.value ->> 0, @x, j.value ->> 1, j.value ->> 2, j.value ->> 3, j.value ->> 4, j.value ->> 5, @now,
              (SELECT r.name_sort FROM relationships r WHERE r.customer_id = j.value ->> 0 AND r.exhibition_id = @x)
         FROM json_each(@rows) j WHERE true
       ON CONFLICT (customer_id, exhibition_id) DO UPDATE SET from_stage = excluded.from_stage, to_stage = excluded.to_stage,
         signal = excluded.signal, details = excluded.details, fingerprint = excluded.fingerprint, computed_at = excluded.computed_at`,
    );
    const del = db.prepare('DELETE FROM stage_suggestions WHERE exhibition_id = @x AND customer_id IN (SELECT value FROM json_each(@ids))');
    let writes: string[][] = [];
    let gone: string[] = [];
    const flush = () => {
      if (writes.length) upsert.run({ x: exhibitionId, now, rows: JSON.stringify(writes) });
      if (gone.length) del.run({ x: exhibitionId, ids: JSON.stringify(gone) });
      writes = [];
      gone = [];
    };
    let suggestions = 0;
    const relationships = forEachFacts(
      db,
      exhibitionId,
      today,
      (customerId, _version, facts) => {
        const s = pick(customerId, facts, t, dismissed);
        const had = existing.get(customerId);
        if (had !== undefined) existing.delete(customerId);
        if (!s) {
          if (had !== undefined) gone.push(customerId);
        } else {
          suggestions++;
          if (had !== s.fingerprint) writes.push([customerId, facts.stage, s.toStage, s.signal, JSON.stringify(s.details), s.fingerprint]);
        }
        if (writes.length + gone.length >= BATCH) flush();
      },
      targeted,
    );
    // Left over: relationships of customers now in the Trash (or whose suggestion is gone).
    gone.push(...existing.keys());
    flush();
    return { relationships, suggestions };
  })();
}

/** Every exhibition's suggestions (after data changes and imports). */
export function computeAllSuggestions(ctx: Context): ComputeResult {
  const ids = ctx.db.prepare('SELECT id FROM exhibitions').pluck().all() as string[];
  const total: ComputeResult = { relationships: 0, suggestions: 0 };
  for (const id of ids) {
    const r = computeSuggestions(ctx, id);
    total.relationships += r.relationships;
    total.suggestions += r.suggestions;
  }
  return total;
}
