// The recorded facts one relationship's figures are computed from (issue 5 item 1). The
// backend gathers them in a few ordered passes over the database
// (electron/backend/valuation/); the formulas (valuationFormulas.ts) are pure functions of
// them, so every number can be recomputed by hand from the facts in a test's comments.
// Money in integer minor units.

import type { Stage } from '../lifecycle';
import type { ReturnIntent } from '../participation';
import type { ProbabilitySource } from './figures';

/** A participation of the relationship in one of the window's editions. */
export interface WindowParticipation {
  editionId: string;
  /** Position of the edition in the window: 0 = oldest, windowSize − 1 = the latest closed one. */
  windowIndex: number;
  /** Status contracted / paid / attended (BOOKED_STATUSES): the customer took part. */
  booked: boolean;
  listPrice: number | null;
  priceCharged: number | null;
  otherRevenue: number | null;
  standArea: number | null;
  /** Rank of its stand area among the edition's booked stands (1 = largest), null without an area. */
  areaRank: number | null;
  /** Booked stands with an area in that edition. */
  areaRankOf: number | null;
  satisfaction: number | null;
}

export interface RelationshipFacts {
  customerId: string;
  stage: Stage;
  kinds: number;
  /** Closed editions in the window (settings.windowEditions, fewer for a young exhibition). */
  windowSize: number;
  /** Its participations in window editions (any status; one per edition and role). */
  participations: WindowParticipation[];
  /**
   * Interaction costs in the window period by the relationship's stage on the interaction's
   * date (stageAt over the stage history). The window period runs from the day after the
   * edition before the window ended (from the beginning when there is none) to the
   * assessment date. An interaction linked to an edition counts for that edition's exhibition;
   * an unlinked one is split equally between the customer's relationships.
   */
  costByStage: Record<Stage, number>;
  /** "advice" interactions in the window period (counted whole for each relationship). */
  advice: number;
  /** Customers it referred who took part in the window, and their window revenue. */
  referredTookPart: number;
  referredRevenue: number;
  negativeWom: boolean;
  demonstrationRating: number | null;
  capabilityRating: number | null;
  /** Latest intent to return recorded on any of its participations in this exhibition. */
  latestIntent: ReturnIntent | null;
  /** Consecutive closed editions taken part in, counted back from the latest closed edition. */
  streak: number;
  attendedSinceFirst: number;
  heldSinceFirst: number;
  /** Revenue of the whole exhibition in the window (for the contribution share). */
  exhibitionRevenue: number;
  probability: number;
  probabilitySource: ProbabilitySource;
}
