import type { HistoryPoint, RelationshipValue } from '../../../shared/api/valuation';
import { ApiFailure } from '../../../shared/api/result';
import { fromMinor } from '../../../shared/domain/money';
import type { Tier } from '../../../shared/domain/valuation/figures';
import type { Context } from '../context';
import type { Db } from '../store/openDatabase';
import { latestSnapshotInfo } from './snapshotRows';
import { readValuationSettings } from './valuationSettingsStore';
import { valueRowsOf } from './valueRows';

// One relationship's value (the customer page's panel) and the organiser's two ratings.
// Ratings are stored on the relationship at once and count from the next assessment; the
// figures shown stay those of the latest snapshot until then.

interface RatingsRow {
  version: number;
  demonstration_rating: number | null;
  capability_rating: number | null;
  exhibition_name: string;
}

/** Unknown customer / exhibition → field errors (a customer in the Trash too, for writes); no relationship → not_found. */
function relationshipOf(db: Db, customerId: string, exhibitionId: string, opts: { live: boolean }): RatingsRow {
  const fields: Record<string, string> = {};
  const customer = db.prepare('SELECT deleted_at FROM customers WHERE id = ?').get(customerId) as { deleted_at: string | null } | undefined;
  if (!customer || (opts.live && customer.deleted_at)) fields.customerId = 'err.customerMissing';
  if (!db.prepare('SELECT 1 FROM exhibitions WHERE id = ?').get(exhibitionId)) fields.exhibitionId = 'err.exhibitionMissing';
  if (Object.keys(fields).length) throw new ApiFailure('invalid_input', 'err.invalidInput', fields);
  const row = db
    .prepare(
      `SELECT r.version, r.demonstration_rating, r.capability_rating, x.name AS exhibition_name
         FROM relationships r JOIN exhibitions x ON x.id = r.exhibition_id
        WHERE r.customer_id = ? AND r.exhibition_id = ?`,
    )
    .get(customerId, exhibitionId) as RatingsRow | undefined;
  if (!row) throw new ApiFailure('not_found', 'err.relationshipMissing', { customerId: 'err.relationshipMissing' });
  return row;
}

/** The customer's tags that are brand tags (settings.brandTags), compared case-insensitively, in tag order. */
function brandTagsOf(db: Db, customerId: string, brandTags: readonly string[]): string[] {
  const wanted = new Set(brandTags.map((t) => t.toLocaleLowerCase()));
  const tags = db.prepare('SELECT tag FROM customer_tags WHERE customer_id = ? ORDER BY tag').pluck().all(customerId) as string[];
  return tags.filter((t) => wanted.has(t.toLocaleLowerCase()));
}

interface HistoryRow {
  snapshotId: string;
  takenAt: string;
  score: number;
  tier: Tier;
  probability: number;
  economic: number;
  profit: number;
}

function historyOf(db: Db, customerId: string, exhibitionId: string): HistoryPoint[] {
  const rows = db
    .prepare(
      // One primary-key seek per snapshot of the exhibition (value_figures has no index by customer).
      `SELECT s.id AS snapshotId, s.taken_at AS takenAt, f.score, f.tier, f.probability, f.economic, f.profit
         FROM value_snapshots s CROSS JOIN value_figures f ON f.snapshot_num = s.num AND f.customer_num = (SELECT num FROM customers WHERE id = ?)
        WHERE s.exhibition_id = ?
        ORDER BY s.taken_at, s.num`,
    )
    .all(customerId, exhibitionId) as HistoryRow[];
  return rows.map((r) => ({ ...r, economic: fromMinor(r.economic), profit: fromMinor(r.profit) }));
}

export function relationshipValue(ctx: Context, customerId: string, exhibitionId: string): RelationshipValue {
  const db = ctx.db;
  const rel = relationshipOf(db, customerId, exhibitionId, { live: false });
  const snapshot = latestSnapshotInfo(db, exhibitionId);
  return {
    customerId,
    exhibitionId,
    exhibitionName: rel.exhibition_name,
    version: rel.version,
    demonstrationRating: rel.demonstration_rating,
    capabilityRating: rel.capability_rating,
    brandTags: brandTagsOf(db, customerId, readValuationSettings(db).brandTags),
    current: snapshot ? (valueRowsOf(db, snapshot.id, [customerId])[0] ?? null) : null,
    snapshot,
    history: historyOf(db, customerId, exhibitionId),
  };
}

export interface RatingsInput {
  customerId: string;
  exhibitionId: string;
  version: number;
  demonstrationRating?: number | null | undefined;
  capabilityRating?: number | null | undefined;
}

/**
 * Sets either or both ratings (absent = unchanged, null = not rated) when the relationship is
 * still at `version` (else conflict, like a stage move from a stale screen); bumps the version.
 */
export function setRatings(ctx: Context, input: RatingsInput): RelationshipValue {
  ctx.db.transaction(() => {
    const rel = relationshipOf(ctx.db, input.customerId, input.exhibitionId, { live: true });
    if (rel.version !== input.version) {
      throw new ApiFailure('conflict', 'err.relationshipConflict', undefined, { currentVersion: rel.version });
    }
    const info = ctx.db
      .prepare(
        `UPDATE relationships
            SET demonstration_rating = @demo, capability_rating = @cap, version = version + 1, updated_at = @now
          WHERE customer_id = @c AND exhibition_id = @x AND version = @v`,
      )
      .run({
        demo: input.demonstrationRating === undefined ? rel.demonstration_rating : input.demonstrationRating,
        cap: input.capabilityRating === undefined ? rel.capability_rating : input.capabilityRating,
        now: ctx.now(),
        c: input.customerId,
        x: input.exhibitionId,
        v: input.version,
      });
    if (info.changes !== 1) throw new ApiFailure('conflict', 'err.relationshipConflict');
  })();
  ctx.changed('valuation');
  ctx.changed('lifecycle');
  return relationshipValue(ctx, input.customerId, input.exhibitionId);
}
