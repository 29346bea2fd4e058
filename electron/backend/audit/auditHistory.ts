import type { z } from 'zod';
import type { AuditChange, AuditHistoryInput, AuditPage } from '../../../shared/api/audit';
import type { AuditAction, AuditTable } from '../../../shared/domain/audit';
import type { Db } from '../store/openDatabase';
import { presentField, REFERENCE_FIELDS, type StoredField } from './auditFields';

export interface ChangeRow {
  id: number;
  table_name: AuditTable;
  record_id: string;
  customer_id: string | null;
  action: AuditAction;
  version: number | null;
  at: string;
  who: string | null;
}

export type LogRow = StoredField & { change_id: number };

export function changeRow(db: Db, id: number): ChangeRow | undefined {
  return db.prepare('SELECT * FROM audit_changes WHERE id = ?').get(id) as ChangeRow | undefined;
}

export function fieldsOf(db: Db, changeIds: readonly number[]): LogRow[] {
  return db
    .prepare('SELECT change_id, field, old_value, new_value FROM audit_log WHERE change_id IN (SELECT value FROM json_each(?)) ORDER BY id')
    .all(JSON.stringify(changeIds)) as LogRow[];
}

/** The id of the record's newest change (undo is only offered for it). */
export function lastChangeId(db: Db, table: AuditTable, recordId: string): number | null {
  return (db.prepare('SELECT max(id) FROM audit_changes WHERE table_name = ? AND record_id = ?').pluck().get(table, recordId) as
    | number
    | null) ?? null;
}

/** The record's version now (null: it has none, or it no longer exists). */
export function currentVersion(db: Db, table: AuditTable, recordId: string): number | null | undefined {
  const sql: Partial<Record<AuditTable, string>> = {
    customer: 'SELECT version FROM customers WHERE id = ?',
    participation: 'SELECT version FROM participations WHERE id = ?',
    interaction: 'SELECT version FROM interactions WHERE id = ?',
    relationship: "SELECT version FROM relationships WHERE customer_id || '/' || exhibition_id = ?",
  };
  const q = sql[table];
  if (!q) return null;
  return db.prepare(q).pluck().get(recordId) as number | undefined;
}

/**
 * Whether `c` (with its fields) can be undone now: its record's newest change, and either an
 * edit of the record unchanged since, or the deletion of a participation or interaction (put
 * back from the values it kept) whose id is still free.
 */
function undoable(db: Db, c: ChangeRow, fields: LogRow[]): boolean {
  if (c.action === 'delete') {
    if (c.table_name !== 'participation' && c.table_name !== 'interaction') return false;
    if (lastChangeId(db, c.table_name, c.record_id) !== c.id) return false;
    return currentVersion(db, c.table_name, c.record_id) === undefined && fields.some((f) => f.field === '_record');
  }
  if (c.action !== 'update') return false;
  if (lastChangeId(db, c.table_name, c.record_id) !== c.id) return false;
  if (c.table_name === 'settings') return true;
  const v = currentVersion(db, c.table_name, c.record_id);
  if (v === undefined || v !== c.version) return false;
  return c.table_name !== 'relationship' || fields.some((f) => f.field === 'stage');
}

/** Names of referenced records (editions, customers, exhibitions) and labels of the records changed. */
function names(db: Db, ids: string[]): Map<string, string> {
  const json = JSON.stringify([...new Set(ids)]);
  const rows = db
    .prepare(
      `SELECT id, name FROM editions WHERE id IN (SELECT value FROM json_each(@ids))
       UNION ALL SELECT id, company_name FROM customers WHERE id IN (SELECT value FROM json_each(@ids))
       UNION ALL SELECT id, name FROM exhibitions WHERE id IN (SELECT value FROM json_each(@ids))`,
    )
    .all({ ids: json }) as { id: string; name: string }[];
  return new Map(rows.map((r) => [r.id, r.name]));
}

function labels(db: Db, rows: ChangeRow[]): Map<string, string> {
  const out = new Map<string, string>();
  const ids = (t: AuditTable) => JSON.stringify([...new Set(rows.filter((r) => r.table_name === t).map((r) => r.record_id))]);
  const add = (sql: string, t: AuditTable) => {
    for (const r of db.prepare(sql).all(ids(t)) as { id: string; label: string }[]) out.set(`${t}:${r.id}`, r.label);
  };
  add(
    `SELECT p.id, e.name AS label FROM participations p JOIN editions e ON e.id = p.edition_id
      WHERE p.id IN (SELECT value FROM json_each(?))`,
    'participation',
  );
  add(`SELECT id, substr(summary, 1, 80) AS label FROM interactions WHERE id IN (SELECT value FROM json_each(?))`, 'interaction');
  add(
    `SELECT r.customer_id || '/' || r.exhibition_id AS id, x.name AS label FROM relationships r JOIN exhibitions x ON x.id = r.exhibition_id
      WHERE r.customer_id || '/' || r.exhibition_id IN (SELECT value FROM json_each(?))`,
    'relationship',
  );
  return out;
}

/**
 * A record's changes, newest first; a customer's include its participations', interactions'
 * and stages'; settings with id '*': every setting's (the Settings page).
 */
export function auditHistory(db: Db, input: z.output<typeof AuditHistoryInput>): AuditPage {
  const before = input.cursor ?? Number.MAX_SAFE_INTEGER;
  const rows = (
    input.table === 'customer'
      ? db.prepare('SELECT * FROM audit_changes WHERE customer_id = ? AND id < ? ORDER BY id DESC LIMIT ?').all(input.id, before, input.limit + 1)
      : input.table === 'settings' && input.id === '*'
        ? db.prepare("SELECT * FROM audit_changes WHERE table_name = 'settings' AND id < ? ORDER BY id DESC LIMIT ?").all(before, input.limit + 1)
        : db
          .prepare('SELECT * FROM audit_changes WHERE table_name = ? AND record_id = ? AND id < ? ORDER BY id DESC LIMIT ?')
          .all(input.table, input.id, before, input.limit + 1)
  ) as ChangeRow[];
  const more = rows.length > input.limit;
  const page = rows.slice(0, input.limit);
  const logs = fieldsOf(db, page.map((r) => r.id));
  const byChange = new Map<number, LogRow[]>();
  for (const l of logs) byChange.set(l.change_id, [...(byChange.get(l.change_id) ?? []), l]);
  const refIds = logs
    .filter((l) => REFERENCE_FIELDS.has(l.field))
    .flatMap((l) => [l.old_value, l.new_value])
    .filter((v): v is string => typeof v === 'string');
  const refNames = names(db, refIds);
  const label = labels(db, page);
  const changes: AuditChange[] = page.map((c) => {
    const f = byChange.get(c.id) ?? [];
    return {
      id: c.id,
      table: c.table_name,
      recordId: c.record_id,
      action: c.action,
      at: c.at,
      who: c.who,
      label: label.get(`${c.table_name}:${c.record_id}`) ?? null,
      fields: f.map((x) => presentField(c.table_name, x, refNames)),
      undoable: undoable(db, c, f),
    };
  });
  return { changes, nextCursor: more ? page[page.length - 1]!.id : null };
}
