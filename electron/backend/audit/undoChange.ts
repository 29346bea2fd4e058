import type { z } from 'zod';
import type { AuditUndoInput } from '../../../shared/api/audit';
import { ApiFailure } from '../../../shared/api/result';
import type { Stage } from '../../../shared/domain/lifecycle';
import { nameSortKey } from '../../../shared/domain/searchDocument';
import type { Language } from '../../../shared/i18n/errors';
import type { Context } from '../context';
import { reindexCustomer } from '../customers/customerRepository';
import type { ContactRow } from '../customers/customerRows';
import { storedCompleteness } from '../customers/customerService';
import { relationshipRow, writeMove } from '../lifecycle/relationshipRepository';
import { computeSuggestions } from '../lifecycle/suggestionCompute';
import { appendStatusChange } from '../participations/participationService';
import { AUDITED_COLUMNS } from '../store/migrations/006_audit';
import { syncFollowUpTask } from '../tasks/followUps';
import { changeRow, currentVersion, fieldsOf, lastChangeId, type ChangeRow, type LogRow } from './auditHistory';

// Undo of a record's last change: its old values written back as a new change (recorded by the
// same triggers, so the undo shows in the history and can itself be undone). Refused with
// 'conflict' when the record changed since (a later change, or another version); an insert is
// refused (a new record is trashed or deleted instead); a deleted participation or interaction
// is put back from the values its deletion kept (a customer has the Trash instead). A stage move is undone by a move back, since stage
// history is immutable (migration 003).

const UNDO_REASON: Record<Language, string> = { en: 'Undo of the previous move', zh: '撤销上一次阶段变更' };

const changedSince = () => new ApiFailure('conflict', 'err.auditChangedSince');

function columnsOf(fields: LogRow[], allowed: readonly string[]): Record<string, unknown> {
  const set: Record<string, unknown> = {};
  for (const f of fields) if (allowed.includes(f.field)) set[f.field] = f.old_value;
  return set;
}

/** UPDATE … SET the old values, version + 1, updated_at = now, if still at `version`. */
function restoreColumns(ctx: Context, table: string, id: string, version: number, set: Record<string, unknown>): void {
  const assignments = [...Object.keys(set).map((c) => `${c} = @${c}`), 'updated_at = @__now', 'version = version + 1'];
  const info = ctx.db
    .prepare(`UPDATE ${table} SET ${assignments.join(', ')} WHERE id = @__id AND version = @__version`)
    .run({ ...set, __now: ctx.now(), __id: id, __version: version });
  if (info.changes !== 1) throw changedSince();
}

/** A contact as the audit trail stores it (migration 006: the row without its customer and timestamps). */
type ContactJson = Omit<ContactRow, 'customer_id' | 'created_at' | 'updated_at'>;

function undoCustomer(ctx: Context, c: ChangeRow, fields: LogRow[]): void {
  const set = columnsOf(fields, AUDITED_COLUMNS.customers);
  if (typeof set.company_name === 'string') set.name_sort = nameSortKey(set.company_name);
  // The version moves on first, so the contact and tag changes below start a new change
  // instead of joining the one being undone.
  restoreColumns(ctx, 'customers', c.record_id, c.version!, set);
  const db = ctx.db;
  const now = ctx.now();
  for (const f of [...fields].reverse()) {
    if (f.field === 'contact') {
      const before = f.old_value === null ? null : (JSON.parse(String(f.old_value)) as ContactJson);
      const after = f.new_value === null ? null : (JSON.parse(String(f.new_value)) as ContactJson);
      if (!before && after) db.prepare('DELETE FROM contacts WHERE id = ? AND customer_id = ?').run(after.id, c.record_id);
      else if (before && !after) {
        db.prepare(
          `INSERT INTO contacts (id, customer_id, position, name, title, phone, email, messaging, notes, created_at, updated_at)
           VALUES (@id, @customer_id, @position, @name, @title, @phone, @email, @messaging, @notes, @now, @now)`,
        ).run({ ...before, customer_id: c.record_id, now });
      } else if (before) {
        db.prepare(
          `UPDATE contacts SET name = @name, title = @title, phone = @phone, email = @email, messaging = @messaging,
                  notes = @notes, updated_at = @now WHERE id = @id AND customer_id = @customer_id`,
        ).run({ ...before, customer_id: c.record_id, now });
      }
    } else if (f.field === 'tag') {
      if (f.old_value === null) db.prepare('DELETE FROM customer_tags WHERE customer_id = ? AND tag = ?').run(c.record_id, f.new_value);
      else db.prepare('INSERT OR IGNORE INTO customer_tags (tag, customer_id, created_at) VALUES (?, ?, ?)').run(f.old_value, c.record_id, now);
    }
  }
  db.prepare('UPDATE customers SET completeness = ? WHERE id = ?').run(storedCompleteness(ctx, c.record_id), c.record_id);
  const num = db.prepare('SELECT num FROM customers WHERE id = ?').pluck().get(c.record_id) as number;
  reindexCustomer(db, num);
}

