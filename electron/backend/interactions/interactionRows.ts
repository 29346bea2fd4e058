import type { Interaction } from '../../../shared/api/interactions';
import type { ComplaintState, InteractionDirection, InteractionType } from '../../../shared/domain/interaction';
import { fromMinor } from '../../../shared/domain/money';

// The interactions table's row shape and its mapper to the API's Interaction.

export interface InteractionRow {
  id: string;
  customer_id: string;
  at: string;
  type: string;
  direction: string | null;
  staff: string | null;
  edition_id: string | null;
  summary: string;
  outcome: string | null;
  cost: number;
  follow_up_on: string | null;
  complaint_state: string | null;
  resolved_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** A row joined with the names the screens show beside it. */
export interface InteractionViewRow extends InteractionRow {
  customer_name: string;
  edition_name: string | null;
}

/** SELECT list + joins giving InteractionViewRow; `i` is the interactions alias. */
export const INTERACTION_VIEW_SQL = `
  SELECT i.*, c.company_name AS customer_name, e.name AS edition_name
  FROM interactions i
  JOIN customers c ON c.id = i.customer_id
  LEFT JOIN editions e ON e.id = i.edition_id`;

export function interactionFromDb(r: InteractionViewRow): Interaction {
  return {
    id: r.id,
    customerId: r.customer_id,
    customerName: r.customer_name,
    at: r.at,
    type: r.type as InteractionType,
    direction: r.direction as InteractionDirection | null,
    staff: r.staff,
    editionId: r.edition_id,
    editionName: r.edition_name,
    summary: r.summary,
    outcome: r.outcome,
    cost: fromMinor(r.cost),
    followUpOn: r.follow_up_on,
    complaintState: r.complaint_state as ComplaintState | null,
    resolvedAt: r.resolved_at,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}
