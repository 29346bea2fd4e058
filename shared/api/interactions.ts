import { z } from 'zod';
import {
  COMPLAINT_STATES,
  INTERACTION_DIRECTIONS,
  INTERACTION_TYPES,
  type ComplaintState,
  type InteractionDirection,
  type InteractionType,
} from '../domain/interaction';
import { MAX_AMOUNT } from '../domain/money';
import { isoDateTime, optText, requiredText, uuid } from './fields';
import { method } from './method';

// Interactions: every contact with a customer (DOMAIN §1–2), the timeline's main material and
// the relationship's cost data (gifts, travel, hospitality).

/** A calendar date 'YYYY-MM-DD' that exists (no 2026-02-30). */
export const calendarDate = () =>
  z.string({ error: 'err.date' }).refine((s) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, { error: 'err.date' });

/** Money in major units: 0 ≤ x ≤ MAX_AMOUNT, at most two decimals (stored as integer cents). */
export const amount = () =>
  z
    .number({ error: 'err.number' })
    .min(0, { error: 'err.negative' })
    .max(MAX_AMOUNT, { error: `err.tooLarge:${MAX_AMOUNT}` })
    .refine((x) => Math.abs(x * 100 - Math.round(x * 100)) < 1e-6, { error: 'err.cents' });

const nullable = <T extends z.ZodType>(s: T) => s.nullish().transform((v) => v ?? null);

const editable = {
  at: isoDateTime(),
  type: z.enum(INTERACTION_TYPES),
  direction: nullable(z.enum(INTERACTION_DIRECTIONS)),
  staff: optText(100),
  editionId: nullable(uuid()),
  summary: requiredText(2000),
  outcome: optText(2000),
  cost: amount(),
  followUpOn: nullable(calendarDate()),
};

export const InteractionCreateInput = z.strictObject({
  customerId: uuid(),
  ...editable,
  // Absent → the workspace's staff name; sent (even empty) → what was sent.
  staff: optText(100).optional(),
  cost: amount().default(0),
});
export type InteractionCreateInput = z.input<typeof InteractionCreateInput>;

export const InteractionUpdateInput = z.strictObject({
  id: uuid(),
  /** The version the editor started from; a mismatch means someone else saved meanwhile. */
  version: z.int().min(1),
  patch: z.strictObject(editable).partial(),
});
export type InteractionUpdateInput = z.input<typeof InteractionUpdateInput>;

export const InteractionListInput = z.strictObject({
  customerId: uuid().optional(),
  type: z.enum(INTERACTION_TYPES).optional(),
  /** Only complaints still open. */
  openComplaints: z.boolean().default(false),
  offset: z.int().min(0).max(10_000_000).default(0),
  limit: z.int().min(1).max(500).default(50),
});
export type InteractionListInput = z.input<typeof InteractionListInput>;

export interface Interaction {
  id: string;
  customerId: string;
  customerName: string;
  at: string;
  type: InteractionType;
  direction: InteractionDirection | null;
  staff: string | null;
  editionId: string | null;
  editionName: string | null;
  summary: string;
  outcome: string | null;
  /** Major units of the workspace currency. */
  cost: number;
  followUpOn: string | null;
  /** Only complaints have a state; null for every other type. */
  complaintState: ComplaintState | null;
  resolvedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface InteractionListResult {
  rows: Interaction[];
  total: number;
}

export const interactionMethods = {
  'interactions.create': method<Interaction>()(InteractionCreateInput),
  'interactions.update': method<Interaction>()(InteractionUpdateInput),
  'interactions.delete': method<{ count: number }>()(z.strictObject({ id: uuid(), version: z.int().min(1) })),
  'interactions.setComplaintState': method<Interaction>()(
    z.strictObject({ id: uuid(), version: z.int().min(1), state: z.enum(COMPLAINT_STATES) }),
  ),
  'interactions.list': method<InteractionListResult>()(InteractionListInput),
};
