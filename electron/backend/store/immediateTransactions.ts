import type Database from 'better-sqlite3';

/**
 * Makes `db.transaction(fn)()` begin with BEGIN IMMEDIATE instead of a deferred BEGIN.
 *
 * Why: in WAL mode a deferred transaction starts as a reader; when it then writes after
 * another connection (a second window, the CLI, a job's thread) committed meanwhile, SQLite
 * cannot upgrade it and fails at once with SQLITE_BUSY_SNAPSHOT — the busy timeout does not
 * apply. Taking the write lock up front makes writers queue behind each other (waiting up to
 * the busy timeout) and their reads see the latest data. Transactions that only read ask for
 * `.deferred()` explicitly, so they never hold the write lock.
 */
export function defaultToImmediate(db: Database.Database): void {
  const make = db.transaction.bind(db);
  const transaction = <F extends (...args: never[]) => unknown>(fn: F): Database.Transaction<F> => {
    const t = make(fn);
    const immediate = t.immediate as unknown as (...args: unknown[]) => unknown;
    const run = ((...args: unknown[]) => immediate(...args)) as unknown as Database.Transaction<F>;
    run.default = t.immediate;
    run.deferred = t.deferred;
    run.immediate = t.immediate;
    run.exclusive = t.exclusive;
    return run;
  };
  (db as unknown as { transaction: typeof transaction }).transaction = transaction;
}
