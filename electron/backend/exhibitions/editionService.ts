import type { z } from 'zod';
import type {
  DeleteResult,
  EditionCreateInput,
  EditionDetail,
  EditionSummary,
  EditionUpdateInput,
} from '../../../shared/api/exhibitions';
import { ApiFailure } from '../../../shared/api/result';
import type { Context } from '../context';
import type { Db } from '../store/openDatabase';
import { EDITION_COLUMNS, editionFromDb, patchAssignments, type EditionRow } from './exhibitionRows';
import { editionTotals, previousEdition, rebookingRate } from './editionTotals';

type CreateInput = z.output<typeof EditionCreateInput>;
type UpdateInput = z.output<typeof EditionUpdateInput>;

export function editionRow(db: Db, id: string): EditionRow | undefined {
  return db.prepare('SELECT * FROM editions WHERE id = ?').get(id) as EditionRow | undefined;
}

function summary(db: Db, row: EditionRow): EditionSummary {
  const prev = previousEdition(db, row.exhibition_id, row.start_date, row.id);
  return {
    ...editionFromDb(row),
    totals: editionTotals(db, row.id, row.sellable_area),
    rebooking: rebookingRate(db, row.id, prev),
  };
}

/** An exhibition's editions, the newest first, each with its figures and rebooking rate. */
export function listEditions(ctx: Context, exhibitionId: string): EditionSummary[] {
  if (!ctx.db.prepare('SELECT 1 FROM exhibitions WHERE id = ?').get(exhibitionId)) throw new ApiFailure('not_found', 'err.notFound');
  const rows = ctx.db
    .prepare('SELECT * FROM editions WHERE exhibition_id = ? ORDER BY start_date DESC, created_at DESC')
    .all(exhibitionId) as EditionRow[];
  return rows.map((r) => summary(ctx.db, r));
}

export function getEdition(ctx: Context, id: string): EditionDetail {
  const row = editionRow(ctx.db, id);
  if (!row) throw new ApiFailure('not_found', 'err.notFound');
  const exhibitionName = ctx.db.prepare('SELECT name FROM exhibitions WHERE id = ?').pluck().get(row.exhibition_id) as string;
  const s = summary(ctx.db, row);
  return {
    ...s,
    exhibitionName,
    previousEdition: s.rebooking ? { id: s.rebooking.previousEditionId, name: s.rebooking.previousEditionName } : null,
  };
}

function announce(ctx: Context): void {
  // Exhibition rows show edition counts; participation views show edition names.
  ctx.changed('editions');
  ctx.changed('exhibitions');
  ctx.changed('participations');
}

export function createEdition(ctx: Context, input: CreateInput): EditionDetail {
  const id = ctx.newId();
  ctx.db.transaction(() => {
    if (!ctx.db.prepare('SELECT 1 FROM exhibitions WHERE id = ?').get(input.exhibitionId)) {
      throw new ApiFailure('invalid_input', 'err.invalidInput', { exhibitionId: 'err.exhibitionMissing' });
    }
    const now = ctx.now();
    ctx.db
      .prepare(
        `INSERT INTO editions (id, exhibition_id, name, start_date, end_date, venue, sellable_area, status, notes, created_at, updated_at)
         VALUES (@id, @exhibitionId, @name, @startDate, @endDate, @venue, @sellableArea, @status, @notes, @now, @now)`,
      )
      .run({ ...input, id, now });
  })();
  announce(ctx);
  return getEdition(ctx, id);
}

export function updateEdition(ctx: Context, input: UpdateInput): EditionDetail {
  ctx.db.transaction(() => {
    const row = editionRow(ctx.db, input.id);
    if (!row) throw new ApiFailure('not_found', 'err.notFound');
    if (row.version !== input.version) throw new ApiFailure('conflict', 'err.conflict', undefined, { currentVersion: row.version });
    // Only one of the dates may be in the patch: check the pair as it will be stored.
    const start = input.patch.startDate ?? row.start_date;
    const end = input.patch.endDate ?? row.end_date;
    if (end < start) {
      const field = input.patch.endDate !== undefined ? 'patch.endDate' : 'patch.startDate';
      throw new ApiFailure('invalid_input', 'err.invalidInput', { [field]: 'err.endBeforeStart' });
    }
    const { sql, values } = patchAssignments(input.patch, EDITION_COLUMNS);
    const info = ctx.db
      .prepare(
        `UPDATE editions SET ${[...sql, 'updated_at = @__now', 'version = version + 1'].join(', ')}
          WHERE id = @__id AND version = @__version`,
      )
      .run({ ...values, __now: ctx.now(), __id: input.id, __version: input.version });
    if (info.changes !== 1) throw new ApiFailure('conflict', 'err.conflict');
  })();
  announce(ctx);
  return getEdition(ctx, input.id);
}

/** Deletes an edition; with participations, only after the caller confirms (see deleteExhibition). */
export function deleteEdition(ctx: Context, input: { id: string; confirm?: boolean }): DeleteResult {
  const result = ctx.db.transaction(() => {
    if (!editionRow(ctx.db, input.id)) throw new ApiFailure('not_found', 'err.notFound');
    const participations = ctx.db.prepare('SELECT count(*) FROM participations WHERE edition_id = ?').pluck().get(input.id) as number;
    if (participations > 0 && !input.confirm) {
      throw new ApiFailure('conflict', `err.confirmDeleteEdition:${participations}`, undefined, {
        needsConfirm: true,
        editions: 1,
        participations,
      });
    }
    ctx.db.prepare('DELETE FROM editions WHERE id = ?').run(input.id);
    return { editions: 1, participations };
  })();
  announce(ctx);
  return result;
}
