import type { z } from 'zod';
import type {
  ParticipationCreateInput,
  ParticipationDetail,
  ParticipationSetStatusInput,
  ParticipationUpdateInput,
} from '../../../shared/api/participations';
import { ApiFailure } from '../../../shared/api/result';
import { toMinor } from '../../../shared/domain/money';
import type { BookingStatus } from '../../../shared/domain/participation';
import type { Context } from '../context';
import { startParticipationRelationship } from '../lifecycle/ensureRelationships';
import type { Db } from '../store/openDatabase';
import { readSettings } from '../workspace/workspaceSettings';
import {
  MONEY_FIELDS,
  PARTICIPATION_COLUMNS,
  participationFromDb,
  statusChangeFromDb,
  type ParticipationRow,
  type StatusChangeRow,
} from './participationRows';

type CreateInput = z.output<typeof ParticipationCreateInput>;
type UpdateInput = z.output<typeof ParticipationUpdateInput>;
type SetStatusInput = z.output<typeof ParticipationSetStatusInput>;

const DETAIL_SELECT = `
  SELECT p.*, c.company_name AS customer_name, e.name AS edition_name, e.start_date AS edition_start,
         e.end_date AS edition_end, x.id AS exhibition_id, x.name AS exhibition_name
    FROM participations p
    JOIN customers c ON c.id = p.customer_id
    JOIN editions e ON e.id = p.edition_id
    JOIN exhibitions x ON x.id = e.exhibition_id`;

type DetailRow = ParticipationRow & {
  customer_name: string;
  edition_name: string;
  edition_start: string;
  edition_end: string;
  exhibition_id: string;
  exhibition_name: string;
};

function participationRow(db: Db, id: string): ParticipationRow | undefined {
  return db.prepare('SELECT * FROM participations WHERE id = ?').get(id) as ParticipationRow | undefined;
}

function history(db: Db, ids: string[]): Map<string, StatusChangeRow[]> {
  const rows = db
    .prepare(
      `SELECT * FROM participation_status_changes
        WHERE participation_id IN (SELECT value FROM json_each(?)) ORDER BY participation_id, seq`,
    )
    .all(JSON.stringify(ids)) as StatusChangeRow[];
  const out = new Map<string, StatusChangeRow[]>();
  for (const r of rows) out.set(r.participation_id, [...(out.get(r.participation_id) ?? []), r]);
  return out;
}

function details(db: Db, rows: DetailRow[]): ParticipationDetail[] {
  const currency = readSettings(db).currency;
  const h = history(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    ...participationFromDb(r, currency),
    customerName: r.customer_name,
    editionName: r.edition_name,
    editionStartDate: r.edition_start,
    editionEndDate: r.edition_end,
    exhibitionId: r.exhibition_id,
    exhibitionName: r.exhibition_name,
    history: (h.get(r.id) ?? []).map(statusChangeFromDb),
  }));
}

export function getParticipation(ctx: Context, id: string): ParticipationDetail {
  const row = ctx.db.prepare(`${DETAIL_SELECT} WHERE p.id = ?`).get(id) as DetailRow | undefined;
  if (!row) throw new ApiFailure('not_found', 'err.notFound');
  return details(ctx.db, [row])[0]!;
}

/** A customer's participations (also while it is in the Trash), newest edition first. */
export function participationsOfCustomer(ctx: Context, customerId: string): ParticipationDetail[] {
  const rows = ctx.db
    .prepare(`${DETAIL_SELECT} WHERE p.customer_id = ? ORDER BY e.start_date DESC, x.name, p.role`)
    .all(customerId) as DetailRow[];
  return details(ctx.db, rows);
}

/** Detail fields of an input as columns, money in minor units. */
function columnsOf(fields: Partial<Record<keyof typeof PARTICIPATION_COLUMNS, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, col] of Object.entries(PARTICIPATION_COLUMNS)) {
    const v = fields[field as keyof typeof PARTICIPATION_COLUMNS];
    if (v === undefined) continue;
    out[col] = (MONEY_FIELDS as readonly string[]).includes(field) ? toMinor(v as number | null) : v;
  }
  return out;
}

function today(ctx: Context): string {
  return ctx.now().slice(0, 10);
}

function assertUnique(db: Db, customerId: string, editionId: string, role: string, exceptId: string | null, field: string): void {
  const clash = db
    .prepare('SELECT id FROM participations WHERE customer_id = ? AND edition_id = ? AND role = ? AND id IS NOT ?')
    .get(customerId, editionId, role, exceptId);
  if (clash) throw new ApiFailure('invalid_input', 'err.invalidInput', { [field]: 'err.duplicateParticipation' });
}

export function appendStatusChange(
  db: Db,
  c: { id: string; status: BookingStatus; at: string; reason: string | null; changedBy: string | null },
): void {
  db.prepare(
    `INSERT INTO participation_status_changes (participation_id, seq, status, at, reason, changed_by)
     VALUES (@id, (SELECT coalesce(max(seq), 0) + 1 FROM participation_status_changes WHERE participation_id = @id),
             @status, @at, @reason, @changedBy)`,
  ).run(c);
}

