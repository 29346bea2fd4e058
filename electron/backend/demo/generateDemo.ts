// Fills an empty workspace with realistic demo customers, deterministically for a seed,
// in one transaction: customers, contacts, tags, and the derived search and duplicate
// rows exactly as reindexCustomer() would write them (searchDocument() builds both).

import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { suspendAuditTriggers } from '../audit/suspendAudit';
import { PartLink, PartState } from '../jobs/partThread';
import { SOURCE_WORKER_ENTRY } from '../jobs/sourceWorkerEntry';
import type { Db } from '../store/openDatabase';
import { writeActivity, type ActivityRun } from './demoActivity';
import { assessDemo } from './demoAssessments';
import { CustomerMaker } from './demoCustomers';
import type { DemoPartArgs, PartMessage } from './demoPart';
import { addToBatch, batchSize, documents, emptyBatch, RowWriter, SearchWriter, type DocumentBatch, type SourceBatch } from './demoRows';
import { Random } from './random';

export interface DemoOptions {
  customers: number;
  seed: number;
  /** "Now" of the demo (ISO); dates spread over the four years before it. */
  now?: string;
  /**
   * Whether to split the work over two threads (see generateDemo). By default from
   * PARALLEL_FROM customers on, when a worker entry is known; the result is the same.
   */
  parallel?: boolean;
  /**
   * Entry of a thread that runs job kind 'demo.part' — the job worker's. Needed in the built
   * app (the job passes its own entry); running from the TypeScript sources it defaults to
   * jobs/jobWorker.ts.
   */
  workerEntry?: string;
  /** better-sqlite3 binary for that thread (Electron in development). */
  nativeBinding?: string;
  /**
   * Rate and assess the demo's relationships after the load (demoAssessments.ts). The demo job
   * (app and CLI) asks for it; off by default so tests of the load stay quick.
   */
  assess?: boolean;
}

/** Fixed so that a seed gives the same workspace on any day. */
export const DEMO_DEFAULT_NOW = '2026-03-01T09:00:00.000Z';
/** Customers per progress report, cancellation check and batch of search rows. */
const CHUNK = 1000;
/**
 * Share of the batches whose search documents the other thread works out (the rest are
 * worked out here): this thread also writes the search index, the heavier half otherwise.
 * Measured at 100,000 customers on 2 cores: 0.3 → 9.8 s, 0.5 → 8.9–9.1 s, 0.6 → 7.8–8.2 s,
 * 0.7 → 8.5–8.9 s, 0.8+ → 9.5–9.8 s (the other thread then finishes its indexes late).
 */
const DOCUMENT_SHARE = 0.6;
/** Below this many customers a second thread costs more to start than it saves. */
const PARALLEL_FROM = 20_000;
/** FTS5 pending-data limit during the load (default 1 MiB): fewer, larger segments to merge. */
const LOAD_HASHSIZE = 16 * 1024 * 1024;
const DEFAULT_HASHSIZE = 1024 * 1024;
/** Page cache during the load (KiB): the tables being filled stay in memory. */
const LOAD_CACHE_KIB = 256 * 1024;
/** The tables the second thread fills, copied into the workspace at the end. */
const PART_TABLES = ['customers', 'contacts', 'customer_tags'];
/** How long the second thread may take to start before this one does all the work alone. */
const PART_START_MS = 30_000;
/** How long the second thread may go without a sign of life before the demo fails. */
const PART_STALL_MS = 120_000;
/** How long a stopping second thread may take to close its part file (it checks between batches). */
const PART_STOP_MS = 10_000;
/**
 * Indexes whose keys arrive in ascending order during a single-thread load (ids are
 * time-ordered UUIDv7, creation dates ascend with the row number): they stay and are
 * appended to. The others are dropped for the load and rebuilt with one sort each.
 */
const APPEND_ORDERED = new Set([
  'customers_by_created', 'customers_deleted', 'contacts_by_customer', 'customer_tags_by_customer', 'dedupe_keys_by_customer',
]);


export class DemoCancelled extends Error {
  constructor() {
    super('Demo generation cancelled');
    this.name = 'Cancelled';
  }
}

type Progress = (done: number, total: number, step: string) => void;

export interface DemoResult {
  customers: number;
  contacts: number;
  editions: number;
  participations: number;
  interactions: number;
  /** 2 when the work was split over two threads, else 1. */
  threads: number;
}

/**
 * Writes `opts.customers` demo customers into an empty, migrated workspace, in one
 * transaction. Throws an Error named 'Cancelled' — rolling everything back — when
 * `cancelled()` says so between chunks of 1,000 customers.
 *
 * For speed (100,000 customers in a few seconds, see test/bench), with many customers the
 * work is split over two threads (demoPart.ts): the other thread makes the customers and
 * writes their rows and indexes into a private part file, while this one writes the search
 * and duplicate rows from what it is sent; the part's tables are then copied in whole. And
 * for the load only, the connection runs without a write-ahead log, syncs and foreign-key
 * checks, with a larger cache (all set back afterwards): this is meant for a new workspace
 * no one else has open — an interrupted run can leave it unusable, and demoJob throws such
 * a file away anyway.
 */