function undoParticipation(ctx: Context, c: ChangeRow, fields: LogRow[]): void {
  const set = columnsOf(fields, AUDITED_COLUMNS.participations);
  const prevStatus = ctx.db.prepare('SELECT status, status_at, cancel_reason FROM participations WHERE id = ?').get(c.record_id) as {
    status: string;
    status_at: string;
    cancel_reason: string | null;
  };
  restoreColumns(ctx, 'participations', c.record_id, c.version!, set);
  // The status history follows the status back (it is appended to, never rewritten).
  if (typeof set.status === 'string' && set.status !== prevStatus.status) {
    const now = ctx.db.prepare('SELECT status, status_at, cancel_reason FROM participations WHERE id = ?').get(c.record_id) as typeof prevStatus;
    appendStatusChange(ctx.db, {
      id: c.record_id,
      status: now.status as never,
      at: now.status_at,
      reason: now.cancel_reason,
      changedBy: ctx.staffName(),
    });
  }
}

function undoInteraction(ctx: Context, c: ChangeRow, fields: LogRow[]): void {
  const set = columnsOf(fields, AUDITED_COLUMNS.interactions);
  restoreColumns(ctx, 'interactions', c.record_id, c.version!, set);
  if ('follow_up_on' in set || 'edition_id' in set || 'type' in set) {
    const row = ctx.db.prepare('SELECT id, customer_id, edition_id, type, follow_up_on FROM interactions WHERE id = ?').get(c.record_id) as
      Parameters<typeof syncFollowUpTask>[1];
    syncFollowUpTask(ctx, row);
  }
}

/**
 * Puts a deleted participation or interaction back with its id and every recorded value (the
 * delete kept the whole row, migration 006), as a new record version 1; refused when the row
 * it belonged to is gone (its customer purged, its edition deleted) or the id is taken again.
 * A participation's status history starts again from its status; an interaction's follow-up
 * task is made again.
 */
function restoreDeleted(ctx: Context, c: ChangeRow, fields: LogRow[]): void {
  const record = fields.find((f) => f.field === '_record');
  if (!record || typeof record.old_value !== 'string') throw new ApiFailure('conflict', 'err.auditUndoDelete');
  const table = c.table_name === 'participation' ? 'participations' : 'interactions';
  const values = JSON.parse(record.old_value) as Record<string, unknown>;
  const cols = AUDITED_COLUMNS[table].filter((col) => col in values);
  if (ctx.db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(c.record_id)) throw changedSince();
  const parentGone =
    !ctx.db.prepare('SELECT 1 FROM customers WHERE id = ?').get(values.customer_id) ||
    (typeof values.edition_id === 'string' && !ctx.db.prepare('SELECT 1 FROM editions WHERE id = ?').get(values.edition_id));
  if (parentGone) throw new ApiFailure('conflict', 'err.auditUndoDelete');
  const now = ctx.now();
  try {
    ctx.db
      .prepare(`INSERT INTO ${table} (id, version, created_at, updated_at, ${cols.join(', ')}) VALUES (@__id, 1, @__now, @__now, ${cols.map((col) => `@${col}`).join(', ')})`)
      .run({ ...Object.fromEntries(cols.map((col) => [col, values[col] ?? null])), __id: c.record_id, __now: now });
  } catch (e) {
    // Taken meanwhile (the same customer booked into the same edition and role again, say).
    if ((e as { code?: string }).code?.startsWith('SQLITE_CONSTRAINT')) throw changedSince();
    throw e;
  }
  if (table === 'participations') {
    appendStatusChange(ctx.db, {
      id: c.record_id,
      status: values.status as never,
      at: String(values.status_at),
      reason: (values.cancel_reason as string | null) ?? null,
      changedBy: ctx.staffName(),
    });
  } else {
    const row = ctx.db.prepare('SELECT id, customer_id, edition_id, type, follow_up_on FROM interactions WHERE id = ?').get(c.record_id) as
      Parameters<typeof syncFollowUpTask>[1];
    syncFollowUpTask(ctx, row);
  }
}

