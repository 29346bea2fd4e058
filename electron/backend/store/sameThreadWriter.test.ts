import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempBackend } from '../../../test/helpers/tempBackend';
import { LifecycleRefresher } from '../lifecycle/refreshScheduler';
import { openDatabase, type Db } from './openDatabase';
import { JobRunner } from '../jobs/jobRunner';
import { holdWriteLock, writesAlsoWaitFor } from './sameThreadWriter';

// A connection of the backend's own thread holding the write lock across awaits (as an import's
// commit does): the backend's writes meanwhile neither stall the thread nor fail.

let t: ReturnType<typeof tempBackend>;
let holder: Db | null = null;
afterEach(() => {
  if (holder?.open) {
    if (holder.inTransaction) holder.exec('ROLLBACK');
    holder.close();
  }
  holder = null;
  t?.cleanup();
});

function hold(): () => void {
  holder = openDatabase(t.file);
  holder.exec('BEGIN IMMEDIATE');
  return holdWriteLock(holder);
}

const timeoutOf = (db: Db) => db.pragma('busy_timeout', { simple: true });

describe('a write lock held by a connection of this thread', () => {
  it('makes a call that writes wait for the hold to end, then run: nothing lost, no busy answer', async () => {
    t = tempBackend();
    const release = hold();
    expect(timeoutOf(t.db())).toBe(0); // refused at once, not after the thread slept 5 s
    let answered = false;
    const call = t.raw('customers.create', { companyName: 'Walk-in Ltd' }).then((r) => ((answered = true), r));
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    expect(answered).toBe(false);
    // Reads go on meanwhile.
    expect((await t.call('customers.list', { limit: 1 })).total).toBe(0);

    holder!.exec('COMMIT');
    release();
    const r = await call;
    expect(r.ok ? null : r.error).toBeNull();
    expect((await t.call('customers.list', { limit: 1 })).total).toBe(1);
    expect(timeoutOf(t.db())).toBe(5000);
    expect(timeoutOf(holder!)).toBe(5000);
  });

  it('a connection opened during the hold gives up at once too', async () => {
    t = tempBackend();
    const release = hold();
    const late = openDatabase(t.file);
    try {
      expect(timeoutOf(late)).toBe(0);
      release();
      expect(timeoutOf(late)).toBe(5000);
    } finally {
      late.close();
    }
  });

  it('puts off the lifecycle refresh until the hold ends, without reporting an error', async () => {
    t = tempBackend();
    await t.call('customers.create', { companyName: 'Acme' });
    await t.call('exhibitions.create', { name: 'Expo' }); // its suggestions are written
    const errors: unknown[] = [];
    const refresher = new LifecycleRefresher(() => t.backend.context(), { delayMs: 60_000, onError: (e) => errors.push(e) });
    try {
      const release = hold();
      refresher.flush();
      expect(errors).toEqual([]);
      expect(refresher.pending).toBe(false);
      holder!.exec('ROLLBACK');
      release();
      await new Promise((r) => setImmediate(r));
      expect(refresher.pending).toBe(true); // scheduled again
    } finally {
      refresher.dispose();
    }
  });

  it('holds a put-off write until the work it also waits for (the import job\'s ending) is done', async () => {
    t = tempBackend();
    const release = hold();
    let jobEnded!: () => void;
    writesAlsoWaitFor(t.file, new Promise<void>((r) => (jobEnded = r)));
    let answered = false;
    const call = t.raw('customers.create', { companyName: 'Walk-in Ltd' }).then((r) => ((answered = true), r));
    await new Promise((r) => setImmediate(r));
    holder!.exec('COMMIT');
    release();
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    expect(answered).toBe(false); // the lock is free, but the job has not ended
    jobEnded();
    expect((await call).ok).toBe(true);
  });

  it('answers busy when another workspace was opened meanwhile, writing in neither', async () => {
    t = tempBackend();
    const release = hold();
    const call = t.raw('customers.create', { companyName: 'Walk-in Ltd' });
    await new Promise((r) => setImmediate(r));
    const second = path.join(t.dir, 'workspaces', 'Second.sqlite');
    t.backend.open(second, { create: true }); // closing the first no longer fails during the hold
    holder!.exec('COMMIT');
    release();
    const r = await call;
    expect(r.ok ? null : r.error.code).toBe('busy');
    expect((await t.call('customers.list', { limit: 1 })).total).toBe(0);
    expect(holder!.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(0);
  });
});

describe('a write lock held by another program (no hold of this thread)', () => {
  it('still answers busy, not waited for', async () => {
    t = tempBackend();
    t.db().pragma('busy_timeout = 0'); // the other program does not let go: no need to wait 5 s
    holder = openDatabase(t.file);
    holder.exec('BEGIN IMMEDIATE');
    const r = await t.raw('customers.create', { companyName: 'Walk-in Ltd' });
    expect(r.ok ? null : r.error.code).toBe('busy');
  });
});

describe('a job started while the runner stops', () => {
  it('is cancelled at once, and its onStopped runs', async () => {
    const runner = new JobRunner({ onUpdate: () => {} });
    await runner.stopAll(100);
    let stopped = 0;
    const job = runner.start('demo.generate', { path: '/nonexistent', customers: 1, seed: 1 }, undefined, { onStopped: () => stopped++ });
    expect(job.status).toBe('cancelled');
    expect(stopped).toBe(1);
  });
});
