import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../test/helpers/tempBackend';
import { SOURCE_WORKER_ENTRY } from '../jobs/sourceWorkerEntry';
import { checkpointInThread, checkpointSoon, checkpointsSettled } from './checkpointInThread';
import { openDatabase } from './openDatabase';

const dir = tempDir('excrm-checkpoint-');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** What the database file alone holds (its write-ahead log left out). */
function customersInFileAlone(file: string): number {
  const alone = path.join(dir, `alone-${Math.random().toString(36).slice(2)}.sqlite`);
  fs.copyFileSync(file, alone);
  const db = new Database(alone, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM customers').pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('checkpoint in a thread', () => {
  it('moves the log into the database file while the writer keeps its connection', async () => {
    const file = path.join(dir, 'Fair.sqlite');
    const db = openDatabase(file, { create: true });
    db.pragma('wal_checkpoint(TRUNCATE)'); // the schema in the file; from here on the log keeps every write
    db.pragma('wal_autocheckpoint = 0');
    db.transaction(() => {
      const ins = db.prepare("INSERT INTO customers (num, id, company_name, name_sort, created_at, updated_at) VALUES (?, ?, ?, ?, '2026-01-01', '2026-01-01')");
      for (let i = 1; i <= 3000; i++) ins.run(i, `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, `Firm ${i}`, `firm ${i}`);
    })();
    expect(customersInFileAlone(file)).toBe(0);

    const r = await checkpointInThread(SOURCE_WORKER_ENTRY!, file);
    expect(r!.log).toBeGreaterThan(0);
    expect(r!.checkpointed).toBe(r!.log);
    expect(customersInFileAlone(file)).toBe(3000);
    await checkpointsSettled();
    db.close();
  });

  it("started for the backend's connection: it does not checkpoint itself meanwhile, and does again after", async () => {
    const file = path.join(dir, 'Soon.sqlite');
    const db = openDatabase(file, { create: true });
    const pages = db.pragma('wal_autocheckpoint', { simple: true });
    expect(pages).toBeGreaterThan(0);
    const soon = checkpointSoon(db, SOURCE_WORKER_ENTRY!);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    // A second one meanwhile (two big imports in a row): paused until the last one ends.
    const again = checkpointSoon(db, SOURCE_WORKER_ENTRY!);
    expect((await soon)?.checkpointed).toBe((await soon)?.log);
    expect((await again)?.checkpointed).toBe((await again)?.log);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(pages);
    // On a connection closed meanwhile (another workspace opened during the import): nothing to do, no error.
    db.close();
    expect(await checkpointSoon(db, SOURCE_WORKER_ENTRY!)).toBeNull();
  });

  it('never rejects: a thread that fails leaves the log to the next checkpoint', async () => {
    expect(await checkpointInThread(SOURCE_WORKER_ENTRY!, path.join(dir, 'missing.sqlite'))).toBeNull();
    expect(await checkpointInThread(path.join(dir, 'no-worker.js'), path.join(dir, 'Fair.sqlite'))).toBeNull();
  });
});
