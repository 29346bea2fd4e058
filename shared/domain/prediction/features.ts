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
