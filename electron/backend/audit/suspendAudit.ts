import { AUDIT_TRIGGER_PREFIX } from '../store/migrations/006_audit';
import type { Db } from '../store/openDatabase';

/**
 * Drops the audit triggers (migration 006) for a bulk load that needs no history — the demo
 * generator — and returns a function that creates them again exactly as they were. Inside a
 * transaction a rollback restores them too.
 */
export function suspendAuditTriggers(db: Db): () => void {
  const triggers = db
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE ? ESCAPE '\\' ORDER BY rowid")
    .all(`${AUDIT_TRIGGER_PREFIX.replace(/_/g, '\\_')}%`) as { name: string; sql: string }[];
  for (const t of triggers) db.exec(`DROP TRIGGER "${t.name.replace(/"/g, '""')}"`);
  return () => {
    for (const t of triggers) db.exec(t.sql);
  };
}
