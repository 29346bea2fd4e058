import type { CustomerParticipation, CustomerSummary } from '../../../shared/api/customerPage';
import { fromMinor } from '../../../shared/domain/money';
import { BOOKED_STATUSES, type BookingStatus, type ParticipationRole } from '../../../shared/domain/participation';
import type { Db } from '../store/openDatabase';

// The customer page's figures and participation list, each one indexed look-up per customer.

const BOOKED = `(${BOOKED_STATUSES.map((s) => `'${s}'`).join(', ')})`;

export function customerSummary(db: Db, id: string): CustomerSummary {
  const r = db
    .prepare(`
      SELECT
        (SELECT count(*) FROM participations WHERE customer_id = @id AND status = 'attended') AS attended,
        (SELECT coalesce(sum(coalesce(price_charged, 0) + coalesce(other_revenue, 0)), 0)
           FROM participations WHERE customer_id = @id AND status IN ${BOOKED}) AS revenue,
        (SELECT max(at) FROM interactions WHERE customer_id = @id) AS last_contact,
        (SELECT count(*) FROM interactions WHERE customer_id = @id AND complaint_state = 'open') AS open_complaints,
        (SELECT coalesce(sum(cost), 0) FROM interactions WHERE customer_id = @id) AS cost`)
    .get({ id }) as { attended: number; revenue: number; last_contact: string | null; open_complaints: number; cost: number };
  const sat = db
    .prepare(`
      SELECT p.satisfaction AS score, e.name AS edition_name
      FROM participations p JOIN editions e ON e.id = p.edition_id
      WHERE p.customer_id = ? AND p.satisfaction IS NOT NULL
      ORDER BY e.start_date DESC, p.updated_at DESC LIMIT 1`)
    .get(id) as { score: number; edition_name: string } | undefined;
  return {
    editionsAttended: r.attended,
    totalRevenue: fromMinor(r.revenue),
    lastSatisfaction: sat ? { score: sat.score, editionName: sat.edition_name } : null,
    lastContactAt: r.last_contact,
    openComplaints: r.open_complaints,
    interactionCost: fromMinor(r.cost),
  };
}

interface ParticipationRow {
  id: string;
  edition_id: string;
  edition_name: string;
  exhibition_name: string;
  start_date: string;
  role: string;
  status: string;
  status_at: string;
  stand_area: number | null;
  price_charged: number | null;
  other_revenue: number | null;
  satisfaction: number | null;
}

/** The customer's participations, latest edition first (a customer has tens, not thousands). */
export function customerParticipations(db: Db, id: string): CustomerParticipation[] {
  const rows = db
    .prepare(`
      SELECT p.id, p.edition_id, e.name AS edition_name, x.name AS exhibition_name, e.start_date, p.role,
        p.status, p.status_at, p.stand_area, p.price_charged, p.other_revenue, p.satisfaction
      FROM participations p
      JOIN editions e ON e.id = p.edition_id
      JOIN exhibitions x ON x.id = e.exhibition_id
      WHERE p.customer_id = ?
      ORDER BY e.start_date DESC, p.role
      LIMIT 500`)
    .all(id) as ParticipationRow[];
  return rows.map((r) => ({
    id: r.id,
    editionId: r.edition_id,
    editionName: r.edition_name,
    exhibitionName: r.exhibition_name,
    startDate: r.start_date,
    role: r.role as ParticipationRole,
    status: r.status as BookingStatus,
    statusAt: r.status_at,
    standArea: r.stand_area,
    revenue:
      r.price_charged === null && r.other_revenue === null ? null : fromMinor((r.price_charged ?? 0) + (r.other_revenue ?? 0)),
    satisfaction: r.satisfaction,
  }));
}
