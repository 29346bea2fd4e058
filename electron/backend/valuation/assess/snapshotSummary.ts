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

export function snapshotSummary(
  figures: readonly RelationshipFigures[],
  window: readonly EditionRef[],
  windowScores: readonly (readonly number[])[],
): SnapshotSummary {
  const byStage = totals(STAGES);
  const byTier = totals(TIERS);
  const byQuadrant = totals(QUADRANTS);
  const byKind = totals(CUSTOMER_KINDS);
  let expected = 0;
  let variance = 0;
  const add = (t: Totals, f: RelationshipFigures) => {
    t.count++;
    t.revenue += f.economic;
    t.profit += f.profit;
  };
  for (const f of figures) {
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
      t.revenue = major(t.revenue);
      t.profit = major(t.profit);
    }
  }
  const sd = Math.sqrt(variance);
  const all: number[] = [];
  for (const s of windowScores) for (const v of s) all.push(v);
  return {
    byStage,
    byTier,
    byQuadrant,
    byKind,
    npsByEdition: window.map((edition, i) => ({ edition, nps: nps(windowScores[i] ?? []), respondents: windowScores[i]?.length ?? 0 })),
    npsExhibition: nps(all),
    expectedNextRevenue: {
      expected: major(expected),
      low: major(Math.max(0, expected - Z90 * sd)),
      high: major(expected + Z90 * sd),
    },
  };
}
