import { describe, expect, it } from 'vitest';
import { FEATURE_COUNT, FEATURE_INDEX, FEATURE_NAMES, IMPUTED_SATISFACTION, writeFeatures, type FeatureInputs } from './features';

const base: FeatureInputs = {
  attendedPrev: true,
  streak: 3,
  editionsAttended: 4,
  editionsSinceLast: 1,
  lastSatisfaction: 9,
  prevSatisfaction: 6,
  lastIntent: 'yes',
  lastRevenue: 1_000_000, // 10,000.00
  prevRevenue: 500_000,
  lastArea: 36,
  prevArea: 18,
  lastDiscountRate: 0.25,
  interactions12m: 7,
  complaints12m: 1,
  referrals: 2,
  stage: 'trust',
  kinds: 0b10001, // exhibitor + partner
};

function features(h: FeatureInputs): Record<string, number> {
  const out = new Float64Array(FEATURE_COUNT);
  writeFeatures(h, out, 0);
  return Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, out[i]!]));
}

describe('writeFeatures', () => {
  it('names every position once', () => {
    expect(new Set(FEATURE_NAMES).size).toBe(FEATURE_COUNT);
    FEATURE_NAMES.forEach((name, i) => expect(FEATURE_INDEX[name]).toBe(i));
  });

  it('writes a known history by hand', () => {
    expect(features(base)).toEqual({
      attendedPrev: 1,
      streak: 3,
      editionsAttended: Math.log1p(4),
      editionsSinceLast: Math.log1p(1),
      neverAttended: 0,
      lastSatisfaction: 9,
      satisfactionMissing: 0,
      satisfactionTrend: 3, // 9 − 6
      satisfactionTrendMissing: 0,
      intentYes: 1,
      intentNo: 0,
      intentUnknown: 0,
      revenue: Math.log1p(10_000), // minor units → major, then log1p
      revenueTrend: Math.log1p(10_000) - Math.log1p(5_000),
      areaTrend: Math.log1p(36) - Math.log1p(18),
      discountRate: 0.25,
      interactions12m: Math.log1p(7),
      complaints12m: Math.log1p(1),
      referrals: Math.log1p(2),
      'stage.cultivation': 0,
      'stage.confirmation': 0,
      'stage.trust': 1,
      'stage.weakening': 0,
      'stage.lost': 0,
      'kind.exhibitor': 1,
      'kind.trade_buyer': 0,
      'kind.professional_visitor': 0,
      'kind.general_visitor': 0,
      'kind.partner': 1,
    });
  });

  it('marks what is unknown with indicators and imputes a neutral value', () => {
    const f = features({
      ...base,
      attendedPrev: false,
      streak: 0,
      editionsAttended: 0,
      editionsSinceLast: null,
      lastSatisfaction: null,
      prevSatisfaction: null,
      lastIntent: null,
      lastRevenue: null,
      prevRevenue: null,
      lastArea: null,
      prevArea: null,
      lastDiscountRate: null,
      stage: 'cultivation',
      kinds: 0,
    });
    expect(f.neverAttended).toBe(1);
    expect(f.editionsSinceLast).toBe(0);
    expect(f.lastSatisfaction).toBe(IMPUTED_SATISFACTION);
    expect(f.satisfactionMissing).toBe(1);
    expect(f.satisfactionTrend).toBe(0);
    expect(f.satisfactionTrendMissing).toBe(1);
    expect([f.intentYes, f.intentNo, f.intentUnknown]).toEqual([0, 0, 1]);
    expect([f.revenue, f.revenueTrend, f.areaTrend, f.discountRate]).toEqual([0, 0, 0, 0]);
    expect(f['stage.cultivation']).toBe(1);
  });

  it("treats 'maybe' as the reference level (no intent bit)", () => {
    const f = features({ ...base, lastIntent: 'maybe' });
    expect([f.intentYes, f.intentNo, f.intentUnknown]).toEqual([0, 0, 0]);
  });

  it('stays finite with extreme or broken inputs', () => {
    const broken = {
      ...base,
      streak: Infinity,
      editionsAttended: -5,
      editionsSinceLast: NaN,
      lastSatisfaction: 1e9,
      prevSatisfaction: -Infinity,
      lastRevenue: 1e300,
      prevRevenue: -1e300,
      lastArea: Number.MAX_VALUE,
      prevArea: 0,
      lastDiscountRate: -3,
      interactions12m: 1e308,
      complaints12m: NaN,
      referrals: -1,
      kinds: 2 ** 60,
    } satisfies FeatureInputs;
    const f = features(broken);
    for (const name of FEATURE_NAMES) expect(Number.isFinite(f[name]), name).toBe(true);
    expect(f.streak).toBe(0); // Infinity is not a count: unknown → 0
    expect(f.lastSatisfaction).toBe(10); // clamped to the scale
    expect(f.satisfactionTrendMissing).toBe(1);
    expect(f.discountRate).toBe(0);
    expect(f.neverAttended).toBe(1);
  });

  it('writes at the offset and nowhere else', () => {
    const out = new Float64Array(FEATURE_COUNT * 3).fill(-1);
    writeFeatures(base, out, FEATURE_COUNT);
    expect(out.subarray(0, FEATURE_COUNT).every((v) => v === -1)).toBe(true);
    expect(out.subarray(2 * FEATURE_COUNT).every((v) => v === -1)).toBe(true);
    expect(out[FEATURE_COUNT + FEATURE_INDEX.streak]).toBe(3);
  });
});
