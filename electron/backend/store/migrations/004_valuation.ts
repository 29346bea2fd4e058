import type { Migration } from './types';

// Customer value assessment (issue 5, shared/domain/valuation/): the organiser's ratings per
// relationship, and dated snapshots of every figure of every relationship of an exhibition.
// value_figures' columns are the snake_case of FIGURE_KEYS (shared/domain/valuation/figures.ts);
// a test holds them equal. Money in integer minor units.
export const migration004: Migration = {
  version: 4,
  name: 'value ratings and assessment snapshots',
  up: `
    -- The organiser's 0–5 judgements (NULL = not rated), per customer × exhibition.
    ALTER TABLE relationships ADD COLUMN demonstration_rating INTEGER CHECK (demonstration_rating BETWEEN 0 AND 5);
    ALTER TABLE relationships ADD COLUMN capability_rating INTEGER CHECK (capability_rating BETWEEN 0 AND 5);

    -- One assessment of one exhibition. JSON columns hold what the UI shows about it (window,
    -- settings used, model and back-test, totals), written once and never updated.
    CREATE TABLE value_snapshots (
      id              TEXT PRIMARY KEY,
      exhibition_id   TEXT NOT NULL REFERENCES exhibitions (id) ON DELETE CASCADE,
      taken_at        TEXT NOT NULL,
      reason          TEXT NOT NULL CHECK (reason IN ('manual', 'import', 'settings', 'cli')),
      window_editions TEXT NOT NULL, -- JSON EditionRef[] oldest first
      next_edition    TEXT,          -- JSON EditionRef, NULL = not created yet
      settings        TEXT NOT NULL, -- JSON ValuationSettings
      model           TEXT NOT NULL, -- JSON ModelSummary
      summary         TEXT NOT NULL, -- JSON SnapshotSummary
      relationships   INTEGER NOT NULL,
      duration_ms     INTEGER NOT NULL
    ) STRICT;
    CREATE INDEX value_snapshots_by_exhibition ON value_snapshots (exhibition_id, taken_at);

    CREATE TABLE value_figures (
      snapshot_id              TEXT NOT NULL REFERENCES value_snapshots (id) ON DELETE CASCADE,
      customer_id              TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      stage                    TEXT NOT NULL,
      kinds                    INTEGER NOT NULL,
      economic                 INTEGER NOT NULL,
      referral_revenue         INTEGER NOT NULL,
      referred                 INTEGER NOT NULL,
      negative_wom             INTEGER NOT NULL,
      cost_initial             INTEGER NOT NULL,
      cost_maintenance         INTEGER NOT NULL,
      maintenance_interactions INTEGER NOT NULL,
      discount                 INTEGER NOT NULL,
      cost_end                 INTEGER NOT NULL,
      profit                   INTEGER NOT NULL,
      demonstration_rating     INTEGER,
      area_rank                INTEGER,
      area_rank_of             INTEGER,
      recommendation           REAL NOT NULL,
      capability_rating        INTEGER,
      advice                   INTEGER NOT NULL,
      capability               REAL NOT NULL,
      satisfaction             REAL,
      satisfaction_count       INTEGER NOT NULL,
      nps_group                TEXT,
      intent                   TEXT,
      streak                   INTEGER NOT NULL,
      attended_in_window       INTEGER NOT NULL,
      window_size              INTEGER NOT NULL,
      loyalty                  REAL NOT NULL,
      attended_since_first     INTEGER NOT NULL,
      held_since_first         INTEGER NOT NULL,
      retention                REAL,
      repeat                   INTEGER NOT NULL,
      contribution_share       REAL NOT NULL,
      revenue_per_edition      INTEGER NOT NULL,
      remaining_editions       REAL NOT NULL,
      potential                INTEGER NOT NULL,
      probability              REAL NOT NULL,
      probability_source       TEXT NOT NULL,
      economic_norm            REAL NOT NULL,
      profit_norm              REAL NOT NULL,
      recommendation_norm      REAL NOT NULL,
      potential_norm           REAL NOT NULL,
      strategic_norm           REAL NOT NULL,
      score                    REAL NOT NULL,
      tier                     TEXT NOT NULL CHECK (tier IN ('A', 'B', 'C', 'D')),
      quadrant                 TEXT NOT NULL CHECK (quadrant IN ('key', 'profit', 'strategic', 'marginal')),
      PRIMARY KEY (snapshot_id, customer_id)
    ) STRICT, WITHOUT ROWID;
    -- The value table's default order, the call list (tier, probability) and a customer's history.
    CREATE INDEX value_figures_by_score ON value_figures (snapshot_id, score);
    CREATE INDEX value_figures_by_tier ON value_figures (snapshot_id, tier, probability);
    CREATE INDEX value_figures_by_customer ON value_figures (customer_id, snapshot_id);

    -- The assessment (valuation/assess/assessFacts.ts) reads every relationship of an
    -- exhibition, their participations and their costed interactions as ordered scans of these
    -- covering indexes (≤ 3 s for 100,000 relationships; a table scan of the participations
    -- alone took 0.75 s, this index 0.2 s). The interactions' one is partial: only the few with
    -- a cost, advice or a complaint matter to it (the rest are counted from interactions_by_customer).
    CREATE INDEX relationships_value ON relationships (exhibition_id, customer_id, stage, began_on, demonstration_rating, capability_rating);
    CREATE INDEX participations_value
      ON participations (customer_id, edition_id, status, price_charged, other_revenue, list_price, stand_area, satisfaction, intent_to_return);
    CREATE INDEX interactions_value ON interactions (customer_id, at, type, cost, edition_id)
      WHERE cost > 0 OR type IN ('advice', 'complaint');
  `,
};
