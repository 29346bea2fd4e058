// The per-relationship formulas of customer value (issue 5 item 1, ../shared/DOMAIN.md §4–5).
// Each figure is one small pure function of the recorded facts; assessRelationship puts them
// together. Figures that need the whole exhibition (norms, score, tier, quadrant) are in
// scorePopulation.ts. Documented for users in docs/valuation.md — change both together.
// Money in integer minor units throughout.

import { npsGroup } from '../participation';
import type { ReturnIntent } from '../participation';
import type { Stage } from '../lifecycle';
import type { RelationshipFacts, WindowParticipation } from './facts';
import type { NpsGroup, RelationshipFigures } from './figures';
import type { ValuationSettings } from './settings';

/** Everything assessRelationship can compute from one relationship's facts alone. */
export type BaseFigures = Omit<
  RelationshipFigures,
  'economicNorm' | 'profitNorm' | 'recommendationNorm' | 'potentialNorm' | 'strategicNorm' | 'score' | 'tier' | 'quadrant'
>;

/** A finite number, else 0: damaged facts must never turn into NaN figures. */
const finite = (n: number | null | undefined): number => (typeof n === 'number' && Number.isFinite(n) ? n : 0);
/** A non-negative whole amount of money (minor units). */
const money = (n: number | null | undefined): number => Math.max(0, Math.round(finite(n)));

/** Revenue of one participation: price charged + other revenue (missing = 0). */
export function revenueOf(p: WindowParticipation): number {
  return money(p.priceCharged) + money(p.otherRevenue);
}

/** Economic value: Σ (price charged + other revenue) of the booked window participations. */
export function economicValue(ps: readonly WindowParticipation[]): number {
  let sum = 0;
  for (const p of ps) if (p.booked) sum += revenueOf(p);
  return sum;
}

/** Discount: Σ max(0, list price − price charged) of booked window participations that have both. */
export function discountOf(ps: readonly WindowParticipation[]): number {
  let sum = 0;
  for (const p of ps) {
    if (p.booked && p.listPrice !== null && p.priceCharged !== null) sum += Math.max(0, money(p.listPrice) - money(p.priceCharged));
  }
  return sum;
}

/**
 * The three costs by lifecycle stage at the time they were spent: initial = cultivation,
 * maintenance = confirmation + trust + weakening interactions plus the discounts given,
 * end = lost. Never negative.
 */
export function costsOf(costByStage: Readonly<Record<Stage, number>>, discount: number) {
  const maintenanceInteractions = money(costByStage.confirmation) + money(costByStage.trust) + money(costByStage.weakening);
  return {
    costInitial: money(costByStage.cultivation),
    maintenanceInteractions,
    costMaintenance: maintenanceInteractions + money(discount),
    costEnd: money(costByStage.lost),
  };
}

/** Profitability: economic value + referral revenue − all three costs. Can be negative. */
export function profitOf(economic: number, referralRevenue: number, costInitial: number, costMaintenance: number, costEnd: number): number {
  return economic + referralRevenue - costInitial - costMaintenance - costEnd;
}

/** Recommendation points: referred customers who took part − the penalty for negative word of mouth. */
export function recommendationValue(referred: number, negativeWom: boolean, s: ValuationSettings): number {
  return Math.max(0, finite(referred)) - (negativeWom ? s.negativeWomPenalty : 0);
}

/** Capability points 0–5: the rating (unrated = 0) + advicePoints per "advice" interaction, capped at 5. */
export function capabilityPoints(rating: number | null, advice: number, s: ValuationSettings): number {
  return Math.min(5, Math.max(0, finite(rating)) + s.advicePoints * Math.max(0, finite(advice)));
}

/** The best (largest-stand) area rank among the window participations, and the stands it was ranked among. */
export function bestAreaRank(ps: readonly WindowParticipation[]): { areaRank: number | null; areaRankOf: number | null } {
  let best: WindowParticipation | null = null;
  for (const p of ps) {
    if (p.areaRank === null) continue;
    // Equal ranks: the later edition, the more current hint.
    if (!best || p.areaRank < (best.areaRank ?? Infinity) || (p.areaRank === best.areaRank && p.windowIndex > best.windowIndex)) best = p;
  }
  return best ? { areaRank: best.areaRank, areaRankOf: best.areaRankOf } : { areaRank: null, areaRankOf: null };
}

