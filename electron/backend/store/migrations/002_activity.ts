import type { Migration } from './types';

// What customers do, edition by edition (shared/domain/{exhibition,participation,interaction}.ts).
// Money columns hold integer minor units (shared/domain/money.ts). Dates of editions and
// follow-ups are calendar dates ('YYYY-MM-DD'); moments are ISO date-times in UTC.
// History hangs off the customer's UUID and survives the Trash (a soft delete); emptying the
// Trash removes it with the customer (ON DELETE CASCADE).
// Per-customer figures that segment conditions test (segments/segmentSql.ts; meanings in
// shared/domain/segment.ts), kept exact by the triggers below: each write to a customer's
// participations or interactions recomputes that customer's figures from scratch (a few
// index entries), so there is no incremental arithmetic to get wrong. Counting a segment then
// reads one row per customer instead of aggregating 500,000 participations and probing
// 1,000,000 interactions. `which` is an expression over `customers c` selecting the customers
// to recompute; the bulk fill (segments/customerFigures.ts) runs the same statements.
// Booked statuses = BOOKED_STATUSES (shared/domain/participation.ts).
export const participationFiguresSql = (which: string): string => `
      INSERT INTO customer_figures
        (customer_num, editions_attended, booked_revenue, total_area, max_area, latest_satisfaction, average_satisfaction)
      SELECT c.num,
             count(DISTINCT CASE WHEN p.status = 'attended' THEN p.edition_id END),
             coalesce(sum(CASE WHEN p.status IN ('contracted', 'paid', 'attended')
                               THEN coalesce(p.price_charged, 0) + coalesce(p.other_revenue, 0) END), 0),
             coalesce(sum(CASE WHEN p.status IN ('contracted', 'paid', 'attended') THEN p.stand_area END), 0),
             coalesce(max(CASE WHEN p.status IN ('contracted', 'paid', 'attended') THEN p.stand_area END), 0),
             (SELECT s.satisfaction FROM participations s JOIN editions e ON e.id = s.edition_id
               WHERE s.customer_id = c.id AND s.satisfaction IS NOT NULL
               ORDER BY e.start_date DESC, s.satisfaction DESC LIMIT 1),
             avg(p.satisfaction)
        FROM customers c LEFT JOIN participations p ON p.customer_id = c.id
       WHERE ${which}
       GROUP BY c.id
      ON CONFLICT (customer_num) DO UPDATE SET
        editions_attended = excluded.editions_attended, booked_revenue = excluded.booked_revenue,
        total_area = excluded.total_area, max_area = excluded.max_area,
        latest_satisfaction = excluded.latest_satisfaction, average_satisfaction = excluded.average_satisfaction;`;

export const interactionFiguresSql = (which: string): string => `
      INSERT INTO customer_figures (customer_num, last_contact_at, open_complaints)
      SELECT c.num,
             (SELECT max(i.at) FROM interactions i WHERE i.customer_id = c.id),
             (SELECT count(*) FROM interactions i WHERE i.customer_id = c.id AND i.complaint_state = 'open')
        FROM customers c
       WHERE ${which}
      ON CONFLICT (customer_num) DO UPDATE SET
        last_contact_at = excluded.last_contact_at, open_complaints = excluded.open_complaints;`;

/** Names of the triggers keeping customer_figures exact (the demo drops them for its bulk load). */
export const CUSTOMER_FIGURES_TRIGGER_PREFIX = 'customer_figures_';

const figuresTriggers = (table: 'participations' | 'interactions', columns: string, recompute: (which: string) => string) => `
    CREATE TRIGGER customer_figures_${table}_insert AFTER INSERT ON ${table} BEGIN
      ${recompute('c.id = NEW.customer_id')}
    END;
    CREATE TRIGGER customer_figures_${table}_delete AFTER DELETE ON ${table} BEGIN
      ${recompute('c.id = OLD.customer_id')}
    END;
    CREATE TRIGGER customer_figures_${table}_update AFTER UPDATE OF ${columns} ON ${table} BEGIN
      ${recompute('c.id = NEW.customer_id')}
    END;
    -- A row moved to another customer (merging duplicates) changes the old owner's figures too.
    CREATE TRIGGER customer_figures_${table}_moved AFTER UPDATE OF customer_id ON ${table}
      WHEN OLD.customer_id IS NOT NEW.customer_id BEGIN
      ${recompute('c.id = OLD.customer_id')}
    END;`;

