// "Every number in the UI explains itself" (issue 5 item 1): for each figure, the formula (an
// i18n key under valueFormulas:formula.*) and this relationship's inputs to it. Only values of
// the row (and the settings) are used, so it works on stored rows (minor units) and on API rows
// (major units) alike. The formula texts live in
// renderer/src/features/valuation/explain/locales.ts, one per FORMULA_KEYS entry, with a
// {{placeholder}} per input.

import type { FigureKey, RelationshipFigures } from './figures';
import { intentScore, loyaltyBehaviour } from './valuationFormulas';
import { SCORE_COMPONENTS, type ValuationSettings } from './settings';
import { effectiveWeights, scoreComponents } from './scorePopulation';

export const FORMULA_KEYS = [
  'customerId', 'stage', 'kinds',
  'economic', 'referralRevenue', 'referred', 'negativeWom',
  'costInitial', 'costMaintenance', 'maintenanceInteractions', 'discount', 'costEnd', 'profit',
  'demonstrationRating', 'areaRank', 'areaRankNone', 'recommendation', 'capabilityRating', 'advice', 'capability',
  'satisfaction', 'satisfactionNone', 'satisfactionCount', 'npsGroup', 'npsGroupNone', 'intent', 'streak', 'attendedInWindow',
  'windowSize', 'loyalty', 'loyaltyBehaviour',
  'attendedSinceFirst', 'heldSinceFirst', 'retention', 'retentionNone', 'repeat',
  'contributionShare', 'contributionShareNone', 'revenuePerEdition', 'revenuePerEditionNone', 'remainingEditions', 'potential',
  'probabilityModel', 'probabilityFallback', 'probabilitySource',
  'economicNorm', 'profitNorm', 'recommendationNorm', 'potentialNorm', 'normZero', 'strategicNorm',
  'score', 'tier', 'quadrant',
] as const;
export type FormulaKey = (typeof FORMULA_KEYS)[number];

export interface Explanation {
  /** Formula key (valueFormulas:formula.<key>). */
  formula: FormulaKey;
  /**
   * This row's inputs by name, in display order. A name that is a FigureKey holds that figure
   * (same units as the row); the others are listed in EXPLAIN_INPUTS.
   */
  inputs: Record<string, number | string | null>;
}

/** Inputs that are not figures themselves, and what kind of number they are (for formatting). */
export const EXPLAIN_INPUTS = {
  windowEditions: 'count',
  negativeWomPenalty: 'number',
  advicePoints: 'number',
  maxRemainingEditions: 'count',
  exhibitionRevenue: 'money',
  intentScore: 'index',
  behaviour: 'index',
  value: 'number',
  a: 'percent',
  b: 'percent',
  c: 'percent',
  economicHigh: 'ratio',
  strategicHigh: 'ratio',
  demonstrationPart: 'ratio',
  capabilityPart: 'ratio',
  weightSum: 'number',
  ...Object.fromEntries(SCORE_COMPONENTS.flatMap((k) => [[`c_${k}`, 'ratio'], [`w_${k}`, 'number']])),
} as Record<string, 'count' | 'number' | 'money' | 'index' | 'percent' | 'ratio'>;

const NORM_SOURCE = {
  economicNorm: 'economic',
  profitNorm: 'profit',
  potentialNorm: 'potential',
  recommendationNorm: 'recommendation',
} as const;

