// Training the rebooking model (issue 5 item 2): an L2-regularised logistic regression on
// standardised features, fitted by Newton's method in two phases so that 500,000 examples
// take only a few passes over the data:
//  1. Newton to convergence on a fixed, evenly spread subsample of a few thousand rows, then
//     on a larger one (32,768) from there — this lands next to the full-data optimum for a
//     small fraction of the cost. Sets up to that size are fitted exactly this way, and done.
//  2. Newton steps on ALL examples from there: the loss and gradient from one pass over the
//     raw matrix each (standardisation is folded into the weights, nothing is copied), the
//     Hessian — features² per row — still from the subsample. A subsampled Hessian changes
//     only the step, not the optimum (the stopping test is on the full gradient); a step that
//     raises the loss is halved, and a last step expected to gain almost nothing is taken
//     without a further pass to check it.
// Subsample rows are kept raw and sparse (most features are 0/1 and mostly 0): the Hessian of
// the standardised problem is assembled from raw moments Σq, Σq·x, Σq·x·xᵀ, which touches only
// the non-zero pairs of each row instead of all features².
// Everything is Float64Array with no per-row allocation, and deterministic: the subsample
// comes from a fixed-seed generator and sums run in a fixed order.

import { FEATURE_COUNT, FEATURE_NAMES } from './features';
import { trainFallbackModel } from './fallback';
import { choleskyFactor, choleskySolveFactored } from './linalg';
import type { ExampleSet, LogisticModel, RebookingModel } from './model';

/** Below this many examples the fallback table is used instead of the regression. */
export const MIN_EXAMPLES = 200;

export interface TrainOptions {
  /**
   * L2 penalty on the mean log-loss (standardised weights; intercept unpenalised). Default
   * max(1e-4, 1 / n): a standard-normal prior on every standardised weight, and at least 1e-4
   * so that a (nearly) separable history still gets bounded weights.
   */
  l2?: number;
  /** Full-data Newton iterations at most (default 20). */
  maxIterations?: number;
  /** Rows the first subsample fit uses (default 4,096). */
  startSample?: number;
  /** Rows of the second subsample, whose Hessian the full-data steps use; sets up to this size are fitted exactly (default 32,768). */
  hessianSample?: number;
  /** Stop when the loss a Newton step is expected to gain (½ gᵀH⁻¹g, mean log-loss) is below this (default 1e-7). */
  tolerance?: number;
  /** Examples below which the fallback is used (default MIN_EXAMPLES). */
  minExamples?: number;
}

/** Deterministic generator for the subsample (mulberry32). */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * The model for a set of examples: the logistic regression when there are at least
 * MIN_EXAMPLES examples of both outcomes, otherwise the fallback table (fallback.ts) with the
 * reason. Deterministic: the same examples always give the same model.
 */
export function trainRebookingModel(set: ExampleSet, opts: TrainOptions = {}): RebookingModel {
  const n = Math.max(0, Math.min(set.n, set.y.length, Math.floor(set.x.length / FEATURE_COUNT)));
  const view: ExampleSet = n === set.n ? set : { x: set.x, y: set.y, n };
  let positives = 0;
  for (let i = 0; i < n; i++) if (set.y[i] === 1) positives++;
  if (n < (opts.minExamples ?? MIN_EXAMPLES)) return trainFallbackModel(view, 'tooFewExamples');
  if (positives === 0 || positives === n) return trainFallbackModel(view, 'oneClass');
  return trainLogistic(view, positives, opts);
}

