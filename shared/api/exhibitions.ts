import { z } from 'zod';
import type { CURRENCIES } from './app';
import {
  EDITION_STATUSES,
  EXHIBITION_FREQUENCIES,
  EXHIBITION_MATURITIES,
  type EditionStatus,
  type ExhibitionFrequency,
  type ExhibitionMaturity,
} from '../domain/exhibition';
import { BOOKING_STATUSES, PARTICIPATION_ROLES, type BookingStatus } from '../domain/participation';
import { optText, requiredText, uuid } from './fields';
import { method } from './method';
import { area, isoDate, type ParticipantRow } from './participations';

// Exhibitions (show series), their editions, an edition's participant table and rebooking.

const exhibitionShape = {
  name: requiredText(200),
  theme: optText(200),
  city: optText(100),
  venue: optText(200),
  frequency: z
    .enum(EXHIBITION_FREQUENCIES)
    .nullish()
    .transform((v) => v ?? null),
  maturity: z.enum(EXHIBITION_MATURITIES).default('new'),
  notes: optText(5000),
};

export const ExhibitionCreateInput = z.strictObject(exhibitionShape);
export type ExhibitionCreateInput = z.input<typeof ExhibitionCreateInput>;

export const ExhibitionUpdateInput = z.strictObject({
  id: uuid(),
  version: z.int().min(1),
  patch: z.strictObject({ ...exhibitionShape, maturity: z.enum(EXHIBITION_MATURITIES) }).partial(),
});
export type ExhibitionUpdateInput = z.input<typeof ExhibitionUpdateInput>;

export interface Exhibition {
  id: string;
  name: string;
  theme: string | null;
  city: string | null;
  venue: string | null;
  frequency: ExhibitionFrequency | null;
  maturity: ExhibitionMaturity;
  notes: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ExhibitionListRow extends Exhibition {
  editionCount: number;
  participationCount: number;
  /** The exhibition every view defaults to. */
  current: boolean;
  /** The edition with the latest start date, if any. */
  latestEdition: { id: string; name: string; startDate: string; status: EditionStatus } | null;
}

export interface ExhibitionDetail extends Exhibition {
  current: boolean;
}

/** Deleting something that has history: what went (or, refused, what would go). */
export interface DeleteResult {
  editions: number;
  participations: number;
}

const editionShape = {
  name: requiredText(200),
  startDate: isoDate(),
  endDate: isoDate(),
  venue: optText(200),
  sellableArea: area(),
  status: z.enum(EDITION_STATUSES).default('planned'),
  notes: optText(5000),
};

export const EditionCreateInput = z
  .strictObject({ exhibitionId: uuid(), ...editionShape })
  .superRefine((v, ctx) => {
    if (v.endDate < v.startDate) ctx.addIssue({ code: 'custom', path: ['endDate'], message: 'err.endBeforeStart' });
  });
export type EditionCreateInput = z.input<typeof EditionCreateInput>;

export const EditionUpdateInput = z
  .strictObject({
    id: uuid(),
    version: z.int().min(1),
    patch: z.strictObject({ ...editionShape, status: z.enum(EDITION_STATUSES) }).partial(),
  })
  .superRefine((v, ctx) => {
    const { startDate, endDate } = v.patch;
    if (startDate && endDate && endDate < startDate) {
      ctx.addIssue({ code: 'custom', path: ['patch', 'endDate'], message: 'err.endBeforeStart' });
    }
  });
export type EditionUpdateInput = z.input<typeof EditionUpdateInput>;

export interface Edition {
  id: string;
  exhibitionId: string;
  name: string;
  startDate: string;
  endDate: string;
  venue: string | null;
  sellableArea: number | null;
  status: EditionStatus;
  notes: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** An edition's figures. Money in major units of the workspace currency. */
export interface EditionTotals {
  /** All participations, whatever their status. */
  participants: number;
  byStatus: Record<BookingStatus, number>;
  /** Booked (contracted / paid / attended) participations. */
  booked: number;
  /** Stand area of booked participations, m². */
  areaSold: number;
  sellableArea: number | null;
  /** Price charged + other revenue of booked participations. */
  revenue: number;
  /** Average 0–10 satisfaction of those who answered; null when nobody did. */
  averageSatisfaction: number | null;
  /** Net promoter score −100…100 from the same answers; null when nobody answered. */
  nps: number | null;
  respondents: number;
  currency: (typeof CURRENCIES)[number];
}

/**
 * Share of the previous edition's (same exhibition, by start date) booked exhibitors that have
 * a booked participation in this edition.
 */
export interface RebookingRate {
  previousEditionId: string;
  previousEditionName: string;
  previousExhibitors: number;
  rebooked: number;
  /** 0…1; null when the previous edition had no booked exhibitors. */
  rate: number | null;
}

export interface EditionSummary extends Edition {
  totals: EditionTotals;
  /** Null for the first edition of an exhibition. */
  rebooking: RebookingRate | null;
}

export interface EditionDetail extends EditionSummary {
  exhibitionName: string;
  previousEdition: { id: string; name: string } | null;
}

export const PARTICIPANT_SORT_FIELDS = [
  'customerName',
  'role',
  'status',
  'statusAt',
  'standNumber',
  'standArea',
  'priceCharged',
  'satisfaction',
] as const;
export type ParticipantSortField = (typeof PARTICIPANT_SORT_FIELDS)[number];

export const EditionParticipantsInput = z.strictObject({
  editionId: uuid(),
  role: z.enum(PARTICIPATION_ROLES).optional(),
  status: z.enum(BOOKING_STATUSES).optional(),
  q: z.string().max(200).optional(),
  sort: z
    .strictObject({ field: z.enum(PARTICIPANT_SORT_FIELDS), dir: z.enum(['asc', 'desc']) })
    .default({ field: 'customerName', dir: 'asc' }),
  offset: z.int().min(0).max(10_000_000).default(0),
  limit: z.int().min(1).max(500).default(50),
});
export type EditionParticipantsInput = z.input<typeof EditionParticipantsInput>;

export interface EditionParticipantsResult {
  rows: ParticipantRow[];
  /** Rows matching the filters. */
  total: number;
  /** The whole edition's figures (not only the filtered rows). */
  totals: EditionTotals;
}

export const RebookScope = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('all') }),
  z.strictObject({ kind: z.literal('exhibitors') }),
  z.strictObject({ kind: z.literal('segment'), segmentId: uuid() }),
]);
export type RebookScope = z.infer<typeof RebookScope>;

