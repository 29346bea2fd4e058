import type { Db } from './openDatabase';

/**
 * better-sqlite3 is synchronous. While a connection of this thread holds the write lock across
 * awaits (an import's commit, written in steps between which calls are answered), another
 * connection of the same thread that begins a write waits in SQLite's busy handler: the thread
 * sleeps, so the holder cannot go on to release the lock, and the call stalls the whole backend
 * for the busy timeout, then fails. So while such a hold lasts, the file's other connections of
 * this thread give up at once, and the dispatcher waits for the hold to end and runs the call
 * again (dispatcher.ts): a save made during an import is stored when the import is.
 *
 * Connections of other threads and processes are not concerned: there the holder goes on while
 * the waiter sleeps, which is what the busy timeout is for.
 */
export const BUSY_TIMEOUT_MS = 5000;

/** This thread's open connections (pruned of closed ones as new ones come). */
const connections = new Set<Db>();
/** File → the end of the hold on its write lock by a connection of this thread. */
const holds = new Map<string, Promise<void>>();

export function registerConnection(db: Db): void {
  for (const c of connections) if (!c.open) connections.delete(c);
  connections.add(db);
  if (holds.has(db.name)) db.pragma('busy_timeout = 0');
}

function setBusyTimeout(file: string, except: Db, ms: number): void {
  for (const c of connections) {
    if (c === except || !c.open || c.name !== file) continue;
    try {
      c.pragma(`busy_timeout = ${ms}`);
    } catch {
      // Busy running a statement (an iterate() across an await): it keeps its timeout.
    }
  }
}

/** Marks `holder` as holding its file's write lock (after BEGIN IMMEDIATE); returns the release. */
export function holdWriteLock(holder: Db): () => void {
  const file = holder.name;
  let end!: () => void;
  const ended = new Promise<void>((resolve) => (end = resolve));
  holds.set(file, ended);
  setBusyTimeout(file, holder, 0);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (holds.get(file) === ended) holds.delete(file);
    try {
      setBusyTimeout(file, holder, BUSY_TIMEOUT_MS);
    } finally {
      end();
    }
  };
}

/** Lets the thread answer calls between the chunks of a long write. */
export const yieldToCalls = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * `work` in one transaction that holds `db`'s write lock across its awaits (an import's commit,
 * an undo), committed when it resolves and rolled back when it throws; the hold ends either way.
 */
export async function heldTransaction<T>(db: Db, work: () => Promise<T>): Promise<T> {
  db.exec('BEGIN IMMEDIATE');
  let release = () => {};
  try {
    release = holdWriteLock(db);
    const result = await work();
    db.exec('COMMIT');
    return result;
  } catch (e) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw e;
  } finally {
    release();
  }
}

/** Work that must end before the writes put off by a hold run (a commit job's own ending). */
const after = new Map<string, Promise<unknown>>();

/**
 * Writes put off by a hold on `file` wait for `work` too. An import's job ends after its lock:
 * its ending pauses the automatic checkpoint and hands the log to a thread, and a save run
 * before that would checkpoint the whole import's log in the backend's thread.
 */
export function writesAlsoWaitFor(file: string, work: Promise<unknown>): void {
  const settled = work.then(
    () => undefined,
    () => undefined,
  );
  after.set(file, settled);
  void settled.then(() => {
    if (after.get(file) === settled) after.delete(file);
  });
}

/** When a connection of this thread holds `file`'s write lock: the end of that hold (and of its job). */
export function writeLockHeldHere(file: string): Promise<void> | null {
  const hold = holds.get(file);
  if (!hold) return null;
  return hold.then(() => after.get(file)).then(() => undefined);
}

/** SQLite's "busy" or "locked", extended codes too (SQLITE_BUSY_SNAPSHOT, SQLITE_LOCKED_SHAREDCACHE…). */
export function isBusyError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}
