import type { EditionTotals, RebookingRate } from '../../../shared/api/exhibitions';
import { fromMinor } from '../../../shared/domain/money';
import { BOOKING_STATUSES, BOOKED_STATUSES, type BookingStatus } from '../../../shared/domain/participation';
import type { Db } from '../store/openDatabase';
import { readSettings } from '../workspace/workspaceSettings';

// An edition's figures, computed in SQL over its participations. Customers in the Trash are
// left out (their history comes back with them on restore).

/** `'contracted', 'paid', 'attended'` — constants from the domain, not user input. */
export const BOOKED_SQL = BOOKED_STATUSES.map((s) => `'${s}'`).join(', ');

interface StatusRow {
  status: BookingStatus;
  n: number;
  area: number | null;
  revenue: number | null;
}

interface SatisfactionRow {
  respondents: number;
  average: number | null;
  promoters: number;
  detractors: number;
}

export function editionTotals(db: Db, editionId: string, sellableArea: number | null): EditionTotals {
  const rows = db
    .prepare(
      `SELECT p.status AS status, count(*) AS n,
              sum(CASE WHEN p.status IN (${BOOKED_SQL}) THEN p.stand_area END) AS area,
              sum(CASE WHEN p.status IN (${BOOKED_SQL}) THEN coalesce(p.price_charged, 0) + coalesce(p.other_revenue, 0) END) AS revenue
         FROM participations p JOIN customers c ON c.id = p.customer_id AND c.deleted_at IS NULL
        WHERE p.edition_id = ?
        GROUP BY p.status`,
    )
    .all(editionId) as StatusRow[];
  const byStatus = Object.fromEntries(BOOKING_STATUSES.map((s) => [s, 0])) as Record<BookingStatus, number>;
  let participants = 0;
  let booked = 0;
  let area = 0;
  let revenue = 0;
  for (const r of rows) {
    byStatus[r.status] = r.n;
    participants += r.n;
    if (BOOKED_STATUSES.includes(r.status)) booked += r.n;
    area += r.area ?? 0;
    revenue += r.revenue ?? 0;
  }
  const sat = db
    .prepare(
      `SELECT count(*) AS respondents, avg(p.satisfaction) AS average,
              sum(p.satisfaction >= 9) AS promoters, sum(p.satisfaction <= 6) AS detractors
         FROM participations p JOIN customers c ON c.id = p.customer_id AND c.deleted_at IS NULL
        WHERE p.edition_id = ? AND p.satisfaction IS NOT NULL`,
    )
    .get(editionId) as SatisfactionRow;
  return {
    participants,
    byStatus,
    booked,
    areaSold: Math.round(area * 100) / 100,
    sellableArea,
    revenue: fromMinor(revenue),
    averageSatisfaction: sat.respondents ? Math.round((sat.average ?? 0) * 10) / 10 : null,
    // Same formula as shared/domain/participation.ts nps(), done in SQL to avoid reading every score.
    nps: sat.respondents ? Math.round(((sat.promoters - sat.detractors) / sat.respondents) * 100) : null,
    respondents: sat.respondents,
    currency: readSettings(db).currency,
  };
}

/** The edition of the same exhibition that started last before this one. */
export function previousEdition(db: Db, exhibitionId: string, startDate: string, id: string): { id: string; name: string } | null {
  const row = db
    .prepare(
      `SELECT id, name FROM editions
        WHERE exhibition_id = ? AND id != ? AND start_date < ?
        ORDER BY start_date DESC, created_at DESC LIMIT 1`,
    )
    .get(exhibitionId, id, startDate) as { id: string; name: string } | undefined;
  return row ?? null;
}

export function rebookingRate(db: Db, editionId: string, previous: { id: string; name: string } | null): RebookingRate | null {
  if (!previous) return null;
  const r = db
    .prepare(
      `SELECT count(*) AS previous,
              sum(EXISTS (SELECT 1 FROM participations q
                           WHERE q.edition_id = @edition AND q.customer_id = x.customer_id AND q.status IN (${BOOKED_SQL}))) AS rebooked
         FROM (SELECT DISTINCT p.customer_id FROM participations p
                 JOIN customers c ON c.id = p.customer_id AND c.deleted_at IS NULL
                WHERE p.edition_id = @previous AND p.role = 'exhibitor' AND p.status IN (${BOOKED_SQL})) x`,
    )
    .get({ edition: editionId, previous: previous.id }) as { previous: number; rebooked: number | null };
  return {
    previousEditionId: previous.id,
    previousEditionName: previous.name,
    previousExhibitors: r.previous,
    rebooked: r.rebooked ?? 0,
    rate: r.previous ? (r.rebooked ?? 0) / r.previous : null,
  };
}
