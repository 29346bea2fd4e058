import { z } from 'zod';
import type { CustomerKind } from '../domain/customer';
import {
  SIGNALS,
  STAGES,
  THRESHOLD_BOUNDS,
  type LifecycleThresholds,
  type Signal,
  type Stage,
} from '../domain/lifecycle';
import type { SignalDetails } from '../domain/lifecycleSignals';
import type { BookingStatus } from '../domain/participation';
import { optText, uuid } from './fields';
import { method } from './method';
import { isoDate } from './participations';

// The relationship lifecycle (issue 4): a stage per customer × exhibition, its history, the
// suggested moves and the board. Reasons of suggestions are (signal, details); the UI writes
// the sentence in the user's language.

const paging = {
  offset: z.int().min(0).max(10_000_000).default(0),
  limit: z.int().min(1).max(500).default(50),
};
const search = optText(200);

export interface Transition {
  id: string;
  seq: number;
  from: Stage | null;
  to: Stage;
  at: string;
  changedBy: string | null;
  reason: string | null;
  signal: Signal | null;
  evidence: SignalDetails | null;
  createdAt: string;
}

export interface Relationship {
  customerId: string;
  exhibitionId: string;
  exhibitionName: string;
  stage: Stage;
  stageSince: string;
  beganOn: string;
  version: number;
  /** All transitions, oldest first. */
  history: Transition[];
  suggestion: PendingSuggestion | null;
}

export interface PendingSuggestion {
  toStage: Stage;
  signal: Signal;
  details: SignalDetails;
  fingerprint: string;
}

export interface ColumnSummary {
  stage: Stage;
  count: number;
  /** Revenue (price charged + other revenue of booked participations) in the latest closed edition, major units. */
  lastEditionRevenue: number;
  pendingSuggestions: number;
}

export interface BoardRow {
  customerId: string;
  companyName: string;
  kinds: CustomerKind[];
  stage: Stage;
  stageSince: string;
  version: number;
  lastParticipation: { editionName: string; status: BookingStatus; startDate: string } | null;
  lastSatisfaction: number | null;
  suggestion: { toStage: Stage; signal: Signal; details: SignalDetails; fingerprint: string } | null;
}

export interface Paged<T> {
  rows: T[];
  total: number;
}

export interface SuggestionRow {
  customerId: string;
  exhibitionId: string;
  companyName: string;
  from: Stage;
  to: Stage;
  signal: Signal;
  details: SignalDetails;
  fingerprint: string;
  computedAt: string;
}

export interface SuggestionList extends Paged<SuggestionRow> {
  /** Pending suggestions per target stage (regardless of the filters). */
  counts: Record<Stage, number>;
  /** Pending suggestions per signal (regardless of the filters). */
  signalCounts: Partial<Record<Signal, number>>;
}

export const LIFECYCLE_TABLE_SORTS = ['companyName', 'stage', 'stageSince'] as const;

const stage = z.enum(STAGES, { error: 'err.stage' });
const signal = z.enum(SIGNALS, { error: 'err.signal' });
const target = z.strictObject({ customerId: uuid(), exhibitionId: uuid(), fingerprint: z.string().min(1).max(64) });

export const LifecycleMoveInput = z.strictObject({
  customerId: uuid(),
  exhibitionId: uuid(),
  /** The relationship's version the user saw; a mismatch means it moved meanwhile. */
  version: z.int().min(1),
  to: stage,
  at: isoDate(),
  /** Required for a declared loss and for skipping to trust by hand. */
  reason: optText(1000),
  /** The signal being followed, when the move accepts a suggestion. */
  signal: signal.optional(),
});
export type LifecycleMoveInput = z.input<typeof LifecycleMoveInput>;

const thresholdShape = Object.fromEntries(
  (Object.keys(THRESHOLD_BOUNDS) as (keyof LifecycleThresholds)[]).map((k) => {
    const [min, max] = THRESHOLD_BOUNDS[k];
    return [k, z.int({ error: 'err.wholeNumber' }).min(min, { error: `err.tooSmall:${min}` }).max(max, { error: `err.tooLarge:${max}` }).optional()];
  }),
) as { [K in keyof LifecycleThresholds]: z.ZodOptional<z.ZodInt> };

export const lifecycleMethods = {
  /** Per stage: count, last-edition revenue, pending suggestions. */
  'lifecycle.columns': method<ColumnSummary[]>()(z.strictObject({ exhibitionId: uuid() })),
  /** One column of the board, paged (by company name). */
  'lifecycle.board': method<Paged<BoardRow>>()(
    z.strictObject({ exhibitionId: uuid(), stage, q: search, ...paging }),
  ),
  /** The relationships as a table, filtered by stages, sorted, paged. */
  'lifecycle.table': method<Paged<BoardRow>>()(
    z.strictObject({
      exhibitionId: uuid(),
      stages: z.array(stage).max(STAGES.length).optional(),
      q: search,
      sort: z.strictObject({ field: z.enum(LIFECYCLE_TABLE_SORTS), dir: z.enum(['asc', 'desc']) }).default({ field: 'companyName', dir: 'asc' }),
      ...paging,
    }),
  ),
  'lifecycle.get': method<Relationship>()(z.strictObject({ customerId: uuid(), exhibitionId: uuid() })),
  /** A customer's relationships across exhibitions (exhibition name order), with histories. */
  'lifecycle.ofCustomer': method<Relationship[]>()(z.strictObject({ customerId: uuid() })),
  'lifecycle.move': method<Relationship>()(LifecycleMoveInput),
  'lifecycle.suggestions': method<SuggestionList>()(
    z.strictObject({ exhibitionId: uuid(), toStage: stage.optional(), signal: signal.optional(), ...paging }),
  ),
  /** Accepts the listed suggestions (all or nothing); `at` defaults to today. */
  'lifecycle.accept': method<{ accepted: number }>()(
    z.strictObject({ items: z.array(target).min(1).max(100_000), at: isoDate().optional() }),
  ),
  /** Accepts every pending suggestion to `toStage` (optionally of one signal), all or nothing. */
  'lifecycle.acceptAll': method<{ accepted: number }>()(
    z.strictObject({ exhibitionId: uuid(), toStage: stage, signal: signal.optional(), at: isoDate().optional() }),
  ),
  /** Dismissed suggestions stay away until the facts behind them change. */
  'lifecycle.dismiss': method<{ dismissed: number }>()(z.strictObject({ items: z.array(target).min(1).max(100_000) })),
  /** Recomputes the suggestions (of one exhibition, or all); also runs after data changes. */
  'lifecycle.refresh': method<{ relationships: number; suggestions: number; ms: number }>()(
    z.strictObject({ exhibitionId: uuid().optional() }),
  ),
  'lifecycle.thresholds': method<LifecycleThresholds>()(z.strictObject({})),
  'lifecycle.setThresholds': method<LifecycleThresholds>()(z.strictObject({ patch: z.strictObject(thresholdShape) })),
};
