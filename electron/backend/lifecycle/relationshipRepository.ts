import type { Signal, Stage } from '../../../shared/domain/lifecycle';
import type { SignalDetails } from '../../../shared/domain/lifecycleSignals';
import type { Context } from '../context';
import type { Db } from '../store/openDatabase';

// Rows of relationships and stage_transitions, and the two writes every path shares: a
// relationship's start (its first transition, from NULL) and a move (appended transition).

export interface RelationshipRow {
  customer_id: string;
  exhibition_id: string;
  stage: Stage;
  stage_since: string;
  began_on: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface TransitionRow {
  id: string;
  customer_id: string;
  exhibition_id: string;
  seq: number;
  from_stage: Stage | null;
  to_stage: Stage;
  at: string;
  changed_by: string | null;
  reason: string | null;
  signal: Signal | null;
  evidence: string | null;
  created_at: string;
}

export function relationshipRow(db: Db, customerId: string, exhibitionId: string): RelationshipRow | undefined {
  return db
    .prepare('SELECT * FROM relationships WHERE customer_id = ? AND exhibition_id = ?')
    .get(customerId, exhibitionId) as RelationshipRow | undefined;
}

export function latestTransitionAt(db: Db, customerId: string, exhibitionId: string): string | null {
  return (
    (db
      .prepare('SELECT max(at) FROM stage_transitions WHERE customer_id = ? AND exhibition_id = ?')
      .pluck()
      .get(customerId, exhibitionId) as string | null) ?? null
  );
}

/**
 * Starts a relationship in cultivation on `beganOn` unless the pair already has one. Runs in
 * the caller's transaction. Returns true when it created one.
 */
export function ensureRelationship(ctx: Context, customerId: string, exhibitionId: string, beganOn: string): boolean {
  const now = ctx.now();
  const began = beganOn.slice(0, 10);
  const info = ctx.db
    .prepare(
      `INSERT INTO relationships (customer_id, exhibition_id, stage, stage_since, began_on, created_at, updated_at)
       VALUES (?, ?, 'cultivation', ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
    )
    .run(customerId, exhibitionId, began, began, now, now);
  if (info.changes === 0) return false;
  ctx.db
    .prepare(
      `INSERT INTO stage_transitions (id, customer_id, exhibition_id, seq, from_stage, to_stage, at, changed_by, created_at)
       VALUES (?, ?, ?, 1, NULL, 'cultivation', ?, ?, ?)`,
    )
    .run(ctx.newId(), customerId, exhibitionId, began, ctx.staffName(), now);
  return true;
}

export interface MoveWrite {
  customerId: string;
  exhibitionId: string;
  version: number;
  from: Stage;
  to: Stage;
  at: string;
  reason: string | null;
  signal: Signal | null;
  evidence: SignalDetails | null;
}

/**
 * Moves a relationship (already validated) and appends its transition; false when the
 * relationship is no longer at `version`. Runs in the caller's transaction. Returns the
 * transition id.
 */
export function writeMove(ctx: Context, m: MoveWrite, staff: string | null): string | null {
  const now = ctx.now();
  const info = ctx.db
    .prepare(
      `UPDATE relationships SET stage = ?, stage_since = ?, version = version + 1, updated_at = ?
        WHERE customer_id = ? AND exhibition_id = ? AND version = ?`,
    )
    .run(m.to, m.at, now, m.customerId, m.exhibitionId, m.version);
  if (info.changes !== 1) return null;
  const id = ctx.newId();
  ctx.db
    .prepare(
      `INSERT INTO stage_transitions (id, customer_id, exhibition_id, seq, from_stage, to_stage, at, changed_by, reason, signal, evidence, created_at)
       VALUES (@id, @c, @x, (SELECT coalesce(max(seq), 0) + 1 FROM stage_transitions WHERE customer_id = @c AND exhibition_id = @x),
               @from, @to, @at, @by, @reason, @signal, @evidence, @now)`,
    )
    .run({
      id, c: m.customerId, x: m.exhibitionId, from: m.from, to: m.to, at: m.at, by: staff, reason: m.reason,
      signal: m.signal, evidence: m.evidence ? JSON.stringify(m.evidence) : null, now,
    });
  // The suggestion was about the stage it left; the next refresh computes a new one.
  ctx.db.prepare('DELETE FROM stage_suggestions WHERE customer_id = ? AND exhibition_id = ?').run(m.customerId, m.exhibitionId);
  return id;
}

export function transitionsOf(db: Db, pairs: { customerId: string; exhibitionId: string }[]): Map<string, TransitionRow[]> {
  const rows = db
    .prepare(
      `SELECT t.* FROM json_each(?) j
         JOIN stage_transitions t ON t.customer_id = j.value ->> '$.customerId' AND t.exhibition_id = j.value ->> '$.exhibitionId'
        ORDER BY t.customer_id, t.exhibition_id, t.seq`,
    )
    .all(JSON.stringify(pairs)) as TransitionRow[];
  const out = new Map<string, TransitionRow[]>();
  for (const r of rows) {
    const k = `${r.customer_id}|${r.exhibition_id}`;
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}
