// The fallback when the history is too short to learn from (fewer than MIN_EXAMPLES examples,
// or every example has the same outcome): a table of rebooking rates by "took part in the
// previous edition" × "intent to return" (yes / maybe / no / unknown), from whatever examples
// exist, each cell pulled towards a prior so a handful of examples cannot give 0 % or 100 %.
//
// Priors (assumptions, documented in docs/prediction.md): customers who took part last time
// rebook at 70 %, those who did not at 15 %; within each group the intent shifts the odds as in
// DEFAULT_CELL_PRIORS. With examples, the group rate is learnt first (the observed rate
// smoothed with PRIOR_WEIGHT pseudo-examples of the prior), the intent shift is applied to it
// in log-odds, and the cell's own examples then pull it towards the cell's observed rate.

import { FEATURE_COUNT } from './features';
import { FALLBACK_INTENTS, fallbackCell, type ExampleSet, type FallbackModel, type FallbackReason } from './model';

/** Pseudo-examples a prior is worth. */
export const PRIOR_WEIGHT = 5;
/** Prior rate by "took part in the previous edition" (index 0 = no, 1 = yes). */
export const DEFAULT_GROUP_PRIORS = [0.15, 0.7] as const;
/** Prior rate by cell: attendedPrev × 4 + intent level (yes, maybe, no, unknown). */
export const DEFAULT_CELL_PRIORS = [0.45, 0.25, 0.05, 0.12, 0.85, 0.6, 0.25, 0.65] as const;

const CELLS = 2 * FALLBACK_INTENTS.length;
const MIN_P = 0.001;

const logit = (p: number) => Math.log(p / (1 - p));
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const clampP = (p: number) => Math.min(1 - MIN_P, Math.max(MIN_P, p));

export function trainFallbackModel(set: ExampleSet, reason: FallbackReason): FallbackModel {
  const counts = new Array<number>(CELLS).fill(0);
  const pos = new Array<number>(CELLS).fill(0);
  let positives = 0;
  for (let i = 0; i < set.n; i++) {
    const c = fallbackCell(set.x, i * FEATURE_COUNT);
    const y = set.y[i] === 1 ? 1 : 0;
    counts[c]!++;
    pos[c]! += y;
    positives += y;
  }
  const perGroup = FALLBACK_INTENTS.length;
  const rates: number[] = [];
  for (let g = 0; g < 2; g++) {
    let gn = 0;
    let gp = 0;
    for (let l = 0; l < perGroup; l++) {
      gn += counts[g * perGroup + l]!;
      gp += pos[g * perGroup + l]!;
    }
    const groupPrior = DEFAULT_GROUP_PRIORS[g]!;
    const groupRate = clampP((gp + PRIOR_WEIGHT * groupPrior) / (gn + PRIOR_WEIGHT));
    for (let l = 0; l < perGroup; l++) {
      const c = g * perGroup + l;
      const cellPrior = sigmoid(logit(groupRate) + logit(DEFAULT_CELL_PRIORS[c]!) - logit(groupPrior));
      rates.push(clampP((pos[c]! + PRIOR_WEIGHT * cellPrior) / (counts[c]! + PRIOR_WEIGHT)));
    }
  }
  return { kind: 'fallback', reason, examples: set.n, positives, rates, counts };
}
