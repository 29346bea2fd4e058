import { z } from 'zod';
import type { ExhibitionMaturity } from '../domain/exhibition';
import type { Stage } from '../domain/lifecycle';
import { uuid } from './fields';
import { method } from './method';

// Lifecycle analytics per exhibition (issue 4 item 6): how the relationships are spread over
// the stages now and at each past edition, how far they get (funnel), how long they stay, who
// is lost per edition cycle, and which stage deserves attention given the exhibition's maturity.
// Relationships of customers in the Trash are left out everywhere.

/** Relationships per stage at one moment. */
export type StageCounts = Record<Stage, number>;

export interface DistributionPoint {
  /** The edition whose end date this is taken at; null for "now". */
  editionId: string | null;
  editionName: string | null;
  /** The day the stages are read at (the edition's end date, or today). */
  date: string;
  counts: StageCounts;
  total: number;
}

/**
 * Relationships that ever got at least this far: everyone starts as a prospect (top), a
 * relationship that ever was in confirmation OR trust reached confirmation (a move straight from
 * cultivation to trust passes it), one ever in trust reached trust.
 */
export interface Funnel {
  cultivation: number;
  confirmation: number;
  trust: number;
}

export interface StageDuration {
  stage: Stage;
  /** Median length of the completed stays in this stage (days); null when none is completed. */
  medianDays: number | null;
  /** Completed stays the median is taken over. */
  stays: number;
}

export interface ChurnPoint {
  /** The edition closing the cycle; null for the running cycle (after the last past edition). */
  editionId: string | null;
  editionName: string | null;
  /** The cycle: after `from` (the previous edition's end; null = from the beginning) up to `to`. */
  from: string | null;
  to: string;
  /** Moves to lost dated in the cycle. */
  lost: number;
  /** The base of the rate: relationships not lost at the cycle's start, plus those that began or were re-approached in it. */
  atRisk: number;
}

export interface FocusStage {
  maturity: ExhibitionMaturity;
  /** new → cultivation and confirmation; growing → trust; mature → weakening (DOMAIN §3). */
  stages: Stage[];
  /** Relationships in each focus stage now (same order as stages). */
  counts: number[];
}

export interface LifecycleOverview {
  exhibition: { id: string; name: string; maturity: ExhibitionMaturity };
  today: string;
  /** Past editions (ended before today) oldest first, then "now". */
  distribution: DistributionPoint[];
  funnel: Funnel;
  durations: StageDuration[];
  /** Median days from the start of a relationship to its first move into trust. */
  timeToTrust: { medianDays: number | null; relationships: number };
  churn: ChurnPoint[];
  focus: FocusStage;
}

export const lifecycleAnalyticsMethods = {
  'lifecycleAnalytics.overview': method<LifecycleOverview>()(z.strictObject({ exhibitionId: uuid() })),
};
