import type { z } from 'zod';
import type { RebookInput, RebookPreview, RebookResult } from '../../../shared/api/exhibitions';
import { ApiFailure } from '../../../shared/api/result';
import type { Context } from '../context';
import type { Db } from '../store/openDatabase';
import { loadSegmentDefinition, segmentWhere } from '../segments/segmentSql';
import { BOOKED_SQL } from './editionTotals';
import { editionRow } from './editionService';

// "Invite last edition's participants": booked participants of one edition become enquiries
// in another, in the same role. A customer already in the target edition in that role is
// skipped (one participation per customer, edition and role).

type Input = z.output<typeof RebookInput>;

interface Candidate {
  customer_id: string;
  role: string;
  stand_area: number | null;
  stand_type: string | null;
  present: number;
}

function candidates(ctx: Context, input: Input): { rows: Candidate[]; names: { from: string; to: string } } {
  const fields: Record<string, string> = {};
  const from = editionRow(ctx.db, input.fromEditionId);
  const to = editionRow(ctx.db, input.toEditionId);
  if (!from) fields.fromEditionId = 'err.editionMissing';
  if (!to) fields.toEditionId = 'err.editionMissing';
  let scopeSql = '';
  let scopeParams: Record<string, unknown> = {};
  if (input.scope.kind === 'exhibitors') scopeSql = "AND p.role = 'exhibitor'";
  else if (input.scope.kind === 'segment') {
    if (!segmentExists(ctx.db, input.scope.segmentId)) fields['scope.segmentId'] = 'err.segmentMissing';
    else {
      const where = segmentWhere(loadSegmentDefinition(ctx.db, input.scope.segmentId), { now: ctx.now(), prefix: 'seg' });
      scopeSql = `AND (${where.sql})`;
      scopeParams = where.params;
    }
  }
  if (Object.keys(fields).length) throw new ApiFailure('invalid_input', 'err.invalidInput', fields);
  const rows = ctx.db
    .prepare(
      `SELECT p.customer_id, p.role, p.stand_area, p.stand_type,
              EXISTS (SELECT 1 FROM participations q
                       WHERE q.customer_id = p.customer_id AND q.edition_id = @to AND q.role = p.role) AS present
         FROM participations p JOIN customers c ON c.id = p.customer_id
        WHERE p.edition_id = @from AND p.status IN (${BOOKED_SQL}) AND c.deleted_at IS NULL ${scopeSql}`,
    )
    .all({ ...scopeParams, from: input.fromEditionId, to: input.toEditionId }) as Candidate[];
  return { rows, names: { from: from!.name, to: to!.name } };
}

function segmentExists(db: Db, id: string): boolean {
  return Boolean(db.prepare('SELECT 1 FROM segments WHERE id = ?').get(id));
}

export function rebookPreview(ctx: Context, input: Input): RebookPreview {
  const { rows } = candidates(ctx, input);
  const alreadyPresent = rows.filter((r) => r.present).length;
  return { candidates: rows.length, alreadyPresent, willCreate: rows.length - alreadyPresent };
}

/**
 * Creates the enquiries in one transaction. The previous stand size and type are carried over
 * as a starting point for the sales conversation; prices and everything else start empty.
 */
export function rebook(ctx: Context, input: Input): RebookResult {
  const result = ctx.db.transaction(() => {
    const { rows, names } = candidates(ctx, input);
    const now = ctx.now();
    const day = now.slice(0, 10);
    const by = ctx.staffName();
    const insert = ctx.db.prepare(
      `INSERT INTO participations (id, customer_id, edition_id, role, stand_area, stand_type, status, status_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 'enquiry', ?, ?, ?)`,
    );
    const history = ctx.db.prepare(
      `INSERT INTO participation_status_changes (participation_id, seq, status, at, reason, changed_by)
       VALUES (?, 1, 'enquiry', ?, NULL, ?)`,
    );
    let created = 0;
    for (const r of rows) {
      if (r.present) continue;
      const id = ctx.newId();
      insert.run(id, r.customer_id, input.toEditionId, r.role, r.stand_area, r.stand_type, day, now, now);
      history.run(id, day, by);
      created++;
    }
    return { candidates: rows.length, created, skipped: rows.length - created, fromEditionName: names.from, toEditionName: names.to };
  })();
  if (result.created > 0) {
    ctx.changed('participations');
    ctx.changed('editions');
    ctx.changed('exhibitions');
  }
  return result;
}