function trainLogistic(set: ExampleSet, positives: number, opts: TrainOptions): LogisticModel {
  const d = FEATURE_COUNT;
  const k = d + 1;
  const { n } = set;
  const l2 = opts.l2 ?? Math.max(1e-4, 1 / n);
  const std = standardisation(set);
  const hessianRows = Math.max(1, opts.hessianSample ?? 32_768);
  const startRows = Math.min(hessianRows, Math.max(1, opts.startSample ?? 4096));

  // θ = [intercept, w_1 … w_d] on standardised features; start at the base rate.
  const theta = new Float64Array(k);
  theta[0] = Math.log(positives / (n - positives));
  const ws: Workspace = {
    grad: new Float64Array(k),
    hess: new Float64Array(k * k),
    delta: new Float64Array(k),
    prev: new Float64Array(k),
    v: new Float64Array(d),
    rx: new Float64Array(d),
    qx: new Float64Array(d),
    qxx: new Float64Array(d * d),
  };

  let iterations = 0;
  if (n <= hessianRows) {
    // Small enough to fit exactly: Newton on every example, the Hessian recomputed each step.
    fitSample(drawSample(set, n), std, theta, l2, ws, 1e-12);
  } else {
    fitSample(drawSample(set, startRows), std, theta, l2, ws, 1e-9);
    // From there a few steps on the larger subsample leave in ws.hess the factored Hessian at
    // (nearly) the optimum, which the full-data steps then reuse.
    fitSample(drawSample(set, hessianRows), std, theta, l2, ws, 1e-9);
    iterations = fitFull(set, std, theta, l2, opts, ws);
  }

  const weights: number[] = [];
  for (let j = 0; j < d; j++) weights.push(std.scale[j] === 0 ? 0 : theta[j + 1]!);
  return {
    kind: 'logistic',
    features: [...FEATURE_NAMES],
    mean: Array.from(std.mean),
    scale: Array.from(std.scale),
    weights,
    intercept: theta[0]!,
    l2,
    examples: n,
    positives,
    iterations,
  };
}

interface Standardisation {
  mean: Float64Array;
  /** 1 / standard deviation; 0 for a constant feature. */
  scale: Float64Array;
}

interface Workspace {
  grad: Float64Array;
  hess: Float64Array;
  delta: Float64Array;
  prev: Float64Array;
  /** Weights on raw features (w_j × scale_j). */
  v: Float64Array;
  /** Raw moments: Σ r·x, Σ q·x, Σ q·x·xᵀ (lower triangle, row-major d × d). */
  rx: Float64Array;
  qx: Float64Array;
  qxx: Float64Array;
}

/** m raw rows in sparse form (row s holds idx/val[start[s] … start[s + 1]), indices ascending). */
interface Sample {
  start: Int32Array;
  idx: Int32Array;
  val: Float64Array;
  y: Uint8Array;
  m: number;
}

/** Mean and 1 / standard deviation per feature, in one pass (sums shifted by the first row so large offsets cannot cancel). */
function standardisation(set: ExampleSet): Standardisation {
  const d = FEATURE_COUNT;
  const { x, n } = set;
  const shift = x.slice(0, d);
  const sum = new Float64Array(d);
  const sumSq = new Float64Array(d);
  for (let i = 0, o = 0; i < n; i++, o += d) {
    for (let j = 0; j < d; j++) {
      const v = x[o + j]! - shift[j]!;
      sum[j] = sum[j]! + v;
      sumSq[j] = sumSq[j]! + v * v;
    }
  }
  const mean = new Float64Array(d);
  const scale = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    const m = sum[j]! / n;
    mean[j] = shift[j]! + m;
    const sd = Math.sqrt(Math.max(0, sumSq[j]! / n - m * m));
    // A constant feature (or one varying only by rounding) carries nothing: scale 0 keeps it
    // out instead of dividing by zero.
    scale[j] = sd > 1e-9 * Math.max(1, Math.abs(mean[j]!)) ? 1 / sd : 0;
  }
  return { mean, scale };
}

/** One row from each of m equal blocks (all rows when m = n), kept sparse. */
function drawSample(set: ExampleSet, m: number): Sample {
  const d = FEATURE_COUNT;
  const { x, y, n } = set;
  const rows = new Int32Array(m);
  const rand = rng(0x5eed);
  let nonZero = 0;
  for (let s = 0; s < m; s++) {
    const lo = Math.floor((s * n) / m);
    const hi = Math.floor(((s + 1) * n) / m);
    const i = m === n ? s : lo + Math.min(hi - lo - 1, Math.floor(rand() * (hi - lo)));
    rows[s] = i;
    for (let j = 0; j < d; j++) if (x[i * d + j] !== 0) nonZero++;
  }
  const sample: Sample = {
    start: new Int32Array(m + 1),
    idx: new Int32Array(nonZero),
    val: new Float64Array(nonZero),
    y: new Uint8Array(m),
    m,
  };
  let at = 0;
  for (let s = 0; s < m; s++) {
    const i = rows[s]!;
    sample.start[s] = at;
    for (let j = 0; j < d; j++) {
      const v = x[i * d + j]!;
      if (v === 0) continue;
      sample.idx[at] = j;
      sample.val[at++] = v;
    }
    sample.y[s] = y[i] === 1 ? 1 : 0;
  }
  sample.start[m] = at;
  return sample;
}

function penalty(theta: Float64Array, l2: number): number {
  let s = 0;
  for (let j = 1; j < theta.length; j++) s += theta[j]! * theta[j]!;
  return 0.5 * l2 * s;
}

