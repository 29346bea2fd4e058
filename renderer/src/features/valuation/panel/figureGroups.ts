import type { FigureKey } from '@shared/domain/valuation/figures';

// The value panel's figures, grouped as DOMAIN §4–5 names them. A `sub` figure is an input of
// the one above it (shown indented), so "recommendation" sits over its referred count, their
// revenue and the bad word of mouth.

export interface PanelFigure {
  key: FigureKey;
  sub?: boolean;
}

export const PANEL_GROUPS = [
  {
    id: 'value',
    figures: [
      { key: 'economic' },
      { key: 'demonstrationRating' },
      { key: 'areaRank', sub: true },
      { key: 'recommendation' },
      { key: 'referred', sub: true },
      { key: 'referralRevenue', sub: true },
      { key: 'negativeWom', sub: true },
      { key: 'capability' },
      { key: 'capabilityRating', sub: true },
      { key: 'advice', sub: true },
    ],
  },
  {
    id: 'costs',
    figures: [
      { key: 'costInitial' },
      { key: 'costMaintenance' },
      { key: 'maintenanceInteractions', sub: true },
      { key: 'discount', sub: true },
      { key: 'costEnd' },
    ],
  },
  { id: 'profitability', figures: [{ key: 'profit' }] },
  {
    id: 'evaluation',
    figures: [
      { key: 'satisfaction' },
      { key: 'satisfactionCount', sub: true },
      { key: 'npsGroup', sub: true },
      { key: 'loyalty' },
      { key: 'intent', sub: true },
      { key: 'streak', sub: true },
      { key: 'attendedInWindow', sub: true },
      { key: 'retention' },
      { key: 'repeat', sub: true },
      { key: 'contributionShare' },
      { key: 'potential' },
      { key: 'revenuePerEdition', sub: true },
      { key: 'remainingEditions', sub: true },
    ],
  },
  { id: 'prediction', figures: [{ key: 'probability' }, { key: 'probabilitySource', sub: true }] },
  {
    id: 'composite',
    figures: [{ key: 'score' }, { key: 'tier' }, { key: 'quadrant' }, { key: 'economicNorm', sub: true }, { key: 'strategicNorm', sub: true }],
  },
] as const satisfies readonly { id: string; figures: readonly PanelFigure[] }[];

export type PanelGroupId = (typeof PANEL_GROUPS)[number]['id'];

/** The groups in two columns of about equal length: money on the left, evaluation on the right. */
export const PANEL_COLUMNS: readonly (readonly PanelGroupId[])[] = [
  ['value', 'costs', 'profitability'],
  ['evaluation', 'prediction', 'composite'],
];
