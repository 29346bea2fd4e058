import type { Migration } from './types';

// The relationship lifecycle (shared/domain/lifecycle.ts): a stage per customer × exhibition,
// its immutable history, suggested moves, playbooks and tasks.
export const migration003: Migration = {
  version: 3,
  name: 'relationships, stage history, suggestions, playbooks, tasks',
  up: (db) => {
    db.exec(SCHEMA);
    db.exec(BACKFILL_003);
  },
};

const SCHEMA = `
    -- One row per relationship (customer × exhibition): its current stage. version detects a
    -- move made from a stale screen.
    CREATE TABLE relationships (
      customer_id   TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      exhibition_id TEXT NOT NULL REFERENCES exhibitions (id) ON DELETE CASCADE,
      stage         TEXT NOT NULL CHECK (stage IN ('cultivation', 'confirmation', 'trust', 'weakening', 'lost')),
      stage_since   TEXT NOT NULL, -- date ('YYYY-MM-DD') of the move into the current stage
      began_on      TEXT NOT NULL, -- date the relationship began (its first stage)
      version       INTEGER NOT NULL DEFAULT 1,
      created_at    TEXT NOT NULL,
      updated_at    TEXT NOT NULL,
      -- Copy of customers.name_sort, NULL while the customer is in the Trash (kept exact by the
      -- triggers below): the board pages a column of 10,000 by name by walking an index
      -- instead of joining and sorting every customer of the column.
      name_sort     TEXT,
      PRIMARY KEY (customer_id, exhibition_id)
    ) STRICT, WITHOUT ROWID;
    -- Board columns and pages (count and walk one stage by name, live customers only).
    CREATE INDEX relationships_by_stage ON relationships (exhibition_id, stage, name_sort) WHERE name_sort IS NOT NULL;
    -- The table sorted by name across stages.
    CREATE INDEX relationships_by_name ON relationships (exhibition_id, name_sort) WHERE name_sort IS NOT NULL;
    -- The suggestion computation reads every relationship of an exhibition from this index
    -- alone, in customer order (lifecycle/lifecycleFacts.ts).
    CREATE INDEX relationships_facts ON relationships (exhibition_id, customer_id, stage, stage_since, version);
    CREATE TRIGGER relationships_name_insert AFTER INSERT ON relationships
    BEGIN
      UPDATE relationships SET name_sort = (SELECT c.name_sort FROM customers c WHERE c.id = NEW.customer_id AND c.deleted_at IS NULL)
       WHERE customer_id = NEW.customer_id AND exhibition_id = NEW.exhibition_id;
    END;

    -- Every stage a relationship entered: from (NULL for its first), to, when, who, why, and
    -- the evidence (the signal and its facts, JSON). Immutable: appended to, never changed.
    CREATE TABLE stage_transitions (
      id            TEXT PRIMARY KEY,
      customer_id   TEXT NOT NULL,
      exhibition_id TEXT NOT NULL,
      seq           INTEGER NOT NULL,
      from_stage    TEXT CHECK (from_stage IN ('cultivation', 'confirmation', 'trust', 'weakening', 'lost')),
      to_stage      TEXT NOT NULL CHECK (to_stage IN ('cultivation', 'confirmation', 'trust', 'weakening', 'lost')),
      at            TEXT NOT NULL, -- date the move took effect
      changed_by    TEXT,
      reason        TEXT,
      signal        TEXT,          -- the rule that suggested it (NULL: a decision by hand)
      evidence      TEXT,          -- JSON facts behind the signal
      created_at    TEXT NOT NULL,
      UNIQUE (customer_id, exhibition_id, seq),
      FOREIGN KEY (customer_id, exhibition_id) REFERENCES relationships (customer_id, exhibition_id) ON DELETE CASCADE
    ) STRICT;
    -- Analytics replay each exhibition's histories in order (lifecycleAnalytics/): covering.
    CREATE INDEX stage_transitions_by_exhibition
      ON stage_transitions (exhibition_id, customer_id, seq, to_stage, at, from_stage);
    CREATE TRIGGER stage_transitions_immutable BEFORE UPDATE ON stage_transitions
    BEGIN
      SELECT RAISE(ABORT, 'stage history is immutable');
    END;

    -- Suggested moves, recomputed from the facts after data changes: at most one per
    -- relationship (the strongest signal). fingerprint identifies the facts behind it.
    CREATE TABLE stage_suggestions (
      customer_id   TEXT NOT NULL,
      exhibition_id TEXT NOT NULL,
      from_stage    TEXT NOT NULL,
      to_stage      TEXT NOT NULL CHECK (to_stage IN ('cultivation', 'confirmation', 'trust', 'weakening', 'lost')),
      signal        TEXT NOT NULL,
      details       TEXT NOT NULL, -- JSON: the facts the reason is written from
      fingerprint   TEXT NOT NULL,
      computed_at   TEXT NOT NULL,
      name_sort     TEXT,          -- copy of customers.name_sort (the list is paged by name)
      PRIMARY KEY (customer_id, exhibition_id),
      FOREIGN KEY (customer_id, exhibition_id) REFERENCES relationships (customer_id, exhibition_id) ON DELETE CASCADE
    ) STRICT, WITHOUT ROWID;
    -- The list's counts (per target stage and signal), its pages by name (all, or of one target
    -- stage) and the board's pending counts, each walked in one index.
    CREATE INDEX stage_suggestions_by_exhibition ON stage_suggestions (exhibition_id, to_stage, signal);
    CREATE INDEX stage_suggestions_by_stage_name ON stage_suggestions (exhibition_id, to_stage, name_sort);
    CREATE INDEX stage_suggestions_by_name ON stage_suggestions (exhibition_id, name_sort);
    CREATE INDEX stage_suggestions_by_from ON stage_suggestions (exhibition_id, from_stage);

    -- A renamed customer keeps its place on the board; one moved to the Trash leaves the board
    -- and its suggestions (a restored one gets them back at the next refresh).
    CREATE TRIGGER relationships_name_update AFTER UPDATE OF name_sort, deleted_at ON customers
      WHEN NEW.name_sort IS NOT OLD.name_sort OR NEW.deleted_at IS NOT OLD.deleted_at
    BEGIN
      UPDATE relationships SET name_sort = CASE WHEN NEW.deleted_at IS NULL THEN NEW.name_sort END WHERE customer_id = NEW.id;
      UPDATE stage_suggestions SET name_sort = NEW.name_sort WHERE customer_id = NEW.id AND NEW.deleted_at IS NULL;
      DELETE FROM stage_suggestions WHERE customer_id = NEW.id AND NEW.deleted_at IS NOT NULL;
    END;
    -- The few customers with negative word of mouth, for the suggestion computation (the
    -- table itself would be scanned).
    CREATE INDEX customers_negative_wom ON customers (id, negative_wom_at) WHERE negative_wom_at IS NOT NULL;
    -- A closed edition's revenue per stage (board columns) from the index alone.
    CREATE INDEX participations_revenue ON participations (edition_id, status, customer_id, price_charged, other_revenue);

    -- A dismissed suggestion stays dismissed while the facts behind it (fingerprint) are the same.
    CREATE TABLE suggestion_dismissals (
      customer_id   TEXT NOT NULL,
      exhibition_id TEXT NOT NULL,
      signal        TEXT NOT NULL,
      fingerprint   TEXT NOT NULL,
      dismissed_at  TEXT NOT NULL,
      dismissed_by  TEXT,
      PRIMARY KEY (customer_id, exhibition_id, signal),
      FOREIGN KEY (customer_id, exhibition_id) REFERENCES relationships (customer_id, exhibition_id) ON DELETE CASCADE
    ) STRICT, WITHOUT ROWID;

    -- Playbooks: per stage, the focus (NULL: the built-in text in the user's language) and
    -- default actions. A built-in action has a default_key and no title until edited.
    CREATE TABLE playbooks (
      stage      TEXT PRIMARY KEY CHECK (stage IN ('cultivation', 'confirmation', 'trust', 'weakening', 'lost')),
      focus      TEXT,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE TABLE playbook_actions (
      id               TEXT PRIMARY KEY,
      stage            TEXT NOT NULL CHECK (stage IN ('cultivation', 'confirmation', 'trust', 'weakening', 'lost')),
      position         INTEGER NOT NULL,
      default_key      TEXT,
      title            TEXT,
      due_days         INTEGER NOT NULL CHECK (due_days BETWEEN 0 AND 365),
      interaction_type TEXT CHECK (interaction_type IN ('call', 'email', 'meeting', 'visit', 'event', 'complaint', 'feedback', 'referral', 'advice', 'other')),
      enabled          INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
      created_at       TEXT NOT NULL,
      updated_at       TEXT NOT NULL,
      CHECK (title IS NOT NULL OR default_key IS NOT NULL)
    ) STRICT;
    CREATE INDEX playbook_actions_by_stage ON playbook_actions (stage, position);

    -- Follow-up tasks: from a playbook on entering a stage, from an interaction's follow-up
    -- date, or by hand. Done when done_at is set (optionally with the interaction logged).
    CREATE TABLE tasks (
      id                  TEXT PRIMARY KEY,
      customer_id         TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      exhibition_id       TEXT REFERENCES exhibitions (id) ON DELETE CASCADE,
      source              TEXT NOT NULL CHECK (source IN ('playbook', 'follow_up', 'manual')),
      default_key         TEXT,
      title               TEXT,
      due_on              TEXT NOT NULL,
      interaction_type    TEXT,
      transition_id       TEXT REFERENCES stage_transitions (id) ON DELETE SET NULL,
      from_interaction_id TEXT REFERENCES interactions (id) ON DELETE CASCADE,
      done_at             TEXT,
      done_by             TEXT,
      done_interaction_id TEXT REFERENCES interactions (id) ON DELETE SET NULL,
      version             INTEGER NOT NULL DEFAULT 1,
      created_at          TEXT NOT NULL,
      updated_at          TEXT NOT NULL,
      CHECK (title IS NOT NULL OR default_key IS NOT NULL)
    ) STRICT;
    CREATE INDEX tasks_open_by_due ON tasks (due_on, customer_id) WHERE done_at IS NULL;
    CREATE INDEX tasks_by_customer ON tasks (customer_id, due_on);
    CREATE UNIQUE INDEX tasks_by_follow_up ON tasks (from_interaction_id) WHERE from_interaction_id IS NOT NULL;
  `;

