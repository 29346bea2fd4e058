import type { z } from 'zod';
import type { Task, TaskCompleteInput, TaskCreateInput, TaskWeek, TaskWeekInput } from '../../../shared/api/tasks';
import { ApiFailure } from '../../../shared/api/result';
import type { Context } from '../context';
import { createInteraction } from '../interactions/interactionService';
import { addDays, localDate } from './dates';
import { backfillFollowUpTasks } from './followUps';
import { getTaskRow, readTasks, type TaskRow } from './taskRows';

// Tasks: the "This week" list, a customer's tasks, and completing (optionally logging the
// interaction in the same transaction), reopening, snoozing and deleting one.

const LIVE = 'c.deleted_at IS NULL';

function read(ctx: Context, id: string): Task {
  const t = readTasks(ctx.db, 'WHERE t.id = ?', [id])[0];
  if (!t) throw new ApiFailure('not_found', 'err.notFound');
  return t;
}

function announce(ctx: Context): void {
  ctx.changed('tasks');
}

/** Loads a task for a write and checks the version the screen started from. */
function current(ctx: Context, id: string, version: number): TaskRow {
  const row = getTaskRow(ctx.db, id);
  if (!row) throw new ApiFailure('not_found', 'err.notFound');
  if (row.version !== version) throw new ApiFailure('conflict', 'err.conflict', undefined, { currentVersion: row.version });
  return row;
}

function bump(ctx: Context, id: string, version: number, set: string, params: unknown[]): void {
  const n = ctx.db
    .prepare(`UPDATE tasks SET ${set}, version = version + 1, updated_at = ? WHERE id = ? AND version = ?`)
    .run(...params, ctx.now(), id, version).changes;
  if (n !== 1) throw new ApiFailure('conflict', 'err.conflict');
}

export function tasksOfWeek(ctx: Context, input: z.output<typeof TaskWeekInput>): TaskWeek {
  backfillFollowUpTasks(ctx.db, ctx.now());
  const from = input.from ?? localDate(ctx.now());
  const to = input.to ?? addDays(from, 6);
  if (to < from) throw new ApiFailure('invalid_input', 'err.invalidInput', { to: 'err.endBeforeStart' });
  const lower = input.includeOverdue ? '0000-00-00' : from;
  const where = `WHERE t.done_at IS NULL AND t.due_on >= ? AND t.due_on <= ? AND ${LIVE}`;
  const counts = ctx.db
    .prepare(`SELECT count(*) AS total, coalesce(sum(t.due_on < ?), 0) AS overdue
      FROM tasks t JOIN customers c ON c.id = t.customer_id ${where}`)
    .get(from, lower, to) as { total: number; overdue: number };
  const rows = readTasks(ctx.db, `${where} ORDER BY t.due_on, c.name_sort, t.created_at LIMIT ?`, [lower, to, input.limit]);
  return { from, to, rows, total: counts.total, overdue: counts.overdue };
}

export function tasksOfCustomer(ctx: Context, input: { customerId: string }): { open: Task[]; done: Task[] } {
  backfillFollowUpTasks(ctx.db, ctx.now());
  return {
    open: readTasks(ctx.db, 'WHERE t.customer_id = ? AND t.done_at IS NULL ORDER BY t.due_on, t.created_at', [input.customerId]),
    done: readTasks(ctx.db, 'WHERE t.customer_id = ? AND t.done_at IS NOT NULL ORDER BY t.done_at DESC LIMIT 10', [input.customerId]),
  };
}

export function createTask(ctx: Context, input: z.output<typeof TaskCreateInput>): Task {
  const id = ctx.newId();
  const now = ctx.now();
  ctx.db.transaction(() => {
    const fields: Record<string, string> = {};
    if (!ctx.db.prepare('SELECT 1 FROM customers WHERE id = ? AND deleted_at IS NULL').get(input.customerId)) {
      fields.customerId = 'err.customerMissing';
    }
    if (input.exhibitionId && !ctx.db.prepare('SELECT 1 FROM exhibitions WHERE id = ?').get(input.exhibitionId)) {
      fields.exhibitionId = 'err.exhibitionMissing';
    }
    if (Object.keys(fields).length) throw new ApiFailure('invalid_input', 'err.invalidInput', fields);
    ctx.db
      .prepare(`INSERT INTO tasks (id, customer_id, exhibition_id, source, title, due_on, interaction_type, created_at, updated_at)
        VALUES (?, ?, ?, 'manual', ?, ?, ?, ?, ?)`)
      .run(id, input.customerId, input.exhibitionId, input.title, input.dueOn, input.interactionType, now, now);
  })();
  announce(ctx);
  return read(ctx, id);
}

/**
 * Marks a task done; with logInteraction, the interaction is written in the same transaction
 * and linked (done_interaction_id): if either write fails, neither happens.
 */
export function completeTask(ctx: Context, input: z.output<typeof TaskCompleteInput>): Task {
  let logged = false;
  ctx.db.transaction(() => {
    const row = current(ctx, input.id, input.version);
    if (row.done_at) throw new ApiFailure('conflict', 'err.taskDone');
    let interactionId: string | null = null;
    if (input.logInteraction) {
      const l = input.logInteraction;
      try {
        interactionId = createInteraction(ctx, {
          customerId: row.customer_id,
          at: l.at ?? ctx.now(),
          type: l.type,
          direction: null,
          staff: undefined,
          editionId: null,
          summary: l.summary,
          outcome: l.outcome,
          cost: l.cost,
          followUpOn: null,
        }).id;
      } catch (e) {
        // The interaction's field errors belong to the nested form.
        if (e instanceof ApiFailure && e.fields) {
          throw new ApiFailure(e.code, e.message, Object.fromEntries(Object.entries(e.fields).map(([k, v]) => [`logInteraction.${k}`, v])));
        }
        throw e;
      }
      logged = true;
    }
    bump(ctx, row.id, row.version, 'done_at = ?, done_by = ?, done_interaction_id = ?', [ctx.now(), ctx.staffName(), interactionId]);
  })();
  announce(ctx);
  if (logged) ctx.changed('interactions');
  return read(ctx, input.id);
}

export function reopenTask(ctx: Context, input: { id: string; version: number }): Task {
  ctx.db.transaction(() => {
    const row = current(ctx, input.id, input.version);
    if (!row.done_at) throw new ApiFailure('conflict', 'err.taskOpen');
    // The interaction logged on completion stays: it happened.
    bump(ctx, row.id, row.version, 'done_at = NULL, done_by = NULL, done_interaction_id = NULL', []);
  })();
  announce(ctx);
  return read(ctx, input.id);
}

export function snoozeTask(ctx: Context, input: { id: string; version: number; dueOn: string }): Task {
  ctx.db.transaction(() => {
    const row = current(ctx, input.id, input.version);
    if (row.done_at) throw new ApiFailure('conflict', 'err.taskDone');
    bump(ctx, row.id, row.version, 'due_on = ?', [input.dueOn]);
  })();
  announce(ctx);
  return read(ctx, input.id);
}

export function deleteTask(ctx: Context, input: { id: string; version: number }): { count: number } {
  ctx.db.transaction(() => {
    current(ctx, input.id, input.version);
    ctx.db.prepare('DELETE FROM tasks WHERE id = ?').run(input.id);
  })();
  announce(ctx);
  return { count: 1 };
}