function undoSetting(ctx: Context, c: ChangeRow, fields: LogRow[]): void {
  const f = fields[0];
  if (!f) return;
  if (f.old_value === null) ctx.db.prepare('DELETE FROM settings WHERE key = ?').run(c.record_id);
  else {
    const now = ctx.now();
    ctx.db
      .prepare(
        `INSERT INTO settings (key, value, created_at, updated_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
      )
      .run(c.record_id, f.old_value, now, now);
  }
}

/**
 * A stage move is undone by a correcting move back, dated like the move it corrects (the
 * mistaken stage lasted no time), outside the lifecycle's allowed moves (which are about
 * real progress, not corrections); the open tasks the mistaken move created go with it.
 */
function undoStage(ctx: Context, c: ChangeRow, fields: LogRow[], lang: Language): void {
  const stage = fields.find((f) => f.field === 'stage');
  const [customerId = '', exhibitionId = ''] = c.record_id.split('/');
  const row = relationshipRow(ctx.db, customerId, exhibitionId);
  if (!stage || !row) throw new ApiFailure('not_found', 'err.notFound');
  const from = stage.new_value as Stage;
  const to = stage.old_value as Stage;
  if (row.stage !== from || row.version !== c.version) throw changedSince();
  const undone = ctx.db
    .prepare('SELECT id, at FROM stage_transitions WHERE customer_id = ? AND exhibition_id = ? ORDER BY seq DESC LIMIT 1')
    .get(customerId, exhibitionId) as { id: string; at: string };
  const moved = writeMove(
    ctx,
    { customerId, exhibitionId, version: row.version, from, to, at: undone.at, reason: UNDO_REASON[lang], signal: null, evidence: null },
    ctx.staffName(),
  );
  if (!moved) throw changedSince();
  ctx.db.prepare('DELETE FROM tasks WHERE transition_id = ? AND done_at IS NULL').run(undone.id);
  computeSuggestions(ctx, exhibitionId, [customerId]);
}

const DOMAIN: Record<ChangeRow['table_name'], string> = {
  customer: 'customers',
  participation: 'participations',
  interaction: 'interactions',
  relationship: 'lifecycle',
  settings: 'settings',
};

/** Undoes change `changeId` of the record if it is still its last change; returns the undo's own change id. */
export function undoLastChange(ctx: Context, input: z.output<typeof AuditUndoInput>, lang: Language): { changeId: number | null } {
  const result = ctx.db.transaction(() => {
    const c = changeRow(ctx.db, input.changeId);
    if (!c) throw new ApiFailure('not_found', 'err.notFound');
    const belongs = c.table_name === input.table ? c.record_id === input.id : input.table === 'customer' && c.customer_id === input.id;
    if (!belongs) throw new ApiFailure('invalid_input', 'err.invalidInput', { changeId: 'err.auditWrongRecord' });
    if (lastChangeId(ctx.db, c.table_name, c.record_id) !== c.id) throw changedSince();
    if (c.action === 'insert') throw new ApiFailure('conflict', 'err.auditUndoInsert');
    if (c.action === 'delete') {
      // A deleted participation or interaction comes back from the values its deletion kept.
      if (c.table_name !== 'participation' && c.table_name !== 'interaction') throw new ApiFailure('conflict', 'err.auditUndoDelete');
      restoreDeleted(ctx, c, fieldsOf(ctx.db, [c.id]));
      const after = lastChangeId(ctx.db, c.table_name, c.record_id);
      return { changeId: after !== c.id ? after : null, table: c.table_name };
    }
    if (c.table_name !== 'settings') {
      const v = currentVersion(ctx.db, c.table_name, c.record_id);
      if (v === undefined) throw new ApiFailure('not_found', 'err.notFound');
      if (v !== c.version) throw changedSince();
    }
    const fields = fieldsOf(ctx.db, [c.id]);
    if (c.table_name === 'customer') undoCustomer(ctx, c, fields);
    else if (c.table_name === 'participation') undoParticipation(ctx, c, fields);
    else if (c.table_name === 'interaction') undoInteraction(ctx, c, fields);
    else if (c.table_name === 'settings') undoSetting(ctx, c, fields);
    else undoStage(ctx, c, fields, lang);
    const after = lastChangeId(ctx.db, c.table_name, c.record_id);
    return { changeId: after !== c.id ? after : null, table: c.table_name };
  })();
  ctx.changed(DOMAIN[result.table]);
  return { changeId: result.changeId };
}
