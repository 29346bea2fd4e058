import { describe, expect, it } from 'vitest';
import { backtest } from './backtest';
import { DEFAULT_CELL_PRIORS } from './fallback';
import { FEATURE_COUNT, FEATURE_INDEX, writeFeatures, type FeatureInputs } from './features';
import { allocExampleSet, modelCoefficients, predictMany, predictProbability, type ExampleSet } from './model';
import { syntheticHistory } from './syntheticHistory';
import { MIN_EXAMPLES, trainRebookingModel } from './train';

const plain: FeatureInputs = {
  attendedPrev: true, streak: 2, editionsAttended: 2, editionsSinceLast: 1,
  lastSatisfaction: 8, prevSatisfaction: 7, lastIntent: 'yes',
  lastRevenue: 1_000_000, prevRevenue: 900_000, lastArea: 18, prevArea: 18, lastDiscountRate: 0,
  interactions12m: 3, complaints12m: 0, referrals: 0, stage: 'trust', kinds: 1,
};

/** A set built from inputs and labels. */
function setOf(rows: [FeatureInputs, 0 | 1][]): ExampleSet {
  const set = allocExampleSet(rows.length);
  rows.forEach(([h, y], i) => {
    writeFeatures(h, set.x, i * FEATURE_COUNT);
    set.y[i] = y;
  });
  return set;
}

