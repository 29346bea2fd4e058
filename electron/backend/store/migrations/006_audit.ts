import type { Migration } from './types';

// The audit trail (issue 7 item 5): every change to a customer (with its contacts and tags),
// participation, interaction, stage or user-facing setting, recorded by triggers in the
// database itself, so no write path — service, import, CLI, a future one — can forget it, and
// a rolled-back write leaves no trace (the audit rows roll back with it).
//
// One change = one row of audit_changes (who, when, which record, its version after the
// change); the fields it changed are rows of audit_log (field, old, new). Inserts write one
// change row and no field rows (the record itself is the "new" value; imports and bulk writes
// stay cheap); an UPDATE writes one field row per column that changed (OLD IS NOT NEW); deletes
// of participations and interactions keep the old row as JSON in one field row ('_record').
//
// Who: the staff name in the settings ('staffName'). When: the record's updated_at (or the
// transition's created_at), which the services set from ctx.now() — tests with a fixed clock
// see their clock; deletes use the database clock.
//
// Contacts and tags are part of the customer: their changes are field rows ('contact' with the
// contact as JSON, 'tag') of the customer's change at the customer's current version — the
// change customers.update just recorded, or a new one if only contacts/tags changed. Changes
// made while the customer is being created (same version as its 'insert' change) add nothing.
//
// Purging a customer for good deletes its history with it; cascaded deletes of its
// participations, interactions, contacts and tags record nothing (the customer is gone first).
//
// The demo generator drops these triggers (prefix AUDIT_TRIGGER_PREFIX) for its bulk load and
// recreates them from auditTriggersSql(): generated data has no history.

export const AUDIT_TRIGGER_PREFIX = 'audit_trg_';

/** Settings keys whose changes are audited (the rest are internal bookkeeping: clocks, flags). */
export const AUDITED_SETTINGS = [
  'currency', 'organisationName', 'staffName', 'trashRetentionDays', 'valuationSettings',
  'lifecycleThresholds', 'backupFolder', 'backupRetention',
] as const;

/** Audited columns per table (identity, derived columns, version and timestamps are not). */
export const AUDITED_COLUMNS = {
  customers: [
    'company_name', 'legal_name', 'kinds', 'partner_type', 'industry', 'main_business', 'products', 'size_band',
    'scale_notes', 'country', 'region', 'city', 'address', 'website', 'phone', 'email', 'source', 'notes',
    'screening_status', 'screening_note', 'screened_by', 'screened_at', 'referred_by', 'negative_wom_at',
    'negative_wom_note', 'deleted_at',
  ],
  participations: [
    'customer_id', 'edition_id', 'role', 'stand_number', 'hall', 'stand_area', 'stand_type', 'list_price',
    'price_charged', 'other_revenue', 'status', 'status_at', 'cancel_reason', 'satisfaction', 'intent_to_return',
    'feedback', 'leads', 'meetings', 'notes',
  ],
  interactions: [
    'customer_id', 'at', 'type', 'direction', 'staff', 'edition_id', 'summary', 'outcome', 'cost', 'follow_up_on',
    'complaint_state', 'resolved_at',
  ],
} as const;

const CONTACT_COLUMNS = ['name', 'title', 'phone', 'email', 'messaging', 'notes'] as const;

/** Who made a change: the staff name in the settings (also used by the bulk import's set-based rows). */
export const AUDIT_WHO_SQL = `(SELECT json_extract(value, '$') FROM settings WHERE key = 'staffName')`;
const WHO = AUDIT_WHO_SQL;
const DB_NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;
const LAST_CHANGE = `(SELECT max(id) FROM audit_changes)`;

const anyChanged = (cols: readonly string[]) => cols.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ');
const fieldRows = (cols: readonly string[]) =>
  cols.map((c) => `SELECT '${c}' AS f, OLD.${c} AS o, NEW.${c} AS n`).join(' UNION ALL ');
const jsonOf = (alias: 'OLD' | 'NEW', cols: readonly string[]) =>
  `json_object(${cols.map((c) => `'${c}', ${alias}.${c}`).join(', ')})`;