/** Fills ws.v with the raw-feature weights of θ and returns the matching intercept c (z = c + Σ v_j x_j). */
function rawWeights(std: Standardisation, theta: Float64Array, v: Float64Array): number {
  let c = theta[0]!;
  for (let j = 0; j < v.length; j++) {
    v[j] = theta[j + 1]! * std.scale[j]!;
    c -= v[j]! * std.mean[j]!;
  }
  return c;
}

/**
 * Mean penalised loss on the sample at θ. With `ws`, also its gradient into ws.grad and, when
 * `hessian`, its Hessian into ws.hess — both for the standardised problem, assembled from raw
 * moments: Σ q (x_a − m_a)(x_b − m_b) = Σq·x_a·x_b − m_a Σq·x_b − m_b Σq·x_a + m_a m_b Σq.
 */
function sampleLoss(sample: Sample, std: Standardisation, theta: Float64Array, l2: number, ws?: Workspace, hessian = false): number {
  const d = FEATURE_COUNT;
  const k = d + 1;
  const { start, idx, val, y, m } = sample;
  const v = ws?.v ?? new Float64Array(d);
  const c = rawWeights(std, theta, v);
  let sumR = 0;
  let sumQ = 0;
  if (ws) {
    ws.rx.fill(0);
    if (hessian) {
      ws.qx.fill(0);
      ws.qxx.fill(0);
    }
  }
  let loss = 0;
  for (let s = 0; s < m; s++) {
    const from = start[s]!;
    const to = start[s + 1]!;
    let z = c;
    for (let t = from; t < to; t++) z += v[idx[t]!]! * val[t]!;
    const label = y[s] === 1;
    const e = Math.exp(-Math.abs(z));
    loss += Math.log1p(e) + (label ? (z < 0 ? -z : 0) : z > 0 ? z : 0);
    if (!ws) continue;
    const p = z >= 0 ? 1 / (1 + e) : e / (1 + e);
    const r = p - (label ? 1 : 0);
    sumR += r;
    const { rx } = ws;
    for (let t = from; t < to; t++) rx[idx[t]!] = rx[idx[t]!]! + r * val[t]!;
    if (!hessian) continue;
    const q = e / ((1 + e) * (1 + e)); // p(1 − p), stable for large |z|
    sumQ += q;
    const { qx, qxx } = ws;
    for (let t = from; t < to; t++) {
      const a = idx[t]!;
      const qa = q * val[t]!;
      qx[a] = qx[a]! + qa;
      const row = a * d;
      for (let u = from; u <= t; u++) qxx[row + idx[u]!] = qxx[row + idx[u]!]! + qa * val[u]!;
    }
  }
  if (ws) {
    const { grad, hess, rx, qx, qxx } = ws;
    const { mean, scale } = std;
    grad[0] = sumR / m;
    for (let a = 0; a < d; a++) grad[a + 1] = (scale[a]! * (rx[a]! - mean[a]! * sumR)) / m + l2 * theta[a + 1]!;
    if (hessian) {
      hess[0] = sumQ / m + 1e-10;
      for (let a = 0; a < d; a++) {
        const ha = (scale[a]! * (qx[a]! - mean[a]! * sumQ)) / m;
        hess[(a + 1) * k] = ha;
        hess[a + 1] = ha;
        for (let b = 0; b <= a; b++) {
          const central = qxx[a * d + b]! - mean[a]! * qx[b]! - mean[b]! * qx[a]! + mean[a]! * mean[b]! * sumQ;
          const h = (scale[a]! * scale[b]! * central) / m + (a === b ? l2 : 0);
          hess[(a + 1) * k + b + 1] = h;
          hess[(b + 1) * k + a + 1] = h;
        }
      }
    }
  }
  return loss / m + penalty(theta, l2);
}

/** The Newton direction −H⁻¹g into ws.delta; ws.hess holds H's Cholesky factor. */
function newtonDirection(ws: Workspace, k: number): void {
  for (let j = 0; j < k; j++) ws.delta[j] = -ws.grad[j]!;
  choleskySolveFactored(ws.hess, ws.delta, k);
}

/** The loss the Newton step ws.delta is expected to gain: ½ gᵀH⁻¹g. */
function expectedGain(ws: Workspace): number {
  let gain = 0;
  for (let j = 0; j < ws.grad.length; j++) gain -= 0.5 * ws.grad[j]! * ws.delta[j]!;
  return gain;
}

