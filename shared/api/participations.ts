import { z } from 'zod';
import type { CURRENCIES } from './app';
import { MAX_AMOUNT } from '../domain/money';
import {
  BOOKING_STATUSES,
  PARTICIPATION_ROLES,
  RETURN_INTENTS,
  STAND_TYPES,
  type BookingStatus,
  type ParticipationRole,
  type ReturnIntent,
  type StandType,
} from '../domain/participation';
import { optText, uuid } from './fields';
import { method } from './method';

// Field builders shared by the exhibition, edition and participation schemas (and free for
// other domains: interactions cost money and have dates too).

/** A calendar date 'YYYY-MM-DD' (a real one: 2026-02-30 is refused). */
export const isoDate = () => z.iso.date({ error: 'err.date' });

/** An amount of money in major units: 0 ≤ x ≤ MAX_AMOUNT, at most two decimals; empty → null. */
export const money = () =>
  z
    .number({ error: 'err.number' })
    .min(0, { error: 'err.negative' })
    .max(MAX_AMOUNT, { error: `err.tooLarge:${MAX_AMOUNT}` })
    .refine((v) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6, { error: 'err.cents' })
    .nullish()
    .transform((v) => v ?? null);

/** Stand or hall area in m²: non-negative, bounded; empty → null. */
export const area = () =>
  z
    .number({ error: 'err.number' })
    .min(0, { error: 'err.negative' })
    .max(10_000_000, { error: 'err.tooLarge:10000000' })
    .nullish()
    .transform((v) => v ?? null);

/** A non-negative whole count (leads, meetings); empty → null. */
export const count = () =>
  z
    .int({ error: 'err.wholeNumber' })
    .min(0, { error: 'err.negative' })
    .max(1_000_000, { error: 'err.tooLarge:1000000' })
    .nullish()
    .transform((v) => v ?? null);

const satisfaction = () =>
  z
    .int({ error: 'err.satisfaction' })
    .min(0, { error: 'err.satisfaction' })
    .max(10, { error: 'err.satisfaction' })
    .nullish()
    .transform((v) => v ?? null);

const nullableEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .enum(values)
    .nullish()
    .transform((v) => v ?? null);

/** Everything about a participation except who, where and its status. */
const detailShape = {
  role: z.enum(PARTICIPATION_ROLES),
  standNumber: optText(40),
  hall: optText(60),
  standArea: area(),
  standType: nullableEnum(STAND_TYPES),
  listPrice: money(),
  priceCharged: money(),
  otherRevenue: money(),
  satisfaction: satisfaction(),
  intentToReturn: nullableEnum(RETURN_INTENTS),
  feedback: optText(5000),
  leads: count(),
  meetings: count(),
  notes: optText(5000),
};

const statusShape = {
  status: z.enum(BOOKING_STATUSES),
  /** When the status took effect; today when omitted. */
  statusAt: isoDate().optional(),
  /** Required when the status is "cancelled". */
  cancelReason: optText(500),
};

/** A cancellation needs its reason (the organiser wants to know why they were lost). */
function cancelNeedsReason(v: { status?: BookingStatus; cancelReason?: string | null }, ctx: z.RefinementCtx, path: string[]): void {
  if (v.status === 'cancelled' && !v.cancelReason) ctx.addIssue({ code: 'custom', path, message: 'err.cancelReason' });
}

export const ParticipationCreateInput = z
  .strictObject({
    customerId: uuid(),
    editionId: uuid(),
    ...detailShape,
    ...statusShape,
    status: statusShape.status.default('enquiry'),
  })
  .superRefine((v, ctx) => cancelNeedsReason(v, ctx, ['cancelReason']));
export type ParticipationCreateInput = z.input<typeof ParticipationCreateInput>;

export const ParticipationUpdateInput = z
  .strictObject({
    id: uuid(),
    version: z.int().min(1),
    /** A status different from the stored one is a status change (appended to the history). */
    patch: z.strictObject({ ...detailShape, ...statusShape }).partial(),
  })
  .superRefine((v, ctx) => cancelNeedsReason(v.patch, ctx, ['patch', 'cancelReason']));
export type ParticipationUpdateInput = z.input<typeof ParticipationUpdateInput>;

export const ParticipationSetStatusInput = z
  .strictObject({
    id: uuid(),
    version: z.int().min(1),
    status: z.enum(BOOKING_STATUSES),
    at: isoDate(),
    reason: optText(500),
  })
  .superRefine((v, ctx) => {
    if (v.status === 'cancelled' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: 'err.cancelReason' });
  });
export type ParticipationSetStatusInput = z.input<typeof ParticipationSetStatusInput>;

export interface StatusChange {
  seq: number;
  status: BookingStatus;
  at: string;
  reason: string | null;
  changedBy: string | null;
}

export interface Participation {
  id: string;
  customerId: string;
  editionId: string;
  role: ParticipationRole;
  standNumber: string | null;
  hall: string | null;
  standArea: number | null;
  standType: StandType | null;
  listPrice: number | null;
  priceCharged: number | null;
  /** List price − price charged, when both are known (a negative value is a surcharge). */
  discount: number | null;
  otherRevenue: number | null;
  currency: (typeof CURRENCIES)[number];
  status: BookingStatus;
  statusAt: string;
  cancelReason: string | null;
  satisfaction: number | null;
  intentToReturn: ReturnIntent | null;
  feedback: string | null;
  leads: number | null;
  meetings: number | null;
  notes: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** A participation with the names around it and its status history (oldest first). */
export interface ParticipationDetail extends Participation {
  customerName: string;
  editionName: string;
  exhibitionId: string;
  exhibitionName: string;
  editionStartDate: string;
  editionEndDate: string;
  history: StatusChange[];
}

/** One row of an edition's participant table (customers in the Trash are left out until restored). */
export interface ParticipantRow extends Participation {
  customerName: string;
}

export const participationMethods = {
  'participations.get': method<ParticipationDetail>()(z.strictObject({ id: uuid() })),
  'participations.create': method<ParticipationDetail>()(ParticipationCreateInput),
  'participations.update': method<ParticipationDetail>()(ParticipationUpdateInput),
  'participations.delete': method<{ deleted: number }>()(z.strictObject({ id: uuid() })),
  'participations.setStatus': method<ParticipationDetail>()(ParticipationSetStatusInput),
  /** A customer's participations, newest edition first (the customer page's history). */
  'participations.ofCustomer': method<ParticipationDetail[]>()(z.strictObject({ customerId: uuid() })),
};
