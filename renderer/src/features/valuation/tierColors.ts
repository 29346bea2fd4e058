import type { Quadrant, Tier } from '@shared/domain/valuation/figures';

// One colour per tier and quadrant in every value view (cards, matrix, badges).
export const TIER_COLORS: Record<Tier, string> = { A: 'teal', B: 'blue', C: 'yellow', D: 'gray' };
export const TIER_CHART_COLORS: Record<Tier, string> = { A: 'teal.6', B: 'blue.6', C: 'yellow.6', D: 'gray.5' };
export const QUADRANT_COLORS: Record<Quadrant, string> = { key: 'teal', profit: 'blue', strategic: 'grape', marginal: 'gray' };