function recordTriggers(table: 'participations' | 'interactions', kind: string): string {
  const cols = AUDITED_COLUMNS[table];
  const p = `${AUDIT_TRIGGER_PREFIX}${table}`;
  return `
    CREATE TRIGGER ${p}_insert AFTER INSERT ON ${table} BEGIN
      INSERT INTO audit_changes (table_name, record_id, customer_id, action, version, at, who)
      VALUES ('${kind}', NEW.id, NEW.customer_id, 'insert', NEW.version, NEW.created_at, ${WHO});
    END;
    CREATE TRIGGER ${p}_update AFTER UPDATE ON ${table} WHEN ${anyChanged(cols)} BEGIN
      INSERT INTO audit_changes (table_name, record_id, customer_id, action, version, at, who)
      VALUES ('${kind}', NEW.id, NEW.customer_id, 'update', NEW.version, NEW.updated_at, ${WHO});
      INSERT INTO audit_log (change_id, field, old_value, new_value)
      SELECT ${LAST_CHANGE}, f, o, n FROM (${fieldRows(cols)}) WHERE o IS NOT n;
    END;
    -- A cascade from a customer purged for good records nothing (its history goes with it).
    CREATE TRIGGER ${p}_delete AFTER DELETE ON ${table}
      WHEN EXISTS (SELECT 1 FROM customers WHERE id = OLD.customer_id) BEGIN
      INSERT INTO audit_changes (table_name, record_id, customer_id, action, version, at, who)
      VALUES ('${kind}', OLD.id, OLD.customer_id, 'delete', NULL, ${DB_NOW}, ${WHO});
      INSERT INTO audit_log (change_id, field, old_value, new_value)
      VALUES (${LAST_CHANGE}, '_record', ${jsonOf('OLD', cols)}, NULL);
    END;`;
}

// The customer's change a contact/tag change belongs to: its latest change if that is at the
// customer's current version, else a new 'update' change at that version.
const ensureCustomerChange = (customerId: string) => `
      INSERT INTO audit_changes (table_name, record_id, customer_id, action, version, at, who)
      SELECT 'customer', c.id, c.id, 'update', c.version, c.updated_at, ${WHO}
        FROM customers c
       WHERE c.id = ${customerId}
         AND NOT EXISTS (SELECT 1 FROM audit_changes a
                          WHERE a.id = (SELECT max(id) FROM audit_changes WHERE table_name = 'customer' AND record_id = c.id)
                            AND a.version = c.version);`;
const customerChangeFor = (customerId: string) =>
  `(SELECT a.id FROM audit_changes a
     WHERE a.id = (SELECT max(id) FROM audit_changes WHERE table_name = 'customer' AND record_id = ${customerId})
       AND a.action = 'update')`;

function partTriggers(): string {
  const p = AUDIT_TRIGGER_PREFIX;
  const contactJson = (alias: 'OLD' | 'NEW') =>
    `json_object('id', ${alias}.id, 'position', ${alias}.position, ${CONTACT_COLUMNS.map((c) => `'${c}', ${alias}.${c}`).join(', ')})`;
  const partOf = (event: string, customerId: string, old: string, neu: string, when = 'TRUE') => `
    CREATE TRIGGER ${p}${event} WHEN (${when}) AND EXISTS (SELECT 1 FROM customers WHERE id = ${customerId}) BEGIN
      ${ensureCustomerChange(customerId)}
      INSERT INTO audit_log (change_id, field, old_value, new_value)
      SELECT x.id, '${event.startsWith('contacts') ? 'contact' : 'tag'}', ${old}, ${neu}
        FROM (SELECT ${customerChangeFor(customerId)} AS id) AS x
       WHERE x.id IS NOT NULL;
    END;`;
  return [
    partOf('contacts_insert AFTER INSERT ON contacts', 'NEW.customer_id', 'NULL', contactJson('NEW')),
    partOf('contacts_update AFTER UPDATE ON contacts', 'NEW.customer_id', contactJson('OLD'), contactJson('NEW'), anyChanged(CONTACT_COLUMNS)),
    partOf('contacts_delete AFTER DELETE ON contacts', 'OLD.customer_id', contactJson('OLD'), 'NULL'),
    partOf('tags_insert AFTER INSERT ON customer_tags', 'NEW.customer_id', 'NULL', 'NEW.tag'),
    partOf('tags_delete AFTER DELETE ON customer_tags', 'OLD.customer_id', 'OLD.tag', 'NULL'),
  ].join('\n');
}