export function generateDemo(
  db: Db,
  opts: DemoOptions,
  progress?: Progress,
  cancelled?: () => boolean,
): DemoResult {
  const total = Math.max(0, Math.floor(opts.customers));
  const nowMs = Date.parse(opts.now ?? DEMO_DEFAULT_NOW);
  if (Number.isNaN(nowMs)) throw new Error(`invalid demo date: ${opts.now}`);
  const run: LoadRun = { db, total, seed: opts.seed, nowMs, progress, cancelled: cancelled ?? (() => false) };
  if (db.inTransaction) return db.transaction(() => loadInline(run))();

  assertEmpty(db);
  const restore = loadSettings(db);
  let out: DemoResult;
  try {
    const entry = opts.workerEntry ?? SOURCE_WORKER_ENTRY;
    const parallel = opts.parallel ?? total >= PARALLEL_FROM;
    let result: DemoResult | null = null;
    if (parallel && entry && total > 0) {
      try {
        result = loadParallel(run, entry, opts.nativeBinding);
      } catch (e) {
        if (!(e instanceof PartFailed)) throw e;
        // Rolled back; the thread could not help (it failed to start, say): do it all here.
      }
    }
    result ??= db.transaction(() => loadInline(run))();
    // The demo opens with its value assessed: ratings and snapshots (demoAssessments.ts).
    if (opts.assess && total > 0) {
      // Small demos (the tests' many) stay on one thread: starting a second costs more than it saves.
      const helper = total >= PARALLEL_FROM ? { workerEntry: entry, nativeBinding: opts.nativeBinding } : {};
      assessDemo(db, { seed: opts.seed, customers: total, nowMs, progress, cancelled: run.cancelled, ...helper });
    }
    out = result;
  } catch (e) {
    try {
      restore();
    } catch {
      // After a cancel or a failure the caller throws the file away; what stopped the load is
      // what to report (seen: switching back to WAL refused right after a cancelled two-thread
      // load, which turned "cancelled" into "failed").
    }
    throw e;
  }
  restore();
  return out;
}

interface LoadRun {
  db: Db;
  total: number;
  seed: number;
  nowMs: number;
  progress: Progress | undefined;
  cancelled: () => boolean;
}

function assertEmpty(db: Db): void {
  const existing = db.prepare('SELECT count(*) FROM customers').pluck().get() as number;
  if (existing > 0) throw new Error('demo data needs an empty workspace');
}

/**
 * Connection settings for the load, and a function that puts the previous ones back. The
 * journal switches from WAL to MEMORY (still able to roll back, but with no log to write
 * and checkpoint); foreign keys are off because the rows are consistent by construction and
 * the copy of whole tables (see loadParallel) is only done without them.
 */
function loadSettings(db: Db): () => void {
  const get = (p: string) => db.pragma(p, { simple: true }) as string | number;
  const was = { journal: get('journal_mode'), sync: get('synchronous'), fk: get('foreign_keys'), cache: get('cache_size') };
  const journalChanged = was.journal === 'wal' && get('journal_mode = MEMORY') === 'memory';
  db.pragma('synchronous = OFF');
  db.pragma('foreign_keys = OFF');
  db.pragma(`cache_size = -${LOAD_CACHE_KIB}`);
  return () => {
    db.pragma(`cache_size = ${Number(was.cache)}`);
    db.pragma(`foreign_keys = ${Number(was.fk)}`);
    db.pragma(`synchronous = ${Number(was.sync)}`);
    if (journalChanged) db.pragma('journal_mode = WAL');
  };
}

function setHashsize(db: Db, bytes: number): void {
  for (const t of ['customer_search', 'customer_search_short']) {
    db.exec(`INSERT INTO ${t} (${t}, rank) VALUES ('hashsize', ${bytes})`);
  }
}