/**
 * Satisfaction: the mean 0–10 score of the window's participations (null without scores), and
 * the promoter / passive / detractor group of the latest score (latest window edition).
 */
export function satisfactionOf(ps: readonly WindowParticipation[]): { satisfaction: number | null; satisfactionCount: number; npsGroup: NpsGroup | null } {
  let sum = 0;
  let count = 0;
  let latest: WindowParticipation | null = null;
  for (const p of ps) {
    if (p.satisfaction === null || !Number.isFinite(p.satisfaction)) continue;
    sum += p.satisfaction;
    count++;
    if (!latest || p.windowIndex >= latest.windowIndex) latest = p;
  }
  return {
    satisfaction: count === 0 ? null : sum / count,
    satisfactionCount: count,
    npsGroup: latest && latest.satisfaction !== null ? npsGroup(latest.satisfaction) : null,
  };
}

/** Window editions taken part in (booked; several roles in one edition count once). */
export function attendedInWindowOf(ps: readonly WindowParticipation[]): number {
  const seen = new Set<number>();
  for (const p of ps) if (p.booked) seen.add(p.windowIndex);
  return seen.size;
}

/** Intent as a 0–100 score: yes 100, maybe 50, no 0; null when unknown. */
export function intentScore(intent: ReturnIntent | null): number | null {
  return intent === 'yes' ? 100 : intent === 'maybe' ? 50 : intent === 'no' ? 0 : null;
}

/**
 * Loyalty behaviour 0–100: half the streak (capped at the window), half the window editions
 * taken part in, both as shares of the window; 0 for an empty window.
 */
export function loyaltyBehaviour(streak: number, attendedInWindow: number, windowSize: number): number {
  if (!(windowSize > 0)) return 0;
  return 100 * (0.5 * (Math.min(Math.max(0, finite(streak)), windowSize) / windowSize) + 0.5 * (Math.min(attendedInWindow, windowSize) / windowSize));
}

/** Loyalty index 0–100: behaviour alone when intent is unknown, else 0.4 × intent + 0.6 × behaviour. */
export function loyaltyIndex(intent: ReturnIntent | null, streak: number, attendedInWindow: number, windowSize: number): number {
  const behaviour = loyaltyBehaviour(streak, attendedInWindow, windowSize);
  const i = intentScore(intent);
  return i === null ? behaviour : 0.4 * i + 0.6 * behaviour;
}

/** Retention: editions attended / held since its first (null when it never took part); repeat = attended ≥ 2. */
export function retentionOf(attendedSinceFirst: number, heldSinceFirst: number): { retention: number | null; repeat: number } {
  const attended = Math.max(0, finite(attendedSinceFirst));
  const held = Math.max(0, finite(heldSinceFirst));
  return {
    retention: attended === 0 || held === 0 ? null : Math.min(1, attended / held),
    repeat: attended >= 2 ? 1 : 0,
  };
}

/** A probability clamped to 0–1 (NaN → 0). */
export function clampProbability(p: number): number {
  return Math.min(1, Math.max(0, finite(p)));
}

/** Expected remaining editions: 1 / (1 − p) (a geometric lifetime), capped; p = 1 → the cap. */
export function remainingEditionsOf(probability: number, s: ValuationSettings): number {
  const p = clampProbability(probability);
  return p >= 1 ? s.maxRemainingEditions : Math.min(s.maxRemainingEditions, 1 / (1 - p));
}

/**
 * Contribution: current = share of the exhibition's window revenue (0 when that is 0);
 * revenue per edition = economic / window editions taken part in (rounded, 0 when none);
 * potential = probability × revenue per edition × expected remaining editions (rounded).
 */