export const migration002: Migration = {
  version: 2,
  name: 'exhibitions, editions, participations, interactions, referrals, segments, lead captures',
  up: `
    CREATE TABLE exhibitions (
      id         TEXT PRIMARY KEY,
      name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      theme      TEXT,
      city       TEXT,
      venue      TEXT,
      frequency  TEXT CHECK (frequency IN ('annual', 'biennial', 'semiannual', 'irregular')),
      maturity   TEXT NOT NULL DEFAULT 'new' CHECK (maturity IN ('new', 'growing', 'mature')),
      notes      TEXT,
      version    INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE editions (
      id             TEXT PRIMARY KEY,
      exhibition_id  TEXT NOT NULL REFERENCES exhibitions (id) ON DELETE CASCADE,
      name           TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
      start_date     TEXT NOT NULL,
      end_date       TEXT NOT NULL,
      venue          TEXT,
      sellable_area  REAL CHECK (sellable_area >= 0),
      status         TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'open', 'running', 'closed')),
      notes          TEXT,
      version        INTEGER NOT NULL DEFAULT 1,
      created_at     TEXT NOT NULL,
      updated_at     TEXT NOT NULL,
      CHECK (end_date >= start_date)
    ) STRICT;
    CREATE INDEX editions_by_exhibition ON editions (exhibition_id, start_date);

    CREATE TABLE participations (
      id               TEXT PRIMARY KEY,
      customer_id      TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      edition_id       TEXT NOT NULL REFERENCES editions (id) ON DELETE CASCADE,
      role             TEXT NOT NULL
                       CHECK (role IN ('exhibitor', 'trade_buyer', 'professional_visitor', 'general_visitor', 'partner')),
      stand_number     TEXT,
      hall             TEXT,
      stand_area       REAL CHECK (stand_area >= 0),
      stand_type       TEXT CHECK (stand_type IN ('raw_space', 'shell_scheme', 'other')),
      list_price       INTEGER CHECK (list_price >= 0),
      price_charged    INTEGER CHECK (price_charged >= 0),
      other_revenue    INTEGER CHECK (other_revenue >= 0),
      status           TEXT NOT NULL
                       CHECK (status IN ('enquiry', 'reserved', 'contracted', 'paid', 'attended', 'cancelled', 'no_show')),
      status_at        TEXT NOT NULL,
      cancel_reason    TEXT,
      satisfaction     INTEGER CHECK (satisfaction BETWEEN 0 AND 10),
      intent_to_return TEXT CHECK (intent_to_return IN ('yes', 'maybe', 'no')),
      feedback         TEXT,
      leads            INTEGER CHECK (leads >= 0),
      meetings         INTEGER CHECK (meetings >= 0),
      notes            TEXT,
      version          INTEGER NOT NULL DEFAULT 1,
      created_at       TEXT NOT NULL,
      updated_at       TEXT NOT NULL,
      UNIQUE (customer_id, edition_id, role),
      CHECK (status != 'cancelled' OR cancel_reason IS NOT NULL)
    ) STRICT;
    CREATE INDEX participations_by_edition ON participations (edition_id, status, customer_id);
    -- A customer's figures (revenue, stand area, editions attended, satisfaction) read from the
    -- index alone: segment counts compute them per customer (segments/segmentSql.ts); without
    -- it each participation row is read, 2–3× slower at 500,000 participations.
    CREATE INDEX participations_by_customer
      ON participations (customer_id, status, edition_id, stand_area, price_charged, other_revenue, satisfaction);

    -- Every status a participation went through, with the date it took effect (the first row
    -- is the status it was created in). Appended to, never rewritten.
    CREATE TABLE participation_status_changes (
      participation_id TEXT NOT NULL REFERENCES participations (id) ON DELETE CASCADE,
      seq              INTEGER NOT NULL,
      status           TEXT NOT NULL
                       CHECK (status IN ('enquiry', 'reserved', 'contracted', 'paid', 'attended', 'cancelled', 'no_show')),
      at               TEXT NOT NULL,
      reason           TEXT,
      changed_by       TEXT,
      PRIMARY KEY (participation_id, seq)
    ) STRICT, WITHOUT ROWID;

    CREATE TABLE interactions (
      id              TEXT PRIMARY KEY,
      customer_id     TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      at              TEXT NOT NULL,
      type            TEXT NOT NULL
                      CHECK (type IN ('call', 'email', 'meeting', 'visit', 'event', 'complaint', 'feedback', 'referral', 'advice', 'other')),
      direction       TEXT CHECK (direction IN ('inbound', 'outbound')),
      staff           TEXT,
      edition_id      TEXT REFERENCES editions (id) ON DELETE SET NULL,
      summary         TEXT NOT NULL CHECK (length(summary) BETWEEN 1 AND 2000),
      outcome         TEXT,
      cost            INTEGER NOT NULL DEFAULT 0 CHECK (cost >= 0),
      follow_up_on    TEXT,
      complaint_state TEXT CHECK (complaint_state IN ('open', 'resolved')),
      resolved_at     TEXT,
      version         INTEGER NOT NULL DEFAULT 1,
      created_at      TEXT NOT NULL,
      updated_at      TEXT NOT NULL,
      CHECK ((type = 'complaint') = (complaint_state IS NOT NULL))
    ) STRICT;
    CREATE INDEX interactions_by_customer ON interactions (customer_id, at);
    CREATE INDEX interactions_open_complaints ON interactions (customer_id, at) WHERE complaint_state = 'open';
    CREATE INDEX interactions_follow_ups ON interactions (follow_up_on) WHERE follow_up_on IS NOT NULL;

    -- Referrals and negative word of mouth are facts about the customer.
    ALTER TABLE customers ADD COLUMN referred_by TEXT REFERENCES customers (id) ON DELETE SET NULL;
    ALTER TABLE customers ADD COLUMN negative_wom_at TEXT;
    ALTER TABLE customers ADD COLUMN negative_wom_note TEXT;
    CREATE INDEX customers_by_referrer ON customers (referred_by) WHERE referred_by IS NOT NULL;

    -- Saved segments: a filter definition (shared/domain/segment.ts) as JSON.
    CREATE TABLE segments (
      id         TEXT PRIMARY KEY,
      name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 100),
      definition TEXT NOT NULL,
      version    INTEGER NOT NULL DEFAULT 1,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    -- Leads captured on site: the structured part of a quick capture; the capture also
    -- creates or matches the customer and logs an interaction.
    CREATE TABLE lead_captures (
      id               TEXT PRIMARY KEY,
      customer_id      TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      interaction_id   TEXT REFERENCES interactions (id) ON DELETE SET NULL,
      edition_id       TEXT REFERENCES editions (id) ON DELETE SET NULL,
      person           TEXT,
      title            TEXT,
      phone            TEXT,
      email            TEXT,
      interest         TEXT,
      categories       TEXT NOT NULL DEFAULT '[]',
      temperature      TEXT NOT NULL CHECK (temperature IN ('hot', 'warm', 'cold')),
      note             TEXT,
      captured_by      TEXT NOT NULL,
      captured_at      TEXT NOT NULL,
      created_customer INTEGER NOT NULL CHECK (created_customer IN (0, 1))
    ) STRICT;
    CREATE INDEX lead_captures_by_staff ON lead_captures (captured_by, captured_at);

    -- Segment figures per customer (see participationFiguresSql above). A customer without a
    -- row has the figures of one without activity: nothing attended, revenue and areas 0, no
    -- satisfaction, never contacted, no open complaint. Keyed by customers.num so a count
    -- probes it by rowid from any customers index.
    CREATE TABLE customer_figures (
      customer_num         INTEGER PRIMARY KEY REFERENCES customers (num) ON DELETE CASCADE,
      editions_attended    INTEGER NOT NULL DEFAULT 0,
      booked_revenue       INTEGER NOT NULL DEFAULT 0,
      total_area           REAL NOT NULL DEFAULT 0,
      max_area             REAL NOT NULL DEFAULT 0,
      latest_satisfaction  INTEGER,
      average_satisfaction REAL,
      last_contact_at      TEXT,
      open_complaints      INTEGER NOT NULL DEFAULT 0
    ) STRICT;
    ${figuresTriggers('participations', 'customer_id, edition_id, status, stand_area, price_charged, other_revenue, satisfaction', participationFiguresSql)}
    ${figuresTriggers('interactions', 'customer_id, at, complaint_state', interactionFiguresSql)}
    -- "Latest satisfaction" follows editions' start dates.
    CREATE TRIGGER customer_figures_edition_dates AFTER UPDATE OF start_date ON editions
      WHEN OLD.start_date IS NOT NEW.start_date BEGIN
      ${participationFiguresSql('c.id IN (SELECT p.customer_id FROM participations p WHERE p.edition_id = NEW.id AND p.satisfaction IS NOT NULL)')}
    END;
  `,
};
