// The figures that compare a relationship with the rest of its exhibition (issue 5 item 1):
// normalised values, the composite 0–100 score, tier and quadrant. O(n log n): one native
// sort per normalised value, a counting pass for the ranking (scores are tenths 0–1000).
// Documented for users in docs/valuation.md.

import type { Quadrant, RelationshipFigures, Tier } from './figures';
import { DEFAULT_VALUATION_SETTINGS, SCORE_COMPONENTS, type ScoreComponent, type ValuationSettings, type ValuationWeights } from './settings';
import type { BaseFigures } from './valuationFormulas';

/** Ascending positive values (a Float64Array sorts numerically and fast). */
export function positiveSorted(values: ArrayLike<number>): Float64Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > 0) n++;
  const out = new Float64Array(n);
  let j = 0;
  for (let i = 0; i < values.length; i++) if (values[i]! > 0) out[j++] = values[i]!;
  return out.sort();
}

/** Norm 0–1 of one value: 0 when the value ≤ 0, else (#positive values ≤ it) / (#positive values). */
export function normOf(value: number, sortedPositive: Float64Array): number {
  if (!(value > 0) || sortedPositive.length === 0) return 0;
  let lo = 0;
  let hi = sortedPositive.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sortedPositive[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo / sortedPositive.length;
}

/**
 * normOf for every value at once. Money figures are whole minor units, so each positive value
 * and its index pack exactly into one double (value × 2^k + index): one native sort of those
 * keys orders the rows, and a sweep over groups of equal values gives every norm — no binary
 * search per row (their mispredicted branches were most of the scoring time). Other values
 * (fractional recommendation points, amounts beyond 2^53 / 2^k) take the binary search.
 */
export function normsOf(values: Float64Array): Float64Array {
  const n = values.length;
  const norms = new Float64Array(n);
  let count = 0;
  let max = 0;
  let whole = true;
  for (let i = 0; i < n; i++) {
    const v = values[i]!;
    if (v > 0) {
      count++;
      if (v > max) max = v;
      if (whole && !Number.isInteger(v)) whole = false;
    }
  }
  if (count === 0) return norms;
  const shift = 2 ** Math.ceil(Math.log2(n + 1));
  if (!whole || (max + 1) * shift > Number.MAX_SAFE_INTEGER) {
    const sorted = positiveSorted(values);
    for (let i = 0; i < n; i++) norms[i] = normOf(values[i]!, sorted);
    return norms;
  }
  const keys = new Float64Array(count);
  let j = 0;
  for (let i = 0; i < n; i++) if (values[i]! > 0) keys[j++] = values[i]! * shift + i;
  keys.sort();
  let start = 0;
  while (start < count) {
    const value = Math.floor(keys[start]! / shift);
    let end = start + 1;
    while (end < count && Math.floor(keys[end]! / shift) === value) end++;
    const norm = end / count;
    for (let k = start; k < end; k++) norms[keys[k]! - value * shift] = norm;
    start = end;
  }
  return norms;
}

/** The normalised 0–1 components of one relationship's score. */
export type ScoreComponents = Record<ScoreComponent, number>;

const C = SCORE_COMPONENTS.length;
/** Positions in SCORE_COMPONENTS (the order of weight vectors and component buffers). */
const AT = Object.fromEntries(SCORE_COMPONENTS.map((k, i) => [k, i])) as Record<ScoreComponent, number>;

/**
 * The components a relationship scores on its own (demonstration, capability, satisfaction,
 * loyalty, retention), written into `out` at `offset` + their SCORE_COMPONENTS position.
 */
export function writeOwnComponents(
  r: Pick<BaseFigures, 'demonstrationRating' | 'capability' | 'satisfaction' | 'loyalty' | 'retention'>,
  out: Float64Array,
  offset: number,
): void {
  out[offset + AT.demonstration] = (r.demonstrationRating ?? 0) / 5;
  out[offset + AT.capability] = r.capability / 5;
  out[offset + AT.satisfaction] = (r.satisfaction ?? 0) / 10;
  out[offset + AT.loyalty] = r.loyalty / 100;
  out[offset + AT.retention] = r.retention ?? 0;
}

/** The components by name (explanations). */
export function scoreComponents(
  r: Pick<BaseFigures, 'demonstrationRating' | 'capability' | 'satisfaction' | 'loyalty' | 'retention'>,
  norms: { economicNorm: number; profitNorm: number; potentialNorm: number; recommendationNorm: number },
): ScoreComponents {
  const c = new Float64Array(C);
  writeOwnComponents(r, c, 0);
  c[AT.economic] = norms.economicNorm;
  c[AT.profit] = norms.profitNorm;
  c[AT.potential] = norms.potentialNorm;
  c[AT.recommendation] = norms.recommendationNorm;
  return Object.fromEntries(SCORE_COMPONENTS.map((k, i) => [k, c[i]!])) as ScoreComponents;
}

/** The weights actually used: the settings' ones, or the defaults when they sum to 0 (never valid). */
export function effectiveWeights(s: ValuationSettings): ValuationWeights {
  let sum = 0;
  for (const k of SCORE_COMPONENTS) sum += Math.max(0, s.weights[k] || 0);
  return sum > 0 ? s.weights : DEFAULT_VALUATION_SETTINGS.weights;
}

/**
 * Score 0–100 = 100 × Σ weight × component / Σ weight, rounded to 0.1; weights and components
 * in SCORE_COMPONENTS order, the components at `offset` in `c`.
 */
export function compositeScore(c: ArrayLike<number>, w: ArrayLike<number>, offset = 0): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < w.length; i++) {
    const wi = w[i]! > 0 ? w[i]! : 0;
    num += wi * c[offset + i]!;
    den += wi;
  }
  if (!(den > 0)) return 0;
  // The tiny nudge keeps a score lying exactly on a .x5 boundary from rounding differently
  // when all weights are scaled (float error of either sign): only the ratios may matter.
  const raw = (100 * num) / den;
  return Math.min(100, Math.max(0, Math.round(raw * 10 + 1e-6) / 10));
}