// A random version-4 UUID in SQL (record ids are UUIDs everywhere else too).
const UUID = `lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-'
  || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))`;

// Existing workspaces: a relationship per (customer, exhibition) with any participation, in
// cultivation since its first participation's first status; then every live customer without
// any relationship starts in cultivation in the current exhibition (else the first one) on the
// day it was created. Each begins with a first transition from NULL. Suggestions are computed
// by the app after opening (lifecycle refresh), not here.
export const BACKFILL_003 = `
    CREATE TEMP TABLE backfill_pairs AS
      SELECT p.customer_id, e.exhibition_id,
             min(coalesce((SELECT min(s.at) FROM participation_status_changes s WHERE s.participation_id = p.id), p.status_at)) AS began
        FROM participations p JOIN editions e ON e.id = p.edition_id
       GROUP BY p.customer_id, e.exhibition_id;

    INSERT INTO backfill_pairs (customer_id, exhibition_id, began)
      SELECT c.id, x.id, substr(c.created_at, 1, 10)
        FROM customers c,
             (SELECT id FROM exhibitions
               ORDER BY id = (SELECT json_extract(value, '$') FROM settings WHERE key = 'currentExhibitionId') DESC, created_at, name
               LIMIT 1) x
       WHERE c.deleted_at IS NULL
         AND c.id NOT IN (SELECT customer_id FROM backfill_pairs); -- (IN builds an index; NOT EXISTS would scan per customer)

    INSERT INTO relationships (customer_id, exhibition_id, stage, stage_since, began_on, created_at, updated_at)
      SELECT customer_id, exhibition_id, 'cultivation', substr(began, 1, 10), substr(began, 1, 10),
             strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
        FROM backfill_pairs;

    INSERT INTO stage_transitions (id, customer_id, exhibition_id, seq, from_stage, to_stage, at, created_at)
      SELECT ${UUID}, customer_id, exhibition_id, 1, NULL, 'cultivation', began_on, created_at FROM relationships;

    DROP TABLE backfill_pairs;
  `;
