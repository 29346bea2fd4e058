import { randomUUID } from 'node:crypto';
import type { ModelSummary, SnapshotSummary } from '../../../shared/api/valuation';
import { FIGURE_KEYS, figureColumn, type RelationshipFigures } from '../../../shared/domain/valuation/figures';
import { DEFAULT_VALUATION_SETTINGS, type ValuationSettings } from '../../../shared/domain/valuation/settings';
import type { Db } from '../store/openDatabase';

// Test fixtures: a snapshot written straight into value_snapshots / value_figures, so the
// read side is tested on exactly the figures it is given (the assessment is tested apart).
// Money in minor units, as stored.

/** Figures of a relationship with no data (the defined "nothing" values). */
export function blankFigures(customerId: string): RelationshipFigures {
  return {
    customerId, stage: 'cultivation', kinds: 1,
    economic: 0, referralRevenue: 0, referred: 0, negativeWom: 0,
    costInitial: 0, costMaintenance: 0, maintenanceInteractions: 0, discount: 0, costEnd: 0, profit: 0,
    demonstrationRating: null, areaRank: null, areaRankOf: null, recommendation: 0, capabilityRating: null, advice: 0, capability: 0,
    satisfaction: null, satisfactionCount: 0, npsGroup: null, intent: null, streak: 0, attendedInWindow: 0, windowSize: 3, loyalty: 0,
    attendedSinceFirst: 0, heldSinceFirst: 0, retention: null, repeat: 0,
    contributionShare: 0, revenuePerEdition: 0, remainingEditions: 1, potential: 0,
    probability: 0, probabilitySource: 'fallback',
    economicNorm: 0, profitNorm: 0, recommendationNorm: 0, potentialNorm: 0, strategicNorm: 0, score: 0, tier: 'D', quadrant: 'marginal',
  };
}

export const TEST_MODEL: ModelSummary = {
  kind: 'fallback',
  fallbackReason: 'tooFewExamples',
  examples: 3,
  positives: 2,
  coefficients: [],
  trainMs: 1,
  backtest: { edition: null, trainExamples: 0, testExamples: 0, auc: null, baselineAuc: null, brier: null, beatsBaseline: null, modelKind: 'fallback' },
};

const totals = { count: 0, revenue: 0, profit: 0 };
export const TEST_SUMMARY: SnapshotSummary = {
  byStage: { cultivation: totals, confirmation: totals, trust: totals, weakening: totals, lost: totals },
  byTier: { A: { count: 1, revenue: 500, profit: 400 }, B: totals, C: totals, D: totals },
  byQuadrant: { key: totals, profit: totals, strategic: totals, marginal: totals },
  byKind: { exhibitor: totals, trade_buyer: totals, professional_visitor: totals, general_visitor: totals, partner: totals },
  npsByEdition: [],
  npsExhibition: null,
  expectedNextRevenue: { expected: 1000, low: 800, high: 1200 },
};

export interface TestSnapshot {
  exhibitionId: string;
  takenAt: string;
  figures: (Partial<RelationshipFigures> & { customerId: string })[];
  settings?: ValuationSettings;
  summary?: SnapshotSummary;
}

const STORED_KEYS = FIGURE_KEYS.filter((k) => k !== 'customerId');
const COLUMNS = STORED_KEYS.map(figureColumn);

/** Writes a snapshot and its figures (value_figures is keyed by the nums, migration 004); returns its id. */
export function insertSnapshot(db: Db, s: TestSnapshot): string {
  const id = randomUUID();
  db.transaction(() => {
    const num = db.prepare(
      `INSERT INTO value_snapshots (id, exhibition_id, taken_at, reason, window_editions, next_edition, settings, model, summary, relationships, duration_ms)
       VALUES (?, ?, ?, 'manual', '[]', NULL, ?, ?, ?, ?, 5)`,
    ).run(id, s.exhibitionId, s.takenAt, JSON.stringify(s.settings ?? DEFAULT_VALUATION_SETTINGS), JSON.stringify(TEST_MODEL),
      JSON.stringify(s.summary ?? TEST_SUMMARY), s.figures.length).lastInsertRowid;
    const ins = db.prepare(
      `INSERT INTO value_figures (snapshot_num, customer_num, ${COLUMNS.join(', ')})
       VALUES (?, (SELECT num FROM customers WHERE id = ?), ${COLUMNS.map(() => '?').join(', ')})`,
    );
    for (const f of s.figures) {
      const row = { ...blankFigures(f.customerId), ...f };
      ins.run(num, row.customerId, ...STORED_KEYS.map((k) => row[k]));
    }
  })();
  return id;
}