/** The weights as an array in SCORE_COMPONENTS order. */
export function weightVector(s: ValuationSettings): Float64Array {
  const w = effectiveWeights(s);
  return Float64Array.from(SCORE_COMPONENTS, (k) => w[k]);
}

/** Strategic value 0–1: demonstration component + recommendation norm + capability component, capped at 1. */
export function strategicNormOf(demonstration: number, recommendationNorm: number, capability: number): number {
  return Math.min(1, demonstration + recommendationNorm + capability);
}

/**
 * Tier of a score at `position` among n: the middle position of its group of equal scores
 * (#strictly higher + (#equal − 1) / 2). The middle, not the first: a large group of equal
 * scores (e.g. everyone without data at 0) must not all land in the group's best tier.
 */
export function tierAt(position: number, n: number, s: ValuationSettings): Tier {
  const { a, b, c } = s.tierCutoffs;
  // position < a% × n, in integers so 10 % of 20 is exactly 2.
  if (position * 100 < a * n) return 'A';
  if (position * 100 < b * n) return 'B';
  if (position * 100 < c * n) return 'C';
  return 'D';
}

export function quadrantOf(economicNorm: number, strategicNorm: number, s: ValuationSettings): Quadrant {
  const economicHigh = economicNorm >= s.economicHigh;
  const strategicHigh = strategicNorm >= s.strategicHigh;
  return economicHigh ? (strategicHigh ? 'key' : 'profit') : strategicHigh ? 'strategic' : 'marginal';
}

/**
 * Every figure of every relationship of one exhibition, in the order given.
 *
 * The rows are COMPLETED IN PLACE and returned (a new array of the same objects): copying
 * 100,000 wide rows cost more than all the scoring. Score a set of base rows once.
 * Each row object is read once and written once (the rest runs on typed arrays): with
 * 100,000 rows, touching the objects is what costs.
 */
export function scorePopulation(rows: readonly BaseFigures[], s: ValuationSettings): RelationshipFigures[] {
  const n = rows.length;
  const economic = new Float64Array(n);
  const profit = new Float64Array(n);
  const potential = new Float64Array(n);
  const recommendation = new Float64Array(n);
  const comp = new Float64Array(n * C);
  for (let i = 0; i < n; i++) {
    const r = rows[i]!;
    economic[i] = r.economic;
    profit[i] = r.profit;
    potential[i] = r.potential;
    recommendation[i] = r.recommendation;
    writeOwnComponents(r, comp, i * C);
  }

  const economicNorm = normsOf(economic);
  const profitNorm = normsOf(profit);
  const potentialNorm = normsOf(potential);
  const recommendationNorm = normsOf(recommendation);
  const weights = weightVector(s);
  // Scores are tenths 0–1000: counting them gives each one's position (#strictly higher
  // scores, then the middle of its ties) without a sort, so equal scores share a tier.
  const tenths = new Uint16Array(n);
  const count = new Uint32Array(1002);
  const strategic = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const o = i * C;
    comp[o + AT.economic] = economicNorm[i]!;
    comp[o + AT.profit] = profitNorm[i]!;
    comp[o + AT.potential] = potentialNorm[i]!;
    comp[o + AT.recommendation] = recommendationNorm[i]!;
    const t = Math.round(compositeScore(comp, weights, o) * 10);
    tenths[i] = t;
    count[t]!++;
    strategic[i] = strategicNormOf(comp[o + AT.demonstration]!, comp[o + AT.recommendation]!, comp[o + AT.capability]!);
  }
  // higher[t] = #scores above t tenths.
  const higher = new Uint32Array(1002);
  for (let t = 999; t >= 0; t--) higher[t] = higher[t + 1]! + count[t + 1]!;

  const out = new Array<RelationshipFigures>(n);
  for (let i = 0; i < n; i++) {
    const t = tenths[i]!;
    const o = i * C;
    const row = rows[i] as RelationshipFigures;
    row.economicNorm = comp[o + AT.economic]!;
    row.profitNorm = comp[o + AT.profit]!;
    row.recommendationNorm = comp[o + AT.recommendation]!;
    row.potentialNorm = comp[o + AT.potential]!;
    row.strategicNorm = strategic[i]!;
    row.score = t / 10;
    row.tier = tierAt(higher[t]! + (count[t]! - 1) / 2, n, s);
    row.quadrant = quadrantOf(row.economicNorm, row.strategicNorm, s);
    out[i] = row;
  }
  return out;
}
