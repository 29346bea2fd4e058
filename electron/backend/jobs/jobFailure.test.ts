import fs from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { tempBackend } from '../../../test/helpers/tempBackend';
import { JobRunner } from './jobRunner';
import { SOURCE_WORKER_ENTRY } from './sourceWorkerEntry';

// A job that fails in its own thread, as jobs run in the app: the failure's code crosses to
// the runner (which words it) and the original error, with the thread's stack, goes to the log.

const t = tempBackend();
afterAll(() => {
  t.backend.close();
  fs.rmSync(t.dir, { recursive: true, force: true });
});

describe('a job failing in its thread', () => {
  it('ends with the worded key from its SQLite code, the original error logged', async () => {
    const x = await t.call('exhibitions.create', { name: 'Expo' });
    await t.call('customers.create', { companyName: 'Lumen Trading Co', kinds: ['exhibitor'] });
    const logged: [string, unknown][] = [];
    const runner = new JobRunner({ workerEntry: SOURCE_WORKER_ENTRY, onUpdate: () => {}, log: { error: (m, e) => logged.push([m, e]) } });
    // The workspace's write lock held here: the job's write waits its busy timeout, then fails busy.
    t.db().exec('BEGIN IMMEDIATE');
    let job;
    try {
      job = await runner.wait(runner.start('valuation.assess', { path: t.file, exhibitionId: x.id, reason: 'manual' }).id);
    } finally {
      t.db().exec('ROLLBACK');
    }
    expect(job).toMatchObject({ status: 'failed', error: 'err.busy' });
    expect(logged).toHaveLength(1);
    const [message, err] = logged[0]!;
    expect(message).toBe('job valuation.assess failed');
    expect(err).toMatchObject({ code: 'SQLITE_BUSY', message: 'database is locked' });
    // The stack is the thread's, where the write failed, not the runner's.
    expect((err as Error).stack).toMatch(/assess/i);
    expect((err as Error).stack).not.toMatch(/jobRunner/);
  }, 60_000);
});
