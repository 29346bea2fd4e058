import type { z } from 'zod';
import type { EditionParticipantsInput, EditionParticipantsResult, ParticipantSortField } from '../../../shared/api/exhibitions';
import { ApiFailure } from '../../../shared/api/result';
import { participationFromDb, type ParticipationRow } from '../participations/participationRows';
import type { Context } from '../context';
import { readSettings } from '../workspace/workspaceSettings';
import { editionRow } from './editionService';
import { editionTotals } from './editionTotals';

// An edition's participant table: one page, filtered and sorted in SQL, plus the edition's totals.

type Input = z.output<typeof EditionParticipantsInput>;

/** Sort field → SQL (fixed strings; the input only picks one). Empty values sort last. */
const ORDER: Record<ParticipantSortField, string> = {
  customerName: 'c.name_sort',
  role: 'p.role',
  status: `CASE p.status WHEN 'enquiry' THEN 0 WHEN 'reserved' THEN 1 WHEN 'contracted' THEN 2 WHEN 'paid' THEN 3
           WHEN 'attended' THEN 4 WHEN 'no_show' THEN 5 ELSE 6 END`,
  statusAt: 'p.status_at',
  standNumber: 'p.stand_number',
  standArea: 'p.stand_area',
  priceCharged: 'p.price_charged',
  satisfaction: 'p.satisfaction',
};

/** LIKE pattern for a fragment anywhere, with LIKE's wildcards taken literally. */
function containsPattern(q: string): string {
  return `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
}

export function editionParticipants(ctx: Context, input: Input): EditionParticipantsResult {
  const edition = editionRow(ctx.db, input.editionId);
  if (!edition) throw new ApiFailure('not_found', 'err.notFound');
  const where = ['p.edition_id = @edition', 'c.deleted_at IS NULL'];
  const params: Record<string, unknown> = { edition: input.editionId };
  if (input.role) {
    where.push('p.role = @role');
    params.role = input.role;
  }
  if (input.status) {
    where.push('p.status = @status');
    params.status = input.status;
  }
  const q = input.q?.trim();
  if (q) {
    // Company name, stand number or hall: what an organiser has in hand when looking someone up.
    where.push("(c.company_name LIKE @q ESCAPE '\\' OR p.stand_number LIKE @q ESCAPE '\\' OR p.hall LIKE @q ESCAPE '\\')");
    params.q = containsPattern(q);
  }
  const from = `FROM participations p JOIN customers c ON c.id = p.customer_id WHERE ${where.join(' AND ')}`;
  const total = ctx.db.prepare(`SELECT count(*) ${from}`).pluck().get(params) as number;
  const dir = input.sort.dir === 'desc' ? 'DESC' : 'ASC';
  const key = ORDER[input.sort.field];
  const rows = ctx.db
    .prepare(
      `SELECT p.*, c.company_name AS customer_name ${from}
        ORDER BY ${key} IS NULL, ${key} ${dir}, c.name_sort, p.role
        LIMIT @limit OFFSET @offset`,
    )
    .all({ ...params, limit: input.limit, offset: input.offset }) as (ParticipationRow & { customer_name: string })[];
  const currency = readSettings(ctx.db).currency;
  return {
    rows: rows.map((r) => ({ ...participationFromDb(r, currency), customerName: r.customer_name })),
    total,
    totals: editionTotals(ctx.db, edition.id, edition.sellable_area),
  };
}
