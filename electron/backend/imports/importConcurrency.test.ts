import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { csv, tableCounts, writeFile, type T } from '../../../test/helpers/importFlow';
import { tempBackend } from '../../../test/helpers/tempBackend';
import { Backend } from '../backend';
import { dispatch } from '../dispatcher';
import { getSession } from './importSessions';

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

type Change = (second: Backend) => Promise<void>;

/** Calls the second program, failing the test with the error if the call failed. */
async function on<T = Record<string, unknown>>(second: Backend, method: string, input: unknown): Promise<T> {
  const r = await dispatch(second, method, input);
  if (!r.ok) throw new Error(`${method} failed: ${JSON.stringify(r.error)}`);
  return r.data as T;
}

/**
 * Starts this file's commit after `before` (in this backend, before the file is checked) and,
 * while the commit waits for its pre-import backup, has the second program make `during`:
 * the job's end.
 */
async function commitWhile(during: Change, opts: { before?: () => Promise<void>; decision?: 'skip' | 'update' | 'create' } = {}) {
  t = tempBackend();
  await opts.before?.();
  const { sessionId: s } = await t.call('imports.open', { path: writeFile(t, 'list.csv', FILE) });
  await t.call('imports.preview', { sessionId: s });
  if (opts.decision) await t.call('imports.setDecisions', { sessionId: s, default: opts.decision });
  const second = secondProgram(t.file);
  const job = await t.call('imports.commit', { sessionId: s });
  expect(t.backend.jobs.get(job.id).status).toBe('running'); // its pre-import backup
  await during(second);
  return { s, end: await t.backend.jobs.wait(job.id) };
}

const commitWhileEntered = (entry: { companyName: string; website: string }) => commitWhile(async (second) => void (await on(second, 'customers.create', entry)));

const created = (name: string, extra: Record<string, unknown> = {}) => t.call('customers.create', { companyName: name, ...extra });

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

describe('the workspace changed otherwise while the commit waits for its backup', () => {
  const refused = (end: { status: string; error: string | null }) => {
    expect(end).toMatchObject({ status: 'failed', error: 'err.import.workspaceChanged' });
    expect(tableCounts(t)).toMatchObject({ import_batches: 0, import_batch_records: 0 });
  };

  it('stops when the repeat takes the number of a customer purged from the Trash meanwhile', async () => {
    // The highest number is in the Trash: emptied, the next customer is given it again.
    const { end } = await commitWhile(
      async (second) => {
        await on(second, 'customers.emptyTrash', { confirm: true });
        await on(second, 'customers.create', { companyName: 'Gamma Incorporated', website: 'gamma.io' });
      },
      { before: async () => void (await t.call('customers.trash', { ids: [(await created('Zeta Ltd')).id] })) },
    );
    refused(end);
    expect(customers()).toEqual(['Gamma Incorporated']);
  });

  it('stops when a customer a row repeats is restored from the Trash', async () => {
    let id = '';
    const { end } = await commitWhile(async (second) => void (await on(second, 'customers.restore', { ids: [id] })), {
      before: async () => {
        id = (await created('Gamma Incorporated', { website: 'gamma.io' })).id;
        await t.call('customers.trash', { ids: [id] });
      },
    });
    refused(end);
    expect(customers()).toEqual(['Gamma Incorporated']);
  });

  it('stops when a stored customer is edited to repeat a row', async () => {
    let id = '';
    const { end } = await commitWhile(async (second) => void (await on(second, 'customers.update', { id, version: 1, patch: { website: 'gamma.io' } })), {
      before: async () => void (id = (await created('Omega Holdings')).id),
    });
    refused(end);
    expect(customers()).toEqual(['Omega Holdings']);
  });

  it('stops when a customer a row would update is moved to the Trash, and imports the row as new after', async () => {
    let id = '';
    const { s, end } = await commitWhile(async (second) => void (await on(second, 'customers.trash', { ids: [id] })), {
      before: async () => void (id = (await created('Alpha Limited', { email: 'hi@alpha.com' })).id),
      decision: 'update',
    });
    refused(end);
    // Checked again: the row matches nothing live, so it creates; the customer stays in the Trash.
    expect(await t.call('imports.dryRun', { sessionId: s })).toMatchObject({ created: 3, updated: 0 });
    expect((await t.backend.jobs.wait((await t.call('imports.commit', { sessionId: s })).id)).status).toBe('done');
    expect(t.db().prepare('SELECT count(*) FROM customers WHERE deleted_at IS NOT NULL').pluck().get()).toBe(1);
  });

  it('goes on for a row to create anyway, and for a repeat entered and moved to the Trash', async () => {
    const { end } = await commitWhile(
      async (second) => {
        const entry = await on<{ id: string }>(second, 'customers.create', { companyName: 'Gamma Incorporated', website: 'gamma.io' });
        await on(second, 'customers.trash', { ids: [entry.id] });
      },
      { before: async () => void (await created('Alpha Limited', { email: 'hi@alpha.com' })), decision: 'create' },
    );
    expect(end.status).toBe('done');
    expect(customers()).toEqual(['Alpha Limited', 'Alpha Ltd', 'Beta GmbH', 'Gamma Inc', 'Gamma Incorporated']);
  });
});

describe('a save in the app while an import is being written', () => {
  it('waits for the import and is stored, instead of stalling the backend and failing busy', async () => {
    t = tempBackend();
    const rows: (string | null)[][] = [['Company', 'Email']];
    for (let i = 1; i <= 20_000; i++) rows.push([`Firm ${i} Trading`, `f${i}@firm${i}.com`]);
    const s = await previewed(writeFile(t, 'big.csv', csv(rows)));
    const job = await t.call('imports.commit', { sessionId: s });
    // Past its backup: the commit holds the write lock, between two of its chunks.
    for (let j = t.backend.jobs.get(job.id); j.step !== 'import' || j.done === 0; j = t.backend.jobs.get(job.id)) {
      expect(j.status).toBe('running');
      await new Promise((r) => setImmediate(r));
    }
    expect(t.backend.jobs.get(job.id).status).toBe('running');

    const r = await t.raw('customers.create', { companyName: 'Walk-in Ltd' });
    expect(r.ok ? null : r.error).toBeNull();
    expect((await t.backend.jobs.wait(job.id)).status).toBe('done');
    // Stored after the import's rows, not between them.
    expect(t.db().prepare('SELECT company_name FROM customers ORDER BY num DESC LIMIT 1').pluck().get()).toBe('Walk-in Ltd');
    expect(t.db().prepare('SELECT count(*) FROM customers').pluck().get()).toBe(20_001);
    // The workspace's own connection waits again for writers of other threads and programs.
    expect(t.db().pragma('busy_timeout', { simple: true })).toBe(5000);
  }, 60_000);
});

describe('a mapping template saved', () => {
  it('does not make the next call match every row again; a write by another program does', async () => {
    t = tempBackend();
    const s = await previewed(writeFile(t, 'list.csv', FILE));
    const session = getSession(t.backend, s);
    const analysed = session.analysis;
    await t.call('imports.saveTemplate', { sessionId: s, name: 'Stand list' });
    await t.call('imports.preview', { sessionId: s });
    expect(session.analysis).toBe(analysed);

    await on(secondProgram(t.file), 'customers.create', { companyName: 'Delta AG' });
    await t.call('imports.preview', { sessionId: s });
    expect(session.analysis).not.toBe(analysed);
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
