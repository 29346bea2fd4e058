import { AUDIT_TRIGGER_PREFIX } from '../store/migrations/006_audit';
import type { Db } from '../store/openDatabase';
import { suspendTriggers, triggersNamed } from '../store/suspendTriggers';

/**
 * Drops the audit triggers (migration 006) — all of them, or those named in `only` (without
 * the prefix) — for a bulk load that needs no history (the demo generator) or records it
 * set-based (bulkInsertAudit.ts), and returns a function that creates them again exactly as
 * they were. Inside a transaction a rollback restores them too.
 */
export function suspendAuditTriggers(db: Db, only?: readonly string[]): () => void {
  const names = triggersNamed(db, AUDIT_TRIGGER_PREFIX).filter((n) => !only || only.includes(n.slice(AUDIT_TRIGGER_PREFIX.length)));
  return suspendTriggers(db, names);
}