/** Everything in this thread, inside the caller's transaction. */
function loadInline(run: LoadRun): DemoResult {
  const { db, total } = run;
  assertEmpty(db);
  // Generated data has no history: the audit triggers are off for the load (issue 7).
  const restoreAudit = suspendAuditTriggers(db);
  const indexes = db
    .prepare(
      `SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL
         AND tbl_name IN ('customers', 'contacts', 'customer_tags', 'dedupe_keys')`,
    )
    .all()
    .filter((ix) => !APPEND_ORDERED.has((ix as { name: string }).name)) as { name: string; sql: string }[];
  for (const ix of indexes) db.exec(`DROP INDEX "${ix.name.replace(/"/g, '""')}"`);
  setHashsize(db, LOAD_HASHSIZE);

  const rows = new RowWriter(db);
  const search = new SearchWriter(db);
  const maker = new CustomerMaker(new Random(run.seed), run.nowMs, Math.max(total, 1));
  let batch = emptyBatch(1);
  let contacts = 0;
  run.progress?.(0, total, 'customers');
  for (let i = 0; i < total; i++) {
    if (i % CHUNK === 0 && i > 0) {
      contacts += search.write(documents(batch));
      batch = emptyBatch(i + 1);
      run.progress?.(i, total, 'customers');
      if (run.cancelled()) throw new DemoCancelled();
    }
    const c = maker.make(i);
    rows.write(c, i + 1);
    addToBatch(batch, c);
  }
  contacts += search.write(documents(batch));
  if (run.cancelled()) throw new DemoCancelled();
  // Reports the step 'indexes' when it builds its own; the customers' follow.
  const activity = writeActivity(db, activityRun(run));
  for (const ix of indexes) db.exec(ix.sql);
  setHashsize(db, DEFAULT_HASHSIZE);
  restoreAudit();
  return { customers: total, contacts, ...activity, threads: 1 };
}

function activityRun(run: LoadRun): ActivityRun {
  return {
    seed: run.seed,
    nowMs: run.nowMs,
    progress: run.progress,
    checkCancelled: () => {
      if (run.cancelled()) throw new DemoCancelled();
    },
  };
}

/** The other thread failed or stopped answering: the caller does the work alone instead. */
class PartFailed extends Error {}

/**
 * The other thread of a two-thread load, seen from this one: starts it, takes its batches,
 * waits for it. Never yields to the event loop (generateDemo is synchronous): it sleeps on
 * the thread's shared state (jobs/partThread.ts).
 */
class PartThread {
  readonly file: string;
  private readonly link: PartLink<PartMessage>;
  private readonly started = Date.now();
  private lastEvent = this.started;
  private events = 0;
  private stopped = false;

  constructor(
    entry: string,
    args: Omit<DemoPartArgs, 'file' | 'channel' | 'state'>,
    dir: string,
    nativeBinding: string | undefined,
    private readonly cancelled: () => boolean,
  ) {
    this.file = path.join(dir, `.demo-part-${randomUUID()}.sqlite`);
    this.link = new PartLink(entry, 'demo.part', { ...args, file: this.file }, nativeBinding);
  }

  private get status(): PartState {
    return this.link.status;
  }

  /** The next batch if one has arrived; throws PartFailed if the thread failed. */
  poll(): SourceBatch | DocumentBatch | undefined {
    const m = this.link.receive();
    if (m && 'error' in m) throw new PartFailed(m.error);
    if (m) return m;
    const s = this.status;
    if (s === PartState.Failed || s === PartState.Stopped) {
      // A message posted just before the state changed.
      const late = this.link.receive();
      if (late && !('error' in late)) return late;
      throw new PartFailed(late && 'error' in late ? late.error : 'stopped');
    }
    if (s === PartState.Starting && Date.now() - this.started > PART_START_MS) throw new PartFailed('did not start');
    return undefined;
  }

  /** Sleeps until the thread's next event; checks for cancelling meanwhile. */
  private awaitEvent(): void {
    for (;;) {
      const now = this.link.events;
      if (now !== this.events) {
        this.events = now;
        this.lastEvent = Date.now();
        return;
      }
      if (this.cancelled()) throw new DemoCancelled();
      if (Date.now() - this.lastEvent > PART_STALL_MS) throw new PartFailed('stopped responding');
      this.link.sleep(now, 100);
    }
  }

  /** The next batch, waiting for it. */
  next(): SourceBatch | DocumentBatch {
    for (;;) {
      const b = this.poll();
      if (b) return b;
      this.awaitEvent();
    }
  }

  /** Waits until the thread has written everything and closed the part file. */
  finish(): void {
    while (this.status === PartState.Running || this.status === PartState.Starting) {
      this.poll();
      this.awaitEvent();
    }
    if (this.status !== PartState.Done) this.poll();
  }

  /**
   * Stops the thread if it still runs and waits (bounded) until it has closed the part file,
   * whose exclusive lock would otherwise make DETACH (and switching back to WAL) fail.
   */
  stop(): void {
    if (this.stopped) return; // waited already (at most once: a thread that did not stop is given up)
    this.stopped = true;
    this.link.stopAndWait(PART_STOP_MS);
  }

  /** Stops the thread if it still runs, letting it close the part file, and deletes that file. */
  close(): void {
    this.stop();
    // A thread that did not stop in time is terminated; one that ended exits by itself.
    this.link.close(true);
    try {
      fs.rmSync(this.file, { force: true });
    } catch {
      // Best effort: a temporary file a thread that did not stop may still hold open.
    }
  }
}

