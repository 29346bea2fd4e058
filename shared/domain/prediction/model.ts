// The rebooking model as stored in a snapshot (JSON) and how it turns a feature vector into a
// probability. Two kinds: a logistic regression on standardised features (enough history),
// and a table of smoothed rates (fallback.ts) when the history is too short to learn from.

import { FEATURE_COUNT, FEATURE_INDEX, FEATURE_NAMES } from './features';

/** Training rows: n feature vectors (row-major, FEATURE_COUNT each) and their labels (1 = took part). */
export interface ExampleSet {
  x: Float64Array;
  y: Uint8Array;
  n: number;
}

/** An empty set with room for n examples. */
export function allocExampleSet(n: number): ExampleSet {
  return { x: new Float64Array(n * FEATURE_COUNT), y: new Uint8Array(n), n };
}

export interface LogisticModel {
  kind: 'logistic';
  /** FEATURE_NAMES at training time (the weights are by position). */
  features: string[];
  /** Standardisation: z_j = (x_j − mean_j) × scale_j, scale = 1 / standard deviation (0 for a constant feature). */
  mean: number[];
  scale: number[];
  /** Weights of the standardised features: log-odds change per standard deviation. */
  weights: number[];
  intercept: number;
  /** L2 penalty used (on the mean log-loss). */
  l2: number;
  examples: number;
  positives: number;
  /** Passes over all examples after the subsample fits (0 when the whole set was the subsample). */
  iterations: number;
}

export type FallbackReason = 'tooFewExamples' | 'oneClass';

/** Intent levels of the fallback table, in the order of its cells. */
export const FALLBACK_INTENTS = ['yes', 'maybe', 'no', 'unknown'] as const;

export interface FallbackModel {
  kind: 'fallback';
  reason: FallbackReason;
  examples: number;
  positives: number;
  /** Probability per cell: rates[attendedPrev × 4 + intent level] (FALLBACK_INTENTS order). */
  rates: number[];
  /** Examples behind each cell (same order), for the explanation. */
  counts: number[];
}

export type RebookingModel = LogisticModel | FallbackModel;

function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

/** The fallback table's cell of a feature vector. */
export function fallbackCell(x: Float64Array, offset: number): number {
  const prev = x[offset + FEATURE_INDEX.attendedPrev]! >= 0.5 ? 1 : 0;
  const level =
    x[offset + FEATURE_INDEX.intentYes]! >= 0.5
      ? 0
      : x[offset + FEATURE_INDEX.intentNo]! >= 0.5
        ? 2
        : x[offset + FEATURE_INDEX.intentUnknown]! >= 0.5
          ? 3
          : 1;
  return prev * FALLBACK_INTENTS.length + level;
}

/** Probability (0–1) of taking part, for the feature vector at x[offset … offset + FEATURE_COUNT). */
export function predictProbability(model: RebookingModel, x: Float64Array, offset: number): number {
  if (model.kind === 'fallback') return model.rates[fallbackCell(x, offset)] ?? 0.5;
  const { mean, scale, weights } = model;
  let z = model.intercept;
  const k = Math.min(weights.length, FEATURE_COUNT);
  for (let j = 0; j < k; j++) z += weights[j]! * (x[offset + j]! - mean[j]!) * scale[j]!;
  // A non-finite input (never produced by writeFeatures) falls back to the base rate.
  return sigmoid(Number.isFinite(z) ? z : model.intercept);
}

/** Probabilities of the first n examples of a set (into `out` when given). */
export function predictMany(model: RebookingModel, set: ExampleSet, out?: Float64Array): Float64Array {
  const probs = out ?? new Float64Array(set.n);
  for (let i = 0; i < set.n; i++) probs[i] = predictProbability(model, set.x, i * FEATURE_COUNT);
  return probs;
}

/**
 * "What drives rebooking": the standardised weight of every feature (log-odds change per
 * standard deviation), strongest first. Constant features (weight 0, never seen varying) are
 * left out. Empty for the fallback, which has no weights.
 */
export function modelCoefficients(model: RebookingModel): { feature: string; weight: number }[] {
  if (model.kind !== 'logistic') return [];
  const rows: { feature: string; weight: number; i: number }[] = [];
  model.weights.forEach((w, i) => {
    if (model.scale[i] !== 0) rows.push({ feature: model.features[i] ?? FEATURE_NAMES[i] ?? `f${i}`, weight: w, i });
  });
  rows.sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.i - b.i);
  return rows.map(({ feature, weight }) => ({ feature, weight }));
}