export const RebookInput = z
  .strictObject({ fromEditionId: uuid(), toEditionId: uuid(), scope: RebookScope })
  .superRefine((v, ctx) => {
    if (v.fromEditionId === v.toEditionId) ctx.addIssue({ code: 'custom', path: ['toEditionId'], message: 'err.sameEdition' });
  });
export type RebookInput = z.input<typeof RebookInput>;

export interface RebookPreview {
  /** Booked (contracted / paid / attended) participations of the source edition within the scope. */
  candidates: number;
  /** Of those, the customers already in the target edition in the same role. */
  alreadyPresent: number;
  willCreate: number;
}

export interface RebookResult {
  candidates: number;
  created: number;
  /** Already present in the target edition (skipped). */
  skipped: number;
  fromEditionName: string;
  toEditionName: string;
}

const confirmable = z.strictObject({ id: uuid(), confirm: z.boolean().optional() });

export const exhibitionMethods = {
  'exhibitions.list': method<ExhibitionListRow[]>()(z.strictObject({})),
  'exhibitions.get': method<ExhibitionDetail>()(z.strictObject({ id: uuid() })),
  'exhibitions.create': method<ExhibitionDetail>()(ExhibitionCreateInput),
  'exhibitions.update': method<ExhibitionDetail>()(ExhibitionUpdateInput),
  /** With editions and no `confirm`: refused ('conflict'), the message says what would go. */
  'exhibitions.delete': method<DeleteResult>()(confirmable),
  'exhibitions.current': method<ExhibitionDetail | null>()(z.strictObject({})),
  'exhibitions.setCurrent': method<ExhibitionDetail>()(z.strictObject({ id: uuid() })),

  'editions.list': method<EditionSummary[]>()(z.strictObject({ exhibitionId: uuid() })),
  'editions.get': method<EditionDetail>()(z.strictObject({ id: uuid() })),
  'editions.create': method<EditionDetail>()(EditionCreateInput),
  'editions.update': method<EditionDetail>()(EditionUpdateInput),
  /** With participations and no `confirm`: refused ('conflict'), the message says how many. */
  'editions.delete': method<DeleteResult>()(confirmable),
  'editions.participants': method<EditionParticipantsResult>()(EditionParticipantsInput),
  'editions.rebookPreview': method<RebookPreview>()(RebookInput),
  'editions.rebook': method<RebookResult>()(RebookInput),
};
