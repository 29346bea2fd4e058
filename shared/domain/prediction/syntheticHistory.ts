// A seeded, generated history with a KNOWN pattern, for tests and the training benchmark:
// whether a relationship takes part depends on its satisfaction, its intent to return and a
// hidden loyalty, and only partly on having taken part last time — so a model using all the
// features must beat the "attended the previous edition" baseline. Not used by the app.

import type { Stage } from '../lifecycle';
import type { ReturnIntent } from '../participation';
import { FEATURE_COUNT, writeFeatures, type FeatureInputs } from './features';
import { allocExampleSet, type ExampleSet } from './model';

export interface SyntheticOptions {
  relationships: number;
  editions: number;
  seed: number;
}

export interface SyntheticHistory {
  /** Examples of every edition but the last. */
  train: ExampleSet;
  /** Examples of the last edition. */
  test: ExampleSet;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The true log-odds of taking part; the model never sees `loyalty`. */
export function trueLogit(h: FeatureInputs, loyalty: number): number {
  let z = -1.3 + 0.6 * (h.attendedPrev ? 1 : 0) + 0.8 * loyalty;
  if (h.lastSatisfaction !== null) z += 0.45 * (h.lastSatisfaction - 7);
  if (h.lastIntent === 'yes') z += 1.3;
  if (h.lastIntent === 'no') z -= 1.8;
  z -= 0.6 * Math.min(h.complaints12m, 3);
  if (h.lastDiscountRate !== null) z += 1.5 * h.lastDiscountRate;
  return z;
}

export function syntheticHistory(opts: SyntheticOptions): SyntheticHistory {
  const { relationships: r, editions: e } = opts;
  const rand = mulberry32(opts.seed);
  const normal = () => {
    const u = 1 - rand();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rand());
  };
  const train = allocExampleSet(r * Math.max(0, e - 1));
  const test = allocExampleSet(r);
  let nTrain = 0;
  let nTest = 0;

  const h: FeatureInputs = {
    attendedPrev: false, streak: 0, editionsAttended: 0, editionsSinceLast: null,
    lastSatisfaction: null, prevSatisfaction: null, lastIntent: null,
    lastRevenue: null, prevRevenue: null, lastArea: null, prevArea: null, lastDiscountRate: null,
    interactions12m: 0, complaints12m: 0, referrals: 0, stage: 'cultivation', kinds: 1,
  };
  for (let rel = 0; rel < r; rel++) {
    const loyalty = normal();
    const start = Math.floor(rand() * Math.max(1, e - 1));
    Object.assign(h, {
      attendedPrev: false, streak: 0, editionsAttended: 0, editionsSinceLast: null,
      lastSatisfaction: null, prevSatisfaction: null, lastIntent: null,
      lastRevenue: null, prevRevenue: null, lastArea: null, prevArea: null, lastDiscountRate: null,
      interactions12m: 0, complaints12m: 0, referrals: Math.floor(rand() * 1.5),
      stage: 'cultivation', kinds: rand() < 0.8 ? 1 : 1 << Math.floor(rand() * 5),
    } satisfies FeatureInputs);
    const size = Math.exp(3 + rand() * 2); // stand area, m²
    for (let ed = start; ed < e; ed++) {
      h.interactions12m = Math.floor(rand() * 6 + (h.attendedPrev ? 3 : 0));
      h.complaints12m = rand() < 0.1 ? 1 + Math.floor(rand() * 2) : 0;
      h.stage = stageOf(h);
      const p = 1 / (1 + Math.exp(-trueLogit(h, loyalty)));
      const took = rand() < p ? 1 : 0;
      const last = ed === e - 1;
      const set = last ? test : train;
      const row = last ? nTest++ : nTrain++;
      writeFeatures(h, set.x, row * FEATURE_COUNT);
      set.y[row] = took;

      // What this edition leaves behind for the next one.
      if (took) {
        const sat = Math.max(0, Math.min(10, Math.round(7 + 1.2 * loyalty + 1.5 * normal())));
        const answered = rand() < 0.7;
        h.prevSatisfaction = answered ? h.lastSatisfaction : h.prevSatisfaction;
        h.lastSatisfaction = answered ? sat : h.lastSatisfaction;
        h.lastIntent = rand() < 0.2 ? null : intentFor(sat, rand());
        const area = Math.round(size * (0.8 + 0.4 * rand()));
        const list = area * 30000;
        const discount = rand() < 0.3 ? rand() * 0.4 : 0;
        h.prevArea = h.lastArea;
        h.lastArea = area;
        h.prevRevenue = h.lastRevenue;
        h.lastRevenue = Math.round(list * (1 - discount));
        h.lastDiscountRate = discount;
        h.streak = h.attendedPrev ? h.streak + 1 : 1;
        h.editionsAttended++;
        h.editionsSinceLast = 1;
      } else {
        h.streak = 0;
        h.editionsSinceLast = h.editionsSinceLast === null ? null : h.editionsSinceLast + 1;
      }
      h.attendedPrev = took === 1;
    }
  }
  train.n = nTrain;
  test.n = nTest;
  return { train, test };
}

function intentFor(sat: number, u: number): ReturnIntent {
  const yes = sat >= 9 ? 0.8 : sat >= 7 ? 0.5 : 0.15;
  const no = sat <= 5 ? 0.5 : sat <= 7 ? 0.15 : 0.03;
  return u < yes ? 'yes' : u < yes + no ? 'no' : 'maybe';
}

function stageOf(h: FeatureInputs): Stage {
  if (h.editionsSinceLast === null) return 'cultivation';
  if (h.editionsSinceLast >= 3) return 'lost';
  if (!h.attendedPrev) return 'weakening';
  return h.streak >= 2 ? 'trust' : 'confirmation';
}
