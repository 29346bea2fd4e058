import { SCORE_COMPONENTS, VALUATION_BOUNDS, type ScoreComponent, type ValuationSettings } from '@shared/domain/valuation/settings';

// The value settings form works on a flat map of numeric fields keyed by the same paths the API
// reports errors on ("weights.economic", "tierCutoffs.b"), so an error lands on its input without
// translation tables. An emptied input holds '' (Mantine's NumberInput) until it is filled again.

export type NumValue = number | string;
export type NumericPath =
  | 'windowEditions'
  | `weights.${ScoreComponent}`
  | 'tierCutoffs.a'
  | 'tierCutoffs.b'
  | 'tierCutoffs.c'
  | 'economicHigh'
  | 'strategicHigh'
  | 'negativeWomPenalty'
  | 'advicePoints'
  | 'maxRemainingEditions'
  | 'callListProbability';

export type FlatValues = Record<NumericPath, NumValue>;

export const weightPath = (k: ScoreComponent) => `weights.${k}` as const;

export const NUMERIC_PATHS: readonly NumericPath[] = [
  'windowEditions',
  ...SCORE_COMPONENTS.map(weightPath),
  'tierCutoffs.a',
  'tierCutoffs.b',
  'tierCutoffs.c',
  'economicHigh',
  'strategicHigh',
  'negativeWomPenalty',
  'advicePoints',
  'maxRemainingEditions',
  'callListProbability',
];

/** Bounds and input behaviour of each numeric field (the API enforces the same bounds). */
export function fieldSpec(path: NumericPath): { min: number; max: number; decimals: number; step: number } {
  const B = VALUATION_BOUNDS;
  switch (path) {
    case 'windowEditions':
    case 'maxRemainingEditions':
      return { min: B[path][0], max: B[path][1], decimals: 0, step: 1 };
    case 'economicHigh':
    case 'strategicHigh':
    case 'callListProbability':
      return { min: B[path][0], max: B[path][1], decimals: 2, step: 0.05 };
    case 'negativeWomPenalty':
    case 'advicePoints':
      return { min: B[path][0], max: B[path][1], decimals: 2, step: 0.5 };
    case 'tierCutoffs.a':
    case 'tierCutoffs.b':
    case 'tierCutoffs.c':
      return { min: B.tierCutoff[0], max: B.tierCutoff[1], decimals: 0, step: 1 };
    default:
      return { min: B.weight[0], max: B.weight[1], decimals: 2, step: 1 };
  }
}

export function toFlat(s: ValuationSettings): FlatValues {
  const weights = Object.fromEntries(SCORE_COMPONENTS.map((k) => [weightPath(k), s.weights[k]])) as Record<`weights.${ScoreComponent}`, number>;
  return {
    windowEditions: s.windowEditions,
    ...weights,
    'tierCutoffs.a': s.tierCutoffs.a,
    'tierCutoffs.b': s.tierCutoffs.b,
    'tierCutoffs.c': s.tierCutoffs.c,
    economicHigh: s.economicHigh,
    strategicHigh: s.strategicHigh,
    negativeWomPenalty: s.negativeWomPenalty,
    advicePoints: s.advicePoints,
    maxRemainingEditions: s.maxRemainingEditions,
    callListProbability: s.callListProbability,
  };
}

/** The settings to send, or the paths of the emptied fields (nothing is sent then). */
export function fromFlat(v: FlatValues, brandTags: string[]): { settings: ValuationSettings } | { empty: NumericPath[] } {
  const empty = NUMERIC_PATHS.filter((p) => v[p] === '' || Number.isNaN(Number(v[p])));
  if (empty.length) return { empty };
  const n = (p: NumericPath) => Number(v[p]);
  return {
    settings: {
      windowEditions: n('windowEditions'),
      weights: Object.fromEntries(SCORE_COMPONENTS.map((k) => [k, n(weightPath(k))])) as Record<ScoreComponent, number>,
      tierCutoffs: { a: n('tierCutoffs.a'), b: n('tierCutoffs.b'), c: n('tierCutoffs.c') },
      economicHigh: n('economicHigh'),
      strategicHigh: n('strategicHigh'),
      negativeWomPenalty: n('negativeWomPenalty'),
      advicePoints: n('advicePoints'),
      maxRemainingEditions: n('maxRemainingEditions'),
      callListProbability: n('callListProbability'),
      brandTags,
    },
  };
}

/** Whether the form shows exactly these settings (drives "Undo" and the reset button). */
export function sameAs(v: FlatValues, brandTags: string[], s: ValuationSettings): boolean {
  const flat = toFlat(s);
  return NUMERIC_PATHS.every((p) => v[p] === flat[p]) && brandTags.length === s.brandTags.length && brandTags.every((t, i) => t === s.brandTags[i]);
}

/**
 * Each weight's share of the total (0–1), live while typing; null for all when the total is not
 * positive (the API refuses all-zero weights) or a weight is empty.
 */
export function weightShares(v: FlatValues): Record<ScoreComponent, number | null> {
  const ws = SCORE_COMPONENTS.map((k) => Number(v[weightPath(k)]));
  const valid = SCORE_COMPONENTS.every((k) => v[weightPath(k)] !== '') && ws.every((w) => Number.isFinite(w) && w >= 0);
  const total = ws.reduce((a, b) => a + b, 0);
  return Object.fromEntries(SCORE_COMPONENTS.map((k, i) => [k, valid && total > 0 ? (ws[i] ?? 0) / total : null])) as Record<ScoreComponent, number | null>;
}

/** API field paths ("settings.weights.economic") → form paths ("weights.economic"). */
export function formErrors(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([path, msg]) => [path.replace(/^settings\./, ''), msg]));
}