function maxAbs(a: Float64Array): number {
  let m = 0;
  for (let j = 0; j < a.length; j++) if (Math.abs(a[j]!) > m) m = Math.abs(a[j]!);
  return m;
}

/**
 * Damped Newton on a (sub)sample alone, until a step is expected to gain less than
 * `tolerance`. Leaves θ at the answer and ws.hess holding the Cholesky factor of the Hessian
 * at θ (what the full-data steps reuse).
 */
function fitSample(sample: Sample, std: Standardisation, theta: Float64Array, l2: number, ws: Workspace, tolerance: number): void {
  const k = theta.length;
  for (let iter = 0; iter < 50; iter++) {
    const loss = sampleLoss(sample, std, theta, l2, ws, true);
    choleskyFactor(ws.hess, k);
    newtonDirection(ws, k);
    if (expectedGain(ws) < tolerance) return;
    ws.prev.set(theta);
    let step = 1;
    for (;;) {
      for (let j = 0; j < k; j++) theta[j] = ws.prev[j]! + step * ws.delta[j]!;
      if (sampleLoss(sample, std, theta, l2) <= loss) break;
      step /= 2;
      if (step < 1e-6) {
        // No step along the direction helps (rounding): the previous point is the answer.
        theta.set(ws.prev);
        return;
      }
    }
  }
}

/**
 * Phase 2: Newton on all examples from phase 1's answer, with the subsample Hessian factored
 * in ws.hess; returns the full passes made. The loss and gradient need p_i for every row,
 * read from the raw matrix as it is: z = c + Σ v_j x_j (rawWeights).
 */
function fitFull(set: ExampleSet, std: Standardisation, theta: Float64Array, l2: number, opts: TrainOptions, ws: Workspace): number {
  const d = FEATURE_COUNT;
  const k = d + 1;
  const { x, y, n } = set;
  const { mean, scale } = std;
  const maxIterations = opts.maxIterations ?? 20;
  const tolerance = opts.tolerance ?? 1e-7;
  const { v, rx: raw } = ws; // raw = Σ r_i x_ij over raw features
  let prevLoss = Infinity;
  let step = 1;
  let passes = 0;
  ws.prev.set(theta);
  ws.delta.fill(0);
  for (let accepted = 0; accepted < maxIterations && passes < maxIterations * 3; ) {
    const c = rawWeights(std, theta, v);
    raw.fill(0);
    let sumR = 0;
    let loss = 0;
    for (let i = 0, o = 0; i < n; i++, o += d) {
      let z = c;
      for (let j = 0; j < d; j++) z += v[j]! * x[o + j]!;
      const e = Math.exp(-Math.abs(z));
      const p = z >= 0 ? 1 / (1 + e) : e / (1 + e);
      const label = y[i] === 1;
      loss += Math.log1p(e) + (label ? (z < 0 ? -z : 0) : z > 0 ? z : 0);
      const r = p - (label ? 1 : 0);
      sumR += r;
      for (let j = 0; j < d; j++) raw[j] = raw[j]! + r * x[o + j]!;
    }
    passes++;
    loss = loss / n + penalty(theta, l2);

    // Within rounding of the previous loss counts as no change, not as an overshoot.
    if (!(loss <= prevLoss + 1e-12 * Math.abs(prevLoss))) {
      step /= 2;
      if (step < 1e-4) {
        theta.set(ws.prev);
        break;
      }
      for (let j = 0; j < k; j++) theta[j] = ws.prev[j]! + step * ws.delta[j]!;
      continue;
    }
    accepted++;
    ws.grad[0] = sumR / n;
    for (let j = 0; j < d; j++) ws.grad[j + 1] = (scale[j]! * (raw[j]! - mean[j]! * sumR)) / n + l2 * theta[j + 1]!;
    if (maxAbs(ws.grad) < 1e-9 || prevLoss - loss < 1e-12 * loss) break;
    newtonDirection(ws, k);
    const gain = expectedGain(ws);
    if (gain < tolerance) break;
    if (gain < 10 * tolerance) {
      // So close that the quadratic model is exact for practical purposes: take this last
      // small step without paying a whole pass to check it.
      for (let j = 0; j < k; j++) theta[j] = theta[j]! + ws.delta[j]!;
      break;
    }
    ws.prev.set(theta);
    prevLoss = loss;
    step = 1;
    for (let j = 0; j < k; j++) theta[j] = theta[j]! + ws.delta[j]!;
  }
  return passes;
}
