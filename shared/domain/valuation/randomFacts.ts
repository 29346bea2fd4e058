// Seeded random relationship facts for property tests and speed measurements of the
// formulas (no dependency: a small mulberry32 generator, so a failure reproduces exactly).

import { STAGES, type Stage } from '../lifecycle';
import { RETURN_INTENTS } from '../participation';
import type { RelationshipFacts, WindowParticipation } from './facts';

export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Facts of one relationship: sometimes empty, sometimes rich, with nulls where the schema allows them. */
export function randomFacts(rnd: () => number, i: number): RelationshipFacts {
  const int = (max: number) => Math.floor(rnd() * (max + 1));
  const maybe = <T>(v: T): T | null => (rnd() < 0.3 ? null : v);
  const empty = rnd() < 0.1;
  const windowSize = empty && rnd() < 0.5 ? 0 : 1 + int(4);
  const participations: WindowParticipation[] = [];
  if (!empty) {
    for (let w = 0; w < windowSize; w++) {
      if (rnd() < 0.35) continue;
      const list = int(20) * 500_000;
      participations.push({
        editionId: `e${w}`,
        windowIndex: w,
        booked: rnd() < 0.8,
        listPrice: maybe(list),
        priceCharged: maybe(Math.round(list * (0.3 + rnd() * 0.9))),
        otherRevenue: maybe(int(10) * 10_000),
        standArea: maybe(int(200)),
        areaRank: maybe(1 + int(50)),
        areaRankOf: 51,
        satisfaction: maybe(int(10)),
      });
    }
  }
  const costByStage = Object.fromEntries(STAGES.map((s) => [s, empty ? 0 : int(5) * int(40_000)])) as Record<Stage, number>;
  const attendedSinceFirst = empty ? 0 : int(8);
  return {
    customerId: `c${i}`,
    stage: STAGES[int(STAGES.length - 1)]!,
    kinds: 1 + int(30),
    windowSize,
    participations,
    costByStage,
    advice: empty ? 0 : int(4),
    referredTookPart: empty ? 0 : int(3),
    referredRevenue: empty ? 0 : int(4) * 1_000_000,
    negativeWom: !empty && rnd() < 0.1,
    demonstrationRating: empty ? null : maybe(int(5)),
    capabilityRating: empty ? null : maybe(int(5)),
    latestIntent: empty ? null : maybe(RETURN_INTENTS[int(2)]!),
    streak: empty ? 0 : int(windowSize + 2),
    attendedSinceFirst,
    heldSinceFirst: attendedSinceFirst + (empty ? 0 : int(4)),
    exhibitionRevenue: empty && rnd() < 0.5 ? 0 : 50_000_000 + int(1000) * 100_000,
    probability: rnd() < 0.05 ? 1 : rnd(),
    probabilitySource: rnd() < 0.5 ? 'model' : 'fallback',
  };
}
