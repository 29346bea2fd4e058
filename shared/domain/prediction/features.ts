// The features of a rebooking prediction (issue 5 item 2): everything known about a
// relationship BEFORE an edition, for that edition. One training example per (relationship,
// past edition) with label = took part; the same features, computed before the next edition,
// give the prediction. Defined once here so training and prediction cannot drift apart.

import type { Stage } from '../lifecycle';
import type { ReturnIntent } from '../participation';

/** What the backend gathers per (relationship, target edition), from facts dated before it. */
export interface FeatureInputs {
  /** Took part (booked) in the edition right before the target. */
  attendedPrev: boolean;
  /** Consecutive editions taken part in, ending with the one right before the target. */
  streak: number;
  /** Editions taken part in before the target. */
  editionsAttended: number;
  /** Editions between the last one taken part in and the target (1 = the previous one); null = never. */
  editionsSinceLast: number | null;
  /** The two latest 0–10 scores before the target (last, and the one before it). */
  lastSatisfaction: number | null;
  prevSatisfaction: number | null;
  /** Intent to return recorded at the latest participation before the target. */
  lastIntent: ReturnIntent | null;
  /** Revenue (minor units) and stand area of the two latest booked participations before the target. */
  lastRevenue: number | null;
  prevRevenue: number | null;
  lastArea: number | null;
  prevArea: number | null;
  /** (list − charged) / list of the latest booked participation with both prices. */
  lastDiscountRate: number | null;
  /** Interactions, and complaints among them, in the 365 days before the target's start date. */
  interactions12m: number;
  complaints12m: number;
  /** Customers it referred, created before the target's start date. */
  referrals: number;
  /** Its stage on the target's start date (from the stage history). */
  stage: Stage;
  /** customers.kinds bit set. */
  kinds: number;
}

// ---------------------------------------------------------------------------------------------
// The feature vector. Order matters (a trained model stores weights by position and checks
// the names), so new features go at the end of a group only together with a model change.
// Every value is a finite number whatever the inputs: counts are clamped at 0, money and
// counts with long tails go through log1p, and every "unknown" has its own 0/1 indicator so
// the imputed value never pretends to be an observation.

export const FEATURE_NAMES = [
  'attendedPrev',
  'streak',
  'editionsAttended',
  'editionsSinceLast',
  'neverAttended',
  'lastSatisfaction',
  'satisfactionMissing',
  'satisfactionTrend',
  'satisfactionTrendMissing',
  'intentYes',
  'intentNo',
  'intentUnknown',
  'revenue',
  'revenueTrend',
  'areaTrend',
  'discountRate',
  'interactions12m',
  'complaints12m',
  'referrals',
  'stage.cultivation',
  'stage.confirmation',
  'stage.trust',
  'stage.weakening',
  'stage.lost',
  'kind.exhibitor',
  'kind.trade_buyer',
  'kind.professional_visitor',
  'kind.general_visitor',
  'kind.partner',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];
export const FEATURE_COUNT = FEATURE_NAMES.length;

/** Position of a feature in the vector (the baseline reads 'attendedPrev', the fallback reads intent). */
export const FEATURE_INDEX: Readonly<Record<FeatureName, number>> = Object.fromEntries(
  FEATURE_NAMES.map((name, i) => [name, i]),
) as Record<FeatureName, number>;

/** Satisfaction put in when none was recorded; its indicator tells the model it was put in. */
export const IMPUTED_SATISFACTION = 7;
/** Streaks are capped so one decades-old exhibitor cannot stretch the standardised scale. */
const MAX_STREAK = 50;
const F = FEATURE_INDEX;
const STAGE_OFFSET = FEATURE_INDEX['stage.cultivation'];
const KIND_OFFSET = FEATURE_INDEX['kind.exhibitor'];
const STAGE_POSITION: Readonly<Record<Stage, number>> = {
  cultivation: 0,
  confirmation: 1,
  trust: 2,
  weakening: 3,
  lost: 4,
};
const KIND_BITS = 5;

/** A finite number or null (NaN / ±Infinity from bad data count as unknown). */
function known(v: number | null | undefined): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

function count(v: number | null | undefined): number {
  const k = known(v);
  return k === null || k < 0 ? 0 : k;
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}

/** log1p of a non-negative amount; money arrives in minor units and is scaled to major first. */
function logMoney(minor: number): number {
  return Math.log1p(Math.max(0, minor) / 100);
}

/**
 * Writes the FEATURE_COUNT features of one (relationship, target edition) into `out` from
 * `offset` on, without allocating (the backend fills a 500,000-row matrix with this).
 */
export function writeFeatures(h: FeatureInputs, out: Float64Array, offset: number): void {
  const o = offset;
  for (let j = 0; j < FEATURE_COUNT; j++) out[o + j] = 0;

  const streak = Math.min(count(h.streak), MAX_STREAK);
  const since = known(h.editionsSinceLast);
  const attendedPrev = h.attendedPrev === true || since === 1;
  out[o + F.attendedPrev] = attendedPrev ? 1 : 0;
  out[o + F.streak] = streak;
  out[o + F.editionsAttended] = Math.log1p(count(h.editionsAttended));
  if (since === null || since < 1) {
    // Never took part: the distance is meaningless, the indicator carries the information.
    out[o + F.editionsSinceLast] = 0;
    out[o + F.neverAttended] = 1;
  } else {
    out[o + F.editionsSinceLast] = Math.log1p(since);
    out[o + F.neverAttended] = 0;
  }

  const last = known(h.lastSatisfaction);
  const prev = known(h.prevSatisfaction);
  out[o + F.lastSatisfaction] = last === null ? IMPUTED_SATISFACTION : clamp(last, 0, 10);
  out[o + F.satisfactionMissing] = last === null ? 1 : 0;
  out[o + F.satisfactionTrend] = last === null || prev === null ? 0 : clamp(last, 0, 10) - clamp(prev, 0, 10);
  out[o + F.satisfactionTrendMissing] = last === null || prev === null ? 1 : 0;

  // 'maybe' is the reference level: all three intent bits 0.
  out[o + F.intentYes] = h.lastIntent === 'yes' ? 1 : 0;
  out[o + F.intentNo] = h.lastIntent === 'no' ? 1 : 0;
  out[o + F.intentUnknown] = h.lastIntent === 'yes' || h.lastIntent === 'no' || h.lastIntent === 'maybe' ? 0 : 1;

  const rev = known(h.lastRevenue);
  const prevRev = known(h.prevRevenue);
  out[o + F.revenue] = rev === null ? 0 : logMoney(rev);
  out[o + F.revenueTrend] = rev === null || prevRev === null ? 0 : logMoney(rev) - logMoney(prevRev);
  const area = known(h.lastArea);
  const prevArea = known(h.prevArea);
  out[o + F.areaTrend] =
    area === null || prevArea === null ? 0 : Math.log1p(Math.max(0, area)) - Math.log1p(Math.max(0, prevArea));
  const discount = known(h.lastDiscountRate);
  out[o + F.discountRate] = discount === null ? 0 : clamp(discount, 0, 1);

  out[o + F.interactions12m] = Math.log1p(count(h.interactions12m));
  out[o + F.complaints12m] = Math.log1p(count(h.complaints12m));
  out[o + F.referrals] = Math.log1p(count(h.referrals));

  const stage = STAGE_POSITION[h.stage] ?? 0;
  out[o + STAGE_OFFSET + stage] = 1;

  const kinds = known(h.kinds) ?? 0;
  for (let b = 0; b < KIND_BITS; b++) out[o + KIND_OFFSET + b] = (kinds >> b) & 1;
}