function announce(ctx: Context): void {
  // Edition totals and exhibition counts are computed from participations.
  ctx.changed('participations');
  ctx.changed('editions');
  ctx.changed('exhibitions');
}

export function createParticipation(ctx: Context, input: CreateInput): ParticipationDetail {
  const id = ctx.newId();
  ctx.db.transaction(() => {
    const fields: Record<string, string> = {};
    if (!ctx.db.prepare('SELECT 1 FROM customers WHERE id = ? AND deleted_at IS NULL').get(input.customerId)) {
      fields.customerId = 'err.customerMissing';
    }
    if (!ctx.db.prepare('SELECT 1 FROM editions WHERE id = ?').get(input.editionId)) fields.editionId = 'err.editionMissing';
    if (Object.keys(fields).length) throw new ApiFailure('invalid_input', 'err.invalidInput', fields);
    assertUnique(ctx.db, input.customerId, input.editionId, input.role, null, 'role');
    const now = ctx.now();
    const at = input.statusAt ?? today(ctx);
    const reason = input.status === 'cancelled' ? input.cancelReason : null;
    const cols = {
      id,
      customer_id: input.customerId,
      edition_id: input.editionId,
      ...columnsOf(input),
      status: input.status,
      status_at: at,
      cancel_reason: reason,
      created_at: now,
      updated_at: now,
    };
    const names = Object.keys(cols);
    ctx.db.prepare(`INSERT INTO participations (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`).run(cols);
    appendStatusChange(ctx.db, { id, status: input.status, at, reason, changedBy: ctx.staffName() });
    // Taking part in an exhibition makes (or keeps) a relationship with it (issue 4).
    startParticipationRelationship(ctx, input.customerId, input.editionId, at);
  })();
  announce(ctx);
  return getParticipation(ctx, id);
}

/**
 * Applies a patch (detail fields and/or a status) to a participation at `version`. A status
 * different from the stored one appends to the status history; the same status only corrects
 * its date or reason.
 */
function applyUpdate(ctx: Context, id: string, version: number, patch: UpdateInput['patch'], reasonField: string): void {
  const row = participationRow(ctx.db, id);
  if (!row) throw new ApiFailure('not_found', 'err.notFound');
  if (row.version !== version) throw new ApiFailure('conflict', 'err.conflict', undefined, { currentVersion: row.version });
  const set: Record<string, unknown> = columnsOf(patch);
  if (patch.role !== undefined && patch.role !== row.role) assertUnique(ctx.db, row.customer_id, row.edition_id, patch.role, id, 'patch.role');
  const status = patch.status ?? (row.status as BookingStatus);
  const statusChanged = status !== row.status;
  if (patch.status !== undefined || patch.statusAt !== undefined || patch.cancelReason !== undefined) {
    const reason = status === 'cancelled' ? (patch.cancelReason !== undefined ? patch.cancelReason : row.cancel_reason) : null;
    if (status === 'cancelled' && !reason) throw new ApiFailure('invalid_input', 'err.invalidInput', { [reasonField]: 'err.cancelReason' });
    const at = patch.statusAt ?? (statusChanged ? today(ctx) : row.status_at);
    Object.assign(set, { status, status_at: at, cancel_reason: reason });
    if (statusChanged) appendStatusChange(ctx.db, { id, status, at, reason, changedBy: ctx.staffName() });
  }
  const assignments = [...Object.keys(set).map((c) => `${c} = @${c}`), 'updated_at = @__now', 'version = version + 1'];
  const info = ctx.db
    .prepare(`UPDATE participations SET ${assignments.join(', ')} WHERE id = @__id AND version = @__version`)
    .run({ ...set, __now: ctx.now(), __id: id, __version: version });
  if (info.changes !== 1) throw new ApiFailure('conflict', 'err.conflict');
}

export function updateParticipation(ctx: Context, input: UpdateInput): ParticipationDetail {
  ctx.db.transaction(() => applyUpdate(ctx, input.id, input.version, input.patch, 'patch.cancelReason'))();
  announce(ctx);
  return getParticipation(ctx, input.id);
}

export function setParticipationStatus(ctx: Context, input: SetStatusInput): ParticipationDetail {
  ctx.db.transaction(() =>
    applyUpdate(ctx, input.id, input.version, { status: input.status, statusAt: input.at, cancelReason: input.reason }, 'reason'),
  )();
  announce(ctx);
  return getParticipation(ctx, input.id);
}

export function deleteParticipation(ctx: Context, id: string): { deleted: number } {
  const deleted = ctx.db.transaction(() => {
    const n = ctx.db.prepare('DELETE FROM participations WHERE id = ?').run(id).changes;
    if (n === 0) throw new ApiFailure('not_found', 'err.notFound');
    return n;
  })();
  announce(ctx);
  return { deleted };
}
