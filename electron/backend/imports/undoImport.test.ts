import { afterEach, describe, expect, it } from 'vitest';
import { csv, runImport, tableCounts, undoImport, writeFile, type T } from '../../../test/helpers/importFlow';
import { tempBackend } from '../../../test/helpers/tempBackend';

// Undoing an import is a job (progress, cancel) that runs in the backend's thread on its own
// connection and yields between chunks: the app answers meanwhile, a save waits for it, and a
// cancelled undo changes nothing.

let t: T;
afterEach(() => t?.cleanup());

function bigFile(n: number): string {
  const rows: (string | null)[][] = [['Company', 'Email']];
  for (let i = 1; i <= n; i++) rows.push([`Firm ${i} Trading`, `f${i}@firm${i}.com`]);
  return writeFile(t, 'big.csv', csv(rows));
}

/** Until the undo has done some records and yielded: it then holds the write lock between chunks. */
async function midway(jobId: string): Promise<void> {
  for (let j = t.backend.jobs.get(jobId); j.step !== 'undo' || j.done === 0; j = t.backend.jobs.get(jobId)) {
    expect(j.status).toBe('running');
    await new Promise((r) => setImmediate(r));
  }
}

const count = (table: string) => t.db().prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
const batch = async () => (await t.call('imports.batches', {}))[0]!;

describe('undoing an import, as a job', () => {
  it('shows progress, and a save made meanwhile is stored after it instead of failing', async () => {
    t = tempBackend();
    const { result } = await runImport(t, bigFile(3000));
    expect(count('customers')).toBe(3000);
    const started = await t.call('imports.undo', { batchId: result.batchId });
    expect(started).toMatchObject({ kind: 'imports.undo', status: 'running' });
    await midway(started.id);
    // The backend answers reads and takes saves while the undo runs.
    expect((await t.call('imports.batches', {}))[0]!.undoneAt).toBeNull();
    const r = await t.raw('customers.create', { companyName: 'Walk-in Ltd' });
    expect(r.ok ? null : r.error).toBeNull();
    const job = await t.backend.jobs.wait(started.id);
    expect(job.status).toBe('done');
    expect(job.result).toEqual({ removed: 3000, restored: 0, kept: [] });
    expect(t.db().prepare('SELECT company_name FROM customers').pluck().all()).toEqual(['Walk-in Ltd']);
    expect((await batch()).undoneAt).not.toBeNull();
    // Progress was reported along the way, up to every record.
    const progress = t.events.flatMap((e) => (e.type === 'job' && e.job.id === started.id && e.job.step === 'undo' ? [e.job.done] : []));
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.at(-1)).toBe(3000);
    expect(t.db().pragma('busy_timeout', { simple: true })).toBe(5000);
  }, 60_000);

  it('cancelled, changes nothing, and the batch can be undone later', async () => {
    t = tempBackend();
    const { result } = await runImport(t, bigFile(3000));
    const before = tableCounts(t);
    const started = await t.call('imports.undo', { batchId: result.batchId });
    await midway(started.id);
    await t.call('jobs.cancel', { id: started.id });
    const cancelled = await t.backend.jobs.wait(started.id);
    expect(cancelled.status).toBe('cancelled');
    // Stopped where it was, not after undoing every record and only then rolled back.
    expect(cancelled.done).toBeLessThan(cancelled.total);
    expect(tableCounts(t)).toEqual(before);
    expect((await batch()).undoneAt).toBeNull();
    expect(await undoImport(t, result.batchId)).toMatchObject({ removed: 3000 });
    expect(count('customers')).toBe(0);
  }, 60_000);

  it('one import or undo at a time; a batch that cannot be undone is refused at once', async () => {
    t = tempBackend();
    const { result } = await runImport(t, bigFile(3000));
    const next = writeFile(t, 'next.csv', csv([['Company'], ['Brand New Co']]));
    const { sessionId } = await t.call('imports.open', { path: next });
    await t.call('imports.preview', { sessionId });

    const undo = await t.call('imports.undo', { batchId: result.batchId });
    const again = await t.raw('imports.undo', { batchId: result.batchId });
    expect(again.ok ? null : again.error).toMatchObject({ code: 'conflict', message: 'This import is being undone already.' });
    const commit = await t.raw('imports.commit', { sessionId });
    expect(commit.ok ? null : commit.error).toMatchObject({ code: 'conflict', message: 'An import is being undone. Import this file when the undo has finished.' });
    expect((await t.backend.jobs.wait(undo.id)).status).toBe('done');

    // An import being saved: an undo of another batch waits for it too.
    const { result: small } = await runImport(t, writeFile(t, 'small.csv', csv([['Company'], ['Small Batch Co']])));
    const third = writeFile(t, 'third.csv', csv([['Company'], ['Third Batch Co']]));
    const s3 = (await t.call('imports.open', { path: third })).sessionId;
    await t.call('imports.preview', { sessionId: s3 });
    const saving = await t.call('imports.commit', { sessionId: s3 });
    expect(t.backend.jobs.get(saving.id).status).toBe('running');
    const during = await t.raw('imports.undo', { batchId: small.batchId });
    expect(during.ok ? null : during.error).toMatchObject({ code: 'conflict', message: 'Another import is being saved or undone. Undo this one when it has finished.' });
    expect((await t.backend.jobs.wait(saving.id)).status).toBe('done');
    expect(await undoImport(t, small.batchId)).toMatchObject({ removed: 1 });

    const done = await t.raw('imports.undo', { batchId: result.batchId });
    expect(done.ok ? null : done.error).toMatchObject({ code: 'conflict', message: 'This import has already been undone.' });
    const unknown = await t.raw('imports.undo', { batchId: '0190a7e2-0000-7000-8000-000000000000' });
    expect(unknown.ok ? null : unknown.error).toMatchObject({ code: 'not_found' });
    expect(t.backend.jobs.list().filter((j) => j.kind === 'imports.undo')).toHaveLength(2);
  }, 60_000);
});
