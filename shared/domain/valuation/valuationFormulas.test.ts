import { describe, expect, it } from 'vitest';
import type { RelationshipFacts, WindowParticipation } from './facts';
import { scorePopulation } from './scorePopulation';
import { DEFAULT_VALUATION_SETTINGS as S } from './settings';
import { assessRelationship, splitEvenly } from './valuationFormulas';

// A hand-computed exhibition of four relationships, default settings (window 3, weights
// economic 25 · profit 10 · potential 15 · demonstration 10 · recommendation 10 · capability 5 ·
// satisfaction 10 · loyalty 10 · retention 5 = 100, cut-offs 10/30/60 %, economicHigh 0.5,
// strategicHigh 0.4, penalty 2, advicePoints 0.5, maxRemainingEditions 10).
// Money in minor units (cents): 4_000_000 = 40,000.00. The exhibition's window revenue is 20,000,000.

const part = (windowIndex: number, p: Partial<WindowParticipation> = {}): WindowParticipation => ({
  editionId: `e${windowIndex}`,
  windowIndex,
  booked: true,
  listPrice: null,
  priceCharged: null,
  otherRevenue: null,
  standArea: null,
  areaRank: null,
  areaRankOf: null,
  satisfaction: null,
  ...p,
});
const noCosts = { cultivation: 0, confirmation: 0, trust: 0, weakening: 0, lost: 0 };
const base: Omit<RelationshipFacts, 'customerId'> = {
  stage: 'trust',
  kinds: 1,
  windowSize: 3,
  participations: [],
  costByStage: noCosts,
  advice: 0,
  referredTookPart: 0,
  referredRevenue: 0,
  negativeWom: false,
  demonstrationRating: null,
  capabilityRating: null,
  latestIntent: null,
  streak: 0,
  attendedSinceFirst: 0,
  heldSinceFirst: 0,
  exhibitionRevenue: 20_000_000,
  probability: 0,
  probabilitySource: 'model',
};

/** A big exhibitor on a cheap stand: lists at 100,000, pays 40,000, three editions in a row. */
const bigCo: RelationshipFacts = {
  ...base,
  customerId: 'big',
  participations: [
    part(0, { listPrice: 10_000_000, priceCharged: 4_000_000, areaRank: 1, areaRankOf: 20, satisfaction: 9 }),
    part(1, { listPrice: 10_000_000, priceCharged: 4_000_000, areaRank: 2, areaRankOf: 18, satisfaction: 8 }),
    part(2, { listPrice: 10_000_000, priceCharged: 4_000_000, otherRevenue: 500_000, areaRank: 1, areaRankOf: 22, satisfaction: 10 }),
  ],
  costByStage: { ...noCosts, trust: 200_000 },
  advice: 1,
  referredTookPart: 2,
  referredRevenue: 3_000_000,
  demonstrationRating: 5,
  latestIntent: 'yes',
  streak: 5,
  attendedSinceFirst: 6,
  heldSinceFirst: 6,
  probability: 0.75,
};

/** An association: no money (a free stand), highly rated, refers members, gives advice. */
const association: RelationshipFacts = {
  ...base,
  customerId: 'assoc',
  kinds: 16,
  participations: [part(2, { priceCharged: 0 })],
  costByStage: { ...noCosts, cultivation: 50_000 },
  advice: 3,
  referredTookPart: 4,
  referredRevenue: 6_000_000,
  demonstrationRating: 5,
  capabilityRating: 4,
  streak: 1,
  attendedSinceFirst: 1,
  heldSinceFirst: 1,
  probability: 0.5,
};

/** A lost customer: came once in the window, cancelled the next, spoke badly, cost us to wind down. */
const lost: RelationshipFacts = {
  ...base,
  customerId: 'lost',
  stage: 'lost',
  participations: [
    part(0, { listPrice: 2_000_000, priceCharged: 2_000_000, otherRevenue: 0, satisfaction: 4 }),
    part(1, { booked: false, listPrice: 1_500_000, priceCharged: 1_000_000 }),
  ],
  costByStage: { ...noCosts, weakening: 100_000, lost: 300_000 },
  negativeWom: true,
  latestIntent: 'no',
  streak: 0,
  attendedSinceFirst: 2,
  heldSinceFirst: 4,
  probability: 0.1,
};

/** A customer with no data at all. */
const nothing: RelationshipFacts = { ...base, customerId: 'none', stage: 'cultivation', probabilitySource: 'fallback' };

