import { SIGNALS, type LifecycleThresholds } from '../../../shared/domain/lifecycle';
import { evaluateSignal, fingerprint, type Suggestion } from '../../../shared/domain/lifecycleSignals';
import type { Context } from '../context';
import type { Db } from '../store/openDatabase';
import { loadFacts, type LoadedFacts } from './lifecycleFacts';
import { readThresholds } from './thresholds';

// Recomputes stage_suggestions from the facts: the strongest signal per relationship that the
// user has not dismissed for the same facts. Writes only what changed (a steady workspace is
// rewritten with nothing), in one transaction.

/** Above this many customers a targeted recompute reads the whole exhibition instead. */
const TARGETED_MAX = 200;

export interface ComputeResult {
  relationships: number;
  suggestions: number;
}

/** The suggestion for one relationship, skipping signals dismissed with the same fingerprint. */
export function pickSuggestion(
  lf: LoadedFacts,
  t: LifecycleThresholds,
  dismissed: Map<string, string>,
): (Suggestion & { fingerprint: string }) | null {
  for (const signal of SIGNALS) {
    const s = evaluateSignal(signal, lf.facts, t);
    if (!s) continue;
    const fp = fingerprint(lf.facts.stage, lf.facts.stageSince, s);
    if (dismissed.get(`${lf.customerId}|${signal}`) === fp) continue;
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
    const targeted = customers && customers.length <= TARGETED_MAX ? [...new Set(customers)] : null;
    const all = targeted
      ? targeted.flatMap((c) => loadFacts(db, exhibitionId, today, c))
      : loadFacts(db, exhibitionId, today);
    const dismissed = dismissalsOf(db, exhibitionId);
    const existing = new Map<string, string>();
    const exStmt = db.prepare(
      `SELECT customer_id, fingerprint FROM stage_suggestions WHERE exhibition_id = ? ${targeted ? 'AND customer_id IN (SELECT value FROM json_each(?))' : ''}`,
    ).raw();
    for (const [c, f] of (targeted ? exStmt.all(exhibitionId, JSON.stringify(targeted)) : exStmt.all(exhibitionId)) as [string, string][]) {
      existing.set(c, f);
    }
    const upsert = db.prepare(
      `INSERT INTO stage_suggestions (customer_id, exhibition_id, from_stage, to_stage, signal, details, fingerprint, computed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (customer_id, exhibition_id) DO UPDATE SET from_stage = excluded.from_stage, to_stage = excluded.to_stage,
         signal = excluded.signal, details = excluded.details, fingerprint = excluded.fingerprint, computed_at = excluded.computed_at`,
    );
    const del = db.prepare('DELETE FROM stage_suggestions WHERE customer_id = ? AND exhibition_id = ?');
    let suggestions = 0;
    for (const lf of all) {
      const s = pickSuggestion(lf, t, dismissed);
      const had = existing.get(lf.customerId);
      existing.delete(lf.customerId);
      if (!s) {
        if (had !== undefined) del.run(lf.customerId, exhibitionId);
        continue;
      }
      suggestions++;
      if (had !== s.fingerprint) {
        upsert.run(lf.customerId, exhibitionId, lf.facts.stage, s.toStage, s.signal, JSON.stringify(s.details), s.fingerprint, now);
      }
    }
    // Left over: relationships of customers now in the Trash (or whose suggestion is gone).
    for (const c of existing.keys()) del.run(c, exhibitionId);
    return { relationships: all.length, suggestions };
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
