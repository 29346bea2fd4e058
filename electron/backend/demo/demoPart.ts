// The demo generator's second thread (job kind 'demo.part', run by the job worker entry).
// It makes the customers — the same sequence as the main thread would, from the same seed —
// and writes their customer, contact and tag rows, then those tables' indexes, into a private
// "part" database that the main thread copies into the workspace at the end (INSERT … SELECT,
// which SQLite turns into a record-by-record B-tree copy). What the search and duplicate
// rows are made of goes to the main thread batch by batch over a BroadcastChannel, so that
// the two halves of the work run at the same time on two cores.
//
// The main thread never returns to its event loop while it waits (generateDemo is
// synchronous), so everything it must learn goes through shared memory: a counter of events
// (batches posted, state changes) it can sleep on, and the state of this thread.

import { BroadcastChannel } from 'node:worker_threads';
import Database from 'better-sqlite3';
import type { JobContext } from '../jobs/jobTypes';
import { CustomerMaker } from './demoCustomers';
import { addToBatch, batchSize, documents, emptyBatch, RowWriter, type DocumentBatch, type SourceBatch } from './demoRows';
import { Random } from './random';

export interface DemoPartArgs {
  /** The part database to create (a new, private file). */
  file: string;
  /** CREATE TABLE statements of the tables to fill (customers, contacts, customer_tags). */
  tables: string[];
  /** CREATE INDEX statements of those tables, run once the rows are in. */
  indexes: string[];
  customers: number;
  seed: number;
  nowMs: number;
  /** Customers per posted batch. */
  batch: number;
  /**
   * Share (0–1) of the batches posted as DocumentBatches (searchDocument() run here) rather
   * than SourceBatches (run by the receiver): balances the work of the two threads.
   */
  documentShare: number;
  /** Name of the BroadcastChannel the batches go to. */
  channel: string;
  /** Int32Array slots, see PART_EVENTS and PART_STATE. */
  state: SharedArrayBuffer;
}

/** Slot incremented (and notified) on every posted message and state change. */
export const PART_EVENTS = 0;
/** Slot holding one of the PartState values. */
export const PART_STATE = 1;
export const PartState = {
  Starting: 0,
  Running: 1,
  /** Rows and indexes written, part database closed. */
  Done: 2,
  /** Failed; the message was posted as { error }. Part database closed. */
  Failed: 3,
  /** Stopped because the main thread asked (cancel flag). Part database closed. */
  Stopped: 4,
} as const;
export type PartState = (typeof PartState)[keyof typeof PartState];

/** A message on the channel: a batch, or why the part failed. */
export type PartMessage = SourceBatch | DocumentBatch | { error: string };

class Stop extends Error {}

export function demoPart(args: DemoPartArgs, ctx: JobContext): { customers: number } {
  const state = new Int32Array(args.state);
  const channel = new BroadcastChannel(args.channel);
  const signal = (s?: PartState) => {
    if (s !== undefined) Atomics.store(state, PART_STATE, s);
    Atomics.add(state, PART_EVENTS, 1);
    Atomics.notify(state, PART_EVENTS);
  };
  const post = (m: PartMessage) => {
    channel.postMessage(m);
    signal();
  };
  let db: Database.Database | null = null;
  try {
    signal(PartState.Running);
    if (ctx.cancelled()) throw new Stop();
    db = new Database(args.file, ctx.nativeBinding ? { nativeBinding: ctx.nativeBinding } : {});
    // A private file, thrown away if anything goes wrong: no journal, no syncs.
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('foreign_keys = OFF');
    db.pragma('temp_store = MEMORY');
    db.pragma('cache_size = -262144');
    for (const sql of args.tables) db.exec(sql);
    db.exec('BEGIN');
    const rows = new RowWriter(db);
    const maker = new CustomerMaker(new Random(args.seed), args.nowMs, Math.max(args.customers, 1));
    let batch = emptyBatch(1);
    for (let i = 0; i < args.customers; i++) {
      const c = maker.make(i);
      rows.write(c, i + 1);
      addToBatch(batch, c);
      if (batchSize(batch) === args.batch || i === args.customers - 1) {
        const k = Math.floor(i / args.batch);
        const asDocuments = Math.floor((k + 1) * args.documentShare) > Math.floor(k * args.documentShare);
        post(asDocuments ? documents(batch) : batch);
        batch = emptyBatch(i + 2);
        if (ctx.cancelled()) throw new Stop();
      }
    }
    for (const sql of args.indexes) {
      if (ctx.cancelled()) throw new Stop();
      db.exec(sql);
    }
    db.exec('COMMIT');
    db.close();
    signal(PartState.Done);
    return { customers: args.customers };
  } catch (e) {
    if (db?.open) db.close();
    if (e instanceof Stop) {
      signal(PartState.Stopped);
      return { customers: 0 };
    }
    post({ error: e instanceof Error ? e.message : String(e) });
    signal(PartState.Failed);
    throw e;
  } finally {
    channel.close();
  }
}