describe('assessRelationship (hand-computed)', () => {
  it('a big exhibitor on a cheap stand: big discount, negative profit', () => {
    const f = assessRelationship(bigCo, S);
    // economic = 3 × 4,000,000 + 500,000 other revenue = 12,500,000
    expect(f.economic).toBe(12_500_000);
    // discount = 3 × (10,000,000 − 4,000,000) = 18,000,000
    expect(f.discount).toBe(18_000_000);
    // maintenance = trust interactions 200,000 + discount 18,000,000
    expect(f.maintenanceInteractions).toBe(200_000);
    expect(f.costMaintenance).toBe(18_200_000);
    expect(f.costInitial).toBe(0);
    expect(f.costEnd).toBe(0);
    // profit = 12,500,000 + 3,000,000 referrals − 0 − 18,200,000 − 0 = −2,700,000
    expect(f.profit).toBe(-2_700_000);
    // best area rank: 1 of 20 (edition 0) and 1 of 22 (edition 2) tie → the later edition
    expect([f.areaRank, f.areaRankOf]).toEqual([1, 22]);
    // recommendation = 2 referred − 0 = 2; capability = min(5, 0 unrated + 0.5 × 1) = 0.5
    expect(f.recommendation).toBe(2);
    expect(f.capability).toBe(0.5);
    // satisfaction = (9 + 8 + 10) / 3 = 9; latest (edition 2) = 10 → promoter
    expect([f.satisfaction, f.satisfactionCount, f.npsGroup]).toEqual([9, 3, 'promoter']);
    // behaviour = 100 × (0.5 × min(5, 3)/3 + 0.5 × 3/3) = 100; loyalty = 0.4 × 100 + 0.6 × 100 = 100
    expect(f.attendedInWindow).toBe(3);
    expect(f.loyalty).toBe(100);
    // retention = 6 / 6 = 1, repeat
    expect([f.retention, f.repeat]).toEqual([1, 1]);
    // share = 12,500,000 / 20,000,000 = 0.625; per edition = round(12,500,000 / 3) = 4,166,667
    expect(f.contributionShare).toBe(0.625);
    expect(f.revenuePerEdition).toBe(4_166_667);
    // remaining = min(10, 1 / (1 − 0.75)) = 4; potential = round(0.75 × 4,166,667 × 4) = 12,500,001
    expect(f.remainingEditions).toBe(4);
    expect(f.potential).toBe(12_500_001);
  });

  it('an association: no money, great value otherwise', () => {
    const f = assessRelationship(association, S);
    expect([f.economic, f.discount]).toEqual([0, 0]);
    // profit = 0 + 6,000,000 referrals − 50,000 initial (cultivation visit) = 5,950,000
    expect(f.costInitial).toBe(50_000);
    expect(f.profit).toBe(5_950_000);
    // capability = min(5, 4 + 0.5 × 3) = min(5, 5.5) = 5
    expect(f.capability).toBe(5);
    expect(f.recommendation).toBe(4);
    expect([f.satisfaction, f.satisfactionCount, f.npsGroup]).toEqual([null, 0, null]);
    // intent unknown → behaviour only: 100 × (0.5 × 1/3 + 0.5 × 1/3) = 33.33…
    expect(f.loyalty).toBeCloseTo(100 / 3, 10);
    expect([f.retention, f.repeat]).toEqual([1, 0]);
    // took part without revenue: per edition 0 / 1 = 0, potential 0; remaining = 1 / 0.5 = 2
    expect([f.contributionShare, f.revenuePerEdition, f.remainingEditions, f.potential]).toEqual([0, 0, 2, 0]);
  });

  it('a lost customer with end costs and negative word of mouth', () => {
    const f = assessRelationship(lost, S);
    // only the booked edition counts: economic 2,000,000, discount 0 (the cancelled one is ignored)
    expect([f.economic, f.discount]).toEqual([2_000_000, 0]);
    // maintenance = weakening 100,000; end = lost 300,000; profit = 2,000,000 − 100,000 − 300,000
    expect([f.costMaintenance, f.costEnd, f.profit]).toEqual([100_000, 300_000, 1_600_000]);
    // recommendation = 0 − penalty 2 = −2
    expect([f.negativeWom, f.recommendation]).toEqual([1, -2]);
    expect([f.satisfaction, f.npsGroup]).toEqual([4, 'detractor']);
    // behaviour = 100 × (0.5 × 0/3 + 0.5 × 1/3) = 16.67; loyalty = 0.4 × 0 + 0.6 × 16.67 = 10
    expect(f.loyalty).toBeCloseTo(10, 10);
    // retention = 2 / 4 = 0.5, repeat (2 editions)
    expect([f.retention, f.repeat]).toEqual([0.5, 1]);
    // share = 2,000,000 / 20,000,000 = 0.1; remaining = 1 / 0.9 = 1.11…; potential = round(0.1 × 2,000,000 × 1.11…) = 222,222
    expect(f.contributionShare).toBe(0.1);
    expect(f.remainingEditions).toBeCloseTo(1 / 0.9, 10);
    expect(f.potential).toBe(222_222);
  });

  it('a customer with no data: defined zeros and nulls', () => {
    const f = assessRelationship(nothing, S);
    expect(f).toMatchObject({
      economic: 0, discount: 0, costInitial: 0, costMaintenance: 0, costEnd: 0, profit: 0,
      recommendation: 0, capability: 0, satisfaction: null, npsGroup: null, loyalty: 0,
      retention: null, repeat: 0, contributionShare: 0, revenuePerEdition: 0, remainingEditions: 1, potential: 0,
      areaRank: null, areaRankOf: null,
    });
  });
});