function assertFiniteModel(json: unknown): void {
  const walk = (v: unknown): void => {
    if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(json);
}

describe('trainRebookingModel — fallback', () => {
  it('uses the priors when there is no history at all', () => {
    const model = trainRebookingModel(allocExampleSet(0));
    expect(model.kind).toBe('fallback');
    if (model.kind !== 'fallback') return;
    expect(model.reason).toBe('tooFewExamples');
    // No examples: every cell is exactly its prior (the group rate equals the group prior).
    model.rates.forEach((r, i) => expect(r).toBeCloseTo(DEFAULT_CELL_PRIORS[i]!, 12));
  });

  it(`kicks in below ${MIN_EXAMPLES} examples and learns from the ones there are`, () => {
    // 199 examples: those who came last time and said yes all came again; the rest did not.
    const rows: [FeatureInputs, 0 | 1][] = [];
    for (let i = 0; i < 199; i++) {
      const yes = i % 2 === 0;
      rows.push([{ ...plain, lastIntent: yes ? 'yes' : 'no' }, yes ? 1 : 0]);
    }
    const set = setOf(rows);
    const model = trainRebookingModel(set);
    expect(model.kind).toBe('fallback');
    if (model.kind !== 'fallback') return;
    expect(model.reason).toBe('tooFewExamples');
    const yesP = predictProbability(model, set.x, 0);
    const noP = predictProbability(model, set.x, FEATURE_COUNT);
    expect(yesP).toBeGreaterThan(0.9);
    expect(yesP).toBeLessThan(1);
    expect(noP).toBeLessThan(0.1);
    expect(noP).toBeGreaterThan(0);
  });

  it('kicks in with one class only, however many examples', () => {
    const rows: [FeatureInputs, 0 | 1][] = Array.from({ length: 1000 }, (_, i) => [{ ...plain, streak: i % 7 }, 1]);
    const model = trainRebookingModel(setOf(rows));
    expect(model.kind === 'fallback' && model.reason).toBe('oneClass');
  });

  it('ranks sensibly from the priors: came last time and said yes > did not come and said no', () => {
    const model = trainRebookingModel(allocExampleSet(0));
    const set = setOf([
      [plain, 1],
      [{ ...plain, attendedPrev: false, editionsSinceLast: 3, lastIntent: 'no' }, 0],
    ]);
    expect(predictProbability(model, set.x, 0)).toBeGreaterThan(predictProbability(model, set.x, FEATURE_COUNT));
  });
});

describe('trainRebookingModel — logistic', () => {
  const { train, test } = syntheticHistory({ relationships: 6000, editions: 6, seed: 11 });

  it('beats the "attended the previous edition" baseline on a history with a known pattern', () => {
    const result = backtest(train, test);
    expect(result.modelKind).toBe('logistic');
    expect(result.trainExamples).toBe(train.n);
    expect(result.testExamples).toBe(test.n);
    expect(result.auc).not.toBeNull();
    expect(result.baselineAuc).not.toBeNull();
    expect(result.auc!).toBeGreaterThan(result.baselineAuc! + 0.05);
    expect(result.beatsBaseline).toBe(true);
    // Better calibrated than always saying the base rate.
    const rate = Array.from(test.y.subarray(0, test.n)).reduce((a, b) => a + b, 0) / test.n;
    expect(result.brier!).toBeLessThan(rate * (1 - rate));
  });

  it('learns the pattern: satisfaction and intent drive rebooking, complaints hold it back', () => {
    const model = trainRebookingModel(train);
    const coefficients = modelCoefficients(model);
    const weight = (f: string) => coefficients.find((c) => c.feature === f)?.weight ?? 0;
    expect(weight('lastSatisfaction')).toBeGreaterThan(0.2);
    expect(weight('intentYes')).toBeGreaterThan(0.1);
    expect(weight('intentNo')).toBeLessThan(-0.1);
    expect(weight('complaints12m')).toBeLessThan(-0.1);
    // Strongest first.
    for (let i = 1; i < coefficients.length; i++)
      expect(Math.abs(coefficients[i - 1]!.weight)).toBeGreaterThanOrEqual(Math.abs(coefficients[i]!.weight));
    expect(modelCoefficients(trainRebookingModel(allocExampleSet(0)))).toEqual([]);
  });

  it('is calibrated in the mean: average probability ≈ rate of taking part', () => {
    const model = trainRebookingModel(train);
    const probs = predictMany(model, train);
    let sumP = 0;
    let sumY = 0;
    for (let i = 0; i < train.n; i++) {
      sumP += probs[i]!;
      sumY += train.y[i]!;
    }
    expect(sumP / train.n).toBeCloseTo(sumY / train.n, 3);
  });

  it('is deterministic and survives a JSON round trip (it is stored in the snapshot)', () => {
    const a = trainRebookingModel(train);
    const b = trainRebookingModel(train);
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    const stored = JSON.parse(JSON.stringify(a)) as typeof a;
    for (let i = 0; i < 50; i++)
      expect(predictProbability(stored, test.x, i * FEATURE_COUNT)).toBe(predictProbability(a, test.x, i * FEATURE_COUNT));
  });

  it('uses the subsampled phases on large sets and agrees with the exact fit', () => {
    const big = syntheticHistory({ relationships: 30_000, editions: 4, seed: 5 }).train;
    const fast = trainRebookingModel(big);
    const exact = trainRebookingModel(big, { hessianSample: big.n });
    expect(fast.kind === 'logistic' && exact.kind === 'logistic').toBe(true);
    if (fast.kind !== 'logistic' || exact.kind !== 'logistic') return;
    expect(fast.iterations).toBeGreaterThan(0);
    expect(exact.iterations).toBe(0);
    // Compared on what matters, the probabilities (the stage one-hots are collinear with the
    // intercept, so single weights along that flat direction are only pinned by the penalty).
    const pf = predictMany(fast, big);
    const pe = predictMany(exact, big);
    let worst = 0;
    for (let i = 0; i < big.n; i++) worst = Math.max(worst, Math.abs(pf[i]! - pe[i]!));
    expect(worst).toBeLessThan(0.005);
  });
});

describe('trainRebookingModel — extreme inputs', () => {
  it('never produces NaN: constant features, all-missing satisfaction, huge revenues', () => {
    // 400 examples where nearly everything is constant (zero standard deviation), satisfaction
    // is never recorded, and revenues are astronomically large; only the intent varies.
    const rows: [FeatureInputs, 0 | 1][] = [];
    for (let i = 0; i < 400; i++) {
      const yes = i % 3 !== 0;
      rows.push([
        {
          ...plain,
          lastSatisfaction: null,
          prevSatisfaction: null,
          lastRevenue: i % 2 ? 1e300 : 1e250,
          prevRevenue: Number.MAX_VALUE,
          lastIntent: yes ? 'yes' : 'no',
        },
        yes === (i % 5 !== 0) ? 1 : 0,
      ]);
    }
    const set = setOf(rows);
    const model = trainRebookingModel(set);
    expect(model.kind).toBe('logistic');
    assertFiniteModel(model);
    if (model.kind !== 'logistic') return;
    expect(model.scale[FEATURE_INDEX.streak]).toBe(0);
    expect(model.weights[FEATURE_INDEX.streak]).toBe(0);
    const probs = predictMany(model, set);
    for (const p of probs) {
      expect(Number.isFinite(p)).toBe(true);
      expect(p).toBeGreaterThan(0);
      expect(p).toBeLessThan(1);
    }
    expect(probs[1]!).toBeGreaterThan(probs[0]!); // yes (i = 1) above no (i = 0)
  });

  it('stays finite on perfectly separable data (the penalty bounds the weights)', () => {
    const rows: [FeatureInputs, 0 | 1][] = [];
    for (let i = 0; i < 300; i++) rows.push([{ ...plain, streak: i % 10 }, i % 10 >= 5 ? 1 : 0]);
    const model = trainRebookingModel(setOf(rows));
    expect(model.kind).toBe('logistic');
    assertFiniteModel(model);
  });

  it('predicts from a vector with a non-finite value without returning NaN', () => {
    const { train } = syntheticHistory({ relationships: 500, editions: 4, seed: 3 });
    const model = trainRebookingModel(train);
    const x = new Float64Array(FEATURE_COUNT);
    writeFeatures(plain, x, 0);
    x[FEATURE_INDEX.revenue] = NaN;
    expect(Number.isFinite(predictProbability(model, x, 0))).toBe(true);
  });
});
