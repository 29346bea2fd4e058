import type { EditionRef, SnapshotSummary, Totals } from '../../../../shared/api/valuation';
import { CUSTOMER_KINDS } from '../../../../shared/domain/customer';
import { STAGES } from '../../../../shared/domain/lifecycle';
import { fromMinor } from '../../../../shared/domain/money';
import { nps } from '../../../../shared/domain/participation';
import { QUADRANTS, TIERS, type RelationshipFigures } from '../../../../shared/domain/valuation/figures';

// The totals a snapshot keeps beside its rows (value_snapshots.summary): what the dashboard
// cards show without reading 100,000 rows. Stored as the API returns it, so money is in MAJOR
// units here (the rows hold minor units).

/** z of a two-sided 90 % range. */
const Z90 = 1.6448536269514722;
const major = (minor: number) => fromMinor(Math.round(minor));

function totals<K extends string>(keys: readonly K[]): Record<K, Totals> {
  const out = {} as Record<K, Totals>;
  for (const k of keys) out[k] = { count: 0, revenue: 0, profit: 0 };
  return out;
}

export type FigureTotals = Pick<SnapshotSummary, 'byStage' | 'byTier' | 'byQuadrant' | 'byKind' | 'expectedNextRevenue'> & {
  count: number;
};

/**
 * Totals by stage, tier, quadrant and kind (count, revenue, profit) and the expected
 * next-edition revenue with its 90 % range, over `figures`. `money` turns a summed amount of
 * the figures' unit into the result's (minor → major for stored rows; rounding to cents for
 * API rows): the snapshot's summary and the workbook's filtered Summary sheet share it.
 */
export function figureTotals(figures: Iterable<RelationshipFigures>, money: (amount: number) => number): FigureTotals {
  const byStage = totals(STAGES);
  const byTier = totals(TIERS);
  const byQuadrant = totals(QUADRANTS);
  const byKind = totals(CUSTOMER_KINDS);
  let count = 0;
  let expected = 0;
  let variance = 0;
  const add = (t: Totals, f: RelationshipFigures) => {
    t.count++;
    t.revenue += f.economic;
    t.profit += f.profit;
  };
  for (const f of figures) {
    count++;
    add(byStage[f.stage], f);
    add(byTier[f.tier], f);
    add(byQuadrant[f.quadrant], f);
    CUSTOMER_KINDS.forEach((k, bit) => {
      if (f.kinds & (1 << bit)) add(byKind[k], f);
    });
    // Next-edition revenue: a Bernoulli(p) times the revenue per edition, summed.
    expected += f.probability * f.revenuePerEdition;
    variance += f.probability * (1 - f.probability) * f.revenuePerEdition * f.revenuePerEdition;
  }
  for (const group of [byStage, byTier, byQuadrant, byKind] as Record<string, Totals>[]) {
    for (const t of Object.values(group)) {
      t.revenue = money(t.revenue);
      t.profit = money(t.profit);
    }
  }
  const sd = Math.sqrt(variance);
  return {
    count,
    byStage,
    byTier,
    byQuadrant,
    byKind,
    expectedNextRevenue: {
      expected: money(expected),
      low: money(Math.max(0, expected - Z90 * sd)),
      high: money(expected + Z90 * sd),
    },
  };
}

export function snapshotSummary(
  figures: readonly RelationshipFigures[],
  window: readonly EditionRef[],
  windowScores: readonly (readonly number[])[],
): SnapshotSummary {
  const { byStage, byTier, byQuadrant, byKind, expectedNextRevenue } = figureTotals(figures, major);
  const all: number[] = [];
  for (const s of windowScores) for (const v of s) all.push(v);
  return {
    byStage,
    byTier,
    byQuadrant,
    byKind,
    npsByEdition: window.map((edition, i) => ({ edition, nps: nps(windowScores[i] ?? []), respondents: windowScores[i]?.length ?? 0 })),
    npsExhibition: nps(all),
    expectedNextRevenue,
  };
}
