import type { z } from 'zod';
import type { LifecycleMoveInput, PendingSuggestion, Relationship, Transition } from '../../../shared/api/lifecycle';
import { ApiFailure } from '../../../shared/api/result';
import { canMove, moveNeedsReason, type Signal, type Stage } from '../../../shared/domain/lifecycle';
import type { SignalDetails } from '../../../shared/domain/lifecycleSignals';
import type { Context } from '../context';
import { createStageTasks } from '../tasks/stageTasks';
import {
  latestTransitionAt,
  relationshipRow,
  transitionsOf,
  writeMove,
  type RelationshipRow,
  type TransitionRow,
} from './relationshipRepository';
import { computeSuggestions } from './suggestionCompute';

type MoveInput = z.output<typeof LifecycleMoveInput>;

function transitionFromDb(r: TransitionRow): Transition {
  return {
    id: r.id,
    seq: r.seq,
    from: r.from_stage,
    to: r.to_stage,
    at: r.at,
    changedBy: r.changed_by,
    reason: r.reason,
    signal: r.signal,
    evidence: r.evidence ? (JSON.parse(r.evidence) as SignalDetails) : null,
    createdAt: r.created_at,
  };
}

type RelRow = RelationshipRow & { exhibition_name: string; s_to: Stage | null; s_signal: Signal | null; s_details: string | null; s_fp: string | null };

const REL_SELECT = `
  SELECT r.*, x.name AS exhibition_name, s.to_stage AS s_to, s.signal AS s_signal, s.details AS s_details, s.fingerprint AS s_fp
    FROM relationships r
    JOIN exhibitions x ON x.id = r.exhibition_id
    LEFT JOIN stage_suggestions s ON s.customer_id = r.customer_id AND s.exhibition_id = r.exhibition_id`;

function relationships(ctx: Context, rows: RelRow[]): Relationship[] {
  const h = transitionsOf(ctx.db, rows.map((r) => ({ customerId: r.customer_id, exhibitionId: r.exhibition_id })));
  return rows.map((r) => {
    const suggestion: PendingSuggestion | null =
      r.s_to && r.s_signal && r.s_fp
        ? { toStage: r.s_to, signal: r.s_signal, details: JSON.parse(r.s_details ?? '{}') as SignalDetails, fingerprint: r.s_fp }
        : null;
    return {
      customerId: r.customer_id,
      exhibitionId: r.exhibition_id,
      exhibitionName: r.exhibition_name,
      stage: r.stage,
      stageSince: r.stage_since,
      beganOn: r.began_on,
      version: r.version,
      history: (h.get(`${r.customer_id}|${r.exhibition_id}`) ?? []).map(transitionFromDb),
      suggestion,
    };
  });
}

/** Unknown customer / exhibition → field errors; a known pair without relationship → field error on customerId. */
function assertPair(ctx: Context, customerId: string, exhibitionId: string, opts: { live: boolean }): RelationshipRow {
  const fields: Record<string, string> = {};
  const customer = ctx.db.prepare('SELECT deleted_at FROM customers WHERE id = ?').get(customerId) as { deleted_at: string | null } | undefined;
  if (!customer || (opts.live && customer.deleted_at)) fields.customerId = 'err.customerMissing';
  if (!ctx.db.prepare('SELECT 1 FROM exhibitions WHERE id = ?').get(exhibitionId)) fields.exhibitionId = 'err.exhibitionMissing';
  if (Object.keys(fields).length) throw new ApiFailure('invalid_input', 'err.invalidInput', fields);
  const row = relationshipRow(ctx.db, customerId, exhibitionId);
  if (!row) throw new ApiFailure('not_found', 'err.relationshipMissing', { customerId: 'err.relationshipMissing' });
  return row;
}

export function getRelationship(ctx: Context, customerId: string, exhibitionId: string): Relationship {
  assertPair(ctx, customerId, exhibitionId, { live: false });
  const row = ctx.db.prepare(`${REL_SELECT} WHERE r.customer_id = ? AND r.exhibition_id = ?`).get(customerId, exhibitionId) as RelRow;
  return relationships(ctx, [row])[0]!;
}

/** A customer's relationships (also while it is in the Trash: the history is kept), by exhibition name. */
export function relationshipsOfCustomer(ctx: Context, customerId: string): Relationship[] {
  if (!ctx.db.prepare('SELECT 1 FROM customers WHERE id = ?').get(customerId)) {
    throw new ApiFailure('invalid_input', 'err.invalidInput', { customerId: 'err.customerMissing' });
  }
  const rows = ctx.db.prepare(`${REL_SELECT} WHERE r.customer_id = ? ORDER BY x.name COLLATE NOCASE, x.created_at`).all(customerId) as RelRow[];
  return relationships(ctx, rows);
}

export interface MoveRequest {
  customerId: string;
  exhibitionId: string;
  version: number;
  to: Stage;
  at: string;
  reason: string | null;
  signal: Signal | null;
  evidence: SignalDetails | null;
}

/**
 * Checks and applies one move inside the caller's transaction: allowed, not stale, dated
 * between the latest move and today, with a reason where one is needed. Entering the stage
 * creates its playbook's tasks. Field paths are prefixed with `path` (bulk accepts name the item).
 */
export function applyMove(ctx: Context, m: MoveRequest, path = ''): string {
  const row = assertPair(ctx, m.customerId, m.exhibitionId, { live: true });
  if (row.version !== m.version) {
    throw new ApiFailure('conflict', 'err.relationshipConflict', undefined, { currentVersion: row.version, stage: row.stage });
  }
  const fields: Record<string, string> = {};
  if (m.to === row.stage) fields[`${path}to`] = 'err.moveSameStage';
  else if (!canMove(row.stage, m.to)) fields[`${path}to`] = `err.moveNotAllowed:${row.stage},${m.to}`;
  const today = ctx.now().slice(0, 10);
  const latest = latestTransitionAt(ctx.db, m.customerId, m.exhibitionId) ?? row.began_on;
  if (m.at > today) fields[`${path}at`] = 'err.moveInFuture';
  else if (m.at < row.began_on) fields[`${path}at`] = `err.moveBeforeBegan:${row.began_on}`;
  else if (m.at < latest) fields[`${path}at`] = `err.moveBeforeLatest:${latest}`;
  if (!fields[`${path}to`] && moveNeedsReason(row.stage, m.to, m.signal) && !m.reason) fields[`${path}reason`] = 'err.moveReasonRequired';
  if (Object.keys(fields).length) throw new ApiFailure('invalid_input', 'err.invalidInput', fields);
  const transitionId = writeMove(ctx, { ...m, from: row.stage }, ctx.staffName());
  if (!transitionId) throw new ApiFailure('conflict', 'err.relationshipConflict');
  createStageTasks(ctx, { customerId: m.customerId, exhibitionId: m.exhibitionId, stage: m.to, transitionId, at: m.at });
  return transitionId;
}

/** A move by hand (or following a signal named by the caller), then the relationship's new suggestion. */
export function moveRelationship(ctx: Context, input: MoveInput): Relationship {
  ctx.db.transaction(() => {
    applyMove(ctx, { ...input, signal: input.signal ?? null, evidence: null });
    computeSuggestions(ctx, input.exhibitionId, [input.customerId]);
  })();
  ctx.changed('lifecycle');
  return getRelationship(ctx, input.customerId, input.exhibitionId);
}
