// The user's valuation settings (issue 5 item 5): assessment window, score weights, tier
// cut-offs, quadrant thresholds. Stored as one JSON setting; merged over the defaults so an
// older or damaged value never breaks an assessment. Documented for users in docs/valuation.md.

export const VALUATION_SETTINGS_KEY = 'valuationSettings';

/** The normalised components of the composite score, in display order. */
export const SCORE_COMPONENTS = [
  'economic', 'profit', 'potential', 'demonstration', 'recommendation', 'capability', 'satisfaction', 'loyalty', 'retention',
] as const;
export type ScoreComponent = (typeof SCORE_COMPONENTS)[number];
export type ValuationWeights = Record<ScoreComponent, number>;

export interface ValuationSettings {
  /** Closed editions the figures are taken over (the latest ones). */
  windowEditions: number;
  /** Relative weights of the score components (≥ 0, not all 0; only their ratios matter). */
  weights: ValuationWeights;
  /** Cumulative top percentages: tier A = top `a` %, B = up to `b` %, C = up to `c` %, D = the rest. a < b < c. */
  tierCutoffs: { a: number; b: number; c: number };
  /** Quadrant: economic value is "high" from this economicNorm (0–1) on. */
  economicHigh: number;
  /** Quadrant: strategic value is "high" from this strategicNorm (0–1) on. */
  strategicHigh: number;
  /** Recommendation points taken off for recorded negative word of mouth. */
  negativeWomPenalty: number;
  /** Capability points (0–5 scale) per "advice / idea received" interaction, added to the rating. */
  advicePoints: number;
  /** Cap of the expected remaining editions (1 / (1 − p) grows without bound as p → 1). */
  maxRemainingEditions: number;
  /** Call list: tier A/B relationships below this rebooking probability (0–1). */
  callListProbability: number;
  /** Customer tags shown as the demonstration hint ("brand", "知名品牌"…), compared case-insensitively. */
  brandTags: string[];
}

export const DEFAULT_VALUATION_SETTINGS: ValuationSettings = {
  windowEditions: 3,
  weights: {
    economic: 25,
    profit: 10,
    potential: 15,
    demonstration: 10,
    recommendation: 10,
    capability: 5,
    satisfaction: 10,
    loyalty: 10,
    retention: 5,
  },
  tierCutoffs: { a: 10, b: 30, c: 60 },
  economicHigh: 0.5,
  strategicHigh: 0.4,
  negativeWomPenalty: 2,
  advicePoints: 0.5,
  maxRemainingEditions: 10,
  callListProbability: 0.5,
  brandTags: ['brand', 'famous', 'industry leader', '知名品牌', '龙头企业', '行业领袖'],
};

/** Bounds of the numeric settings (the form and the API refuse values outside them). */
export const VALUATION_BOUNDS = {
  windowEditions: [1, 20],
  weight: [0, 100],
  tierCutoff: [1, 99],
  economicHigh: [0, 1],
  strategicHigh: [0, 1],
  negativeWomPenalty: [0, 50],
  advicePoints: [0, 5],
  maxRemainingEditions: [1, 50],
  callListProbability: [0, 1],
  brandTags: [0, 50],
  brandTagLength: [1, 60],
} as const satisfies Record<string, readonly [number, number]>;

const isNumberIn = (v: unknown, [min, max]: readonly [number, number]): v is number =>
  typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max;
const isIntIn = (v: unknown, bounds: readonly [number, number]): v is number => isNumberIn(v, bounds) && Number.isInteger(v);
const asRecord = (v: unknown): Record<string, unknown> | null =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/**
 * Stored settings (the parsed JSON, or the JSON text) merged over the defaults. Anything
 * unknown, of the wrong type or out of bounds is ignored field by field, so an older or damaged
 * value never breaks an assessment. Groups that only make sense together fall back as a whole:
 * all-zero weights → the default weights; unordered cut-offs → the default cut-offs.
 */
export function mergeValuationSettings(stored: unknown): ValuationSettings {
  const D = DEFAULT_VALUATION_SETTINGS;
  const B = VALUATION_BOUNDS;
  const out: ValuationSettings = { ...D, weights: { ...D.weights }, tierCutoffs: { ...D.tierCutoffs }, brandTags: [...D.brandTags] };
  let value = stored;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value) as unknown;
    } catch {
      return out;
    }
  }
  const s = asRecord(value);
  if (!s) return out;

  if (isIntIn(s.windowEditions, B.windowEditions)) out.windowEditions = s.windowEditions;
  for (const key of ['economicHigh', 'strategicHigh', 'negativeWomPenalty', 'advicePoints', 'callListProbability'] as const) {
    const v = s[key];
    if (isNumberIn(v, B[key])) out[key] = v;
  }
  if (isIntIn(s.maxRemainingEditions, B.maxRemainingEditions)) out.maxRemainingEditions = s.maxRemainingEditions;

  const w = asRecord(s.weights);
  if (w) {
    const weights = { ...D.weights };
    for (const k of SCORE_COMPONENTS) if (isNumberIn(w[k], B.weight)) weights[k] = w[k];
    if (SCORE_COMPONENTS.some((k) => weights[k] > 0)) out.weights = weights;
  }

  const c = asRecord(s.tierCutoffs);
  if (c) {
    const cut = { ...D.tierCutoffs };
    for (const k of ['a', 'b', 'c'] as const) if (isIntIn(c[k], B.tierCutoff)) cut[k] = c[k];
    if (cut.a < cut.b && cut.b < cut.c) out.tierCutoffs = cut;
  }

  if (Array.isArray(s.brandTags)) {
    const tags: string[] = [];
    for (const t of s.brandTags) {
      if (typeof t !== 'string') continue;
      const tag = t.trim();
      if (tag.length >= B.brandTagLength[0] && tag.length <= B.brandTagLength[1] && !tags.includes(tag)) tags.push(tag);
    }
    out.brandTags = tags.slice(0, B.brandTags[1]);
  }
  return out;
}
