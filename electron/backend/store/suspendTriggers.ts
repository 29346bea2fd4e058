import type { Db } from './openDatabase';

/**
 * Drops the named triggers for a bulk write that does their work itself (set-based, or not at
 * all), and returns a function that creates them again exactly as they were (from their stored
 * SQL). Inside a transaction a rollback restores them too. Names that do not exist are ignored.
 */
export function suspendTriggers(db: Db, names: readonly string[]): () => void {
  const find = db.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?");
  const triggers = names.map((n) => find.get(n) as { name: string; sql: string } | undefined).filter((t) => t !== undefined);
  for (const t of triggers) db.exec(`DROP TRIGGER "${t.name.replace(/"/g, '""')}"`);
  return () => {
    for (const t of triggers) db.exec(t.sql);
  };
}

/** The names of the triggers whose names start with `prefix`, oldest first. */
export function triggersNamed(db: Db, prefix: string): string[] {
  return db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND name LIKE ? ESCAPE '\\' ORDER BY rowid")
    .pluck()
    .all(`${prefix.replace(/[_%\\]/g, '\\$&')}%`) as string[];
}
