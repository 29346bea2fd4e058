// The demo generator's second thread (job kind 'demo.part', run by the job worker entry).
// It makes the customers — the same sequence as the main thread would, from the same seed —
// and writes their customer, contact and tag rows, then those tables' indexes, into a private
// "part" database that the main thread copies into the workspace at the end (INSERT … SELECT,
// which SQLite turns into a record-by-record B-tree copy). What the search and duplicate
// rows are made of goes to the main thread batch by batch over a BroadcastChannel, so that
// the two halves of the work run at the same time on two cores.
//
// The main thread never returns to its event loop while it waits (generateDemo is
// synchronous): it follows this thread through shared memory (jobs/partThread.ts). States:
// Running once started, then Done (rows and indexes written), Failed or Stopped (the cancel
// flag) — always with the part database closed.

import Database from 'better-sqlite3';
import type { JobContext } from '../jobs/jobTypes';
import { PartSide, PartState, type PartLinkArgs } from '../jobs/partThread';
import { CustomerMaker } from './demoCustomers';
import { addToBatch, batchSize, documents, emptyBatch, RowWriter, type DocumentBatch, type SourceBatch } from './demoRows';
import { Random } from './random';

/** The channel (PartLinkArgs) carries the batches. */
export interface DemoPartArgs extends PartLinkArgs {
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
}

/** A batch on the channel (besides { error } if the part fails, see PartSide.fail). */
export type PartMessage = SourceBatch | DocumentBatch;

class Stop extends Error {}

export function demoPart(args: DemoPartArgs, ctx: JobContext): { customers: number } {
  const side = new PartSide<PartMessage>(args);
  let db: Database.Database | null = null;
  try {
    side.signal(PartState.Running);
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
        side.post(asDocuments ? documents(batch) : batch);
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
    side.signal(PartState.Done);
    return { customers: args.customers };
  } catch (e) {
    if (db?.open) db.close();
    if (e instanceof Stop) {
      side.signal(PartState.Stopped);
      return { customers: 0 };
    }
    side.fail(e);
    throw e;
  } finally {
    side.close();
  }
}
