import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { csv, tableCounts, writeFile, type T } from '../../../test/helpers/importFlow';
import { tempBackend } from '../../../test/helpers/tempBackend';
import { Backend } from '../backend';
import { dispatch } from '../dispatcher';

// Imports and other writers at once: what a session analysed earlier is matched against the
// workspace as it is when it commits. The other writers here commit on connections of their
// own (an import's job, a second program), so the backend's connection sees them only through
// PRAGMA data_version.

let t: T;
let other: Backend | null = null;
afterEach(() => {
  other?.close();
  other = null;
  t?.cleanup();
});

const FILE = csv([
  ['Company', 'Email', 'Website'],
  ['Alpha Ltd', 'hi@alpha.com', 'alpha.com'],
  ['Beta GmbH', 'info@beta.de', null],
  ['Gamma Inc', null, 'gamma.io'],
]);

async function previewed(file: string): Promise<string> {
  const { sessionId } = await t.call('imports.open', { path: file });
  expect((await t.call('imports.preview', { sessionId })).summary.duplicatesInWorkspace).toBe(0);
  return sessionId;
}

const customers = () => t.db().prepare('SELECT company_name FROM customers ORDER BY company_name').pluck().all();

describe('two sessions on the same list', () => {
  it('the second, previewed before the first committed, finds the first one’s customers', async () => {
    t = tempBackend();
    const file = writeFile(t, 'list.csv', FILE);
    const a = await previewed(file);
    const b = await previewed(file);
    await t.backend.jobs.wait((await t.call('imports.commit', { sessionId: a })).id);

    // Nothing was chosen again in b: its analysis is matched again because the workspace moved.
    expect(await t.call('imports.dryRun', { sessionId: b })).toMatchObject({ created: 0, skipped: 3 });
    const r = await t.raw('imports.commit', { sessionId: b });
    expect(r.ok ? null : r.error.message).toBe('Nothing to import: every row was rejected or skipped.');
    expect(customers()).toEqual(['Alpha Ltd', 'Beta GmbH', 'Gamma Inc']);
  });

  it('one commit at a time: the second is refused while the first runs, with nothing written', async () => {
    t = tempBackend();
    const file = writeFile(t, 'list.csv', FILE);
    const a = await previewed(file);
    const b = await previewed(file);
    const first = await t.call('imports.commit', { sessionId: a });
    expect(t.backend.jobs.get(first.id).status).toBe('running'); // its pre-import backup
    const r = await t.raw('imports.commit', { sessionId: b });
    expect(r.ok ? null : r.error).toMatchObject({ code: 'conflict', message: 'Another import is being saved. Import this file when it has finished.' });
    expect((await t.backend.jobs.wait(first.id)).status).toBe('done');
    expect(customers()).toEqual(['Alpha Ltd', 'Beta GmbH', 'Gamma Inc']);
  });
});

describe('a session after its own commit', () => {
  it('still shows the file as it was imported, not its rows as duplicates of themselves', async () => {
    t = tempBackend();
    const file = writeFile(t, 'list.csv', FILE);
    const s = await previewed(file);
    expect(await t.call('imports.dryRun', { sessionId: s })).toMatchObject({ created: 3, skipped: 0 });
    expect((await t.backend.jobs.wait((await t.call('imports.commit', { sessionId: s })).id)).status).toBe('done');
    // The commit step asks again (a refetch): the summary of what was imported stays.
    expect(await t.call('imports.dryRun', { sessionId: s })).toMatchObject({ created: 3, skipped: 0 });
    expect((await t.call('imports.preview', { sessionId: s })).summary.duplicatesInWorkspace).toBe(0);
  });
});

/** A second program on the same workspace (another window, the CLI). */
function secondProgram(file: string): Backend {
  other = new Backend({ dataDir: path.join(t.dir, 'other'), host: 'cli', version: 'test', emit: () => {} });
  other.open(file, { create: true });
  return other;
}

/**
 * Starts this file's commit and, while it waits for its pre-import backup, has the second
 * program create a customer: the job's end.
 */
async function commitWhileEntered(entry: { companyName: string; website: string }) {
  t = tempBackend();
  const s = await previewed(writeFile(t, 'list.csv', FILE));
  const second = secondProgram(t.file);
  const job = await t.call('imports.commit', { sessionId: s });
  expect(t.backend.jobs.get(job.id).status).toBe('running'); // its pre-import backup
  expect((await dispatch(second, 'customers.create', entry)).ok).toBe(true);
  return { s, end: await t.backend.jobs.wait(job.id) };
}

describe('a customer created while the commit waits for its backup', () => {
  it('stops the commit when a row repeats it: nothing written, the reason in the user’s words', async () => {
    // Entered at a stand by another name: the same website as row 4.
    const { s, end } = await commitWhileEntered({ companyName: 'Gamma Incorporated', website: 'https://gamma.io' });
    expect(end.status).toBe('failed');
    expect(end.error).toBe('err.import.workspaceChanged');
    // Its backup is kept: the backups' status is told to refresh.
    expect(t.events).toContainEqual({ type: 'data.changed', domain: 'backups' });
    // Only the entry: no customer, batch or record of the import.
    expect(customers()).toEqual(['Gamma Incorporated']);
    expect(tableCounts(t)).toMatchObject({ customers: 1, import_batches: 0, import_batch_records: 0 });

    // Checked again, the row is a duplicate; the rest imports.
    expect(await t.call('imports.dryRun', { sessionId: s })).toMatchObject({ created: 2, skipped: 1 });
    expect((await t.backend.jobs.wait((await t.call('imports.commit', { sessionId: s })).id)).status).toBe('done');
    expect(customers()).toEqual(['Alpha Ltd', 'Beta GmbH', 'Gamma Incorporated']);
  });

  it('lets the commit go on when no row repeats it', async () => {
    const { end } = await commitWhileEntered({ companyName: 'Delta AG', website: 'delta.ch' });
    expect(end.status).toBe('done');
    expect(customers()).toEqual(['Alpha Ltd', 'Beta GmbH', 'Delta AG', 'Gamma Inc']);
  });
});

describe('a session kept across workspaces', () => {
  it('is not taken for the analysis of the workspace opened since', async () => {
    t = tempBackend({ open: false });
    // Both workspaces written by another program before this backend opens them: its
    // connections then count no change of their own and start at the same data_version.
    const made = async (file: string, companies: string[]) => {
      const b = secondProgram(file);
      for (const companyName of companies) expect((await dispatch(b, 'customers.create', { companyName })).ok).toBe(true);
      b.close();
      other = null;
    };
    const second = path.join(t.dir, 'workspaces', 'Other.sqlite');
    await made(t.file, ['Alpha Ltd']);
    await made(second, []);
    t.backend.open(t.file);
    const file = writeFile(t, 'list.csv', FILE);
    const { sessionId } = await t.call('imports.open', { path: file });
    expect((await t.call('imports.preview', { sessionId })).summary.duplicatesInWorkspace).toBe(1);

    t.backend.open(second);
    expect(await t.call('imports.dryRun', { sessionId })).toMatchObject({ created: 3, skipped: 0 });
  });
});
