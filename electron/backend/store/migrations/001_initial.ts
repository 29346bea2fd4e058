import type { Migration } from './types';

// Customers keep a UUID `id` as their identity (stable across laptops for later merging)
// and an INTEGER PRIMARY KEY `num` only as the local rowid that the FTS5 indexes point at:
// a rowid that is not an INTEGER PRIMARY KEY may change on VACUUM, which would silently
// detach the search index. Tables no index points into use the UUID as primary key.
export const migration001: Migration = {
  version: 1,
  name: 'customers, contacts, tags, search indexes, settings',
  up: `
    CREATE TABLE settings (
      key        TEXT PRIMARY KEY,
      value      TEXT NOT NULL, -- JSON
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE customers (
      num              INTEGER PRIMARY KEY,
      id               TEXT NOT NULL UNIQUE,
      company_name     TEXT NOT NULL CHECK (length(company_name) BETWEEN 1 AND 200),
      name_sort        TEXT NOT NULL,
      legal_name       TEXT,
      kinds            INTEGER NOT NULL DEFAULT 0 CHECK (kinds BETWEEN 0 AND 31),
      partner_type     TEXT CHECK (partner_type IN ('association', 'media', 'sponsor')),
      industry         TEXT,
      main_business    TEXT,
      products         TEXT,
      size_band        TEXT CHECK (size_band IN ('1-9', '10-49', '50-249', '250-999', '1000+')),
      scale_notes      TEXT,
      country          TEXT,
      region           TEXT,
      city             TEXT,
      address          TEXT,
      website          TEXT,
      phone            TEXT,
      email            TEXT,
      source           TEXT,
      notes            TEXT,
      screening_status TEXT NOT NULL DEFAULT 'unverified'
                       CHECK (screening_status IN ('unverified', 'verified', 'rejected')),
      screening_note   TEXT,
      screened_by      TEXT,
      screened_at      TEXT,
      completeness     INTEGER NOT NULL DEFAULT 0 CHECK (completeness BETWEEN 0 AND 100),
      version          INTEGER NOT NULL DEFAULT 1,
      created_at       TEXT NOT NULL,
      updated_at       TEXT NOT NULL,
      deleted_at       TEXT
    ) STRICT;

    -- Partial indexes over live customers serve the list (customers/listPlan.ts, listQuery.ts);
    -- the Trash is small and scanned. The list's order is the sort column, then num: a
    -- one-column index (the rowid appended) walks it directly. Name-sorted lists filtered by
    -- country or region walk (country | region, name_sort) ranges, since Chinese names sort
    -- after Latin ones and walking the name index for "China" would pass every Latin name
    -- first; the region index has the country to test it too. customers_filters has every
    -- filter column, so counts with several filters read no customer rows; customers_names
    -- sorts search matches (row numbers) by name without reading their rows either.
    CREATE INDEX customers_by_name         ON customers (name_sort, num) WHERE deleted_at IS NULL;
    CREATE INDEX customers_names           ON customers (num, name_sort) WHERE deleted_at IS NULL;
    CREATE INDEX customers_filters         ON customers (kinds, screening_status, industry, country, region) WHERE deleted_at IS NULL;
    CREATE INDEX customers_by_industry     ON customers (industry) WHERE deleted_at IS NULL;
    CREATE INDEX customers_by_country      ON customers (country) WHERE deleted_at IS NULL;
    CREATE INDEX customers_by_country_name ON customers (country, name_sort) WHERE deleted_at IS NULL;
    CREATE INDEX customers_by_region       ON customers (region, name_sort, country) WHERE deleted_at IS NULL;
    CREATE INDEX customers_by_city         ON customers (city) WHERE deleted_at IS NULL;
    CREATE INDEX customers_by_screening    ON customers (screening_status) WHERE deleted_at IS NULL;
    CREATE INDEX customers_by_created      ON customers (created_at) WHERE deleted_at IS NULL;
    CREATE INDEX customers_by_updated      ON customers (updated_at) WHERE deleted_at IS NULL;
    CREATE INDEX customers_by_complete     ON customers (completeness) WHERE deleted_at IS NULL;
    CREATE INDEX customers_deleted         ON customers (deleted_at) WHERE deleted_at IS NOT NULL;

    CREATE TABLE contacts (
      id          TEXT PRIMARY KEY,
      customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      position    INTEGER NOT NULL,
      name        TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
      title       TEXT,
      phone       TEXT,
      email       TEXT,
      messaging   TEXT,
      notes       TEXT,
      created_at  TEXT NOT NULL,
      updated_at  TEXT NOT NULL
    ) STRICT;
    CREATE INDEX contacts_by_customer ON contacts (customer_id, position);

    CREATE TABLE customer_tags (
      tag         TEXT NOT NULL,
      customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      created_at  TEXT NOT NULL,
      PRIMARY KEY (tag, customer_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX customer_tags_by_customer ON customer_tags (customer_id);

    -- Derived: normalised name / email / domain / phone keys for duplicate warnings.
    CREATE TABLE dedupe_keys (
      key         TEXT NOT NULL,
      customer_id TEXT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
      PRIMARY KEY (key, customer_id)
    ) STRICT, WITHOUT ROWID;
    CREATE INDEX dedupe_keys_by_customer ON dedupe_keys (customer_id);

    -- Derived search indexes, rowid = customers.num. Trigram serves fragments of 3+
    -- characters; it cannot match shorter ones, so a second index holds every 2-character
    -- fragment of names and tags (2-character Chinese names and fragments are common).
    CREATE VIRTUAL TABLE customer_search USING fts5 (
      body, tokenize = 'trigram remove_diacritics 1', content = '', contentless_delete = 1
    );
    CREATE VIRTUAL TABLE customer_search_short USING fts5 (
      grams, tokenize = 'unicode61 remove_diacritics 2', content = '', contentless_delete = 1
    );
  `,
};
