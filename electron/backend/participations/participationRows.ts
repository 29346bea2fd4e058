import type { Participation, StatusChange } from '../../../shared/api/participations';
import type { WorkspaceSettings } from '../../../shared/api/app';
import { fromMinor } from '../../../shared/domain/money';
import type { BookingStatus, ParticipationRole, ReturnIntent, StandType } from '../../../shared/domain/participation';

// Database rows of participations and their API shape (money: minor units → major units).

export interface ParticipationRow {
  id: string;
  customer_id: string;
  edition_id: string;
  role: string;
  stand_number: string | null;
  hall: string | null;
  stand_area: number | null;
  stand_type: string | null;
  list_price: number | null;
  price_charged: number | null;
  other_revenue: number | null;
  status: string;
  status_at: string;
  cancel_reason: string | null;
  satisfaction: number | null;
  intent_to_return: string | null;
  feedback: string | null;
  leads: number | null;
  meetings: number | null;
  notes: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface StatusChangeRow {
  participation_id: string;
  seq: number;
  status: string;
  at: string;
  reason: string | null;
  changed_by: string | null;
}

export function participationFromDb(r: ParticipationRow, currency: WorkspaceSettings['currency']): Participation {
  return {
    id: r.id,
    customerId: r.customer_id,
    editionId: r.edition_id,
    role: r.role as ParticipationRole,
    standNumber: r.stand_number,
    hall: r.hall,
    standArea: r.stand_area,
    standType: r.stand_type as StandType | null,
    listPrice: fromMinor(r.list_price),
    priceCharged: fromMinor(r.price_charged),
    discount: r.list_price !== null && r.price_charged !== null ? fromMinor(r.list_price - r.price_charged) : null,
    otherRevenue: fromMinor(r.other_revenue),
    currency,
    status: r.status as BookingStatus,
    statusAt: r.status_at,
    cancelReason: r.cancel_reason,
    satisfaction: r.satisfaction,
    intentToReturn: r.intent_to_return as ReturnIntent | null,
    feedback: r.feedback,
    leads: r.leads,
    meetings: r.meetings,
    notes: r.notes,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function statusChangeFromDb(r: StatusChangeRow): StatusChange {
  return { seq: r.seq, status: r.status as BookingStatus, at: r.at, reason: r.reason, changedBy: r.changed_by };
}

/** API field → column for the detail fields a create or a patch may carry (money converted by the caller). */
export const PARTICIPATION_COLUMNS = {
  role: 'role',
  standNumber: 'stand_number',
  hall: 'hall',
  standArea: 'stand_area',
  standType: 'stand_type',
  listPrice: 'list_price',
  priceCharged: 'price_charged',
  otherRevenue: 'other_revenue',
  satisfaction: 'satisfaction',
  intentToReturn: 'intent_to_return',
  feedback: 'feedback',
  leads: 'leads',
  meetings: 'meetings',
  notes: 'notes',
} as const;

export const MONEY_FIELDS = ['listPrice', 'priceCharged', 'otherRevenue'] as const;
