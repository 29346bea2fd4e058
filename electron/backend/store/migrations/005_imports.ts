import type { Migration } from './types';

// Spreadsheet imports (issue 6): each committed import is a batch; the records it created or
// changed are listed so the batch can be undone in one step; mapping templates remember how
// a file's columns were mapped, found again by the file's header signature.
export const migration005: Migration = {
  version: 5,
  name: 'import batches, batch records, mapping templates',
  up: `
    CREATE TABLE import_batches (
      id           TEXT PRIMARY KEY,
      file_name    TEXT NOT NULL,
      sheet        TEXT,
      edition_id   TEXT REFERENCES editions (id) ON DELETE SET NULL,
      rows_read    INTEGER NOT NULL DEFAULT 0,
      created      INTEGER NOT NULL DEFAULT 0,
      updated      INTEGER NOT NULL DEFAULT 0,
      skipped      INTEGER NOT NULL DEFAULT 0,
      rejected     INTEGER NOT NULL DEFAULT 0,
      participations INTEGER NOT NULL DEFAULT 0,
      created_by   TEXT,
      created_at   TEXT NOT NULL,
      undone_at    TEXT,
      undo_kept    INTEGER
    ) STRICT;
    CREATE INDEX import_batches_by_created ON import_batches (created_at);

    -- What a batch did, record by record. kind: customer | participation | relationship
    -- (relationship ids are "customerId|exhibitionId"). version: the record's version right
    -- after the import — a different version at undo time means someone edited it since, and
    -- the undo keeps it. before: the record as it was (JSON) for 'updated' ones.
    CREATE TABLE import_batch_records (
      batch_id  TEXT NOT NULL REFERENCES import_batches (id) ON DELETE CASCADE,
      kind      TEXT NOT NULL CHECK (kind IN ('customer', 'participation', 'relationship')),
      record_id TEXT NOT NULL,
      action    TEXT NOT NULL CHECK (action IN ('created', 'updated')),
      version   INTEGER,
      before    TEXT,
      PRIMARY KEY (batch_id, kind, record_id)
    ) STRICT, WITHOUT ROWID;

    -- signature: the file's headers, normalised, joined (columnMapping.normaliseHeader).
    -- mapping: JSON object header signature part → field, so a template still applies when
    -- the same columns come in another order.
    CREATE TABLE import_templates (
      id         TEXT PRIMARY KEY,
      name       TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(name) BETWEEN 1 AND 100),
      signature  TEXT NOT NULL,
      headers    TEXT NOT NULL,
      mapping    TEXT NOT NULL,
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;
    CREATE INDEX import_templates_by_signature ON import_templates (signature, updated_at);
  `,
};
