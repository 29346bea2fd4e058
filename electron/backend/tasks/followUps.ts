import type { Context } from '../context';
import type { Db } from '../store/openDatabase';
import { FOLLOW_UP_KEY } from './playbookDefaults';

// An interaction's follow-up date is a task (source 'follow_up', one per interaction): creating
// or moving the date creates or moves the task, clearing it removes the open task. Called by
// the interaction service inside its transaction.

interface FollowUpSource {
  id: string;
  customer_id: string;
  edition_id: string | null;
  type: string;
  follow_up_on: string | null;
}

export function syncFollowUpTask(ctx: Context, i: FollowUpSource): void {
  const db = ctx.db;
  const task = db
    .prepare('SELECT id, due_on, done_at FROM tasks WHERE from_interaction_id = ?')
    .get(i.id) as { id: string; due_on: string; done_at: string | null } | undefined;
  const now = ctx.now();
  if (!i.follow_up_on) {
    // A done follow-up stays as history; only the open one goes.
    if (task && !task.done_at) db.prepare('DELETE FROM tasks WHERE id = ?').run(task.id);
    return;
  }
  const exhibitionId = i.edition_id
    ? ((db.prepare('SELECT exhibition_id FROM editions WHERE id = ?').pluck().get(i.edition_id) as string | undefined) ?? null)
    : null;
  if (!task) {
    db.prepare(`
      INSERT INTO tasks (id, customer_id, exhibition_id, source, default_key, due_on, interaction_type,
        from_interaction_id, created_at, updated_at)
      VALUES (?, ?, ?, 'follow_up', ?, ?, ?, ?, ?, ?)`)
      .run(ctx.newId(), i.customer_id, exhibitionId, FOLLOW_UP_KEY, i.follow_up_on, i.type, i.id, now, now);
    return;
  }
  if (task.due_on === i.follow_up_on) return;
  // A new date asks for a new follow-up, even when the old one was done.
  db.prepare(`
    UPDATE tasks SET due_on = ?, exhibition_id = ?, done_at = NULL, done_by = NULL, done_interaction_id = NULL,
      version = version + 1, updated_at = ? WHERE id = ?`).run(i.follow_up_on, exhibitionId, now, task.id);
}

const SQL_UUID = `lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' ||
  substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random()) % 4, 1) ||
  substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))`;

/**
 * Follow-up dates written before tasks existed (older workspaces, demo data) get their task, in
 * one INSERT … SELECT. A follow-up the customer already had a later contact for counts as done
 * then. Idempotent (one task per interaction), cheap when nothing is missing; skipped read-only.
 */
export function backfillFollowUpTasks(db: Db, now: string): number {
  if (db.readonly) return 0;
  const missing = db
    .prepare(`SELECT 1 FROM interactions i WHERE i.follow_up_on IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.from_interaction_id = i.id) LIMIT 1`)
    .get();
  if (!missing) return 0;
  return db
    .prepare(`
      INSERT INTO tasks (id, customer_id, exhibition_id, source, default_key, due_on, interaction_type,
        from_interaction_id, done_at, created_at, updated_at)
      SELECT ${SQL_UUID}, i.customer_id, e.exhibition_id, 'follow_up', ?, i.follow_up_on, i.type, i.id,
        (SELECT min(l.at) FROM interactions l WHERE l.customer_id = i.customer_id AND l.at > i.at), ?, ?
      FROM interactions i
      LEFT JOIN editions e ON e.id = i.edition_id
      WHERE i.follow_up_on IS NOT NULL AND NOT EXISTS (SELECT 1 FROM tasks t WHERE t.from_interaction_id = i.id)`)
    .run(FOLLOW_UP_KEY, now, now).changes;
}
