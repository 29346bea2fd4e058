import { CURRENT_EXHIBITION_SETTING } from '../../../shared/domain/exhibition';
import type { Context } from '../context';
import { ensureRelationship } from './relationshipRepository';

// Every customer who took part in an exhibition has a relationship with it, and a new customer
// starts in cultivation for the current exhibition. Services call these where the records are
// made; the refresh runs the set-based one as a safety net for paths that insert in bulk.

function currentExhibition(ctx: Context): string | null {
  const saved = ctx.db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(CURRENT_EXHIBITION_SETTING) as string | undefined;
  const id = saved ? (JSON.parse(saved) as unknown) : null;
  if (typeof id === 'string' && ctx.db.prepare('SELECT 1 FROM exhibitions WHERE id = ?').get(id)) return id;
  return (ctx.db.prepare('SELECT id FROM exhibitions ORDER BY created_at, name LIMIT 1').pluck().get() as string | undefined) ?? null;
}

/** A new customer: cultivation in the current exhibition, if there is one. In the caller's transaction. */
export function startCustomerRelationship(ctx: Context, customerId: string): void {
  const x = currentExhibition(ctx);
  if (x) ensureRelationship(ctx, customerId, x, ctx.now().slice(0, 10));
}

/** A participation in an edition: the pair's relationship, begun on the earlier of its date and today. */
export function startParticipationRelationship(ctx: Context, customerId: string, editionId: string, at: string): void {
  const x = ctx.db.prepare('SELECT exhibition_id FROM editions WHERE id = ?').pluck().get(editionId) as string | undefined;
  if (!x) return;
  const today = ctx.now().slice(0, 10);
  ensureRelationship(ctx, customerId, x, at.slice(0, 10) < today ? at.slice(0, 10) : today);
}

/** Relationships for every (customer, exhibition) pair with a participation but none yet. */
export function ensureMissingRelationships(ctx: Context, exhibitionId: string): number {
  const missing = ctx.db
    .prepare(
      `SELECT p.customer_id, min(p.status_at) FROM participations p
        WHERE p.edition_id IN (SELECT id FROM editions WHERE exhibition_id = @x)
          AND NOT EXISTS (SELECT 1 FROM relationships r WHERE r.customer_id = p.customer_id AND r.exhibition_id = @x)
        GROUP BY p.customer_id`,
    )
    .raw()
    .all({ x: exhibitionId }) as [string, string][];
  if (!missing.length) return 0;
  const today = ctx.now().slice(0, 10);
  ctx.db.transaction(() => {
    for (const [c, at] of missing) ensureRelationship(ctx, c, exhibitionId, at < today ? at : today);
  })();
  return missing.length;
}