/** Every audit trigger, as SQL (the migration creates them; the demo recreates them after its load). */
export function auditTriggersSql(): string {
  const p = AUDIT_TRIGGER_PREFIX;
  const cust = AUDITED_COLUMNS.customers;
  const settingsKeys = AUDITED_SETTINGS.map((k) => `'${k}'`).join(', ');
  return `
    CREATE TRIGGER ${p}customers_insert AFTER INSERT ON customers BEGIN
      INSERT INTO audit_changes (table_name, record_id, customer_id, action, version, at, who)
      VALUES ('customer', NEW.id, NEW.id, 'insert', NEW.version, NEW.created_at, ${WHO});
    END;
    CREATE TRIGGER ${p}customers_update AFTER UPDATE ON customers WHEN ${anyChanged(cust)} BEGIN
      INSERT INTO audit_changes (table_name, record_id, customer_id, action, version, at, who)
      VALUES ('customer', NEW.id, NEW.id, 'update', NEW.version, NEW.updated_at, ${WHO});
      INSERT INTO audit_log (change_id, field, old_value, new_value)
      SELECT ${LAST_CHANGE}, f, o, n FROM (${fieldRows(cust)}) WHERE o IS NOT n;
    END;
    -- Purged for good (the Trash emptied or expired): its history goes with it.
    CREATE TRIGGER ${p}customers_delete AFTER DELETE ON customers BEGIN
      DELETE FROM audit_log WHERE change_id IN (SELECT id FROM audit_changes WHERE customer_id = OLD.id);
      DELETE FROM audit_changes WHERE customer_id = OLD.id;
    END;
    ${partTriggers()}
    ${recordTriggers('participations', 'participation')}
    ${recordTriggers('interactions', 'interaction')}
    -- A stage move is a new transition (they are immutable): the relationship's change. The
    -- first transition is the relationship's creation.
    CREATE TRIGGER ${p}stage_transitions_insert AFTER INSERT ON stage_transitions BEGIN
      INSERT INTO audit_changes (table_name, record_id, customer_id, action, version, at, who)
      VALUES ('relationship', NEW.customer_id || '/' || NEW.exhibition_id, NEW.customer_id,
              CASE WHEN NEW.from_stage IS NULL THEN 'insert' ELSE 'update' END,
              (SELECT version FROM relationships WHERE customer_id = NEW.customer_id AND exhibition_id = NEW.exhibition_id),
              NEW.created_at, coalesce(NEW.changed_by, ${WHO}));
      INSERT INTO audit_log (change_id, field, old_value, new_value)
      SELECT ${LAST_CHANGE}, 'stage', NEW.from_stage, NEW.to_stage WHERE NEW.from_stage IS NOT NULL
      UNION ALL
      SELECT ${LAST_CHANGE}, 'reason', NULL, NEW.reason WHERE NEW.from_stage IS NOT NULL AND NEW.reason IS NOT NULL;
    END;
    CREATE TRIGGER ${p}settings_insert AFTER INSERT ON settings WHEN NEW.key IN (${settingsKeys}) BEGIN
      INSERT INTO audit_changes (table_name, record_id, customer_id, action, version, at, who)
      VALUES ('settings', NEW.key, NULL, 'update', NULL, NEW.updated_at, ${WHO});
      INSERT INTO audit_log (change_id, field, old_value, new_value) VALUES (${LAST_CHANGE}, NEW.key, NULL, NEW.value);
    END;
    CREATE TRIGGER ${p}settings_update AFTER UPDATE ON settings
      WHEN NEW.key IN (${settingsKeys}) AND OLD.value IS NOT NEW.value BEGIN
      INSERT INTO audit_changes (table_name, record_id, customer_id, action, version, at, who)
      VALUES ('settings', NEW.key, NULL, 'update', NULL, NEW.updated_at, ${WHO});
      INSERT INTO audit_log (change_id, field, old_value, new_value) VALUES (${LAST_CHANGE}, NEW.key, OLD.value, NEW.value);
    END;
    CREATE TRIGGER ${p}settings_delete AFTER DELETE ON settings WHEN OLD.key IN (${settingsKeys}) BEGIN
      INSERT INTO audit_changes (table_name, record_id, customer_id, action, version, at, who)
      VALUES ('settings', OLD.key, NULL, 'update', NULL, ${DB_NOW}, ${WHO});
      INSERT INTO audit_log (change_id, field, old_value, new_value) VALUES (${LAST_CHANGE}, OLD.key, OLD.value, NULL);
    END;`;
}

export const migration006: Migration = {
  version: 6,
  name: 'audit trail',
  up: `
    -- table_name: 'customer' | 'participation' | 'interaction' | 'relationship' | 'settings';
    -- record_id: the record's id ('customerId/exhibitionId' for a relationship, the key for a
    -- setting); customer_id: the customer it belongs to (the customer page's history), NULL
    -- for settings; version: the record's version after the change (undo checks it).
    CREATE TABLE audit_changes (
      id          INTEGER PRIMARY KEY,
      table_name  TEXT NOT NULL,
      record_id   TEXT NOT NULL,
      customer_id TEXT,
      action      TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
      version     INTEGER,
      at          TEXT NOT NULL,
      who         TEXT
    ) STRICT;
    CREATE INDEX audit_changes_by_record ON audit_changes (table_name, record_id, id);
    CREATE INDEX audit_changes_by_customer ON audit_changes (customer_id, id) WHERE customer_id IS NOT NULL;

    -- Old and new values keep their SQLite type (ANY), so an undo writes back exactly what was there.
    CREATE TABLE audit_log (
      id        INTEGER PRIMARY KEY,
      change_id INTEGER NOT NULL REFERENCES audit_changes (id) ON DELETE CASCADE,
      field     TEXT NOT NULL,
      old_value ANY,
      new_value ANY
    ) STRICT;
    CREATE INDEX audit_log_by_change ON audit_log (change_id);
    ${auditTriggersSql()}
  `,
};