/**
 * The work on two threads; see demoPart.ts for the other side. The other thread makes the
 * customers and writes their rows into a part file; this one writes their search and
 * duplicate rows, then copies the part's tables in. Until the other thread's first batch
 * arrives (starting a thread takes a few hundred milliseconds) this one makes the first
 * customers itself — the same ones, from the same seed — and later skips those batches.
 * Throws PartFailed, having written nothing, if the other thread fails.
 */
function loadParallel(run: LoadRun, entry: string, nativeBinding: string | undefined): DemoResult {
  const { db, total } = run;
  const schema = db
    .prepare(
      `SELECT type, sql FROM sqlite_schema WHERE tbl_name IN (${PART_TABLES.map((t) => `'${t}'`).join(', ')})
         AND type IN ('table', 'index') AND sql IS NOT NULL ORDER BY rowid`,
    )
    .all() as { type: string; sql: string }[];
  const dir = db.memory || !db.name ? os.tmpdir() : path.dirname(path.resolve(db.name));
  const part = new PartThread(
    entry,
    {
      tables: schema.filter((s) => s.type === 'table').map((s) => s.sql),
      indexes: schema.filter((s) => s.type === 'index').map((s) => s.sql),
      customers: total,
      seed: run.seed,
      nowMs: run.nowMs,
      batch: CHUNK,
      documentShare: DOCUMENT_SHARE,
    },
    dir,
    nativeBinding,
    run.cancelled,
  );
  try {
    // Attached before the other thread writes the file (ATTACH is not allowed inside the
    // transaction), and read only after that thread has closed it.
    db.prepare('ATTACH DATABASE ? AS demo_part').run(part.file);
    let loaded: DemoResult;
    try {
      // Deferred: BEGIN IMMEDIATE would also take the write lock of the attached part file,
      // which the other thread is still writing (every other write here begins IMMEDIATE).
      loaded = db.transaction((): DemoResult => {
        assertEmpty(db);
        // Generated data has no history: the audit triggers are off for the load (issue 7).
        const restoreAudit = suspendAuditTriggers(db);
        setHashsize(db, LOAD_HASHSIZE);
        const search = new SearchWriter(db);
        let done = 0;
        let contacts = 0;
        const written = (n: number, k: number) => {
          done += n;
          contacts += k;
          if (done < total) {
            run.progress?.(done, total, 'customers');
            if (run.cancelled()) throw new DemoCancelled();
          }
        };
        run.progress?.(0, total, 'customers');
        // The head start: customers made here until the other thread has sent something.
        const maker = new CustomerMaker(new Random(run.seed), run.nowMs, Math.max(total, 1));
        let pending = part.poll();
        while (!pending && done < total) {
          const batch = emptyBatch(done + 1);
          for (let i = done; i < Math.min(done + CHUNK, total); i++) addToBatch(batch, maker.make(i));
          written(batchSize(batch), search.write(documents(batch)));
          pending = part.poll();
        }
        while (done < total) {
          const b = pending ?? part.next();
          pending = undefined;
          if (b.start <= done) continue; // made here in the head start
          if (b.start !== done + 1) throw new PartFailed('batches out of order');
          const doc = 'ids' in b ? b : documents(b);
          written(doc.ids.length, search.write(doc));
        }
        run.progress?.(total, total, 'indexes');
        // The other thread builds its tables' indexes meanwhile; wait until it is done.
        part.finish();
        // Reading the part's schema table makes this connection see the tables created there.
        const parts = db.prepare('SELECT count(*) FROM demo_part.sqlite_schema').pluck().get() as number;
        if (parts < PART_TABLES.length) throw new PartFailed('the part file is incomplete');
        // Same tables, same indexes, destination empty, no foreign-key checks: SQLite copies
        // the records and index entries as they are, in order, without decoding them.
        for (const t of PART_TABLES) db.exec(`INSERT INTO main.${t} SELECT * FROM demo_part.${t}`);
        const activity = writeActivity(db, activityRun(run));
        setHashsize(db, DEFAULT_HASHSIZE);
        restoreAudit();
        return { customers: total, contacts, ...activity, threads: 2 };
      }).deferred();
    } catch (e) {
      // After a cancel or a failure the other thread may still be writing the part file, under
      // an exclusive lock: DETACH would fail with "database is locked". Wait for it to close
      // the file first. If it does not stop in time, DETACH may still fail; the caller throws
      // the connection and its files away, and what stopped the load is what to report.
      part.stop();
      try {
        db.exec('DETACH DATABASE demo_part');
      } catch {
        // see above
      }
      throw e;
    }
    db.exec('DETACH DATABASE demo_part');
    return loaded;
  } finally {
    part.close();
  }
}