export function contributionOf(economic: number, exhibitionRevenue: number, attendedInWindow: number, probability: number, s: ValuationSettings) {
  const total = finite(exhibitionRevenue);
  const revenuePerEdition = attendedInWindow > 0 ? Math.round(economic / attendedInWindow) : 0;
  const remainingEditions = remainingEditionsOf(probability, s);
  return {
    contributionShare: total > 0 ? Math.min(1, Math.max(0, economic / total)) : 0,
    revenuePerEdition,
    remainingEditions,
    potential: Math.round(clampProbability(probability) * revenuePerEdition * remainingEditions),
  };
}

/** Every figure of one relationship that needs no other relationship. */
export function assessRelationship(f: RelationshipFacts, s: ValuationSettings): BaseFigures {
  const ps = f.participations;
  const windowSize = Math.max(0, Math.round(finite(f.windowSize)));
  const economic = economicValue(ps);
  const discount = discountOf(ps);
  const costs = costsOf(f.costByStage, discount);
  const referred = Math.max(0, Math.round(finite(f.referredTookPart)));
  const referralRevenue = money(f.referredRevenue);
  const attendedInWindow = Math.min(windowSize, attendedInWindowOf(ps));
  const streak = Math.max(0, Math.round(finite(f.streak)));
  const advice = Math.max(0, Math.round(finite(f.advice)));
  const attendedSinceFirst = Math.max(0, Math.round(finite(f.attendedSinceFirst)));
  const heldSinceFirst = Math.max(0, Math.round(finite(f.heldSinceFirst)));
  const probability = clampProbability(f.probability);
  const area = bestAreaRank(ps);
  const sat = satisfactionOf(ps);
  const ret = retentionOf(attendedSinceFirst, heldSinceFirst);
  const contribution = contributionOf(economic, f.exhibitionRevenue, attendedInWindow, probability, s);
  // One literal with every field (no spreads) and the slots scorePopulation fills in place:
  // V8 keeps one fixed shape, so 100,000 rows are built, read and completed fast.
  const row: RelationshipFigures = {
    customerId: f.customerId,
    stage: f.stage,
    kinds: f.kinds,
    economic,
    referralRevenue,
    referred,
    negativeWom: f.negativeWom ? 1 : 0,
    costInitial: costs.costInitial,
    costMaintenance: costs.costMaintenance,
    maintenanceInteractions: costs.maintenanceInteractions,
    discount,
    costEnd: costs.costEnd,
    profit: profitOf(economic, referralRevenue, costs.costInitial, costs.costMaintenance, costs.costEnd),
    demonstrationRating: f.demonstrationRating,
    areaRank: area.areaRank,
    areaRankOf: area.areaRankOf,
    recommendation: recommendationValue(referred, f.negativeWom, s),
    capabilityRating: f.capabilityRating,
    advice,
    capability: capabilityPoints(f.capabilityRating, advice, s),
    satisfaction: sat.satisfaction,
    satisfactionCount: sat.satisfactionCount,
    npsGroup: sat.npsGroup,
    intent: f.latestIntent,
    streak,
    attendedInWindow,
    windowSize,
    loyalty: loyaltyIndex(f.latestIntent, streak, attendedInWindow, windowSize),
    attendedSinceFirst,
    heldSinceFirst,
    retention: ret.retention,
    repeat: ret.repeat,
    contributionShare: contribution.contributionShare,
    revenuePerEdition: contribution.revenuePerEdition,
    remainingEditions: contribution.remainingEditions,
    potential: contribution.potential,
    probability,
    probabilitySource: f.probabilitySource,
    economicNorm: 0,
    profitNorm: 0,
    recommendationNorm: 0,
    potentialNorm: 0,
    strategicNorm: 0,
    score: 0,
    tier: 'D',
    quadrant: 'marginal',
  };
  return row;
}

/**
 * An unlinked interaction's cost split equally between the customer's relationships, in whole
 * minor units; the remainder goes to the first (relationships ordered by exhibition id), so
 * the parts always add up to the cost.
 */
export function splitEvenly(amount: number, parts: number): number[] {
  if (parts <= 0) return [];
  const total = money(amount);
  const each = Math.floor(total / parts);
  const out = new Array<number>(parts).fill(each);
  out[0] = each + (total - each * parts);
  return out;
}