describe('scorePopulation (hand-computed)', () => {
  const [big, assoc, lostR, none] = scorePopulation([bigCo, association, lost, nothing].map((f) => assessRelationship(f, S)), S);

  it('normalises among the positive values', () => {
    // economic > 0: [2,000,000 (lost), 12,500,000 (big)] → big 2/2, lost 1/2, others 0
    expect([big!.economicNorm, assoc!.economicNorm, lostR!.economicNorm, none!.economicNorm]).toEqual([1, 0, 0.5, 0]);
    // profit > 0: [1,600,000 (lost), 5,950,000 (assoc)]; big's is negative → 0
    expect([big!.profitNorm, assoc!.profitNorm, lostR!.profitNorm, none!.profitNorm]).toEqual([0, 1, 0.5, 0]);
    // potential > 0: [222,222 (lost), 12,500,001 (big)]
    expect([big!.potentialNorm, assoc!.potentialNorm, lostR!.potentialNorm, none!.potentialNorm]).toEqual([1, 0, 0.5, 0]);
    // recommendation > 0: [2 (big), 4 (assoc)]; lost's −2 → 0
    expect([big!.recommendationNorm, assoc!.recommendationNorm, lostR!.recommendationNorm, none!.recommendationNorm]).toEqual([0.5, 1, 0, 0]);
  });

  it('scores, strategic value, tiers and quadrants', () => {
    // big: 25×1 + 10×0 + 15×1 + 10×(5/5) + 10×0.5 + 5×(0.5/5) + 10×(9/10) + 10×1 + 5×1 = 79.5 (÷ 100 × 100)
    expect(big!.score).toBe(79.5);
    // assoc: 0 + 10×1 + 0 + 10×1 + 10×1 + 5×1 + 0 + 10×0.333 + 5×1 = 43.33 → 43.3
    expect(assoc!.score).toBe(43.3);
    // lost: 25×0.5 + 10×0.5 + 15×0.5 + 0 + 0 + 0 + 10×0.4 + 10×0.1 + 5×0.5 = 32.5
    expect(lostR!.score).toBe(32.5);
    expect(none!.score).toBe(0);
    // strategic = min(1, demo + recNorm + capability/5): big min(1, 1 + 0.5 + 0.1) = 1,
    // assoc min(1, 3) = 1, lost 0, none 0
    expect([big!.strategicNorm, assoc!.strategicNorm, lostR!.strategicNorm, none!.strategicNorm]).toEqual([1, 1, 0, 0]);
    // n = 4: A if position×100 < 10×4 (position 0), B < 120 (1), C < 240 (2), D the rest
    expect([big!.tier, assoc!.tier, lostR!.tier, none!.tier]).toEqual(['A', 'B', 'C', 'D']);
    // big: economic 1 ≥ 0.5 and strategic 1 ≥ 0.4 → key; assoc: economic 0, strategic 1 → strategic;
    // lost: economic 0.5 ≥ 0.5, strategic 0 → profit; none → marginal
    expect([big!.quadrant, assoc!.quadrant, lostR!.quadrant, none!.quadrant]).toEqual(['key', 'strategic', 'profit', 'marginal']);
  });
});

describe('splitEvenly', () => {
  it('splits whole cents and gives the remainder to the first', () => {
    // 1,000 cents between 3 relationships: 333 each, remainder 1 to the first
    expect(splitEvenly(1_000, 3)).toEqual([334, 333, 333]);
    expect(splitEvenly(7, 1)).toEqual([7]);
    expect(splitEvenly(5, 0)).toEqual([]);
  });
});
