// What an assessment stores per relationship (customer × exhibition): every figure of
// ../shared/DOMAIN.md §4–5 plus the inputs needed to explain it. One row of value_figures
// (migration 004) per relationship per snapshot; column = snake_case of the key.
// Money is in integer minor units (cents) everywhere in this file; the API converts.

import type { Stage } from '../lifecycle';
import type { ReturnIntent } from '../participation';

export const TIERS = ['A', 'B', 'C', 'D'] as const;
export type Tier = (typeof TIERS)[number];

/**
 * Economic (money) vs strategic (demonstration + recommendation + capability) value:
 * key = both high, profit = money only, strategic = little money but great value otherwise
 * (associations, magazines, famous exhibitors — DOMAIN §4), marginal = neither.
 */
export const QUADRANTS = ['key', 'profit', 'strategic', 'marginal'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export type NpsGroup = 'promoter' | 'passive' | 'detractor';
export type ProbabilitySource = 'model' | 'fallback';

/** Every stored figure of one relationship in one snapshot. */
export interface RelationshipFigures {
  customerId: string;
  /** Stage and kinds at assessment time (filters and the stage totals of the snapshot). */
  stage: Stage;
  kinds: number;

  // Economic value and costs (minor units) over the assessment window.
  /** Price charged + other revenue of booked (contracted/paid/attended) participations in the window. */
  economic: number;
  /** Revenue in the window of the customers it referred who took part. */
  referralRevenue: number;
  /** Customers it referred who took part in the window. */
  referred: number;
  /** 1 when negative word of mouth is recorded for the customer, else 0. */
  negativeWom: number;
  /** Interaction costs while in cultivation. */
  costInitial: number;
  /** Interaction costs while in confirmation / trust / weakening (maintenanceInteractions) plus discounts. */
  costMaintenance: number;
  maintenanceInteractions: number;
  /** Σ (list price − price charged) over booked participations in the window (never negative). */
  discount: number;
  /** Interaction costs while lost. */
  costEnd: number;
  /** economic + referralRevenue − (costInitial + costMaintenance + costEnd). Can be negative. */
  profit: number;

  // Non-economic value.
  /** Organiser's 0–5 rating; null = not rated (counts as 0). */
  demonstrationRating: number | null;
  /** Best stand-area rank within its window editions (1 = largest stand), the hint beside the rating. */
  areaRank: number | null;
  /** Stands in the edition that rank was taken in. */
  areaRankOf: number | null;
  /** Points: referred − (negativeWom ? settings.negativeWomPenalty : 0). Can be negative. */
  recommendation: number;
  /** Organiser's 0–5 rating; null = not rated (counts as 0). */
  capabilityRating: number | null;
  /** "Advice / idea received" interactions in the window. */
  advice: number;
  /** min(5, rating + settings.advicePoints × advice): the 0–5 capability points the score uses. */
  capability: number;

  // Evaluation system (DOMAIN §5).
  /** Mean 0–10 score of the window's participations; null without scores. */
  satisfaction: number | null;
  satisfactionCount: number;
  /** Group of the latest score in the window; null without scores. */
  npsGroup: NpsGroup | null;
  /** Latest intent to return (any time up to the assessment). */
  intent: ReturnIntent | null;
  /** Consecutive closed editions taken part in, counted back from the latest closed edition. */
  streak: number;
  /** Window editions taken part in. */
  attendedInWindow: number;
  /** Editions in the window (≤ settings.windowEditions when the exhibition is young). */
  windowSize: number;
  /** 0–100: intent and behaviour combined (see loyaltyIndex). */
  loyalty: number;
  /** Closed editions taken part in since (and including) its first. */
  attendedSinceFirst: number;
  /** Closed editions held since (and including) its first participation. */
  heldSinceFirst: number;
  /** attendedSinceFirst / heldSinceFirst; null when it never took part. */
  retention: number | null;
  /** Took part in at least two editions: 1, else 0. */
  repeat: number;
  /** economic / the exhibition's revenue in the window (0–1). */
  contributionShare: number;
  /** economic / window editions taken part in (minor units); 0 when none. */
  revenuePerEdition: number;
  /** min(settings.maxRemainingEditions, 1 / (1 − probability)). */
  remainingEditions: number;
  /** probability × revenuePerEdition × remainingEditions (minor units, rounded). */
  potential: number;

  // Prediction.
  /** Probability (0–1) of taking part in the exhibition's next edition. */
  probability: number;
  probabilitySource: ProbabilitySource;

  // Composite (needs the whole exhibition's population: see scorePopulation).
  /** 0–1 normalised economic value (share of paying relationships with economic ≤ this one). */
  economicNorm: number;
  /** 0–1 normalised profit (share of profitable relationships with profit ≤ this one; 0 when profit ≤ 0). */
  profitNorm: number;
  /** 0–1 normalised recommendation (share of positive ones ≤ this one; 0 when ≤ 0). */
  recommendationNorm: number;
  /** 0–1 normalised potential contribution (like economicNorm). */
  potentialNorm: number;
  /** 0–1: min(1, demonstrationRating/5 + recommendationNorm + capability/5). */
  strategicNorm: number;
  /** 0–100 weighted mean of the normalised components. */
  score: number;
  tier: Tier;
  quadrant: Quadrant;
}

/** Keys of RelationshipFigures in storage order (the migration's columns, snake_cased). */
export const FIGURE_KEYS = [
  'customerId', 'stage', 'kinds',
  'economic', 'referralRevenue', 'referred', 'negativeWom',
  'costInitial', 'costMaintenance', 'maintenanceInteractions', 'discount', 'costEnd', 'profit',
  'demonstrationRating', 'areaRank', 'areaRankOf', 'recommendation', 'capabilityRating', 'advice', 'capability',
  'satisfaction', 'satisfactionCount', 'npsGroup', 'intent', 'streak', 'attendedInWindow', 'windowSize', 'loyalty',
  'attendedSinceFirst', 'heldSinceFirst', 'retention', 'repeat',
  'contributionShare', 'revenuePerEdition', 'remainingEditions', 'potential',
  'probability', 'probabilitySource',
  'economicNorm', 'profitNorm', 'recommendationNorm', 'potentialNorm', 'strategicNorm', 'score', 'tier', 'quadrant',
] as const satisfies readonly (keyof RelationshipFigures)[];
export type FigureKey = (typeof FIGURE_KEYS)[number];

/** Figure keys that hold money (minor units in storage, major units in the API). */
export const MONEY_FIGURES = [
  'economic', 'referralRevenue', 'costInitial', 'costMaintenance', 'maintenanceInteractions', 'discount', 'costEnd',
  'profit', 'revenuePerEdition', 'potential',
] as const satisfies readonly FigureKey[];

/** snake_case column name of a figure key. */
export function figureColumn(key: FigureKey): string {
  return key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}
