import { AUDIT_TRIGGER_PREFIX } from '../store/migrations/006_audit';
import type { Db } from '../store/openDatabase';

/**
 * Drops the audit triggers (migration 006) — all of them, or those named in `only` (without
 * the prefix) — for a bulk load that needs no history (the demo generator) or records it
 * set-based (bulkInsertAudit.ts), and returns a function that creates them again exactly as
 * they were. Inside a transaction a rollback restores them too.
 */
export function suspendAuditTriggers(db: Db, only?: readonly string[]): () => void {
  const triggers = (
    db
      .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE ? ESCAPE '\\' ORDER BY rowid")
      .all(`${AUDIT_TRIGGER_PREFIX.replace(/_/g, '\\_')}%`) as { name: string; sql: string }[]
  ).filter((t) => !only || only.includes(t.name.slice(AUDIT_TRIGGER_PREFIX.length)));
  for (const t of triggers) db.exec(`DROP TRIGGER "${t.name.replace(/"/g, '""')}"`);
  return () => {
    for (const t of triggers) db.exec(t.sql);
  };
}
