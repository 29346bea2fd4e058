import { STAGES, type Stage } from '../../../../shared/domain/lifecycle';
import { RETURN_INTENTS } from '../../../../shared/domain/participation';
import type { RelationshipFacts } from '../../../../shared/domain/valuation/facts';
import type { ProbabilitySource } from '../../../../shared/domain/valuation/figures';
import type { AssessFacts } from './assessFacts';

// One relationship's RelationshipFacts (the input of the formulas, shared/domain/valuation/
// facts.ts) from the gathered arrays. Built one at a time and dropped after its figures are
// computed.

const NO_PARTICIPATIONS: RelationshipFacts['participations'] = Object.freeze([]) as unknown as RelationshipFacts['participations'];

export function relationshipFacts(f: AssessFacts, r: number, probability: number, probabilitySource: ProbabilitySource): RelationshipFacts {
  const { e: E, plan } = f;
  const closed = plan.closed;
  const m = closed.length;
  // Streak back from the latest closed edition; editions taken part in / held since the first.
  let streak = 0;
  while (streak < m && f.took[r * E + closed[m - 1 - streak]!] === 2) streak++;
  let first = -1;
  let attendedSinceFirst = 0;
  for (let j = 0; j < m; j++) {
    if (f.took[r * E + closed[j]!] !== 2) continue;
    if (first < 0) first = j;
    attendedSinceFirst++;
  }
  let latestIntent: RelationshipFacts['latestIntent'] = null;
  for (let i = 0; i < E; i++) {
    const v = f.intent[r * E + i]!;
    if (v >= 0) latestIntent = RETURN_INTENTS[v]!;
  }
  const cost = (s: number) => f.costByStage[r * STAGES.length + s]!;
  const costByStage = {} as Record<Stage, number>;
  STAGES.forEach((s, i) => (costByStage[s] = cost(i)));
  const demo = f.demonstrationRating[r]!;
  const cap = f.capabilityRating[r]!;
  return {
    customerId: f.customerIds[r]!,
    stage: STAGES[f.stage[r]!]!,
    kinds: f.kinds[r]!,
    windowSize: plan.window.length,
    participations: f.windowParts[r] ?? NO_PARTICIPATIONS,
    costByStage,
    advice: f.advice[r]!,
    referredTookPart: f.referredTookPart[r]!,
    referredRevenue: f.referredRevenue[r]!,
    negativeWom: f.negativeWom[r] === 1,
    demonstrationRating: demo < 0 ? null : demo,
    capabilityRating: cap < 0 ? null : cap,
    latestIntent,
    streak,
    attendedSinceFirst,
    heldSinceFirst: first < 0 ? 0 : m - first,
    exhibitionRevenue: f.exhibitionRevenue,
    probability,
    probabilitySource,
  };
}
