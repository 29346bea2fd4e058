import type { Migration } from './types';

// Customer value assessment (issue 5, shared/domain/valuation/): the organiser's ratings per
// relationship, and dated snapshots of every figure of every relationship of an exhibition.
// value_figures' columns are the snake_case of FIGURE_KEYS (shared/domain/valuation/figures.ts),
// except that the customer is its customers.num; a test holds them equal. Money in integer minor units.
export const migration004: Migration = {
  version: 4,
  name: 'value ratings and assessment snapshots',
  up: `
    -- The organiser's 0–5 judgements (NULL = not rated), per customer × exhibition.
    ALTER TABLE relationships ADD COLUMN demonstration_rating INTEGER CHECK (demonstration_rating BETWEEN 0 AND 5);
    ALTER TABLE relationships ADD COLUMN capability_rating INTEGER CHECK (capability_rating BETWEEN 0 AND 5);

    -- One assessment of one exhibition. JSON columns hold what the UI shows about it (window,
    -- settings used, model and back-test, totals), written once and never updated (only
    -- relationships follows customers deleted for good: the trigger below).
    -- num (the rowid) keys the snapshot's figures; id (a time-ordered UUID) is what the API shows.
    CREATE TABLE value_snapshots (
      num             INTEGER PRIMARY KEY,
      id              TEXT NOT NULL UNIQUE,
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

    -- Integer keys: a snapshot writes 100,000 rows in one go (issue 5: ≤ 3 s with everything
    -- else), and two UUIDs per row and per index entry made that write twice as slow. A new
    -- snapshot has the highest num, so its rows (written in customer_num order) and its
    -- value_figures_by_score entries are appended at the end of the trees. There is no index by
    -- customer: it took ~100,000 random inserts spread over every stored snapshot per write; a
    -- customer's history is one primary-key seek per snapshot of the exhibition (a few dozen at
    -- most: old ones are pruned). For the same reason customer_num has no foreign key (its
    -- cascade would scan the table for each customer deleted): the trigger below does it by seeks.
    CREATE TABLE value_figures (
      snapshot_num             INTEGER NOT NULL REFERENCES value_snapshots (num) ON DELETE CASCADE,
      customer_num             INTEGER NOT NULL, -- customers.num
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
      PRIMARY KEY (snapshot_num, customer_num)
    ) STRICT, WITHOUT ROWID;
    -- The value table's default order and the matrix (entries end with customer_num: the
    -- tie-break). With the tier, it also answers tier filters and the call list's "tier A/B"
    -- without reading rows (a separate (snapshot, tier, probability) index cost every write more
    -- than it saved: tiers follow the score, so A/B are the top of this one).
    CREATE INDEX value_figures_by_score ON value_figures (snapshot_num, score, tier);
    -- A customer deleted for good (the Trash emptied) leaves no figures behind, and the
    -- snapshots' row counts (the value table's total) follow.
    CREATE TRIGGER value_figures_customer_deleted AFTER DELETE ON customers BEGIN
      UPDATE value_snapshots SET relationships = relationships - 1
       WHERE num IN (SELECT f.snapshot_num FROM value_snapshots s JOIN value_figures f ON f.snapshot_num = s.num AND f.customer_num = old.num);
      DELETE FROM value_figures WHERE snapshot_num IN (SELECT num FROM value_snapshots) AND customer_num = old.num;
    END;

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
