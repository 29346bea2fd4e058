import type { z } from 'zod';
import type { Interaction, InteractionCreateInput, InteractionUpdateInput } from '../../../shared/api/interactions';
import { ApiFailure } from '../../../shared/api/result';
import type { ComplaintState } from '../../../shared/domain/interaction';
import { toMinor } from '../../../shared/domain/money';
import type { Context } from '../context';
import { syncFollowUpTask } from '../tasks/followUps';
import { interactionFromDb } from './interactionRows';
import {
  customerExists,
  deleteInteraction,
  editionExists,
  getInteractionRow,
  getInteractionView,
  insertInteraction,
  updateInteraction,
  type InteractionWrite,
} from './interactionRepository';

type CreateInput = z.output<typeof InteractionCreateInput>;
type UpdateInput = z.output<typeof InteractionUpdateInput>;

/** Moments are stored in UTC so that text order is time order (the timeline sorts on it). */
const utc = (iso: string) => new Date(iso).toISOString();

const DAY_MS = 86_400_000;

/**
 * A follow-up cannot come before the contact itself. The contact's local date is unknown
 * here (it is stored in UTC), so one day of slack keeps every time zone's "same day" valid.
 */
function followUpTooEarly(followUpOn: string | null, at: string): boolean {
  if (!followUpOn) return false;
  const earliest = new Date(new Date(at).getTime() - DAY_MS).toISOString().slice(0, 10);
  return followUpOn < earliest;
}

/** Field-level checks that need the database; all problems are reported at once. */
function checkReferences(ctx: Context, row: { customer_id: string; edition_id: string | null; follow_up_on: string | null; at: string }, prefix = '') {
  const fields: Record<string, string> = {};
  if (!customerExists(ctx.db, row.customer_id)) fields.customerId = 'err.customerMissing';
  if (row.edition_id && !editionExists(ctx.db, row.edition_id)) fields[`${prefix}editionId`] = 'err.editionMissing';
  if (followUpTooEarly(row.follow_up_on, row.at)) fields[`${prefix}followUpOn`] = 'err.followUpBeforeContact';
  if (Object.keys(fields).length) throw new ApiFailure('invalid_input', 'err.invalidInput', fields);
}

/** Only complaints have a state: a new complaint is open, anything else has none. */
function complaintStateFor(type: string, previous: { type: string; complaint_state: string | null; resolved_at: string | null } | null) {
  if (type !== 'complaint') return { complaint_state: null, resolved_at: null };
  if (previous?.type === 'complaint') return { complaint_state: previous.complaint_state, resolved_at: previous.resolved_at };
  return { complaint_state: 'open', resolved_at: null };
}

function read(ctx: Context, id: string): Interaction {
  const row = getInteractionView(ctx.db, id);
  if (!row) throw new ApiFailure('not_found', 'err.notFound');
  return interactionFromDb(row);
}

function announce(ctx: Context): void {
  ctx.changed('interactions');
  // Follow-up dates are tasks.
  ctx.changed('tasks');
  // The customer page and timeline (customers.*) show interactions too.
  ctx.changed('customers');
}

export function createInteraction(ctx: Context, input: CreateInput): Interaction {
  const id = ctx.newId();
  const now = ctx.now();
  const row: InteractionWrite = {
    id,
    customer_id: input.customerId,
    at: utc(input.at),
    type: input.type,
    direction: input.direction,
    staff: input.staff === undefined ? ctx.staffName() : input.staff,
    edition_id: input.editionId,
    summary: input.summary,
    outcome: input.outcome,
    cost: toMinor(input.cost),
    follow_up_on: input.followUpOn,
    ...complaintStateFor(input.type, null),
    created_at: now,
    updated_at: now,
  };
  ctx.db.transaction(() => {
    checkReferences(ctx, row);
    insertInteraction(ctx.db, row);
    // A follow-up date is a task on the "This week" list.
    syncFollowUpTask(ctx, row);
  })();
  announce(ctx);
  return read(ctx, id);
}

export function updateInteractionFields(ctx: Context, input: UpdateInput): Interaction {
  ctx.db.transaction(() => {
    const prev = getInteractionRow(ctx.db, input.id);
    if (!prev) throw new ApiFailure('not_found', 'err.notFound');
    if (prev.version !== input.version) throw new ApiFailure('conflict', 'err.conflict', undefined, { currentVersion: prev.version });
    const p = input.patch;
    const type = p.type ?? prev.type;
    const row: InteractionWrite = {
      ...prev,
      at: p.at !== undefined ? utc(p.at) : prev.at,
      type,
      direction: p.direction !== undefined ? p.direction : prev.direction,
      staff: p.staff !== undefined ? p.staff : prev.staff,
      edition_id: p.editionId !== undefined ? p.editionId : prev.edition_id,
      summary: p.summary ?? prev.summary,
      outcome: p.outcome !== undefined ? p.outcome : prev.outcome,
      cost: p.cost !== undefined ? toMinor(p.cost) : prev.cost,
      follow_up_on: p.followUpOn !== undefined ? p.followUpOn : prev.follow_up_on,
      ...complaintStateFor(type, prev),
      updated_at: ctx.now(),
    };
    checkReferences(ctx, row, 'patch.');
    if (!updateInteraction(ctx.db, row, input.version)) throw new ApiFailure('conflict', 'err.conflict');
    if (row.follow_up_on !== prev.follow_up_on) syncFollowUpTask(ctx, row);
  })();
  announce(ctx);
  return read(ctx, input.id);
}

export function removeInteraction(ctx: Context, input: { id: string; version: number }): { count: number } {
  ctx.db.transaction(() => {
    const prev = getInteractionRow(ctx.db, input.id);
    if (!prev) throw new ApiFailure('not_found', 'err.notFound');
    if (!deleteInteraction(ctx.db, input.id, input.version)) {
      throw new ApiFailure('conflict', 'err.conflict', undefined, { currentVersion: prev.version });
    }
  })();
  announce(ctx);
  return { count: 1 };
}

/** Opens or resolves a complaint; resolving records when, reopening clears it. */
export function setComplaintState(ctx: Context, input: { id: string; version: number; state: ComplaintState }): Interaction {
  ctx.db.transaction(() => {
    const prev = getInteractionRow(ctx.db, input.id);
    if (!prev) throw new ApiFailure('not_found', 'err.notFound');
    if (prev.type !== 'complaint') throw new ApiFailure('invalid_input', 'err.invalidInput', { state: 'err.notComplaint' });
    if (prev.version !== input.version) throw new ApiFailure('conflict', 'err.conflict', undefined, { currentVersion: prev.version });
    if (prev.complaint_state === input.state) return;
    const now = ctx.now();
    const row: InteractionWrite = {
      ...prev,
      complaint_state: input.state,
      resolved_at: input.state === 'resolved' ? now : null,
      updated_at: now,
    };
    if (!updateInteraction(ctx.db, row, input.version)) throw new ApiFailure('conflict', 'err.conflict');
  })();
  announce(ctx);
  return read(ctx, input.id);
}
