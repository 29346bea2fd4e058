import Database from 'better-sqlite3';
import { bindingOption } from '../backup/nativeBinding';
import { runThreadJob } from '../jobs/threadJob';
import type { Db } from './openDatabase';

// Moving the write-ahead log of a big commit into the database file, in a thread of its own.
// A commit of 100,000 imported rows left ~2 s of checkpoint (copying the log's pages into the
// file) inside its COMMIT when the connection checkpointed automatically; done here instead, the
// user has the result that much sooner and the backend never waits for it. PASSIVE: it waits
// for nobody, and a connection committing meanwhile skips its own automatic checkpoint (the
// checkpoint lock is taken) instead of blocking on it.

export interface CheckpointResult {
  /** Frames in the log, and how many of them are now in the database file. */
  log: number;
  checkpointed: number;
}

/** The 'workspace.checkpoint' job (runs in the thread). */
export function checkpoint(file: string, nativeBinding?: string): CheckpointResult {
  const db = new Database(file, { fileMustExist: true, ...bindingOption(nativeBinding) });
  try {
    const [r] = db.pragma('wal_checkpoint(PASSIVE)') as { busy: number; log: number; checkpointed: number }[];
    return { log: r?.log ?? 0, checkpointed: r?.checkpointed ?? 0 };
  } finally {
    db.close();
  }
}

const running = new Set<Promise<unknown>>();
let started = 0;
/** Connections whose automatic checkpoints are paused: their own setting, and by how many threads. */
const paused = new WeakMap<Db, { pages: number; count: number }>();
/**
 * A checkpoint thread still running after this is ended (the log is left to the next automatic
 * checkpoint): 580 MB of log took 2.1-2.3 s here, and a restore waits for it.
 */
const CHECKPOINT_TIMEOUT_MS = 120_000;

/** Checkpoint threads started by this process (diagnostics; the tests check who starts one). */
export function checkpointThreadsStarted(): number {
  return started;
}

/**
 * Starts the checkpoint of `file` in a thread of the job worker `entry`. Never rejects: a
 * checkpoint that fails leaves the log to the next automatic one, and nothing is lost either way.
 */
export function checkpointInThread(entry: string, file: string, nativeBinding?: string): Promise<CheckpointResult | null> {
  started++;
  const p = runThreadJob<CheckpointResult>(entry, 'workspace.checkpoint', { file }, { nativeBinding, timeoutMs: CHECKPOINT_TIMEOUT_MS }).catch(() => null);
  running.add(p);
  void p.finally(() => running.delete(p));
  return p;
}

/**
 * Starts the checkpoint of the file of `db` (the backend's connection) in a thread, after a big
 * commit on another connection. Until it ends `db` does not checkpoint on its own commits: the
 * first write after the import would otherwise do the same work here, in the backend's thread.
 */
export function checkpointSoon(db: Db, entry: string, nativeBinding?: string): Promise<CheckpointResult | null> {
  // Closed meanwhile (the user opened another workspace during the import): its close checkpointed.
  if (!db.open) return Promise.resolve(null);
  // Overlapping checkpoints (two big imports in a row) pause once; the last to end resumes.
  const pause = paused.get(db) ?? { pages: db.pragma('wal_autocheckpoint', { simple: true }) as number, count: 0 };
  if (pause.count++ === 0) {
    paused.set(db, pause);
    db.pragma('wal_autocheckpoint = 0');
  }
  return checkpointInThread(entry, db.name, nativeBinding).finally(() => {
    if (--pause.count > 0) return;
    paused.delete(db);
    if (db.open) db.pragma(`wal_autocheckpoint = ${pause.pages}`);
  });
}

/**
 * Resolves when every checkpoint started so far has ended: before a restore swaps the file
 * (the thread's connection would make it look in use) and in tests.
 */
export async function checkpointsSettled(): Promise<void> {
  while (running.size) await Promise.all([...running]);
}
