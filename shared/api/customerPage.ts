import { z } from 'zod';
import type { ParticipationRole, BookingStatus } from '../domain/participation';
import type { CustomerDetail } from './customers';
import { optText, uuid } from './fields';
import { calendarDate, type Interaction } from './interactions';
import { method } from './method';
import type { WorkspaceSettings } from './app';

// The customer page (issue 3 item 6): everything it shows in one call, and the timeline that
// merges participations, their status changes and interactions, newest first.

/** A customer named by another record (referrer, referred customer). */
export interface CustomerRef {
  id: string;
  name: string;
}

export interface ReferredCustomer extends CustomerRef {
  /** Took part in any edition with a committed booking (contracted, paid, attended). */
  converted: boolean;
}

export interface CustomerSummary {
  /** Participations whose status is 'attended'. */
  editionsAttended: number;
  /** Price charged + other revenue of contracted/paid/attended participations, major units. */
  totalRevenue: number;
  /** The satisfaction (0–10) of the most recent edition that has one. */
  lastSatisfaction: { score: number; editionName: string } | null;
  /** The latest interaction's moment. */
  lastContactAt: string | null;
  openComplaints: number;
  /** Money spent on contacts with this customer (sum of interaction costs), major units. */
  interactionCost: number;
}

/** One participation as the customer page lists it. */
export interface CustomerParticipation {
  id: string;
  editionId: string;
  editionName: string;
  exhibitionName: string;
  startDate: string;
  role: ParticipationRole;
  status: BookingStatus;
  statusAt: string;
  standArea: number | null;
  /** Price charged + other revenue, major units; null when neither is recorded. */
  revenue: number | null;
  satisfaction: number | null;
}

interface TimelineBase {
  /** Unique within a customer's timeline; also the tie-break of the order. */
  key: string;
  at: string;
}
export type TimelineItem =
  | (TimelineBase & { kind: 'interaction'; interaction: Interaction })
  | (TimelineBase & {
      kind: 'participation';
      participationId: string;
      editionName: string;
      exhibitionName: string;
      role: ParticipationRole;
      /** The status it was created in. */
      status: BookingStatus;
    })
  | (TimelineBase & {
      kind: 'status';
      participationId: string;
      editionName: string;
      exhibitionName: string;
      role: ParticipationRole;
      status: BookingStatus;
      reason: string | null;
      changedBy: string | null;
    });

export interface TimelinePage {
  items: TimelineItem[];
  /** Pass as `before` to get the next (older) page; null when there is no more. */
  nextCursor: string | null;
}

export interface CustomerPageData {
  customer: CustomerDetail;
  currency: WorkspaceSettings['currency'];
  summary: CustomerSummary;
  referredBy: CustomerRef | null;
  referred: ReferredCustomer[];
  negativeWom: { at: string; note: string | null } | null;
  participations: CustomerParticipation[];
  timeline: TimelinePage;
}

export const TIMELINE_PAGE = 50;

export const TimelineInput = z.strictObject({
  id: uuid(),
  /** The cursor of the previous page (opaque). */
  before: z.string().max(300).optional(),
  limit: z.int().min(1).max(200).default(TIMELINE_PAGE),
});
export type TimelineInput = z.input<typeof TimelineInput>;

export const customerPageMethods = {
  'customers.page': method<CustomerPageData>()(z.strictObject({ id: uuid() })),
  'customers.timeline': method<TimelinePage>()(TimelineInput),
  'customers.setReferrer': method<{ referredBy: CustomerRef | null }>()(
    z.strictObject({ id: uuid(), referrerId: uuid().nullable() }),
  ),
  'customers.setNegativeWom': method<{ negativeWom: { at: string; note: string | null } | null }>()(
    z.strictObject({ id: uuid(), at: calendarDate().nullable(), note: optText(2000) }),
  ),
};
