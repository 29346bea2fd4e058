import { afterEach, describe, expect, it } from 'vitest';
import { tempBackend } from '../../../test/helpers/tempBackend';
import { LifecycleRefresher } from '../lifecycle/refreshScheduler';
import { openDatabase, type Db } from './openDatabase';
import { holdWriteLock } from './sameThreadWriter';

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
});