/** The formula behind one figure of one row, and the row's inputs to it. */
export function explainFigure(key: FigureKey, row: RelationshipFigures, s: ValuationSettings): Explanation {
  const e = (formula: FormulaKey, inputs: Explanation['inputs']): Explanation => ({ formula, inputs });
  switch (key) {
    case 'customerId':
    case 'stage':
    case 'kinds':
    case 'referred':
    case 'negativeWom':
    case 'costInitial':
    case 'maintenanceInteractions':
    case 'discount':
    case 'costEnd':
    case 'capabilityRating':
    case 'advice':
    case 'satisfactionCount':
    case 'intent':
    case 'streak':
    case 'attendedSinceFirst':
    case 'heldSinceFirst':
    case 'probabilitySource':
      // Recorded facts (or sums of them): the formula text says where they come from.
      return e(key, { [key]: row[key] });
    case 'economic':
      return e('economic', { attendedInWindow: row.attendedInWindow, windowSize: row.windowSize, economic: row.economic });
    case 'referralRevenue':
      return e('referralRevenue', { referred: row.referred, referralRevenue: row.referralRevenue });
    case 'costMaintenance':
      return e('costMaintenance', { maintenanceInteractions: row.maintenanceInteractions, discount: row.discount, costMaintenance: row.costMaintenance });
    case 'profit':
      return e('profit', {
        economic: row.economic,
        referralRevenue: row.referralRevenue,
        costInitial: row.costInitial,
        costMaintenance: row.costMaintenance,
        costEnd: row.costEnd,
        profit: row.profit,
      });
    case 'demonstrationRating':
      return e('demonstrationRating', { demonstrationRating: row.demonstrationRating, areaRank: row.areaRank, areaRankOf: row.areaRankOf });
    case 'areaRank':
    case 'areaRankOf':
      return row.areaRank === null ? e('areaRankNone', {}) : e('areaRank', { areaRank: row.areaRank, areaRankOf: row.areaRankOf });
    case 'recommendation':
      return e('recommendation', {
        referred: row.referred,
        negativeWom: row.negativeWom,
        negativeWomPenalty: s.negativeWomPenalty,
        recommendation: row.recommendation,
      });
    case 'capability':
      return e('capability', { capabilityRating: row.capabilityRating, advice: row.advice, advicePoints: s.advicePoints, capability: row.capability });
    case 'satisfaction':
      return row.satisfaction === null
        ? e('satisfactionNone', { windowSize: row.windowSize })
        : e('satisfaction', { satisfactionCount: row.satisfactionCount, satisfaction: row.satisfaction });
    case 'npsGroup':
      return row.npsGroup === null ? e('npsGroupNone', {}) : e('npsGroup', { npsGroup: row.npsGroup });
    case 'attendedInWindow':
      return e('attendedInWindow', { attendedInWindow: row.attendedInWindow, windowSize: row.windowSize });
    case 'windowSize':
      return e('windowSize', { windowEditions: s.windowEditions, windowSize: row.windowSize });
    case 'loyalty': {
      const behaviour = loyaltyBehaviour(row.streak, row.attendedInWindow, row.windowSize);
      const base = { streak: row.streak, attendedInWindow: row.attendedInWindow, windowSize: row.windowSize, behaviour };
      const i = intentScore(row.intent);
      return i === null
        ? e('loyaltyBehaviour', { ...base, loyalty: row.loyalty })
        : e('loyalty', { intent: row.intent, intentScore: i, ...base, loyalty: row.loyalty });
    }
    case 'retention':
      return row.retention === null
        ? e('retentionNone', {})
        : e('retention', { attendedSinceFirst: row.attendedSinceFirst, heldSinceFirst: row.heldSinceFirst, retention: row.retention });
    case 'repeat':
      return e('repeat', { attendedSinceFirst: row.attendedSinceFirst, repeat: row.repeat });
    case 'contributionShare':
      // The exhibition's revenue is not stored per row; it follows from the share (any units).
      return row.contributionShare > 0
        ? e('contributionShare', {
            economic: row.economic,
            exhibitionRevenue: Math.round((row.economic / row.contributionShare) * 100) / 100,
            contributionShare: row.contributionShare,
          })
        : e('contributionShareNone', { economic: row.economic });
    case 'revenuePerEdition':
      return row.attendedInWindow > 0
        ? e('revenuePerEdition', { economic: row.economic, attendedInWindow: row.attendedInWindow, revenuePerEdition: row.revenuePerEdition })
        : e('revenuePerEditionNone', {});
    case 'remainingEditions':
      return e('remainingEditions', { probability: row.probability, maxRemainingEditions: s.maxRemainingEditions, remainingEditions: row.remainingEditions });
    case 'potential':
      return e('potential', {
        probability: row.probability,
        revenuePerEdition: row.revenuePerEdition,
        remainingEditions: row.remainingEditions,
        potential: row.potential,
      });
    case 'probability':
      return e(row.probabilitySource === 'model' ? 'probabilityModel' : 'probabilityFallback', { probability: row.probability });
    case 'economicNorm':
    case 'profitNorm':
    case 'potentialNorm':
    case 'recommendationNorm': {
      const source = NORM_SOURCE[key];
      const value = row[source];
      return value > 0 ? e(key, { [source]: value, [key]: row[key] }) : e('normZero', { [source]: value, [key]: row[key] });
    }
    case 'strategicNorm':
      return e('strategicNorm', {
        demonstrationRating: row.demonstrationRating,
        demonstrationPart: (row.demonstrationRating ?? 0) / 5,
        recommendationNorm: row.recommendationNorm,
        capability: row.capability,
        capabilityPart: row.capability / 5,
        strategicNorm: row.strategicNorm,
      });
    case 'score': {
      const weights = effectiveWeights(s);
      const c = scoreComponents(row, row);
      const inputs: Explanation['inputs'] = {};
      let weightSum = 0;
      for (const k of SCORE_COMPONENTS) {
        inputs[`w_${k}`] = weights[k];
        inputs[`c_${k}`] = c[k];
        weightSum += weights[k];
      }
      return e('score', { ...inputs, weightSum, score: row.score });
    }
    case 'tier':
      return e('tier', { score: row.score, a: s.tierCutoffs.a, b: s.tierCutoffs.b, c: s.tierCutoffs.c, tier: row.tier });
    case 'quadrant':
      return e('quadrant', {
        economicNorm: row.economicNorm,
        economicHigh: s.economicHigh,
        strategicNorm: row.strategicNorm,
        strategicHigh: s.strategicHigh,
        quadrant: row.quadrant,
      });
  }
}
