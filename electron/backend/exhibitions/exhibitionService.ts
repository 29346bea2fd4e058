import type { z } from 'zod';
import type {
  DeleteResult,
  ExhibitionCreateInput,
  ExhibitionDetail,
  ExhibitionListRow,
  ExhibitionUpdateInput,
} from '../../../shared/api/exhibitions';
import { ApiFailure } from '../../../shared/api/result';
import { CURRENT_EXHIBITION_SETTING, type EditionStatus } from '../../../shared/domain/exhibition';
import type { Context } from '../context';
import type { Db } from '../store/openDatabase';
import { writeSettings } from '../workspace/workspaceSettings';
import { EXHIBITION_COLUMNS, exhibitionFromDb, patchAssignments, type ExhibitionRow } from './exhibitionRows';

type CreateInput = z.output<typeof ExhibitionCreateInput>;
type UpdateInput = z.output<typeof ExhibitionUpdateInput>;

function exhibitionRow(db: Db, id: string): ExhibitionRow | undefined {
  return db.prepare('SELECT * FROM exhibitions WHERE id = ?').get(id) as ExhibitionRow | undefined;
}

/**
 * The exhibition every view defaults to: the one saved in the settings if it still exists,
 * otherwise the first one created (so a workspace with exhibitions always has a current one).
 */
export function currentExhibitionId(db: Db): string | null {
  const saved = db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(CURRENT_EXHIBITION_SETTING) as string | undefined;
  const id = saved ? (JSON.parse(saved) as unknown) : null;
  if (typeof id === 'string' && exhibitionRow(db, id)) return id;
  const first = db.prepare('SELECT id FROM exhibitions ORDER BY created_at, name LIMIT 1').pluck().get() as string | undefined;
  return first ?? null;
}

export function getExhibition(ctx: Context, id: string): ExhibitionDetail {
  const row = exhibitionRow(ctx.db, id);
  if (!row) throw new ApiFailure('not_found', 'err.notFound');
  return { ...exhibitionFromDb(row), current: currentExhibitionId(ctx.db) === id };
}

export function listExhibitions(ctx: Context): ExhibitionListRow[] {
  const current = currentExhibitionId(ctx.db);
  const rows = ctx.db
    .prepare(
      `SELECT x.*,
              (SELECT count(*) FROM editions e WHERE e.exhibition_id = x.id) AS edition_count,
              (SELECT count(*) FROM participations p JOIN editions e ON e.id = p.edition_id
                WHERE e.exhibition_id = x.id) AS participation_count
         FROM exhibitions x
        ORDER BY x.name COLLATE NOCASE, x.created_at`,
    )
    .all() as (ExhibitionRow & { edition_count: number; participation_count: number })[];
  const latest = ctx.db.prepare(
    'SELECT id, name, start_date AS startDate, status FROM editions WHERE exhibition_id = ? ORDER BY start_date DESC LIMIT 1',
  );
  return rows.map((r) => ({
    ...exhibitionFromDb(r),
    editionCount: r.edition_count,
    participationCount: r.participation_count,
    current: r.id === current,
    latestEdition: (latest.get(r.id) as { id: string; name: string; startDate: string; status: EditionStatus } | undefined) ?? null,
  }));
}

export function createExhibition(ctx: Context, input: CreateInput): ExhibitionDetail {
  const id = ctx.newId();
  ctx.db.transaction(() => {
    const now = ctx.now();
    const isFirst = !ctx.db.prepare('SELECT 1 FROM exhibitions LIMIT 1').get();
    ctx.db
      .prepare(
        `INSERT INTO exhibitions (id, name, theme, city, venue, frequency, maturity, notes, created_at, updated_at)
         VALUES (@id, @name, @theme, @city, @venue, @frequency, @maturity, @notes, @now, @now)`,
      )
      .run({ ...input, id, now });
    // The first exhibition becomes current, so every view has something to default to.
    if (isFirst) writeSettings(ctx.db, { [CURRENT_EXHIBITION_SETTING]: id }, now);
  })();
  ctx.changed('exhibitions');
  return getExhibition(ctx, id);
}

export function updateExhibition(ctx: Context, input: UpdateInput): ExhibitionDetail {
  ctx.db.transaction(() => {
    const row = exhibitionRow(ctx.db, input.id);
    if (!row) throw new ApiFailure('not_found', 'err.notFound');
    if (row.version !== input.version) throw new ApiFailure('conflict', 'err.conflict', undefined, { currentVersion: row.version });
    const { sql, values } = patchAssignments(input.patch, EXHIBITION_COLUMNS);
    const info = ctx.db
      .prepare(
        `UPDATE exhibitions SET ${[...sql, 'updated_at = @__now', 'version = version + 1'].join(', ')}
          WHERE id = @__id AND version = @__version`,
      )
      .run({ ...values, __now: ctx.now(), __id: input.id, __version: input.version });
    if (info.changes !== 1) throw new ApiFailure('conflict', 'err.conflict');
  })();
  ctx.changed('exhibitions');
  return getExhibition(ctx, input.id);
}

/** What deleting an exhibition takes with it. */
function dependants(db: Db, exhibitionId: string): DeleteResult {
  return db
    .prepare(
      `SELECT (SELECT count(*) FROM editions WHERE exhibition_id = @id) AS editions,
              (SELECT count(*) FROM participations p JOIN editions e ON e.id = p.edition_id WHERE e.exhibition_id = @id) AS participations`,
    )
    .get({ id: exhibitionId }) as DeleteResult;
}

/**
 * Deletes an exhibition with its editions and participations (ON DELETE CASCADE). When it has
 * any, the first call is refused and says how many would go; the caller asks the user and
 * calls again with confirm.
 */
export function deleteExhibition(ctx: Context, input: { id: string; confirm?: boolean }): DeleteResult {
  const result = ctx.db.transaction(() => {
    if (!exhibitionRow(ctx.db, input.id)) throw new ApiFailure('not_found', 'err.notFound');
    const d = dependants(ctx.db, input.id);
    if ((d.editions > 0 || d.participations > 0) && !input.confirm) {
      throw new ApiFailure('conflict', `err.confirmDeleteExhibition:${d.editions},${d.participations}`, undefined, {
        needsConfirm: true,
        ...d,
      });
    }
    ctx.db.prepare('DELETE FROM exhibitions WHERE id = ?').run(input.id);
    return d;
  })();
  ctx.changed('exhibitions');
  ctx.changed('editions');
  ctx.changed('participations');
  return result;
}

export function currentExhibition(ctx: Context): ExhibitionDetail | null {
  const id = currentExhibitionId(ctx.db);
  return id ? getExhibition(ctx, id) : null;
}

export function setCurrentExhibition(ctx: Context, id: string): ExhibitionDetail {
  ctx.db.transaction(() => {
    if (!exhibitionRow(ctx.db, id)) throw new ApiFailure('not_found', 'err.notFound');
    writeSettings(ctx.db, { [CURRENT_EXHIBITION_SETTING]: id }, ctx.now());
  })();
  ctx.changed('exhibitions');
  return getExhibition(ctx, id);
}
