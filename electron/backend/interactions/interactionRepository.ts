import type { Db } from '../store/openDatabase';
import { INTERACTION_VIEW_SQL, type InteractionRow, type InteractionViewRow } from './interactionRows';

// Reads and writes of single interactions. Each runs inside the caller's transaction.

export type InteractionWrite = Omit<InteractionRow, 'version'>;

export function insertInteraction(db: Db, row: InteractionWrite): void {
  db.prepare(`
    INSERT INTO interactions (id, customer_id, at, type, direction, staff, edition_id, summary, outcome, cost,
      follow_up_on, complaint_state, resolved_at, created_at, updated_at)
    VALUES (@id, @customer_id, @at, @type, @direction, @staff, @edition_id, @summary, @outcome, @cost,
      @follow_up_on, @complaint_state, @resolved_at, @created_at, @updated_at)`).run(row);
}

/** Rewrites an interaction if it is still at `version`; false when it changed meanwhile. */
export function updateInteraction(db: Db, row: InteractionWrite, version: number): boolean {
  const info = db
    .prepare(`
      UPDATE interactions SET at = @at, type = @type, direction = @direction, staff = @staff,
        edition_id = @edition_id, summary = @summary, outcome = @outcome, cost = @cost,
        follow_up_on = @follow_up_on, complaint_state = @complaint_state, resolved_at = @resolved_at,
        updated_at = @updated_at, version = version + 1
      WHERE id = @id AND version = @version`)
    .run({ ...row, version });
  return info.changes === 1;
}

export function getInteractionRow(db: Db, id: string): InteractionRow | undefined {
  return db.prepare('SELECT * FROM interactions WHERE id = ?').get(id) as InteractionRow | undefined;
}

export function getInteractionView(db: Db, id: string): InteractionViewRow | undefined {
  return db.prepare(`${INTERACTION_VIEW_SQL} WHERE i.id = ?`).get(id) as InteractionViewRow | undefined;
}

export function deleteInteraction(db: Db, id: string, version: number): boolean {
  return db.prepare('DELETE FROM interactions WHERE id = ? AND version = ?').run(id, version).changes === 1;
}

export function customerExists(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM customers WHERE id = ?').get(id) !== undefined;
}

export function editionExists(db: Db, id: string): boolean {
  return db.prepare('SELECT 1 FROM editions WHERE id = ?').get(id) !== undefined;
}
