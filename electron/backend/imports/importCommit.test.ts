import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import type { DuplicateDecision } from '../../../shared/api/imports';
import { csv, runImport, tableCounts, undoImport, writeFile, type T } from '../../../test/helpers/importFlow';
import { tempBackend } from '../../../test/helpers/tempBackend';
import { fillCustomerFigures } from '../segments/customerFigures';
import { SOURCE_WORKER_ENTRY } from '../jobs/sourceWorkerEntry';
import { checkpointsSettled, checkpointThreadsStarted } from '../store/checkpointInThread';
import { reindexCustomer } from '../customers/customerRepository';
import { DOCUMENTS_THREAD_FROM } from './commitImport';
import { CHECKPOINT_IN_THREAD_FROM } from './importJob';

// Duplicates (against the workspace and within the file) with each decision, atomicity,
// cancel and undo — on a real workspace, through the real dispatcher and job runner.

let t: T;
afterEach(() => t?.cleanup());

const DUP_FILE = csv([
  ['Company', 'City', 'Phone', 'Email', 'Website', 'Contact'],
  ['ACME Co Ltd', 'Ningbo', null, null, 'https://www.acme.com/en', 'Ann Lee'], // = Acme in the workspace (name, domain)
  ['Beta GmbH', 'Berlin', '+49 30 1234567', null, null, null],
  ['Gamma Inc', 'Boston', null, 'hi@gamma.io', null, null],
  ['BETA GMBH', 'Munich', null, 'info@beta.de', null, null], // = row 3 of this file (name)
]);

async function seed(t: T) {
  return t.call('customers.create', { companyName: 'Acme Co., Ltd.', city: null, phone: '021-5555 0000', website: 'acme.com', industry: 'Tools' });
}

function names(t: T): string[] {
  return (t.db().prepare('SELECT company_name FROM customers ORDER BY company_name').pluck().all() as string[]);
}

describe('imports: duplicates', () => {
  it('finds duplicates against the workspace and within the file', async () => {
    t = tempBackend();
    const acme = await seed(t);
    const { sessionId } = await t.call('imports.open', { path: writeFile(t, 'd.csv', DUP_FILE) });
    const v = await t.call('imports.validate', { sessionId, filter: 'duplicates' });
    expect(v.summary).toMatchObject({ rows: 4, valid: 4, duplicates: 2, duplicatesInWorkspace: 1, duplicatesInFile: 1 });
    expect(v.rows.map((r) => r.row)).toEqual([2, 5]);
    expect(v.rows[0]!.duplicates).toEqual([
      { source: 'workspace', customerId: acme.id, row: null, companyName: 'Acme Co., Ltd.', reasons: ['name', 'domain'] },
    ]);
    expect(v.rows[1]!.duplicates).toEqual([{ source: 'file', customerId: null, row: 3, companyName: 'Beta GmbH', reasons: ['name'] }]);
    expect(v.rows.every((r) => r.decision === 'skip')).toBe(true);
  });

  const cases: [DuplicateDecision, { created: number; updated: number; skipped: number }, (t: T) => void][] = [
    ['skip', { created: 2, updated: 0, skipped: 2 }, (t) => {
      expect(names(t)).toEqual(['Acme Co., Ltd.', 'Beta GmbH', 'Gamma Inc']);
      expect(t.db().prepare("SELECT city FROM customers WHERE company_name = 'Acme Co., Ltd.'").pluck().get()).toBeNull();
    }],
    ['update', { created: 2, updated: 2, skipped: 0 }, (t) => {
      expect(names(t)).toEqual(['Acme Co., Ltd.', 'Beta GmbH', 'Gamma Inc']);
      const acme = t.db().prepare("SELECT * FROM customers WHERE company_name = 'Acme Co., Ltd.'").get() as Record<string, unknown>;
      // Empty fields filled, filled ones kept.
      expect(acme).toMatchObject({ city: 'Ningbo', website: 'acme.com', phone: '021-5555 0000', version: 2 });
      expect(t.db().prepare('SELECT name FROM contacts WHERE customer_id = ?').pluck().all(acme.id)).toEqual(['Ann Lee']);
      const beta = t.db().prepare("SELECT * FROM customers WHERE company_name = 'Beta GmbH'").get() as Record<string, unknown>;
      expect(beta).toMatchObject({ city: 'Berlin', email: 'info@beta.de' });
    }],
    ['overwrite', { created: 2, updated: 2, skipped: 0 }, (t) => {
      expect(names(t)).toEqual(['ACME Co Ltd', 'BETA GMBH', 'Gamma Inc']);
      const acme = t.db().prepare("SELECT * FROM customers WHERE company_name = 'ACME Co Ltd'").get() as Record<string, unknown>;
      expect(acme).toMatchObject({ city: 'Ningbo', website: 'https://www.acme.com/en', phone: '021-5555 0000', industry: 'Tools' });
      expect(t.db().prepare("SELECT city FROM customers WHERE company_name = 'BETA GMBH'").pluck().get()).toBe('Munich');
    }],
    ['create', { created: 4, updated: 0, skipped: 0 }, (t) => {
      expect(names(t)).toEqual(['ACME Co Ltd', 'Acme Co., Ltd.', 'BETA GMBH', 'Beta GmbH', 'Gamma Inc']);
    }],
  ];
  for (const [decision, counts, check] of cases) {
    it(`applies "${decision}" to every duplicate`, async () => {
      t = tempBackend();
      await seed(t);
      const file = writeFile(t, 'd.csv', DUP_FILE);
      const { sessionId } = await t.call('imports.open', { path: file });
      await t.call('imports.preview', { sessionId });
      const dry = await t.call('imports.setDecisions', { sessionId, default: decision });
      expect(dry).toMatchObject({ read: 4, rejected: 0, ...counts });
      const before = tableCounts(t);
      const started = await t.call('imports.commit', { sessionId });
      const job = await t.backend.jobs.wait(started.id);
      expect(job.status).toBe('done');
      expect(job.result).toMatchObject(counts);
      expect(tableCounts(t).customers).toBe(before.customers! + counts.created);
      check(t);
      // The search index follows the stored names (updated ones re-indexed).
      for (const n of names(t)) expect((await t.call('customers.list', { q: n.slice(0, 4) })).total).toBeGreaterThan(0);
    });
  }

  it('"overwrite" changes a stored booking\'s status only when the file gives one', async () => {
    t = tempBackend();
    const acme = await seed(t);
    const x = await t.call('exhibitions.create', { name: 'Expo' });
    const e = await t.call('editions.create', { exhibitionId: x.id, name: 'Expo 2027', startDate: '2027-05-01', endDate: '2027-05-03' });
    await t.call('participations.create', { customerId: acme.id, editionId: e.id, role: 'exhibitor', status: 'contracted', statusAt: '2026-10-01', standNumber: 'A-1' });
    const booking = () => t.db().prepare('SELECT status, status_at, stand_number FROM participations WHERE customer_id = ?').get(acme.id);
    // No status column: the stand is overwritten, the signed contract stays signed.
    await runImport(t, writeFile(t, 'stands.csv', csv([['Company', 'Stand'], ['ACME Co Ltd', 'B-7']])), { decision: 'overwrite', editionId: e.id });
    expect(booking()).toEqual({ status: 'contracted', status_at: '2026-10-01', stand_number: 'B-7' });
    // A status column: the file says so, and overwrite means it.
    await runImport(t, writeFile(t, 'status.csv', csv([['Company', 'Stand', 'Status'], ['ACME Co Ltd', 'C-1', 'Enquiry']])), { decision: 'overwrite', editionId: e.id });
    expect(booking()).toMatchObject({ status: 'enquiry', stand_number: 'C-1' });
  });

  it('the dry run\'s participations are the result\'s, however rows repeat a firm', async () => {
    for (const decision of ['update', 'overwrite', 'create', 'skip'] as const) {
      t = tempBackend();
      const acme = await seed(t);
      const x = await t.call('exhibitions.create', { name: 'Expo' });
      const e = await t.call('editions.create', { exhibitionId: x.id, name: 'Expo 2027', startDate: '2027-05-01', endDate: '2027-05-03' });
      // Acme already takes part: the row repeating it meets that participation.
      await t.call('participations.create', { customerId: acme.id, editionId: e.id, role: 'exhibitor', standNumber: 'A-1' });
      const { sessionId } = await t.call('imports.open', { path: writeFile(t, 'd.csv', DUP_FILE) });
      await t.call('imports.preview', { sessionId, editionId: e.id });
      await t.call('imports.setDecisions', { sessionId, default: decision });
      const dry = await t.call('imports.dryRun', { sessionId });
      const job = await t.backend.jobs.wait((await t.call('imports.commit', { sessionId })).id);
      const result = job.result as { participations: number };
      // update/overwrite: Acme's, Beta's (rows 3 and 5 one firm) and Gamma's; create: four new ones.
      expect([decision, dry.participations, result.participations]).toEqual([decision, ...{ update: [3, 3], overwrite: [3, 3], create: [4, 4], skip: [2, 2] }[decision]]);
      // Two rows meeting Acme's stored participation: it counts once.
      if (decision === 'update') {
        const again = await t.call('imports.open', { path: writeFile(t, 'twice.csv', csv([['Company', 'Stand'], ['ACME Co Ltd', 'B-1'], ['Acme Co., Ltd.', 'B-2']])) });
        await t.call('imports.preview', { sessionId: again.sessionId, editionId: e.id });
        await t.call('imports.setDecisions', { sessionId: again.sessionId, default: 'update' });
        const twiceDry = await t.call('imports.dryRun', { sessionId: again.sessionId });
        const twice = (await t.backend.jobs.wait((await t.call('imports.commit', { sessionId: again.sessionId })).id)).result as { participations: number };
        expect([twiceDry.participations, twice.participations]).toEqual([1, 1]);
      }
      t.cleanup();
    }
  });

  it('takes a decision per row over the default', async () => {
    t = tempBackend();
    await seed(t);
    const { result } = await runImport(t, writeFile(t, 'd.csv', DUP_FILE), { decision: 'skip', rows: [{ row: 2, decision: 'update' }] });
    expect(result).toMatchObject({ created: 2, updated: 1, skipped: 1 });
    expect(t.db().prepare("SELECT city FROM customers WHERE company_name = 'Acme Co., Ltd.'").pluck().get()).toBe('Ningbo');
  });
});

function bigFile(n: number, from = 1): string {
  const rows: (string | null)[][] = [['Company', 'Phone', 'Email', 'City']];
  for (let i = from; i < from + n; i++) rows.push([`Firm ${String(i).padStart(5, '0')}`, `0${String(20_000_000 + i)}`, `f${i}@firm${i}.com`, 'Ningbo']);
  return csv(rows);
}

describe('imports: atomic commit', () => {
  it('leaves the database unchanged when row 9,999 of 10,000 fails', async () => {
    t = tempBackend();
    await seed(t);
    const x = await t.call('exhibitions.create', { name: 'Expo' });
    await t.call('editions.create', { exhibitionId: x.id, name: 'Expo 2025', startDate: '2025-05-01', endDate: '2025-05-03' });
    // The failure is the database's own: a constraint-like trigger refusing that one row.
    t.db().exec(`CREATE TRIGGER fail_9999 BEFORE INSERT ON customers WHEN NEW.company_name = 'Firm 09999'
                 BEGIN SELECT RAISE(ABORT, 'injected failure'); END`);
    const before = tableCounts(t);
    const schema = t.db().prepare("SELECT name, sql FROM sqlite_schema WHERE name != 'fail_9999' ORDER BY name").all();
    const { sessionId } = await t.call('imports.open', { path: writeFile(t, 'big.csv', bigFile(10_000)) });
    expect((await t.call('imports.dryRun', { sessionId })).created).toBe(10_000);
    const started = await t.call('imports.commit', { sessionId });
    const job = await t.backend.jobs.wait(started.id);
    expect(job.status).toBe('failed');
    // Worded for the UI, the database's message kept as the detail (jobs/jobError.ts).
    expect(job.error).toBe('err.jobFailed:injected failure');
    expect(tableCounts(t)).toEqual(before);
    // The figures triggers (suspended during a big commit) and every other object are as they were.
    t.db().exec('DROP TRIGGER fail_9999');
    expect(t.db().prepare('SELECT name, sql FROM sqlite_schema ORDER BY name').all()).toEqual(schema);
    // After the failure the same session can commit (the failure was not the file's).
    const again = await t.backend.jobs.wait((await t.call('imports.commit', { sessionId })).id);
    expect(again.status).toBe('done');
    expect(tableCounts(t).customers).toBe(before.customers! + 10_000);
  }, 60_000);

  it('leaves a big commit\'s log to a checkpoint in a thread: the rows reach the database file itself', async () => {
    // As the app runs it: with the job worker's entry (imports.commit runs inline all the same).
    t = tempBackend({ jobWorkerEntry: SOURCE_WORKER_ENTRY });
    const file = t.db().name;
    const threads = checkpointThreadsStarted();
    await runImport(t, writeFile(t, 'small.csv', bigFile(CHECKPOINT_IN_THREAD_FROM - 1)));
    expect(checkpointThreadsStarted()).toBe(threads);
    const { result } = await runImport(t, writeFile(t, 'big.csv', bigFile(CHECKPOINT_IN_THREAD_FROM, CHECKPOINT_IN_THREAD_FROM)));
    expect(result.created).toBe(CHECKPOINT_IN_THREAD_FROM);
    expect(checkpointThreadsStarted()).toBe(threads + 1);
    await checkpointsSettled();
    // The database file alone, without its write-ahead log: every imported row is in it.
    const alone = path.join(path.dirname(file), 'alone.sqlite');
    fs.copyFileSync(file, alone);
    const db = new Database(alone, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM customers').pluck().get()).toBe(2 * CHECKPOINT_IN_THREAD_FROM - 1);
    db.close();
  }, 60_000);

  it('writes the search rows a second thread made as they would be made here', async () => {
    t = tempBackend({ jobWorkerEntry: SOURCE_WORKER_ENTRY });
    const { result } = await runImport(t, writeFile(t, 'big.csv', bigFile(DOCUMENTS_THREAD_FROM)));
    expect(result.created).toBe(DOCUMENTS_THREAD_FROM);
    await checkpointsSettled();
    const db = t.db();
    const count = (table: string) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    const rowsOf = (num: number) => ({
      body: db.prepare('SELECT body FROM customer_search WHERE rowid = ?').pluck().get(num),
      grams: db.prepare('SELECT grams FROM customer_search_short WHERE rowid = ?').pluck().get(num),
      keys: db.prepare('SELECT key FROM dedupe_keys WHERE customer_num = ? ORDER BY key').pluck().all(num),
    });
    const before = { search: count('customer_search'), short: count('customer_search_short'), keys: count('dedupe_keys') };
    expect(before).toEqual({ search: DOCUMENTS_THREAD_FROM, short: DOCUMENTS_THREAD_FROM, keys: 3 * DOCUMENTS_THREAD_FROM });
    // First, middle and last customers, each rebuilt here by the app's own reindex: nothing changes.
    for (const num of [1, 2, 1001, 10_000, DOCUMENTS_THREAD_FROM - 1, DOCUMENTS_THREAD_FROM]) {
      const made = rowsOf(num);
      expect(made.keys).toHaveLength(3);
      db.transaction(() => reindexCustomer(db, num))();
      expect(rowsOf(num)).toEqual(made);
    }
    expect({ search: count('customer_search'), short: count('customer_search_short'), keys: count('dedupe_keys') }).toEqual(before);
    expect((await t.call('customers.list', { q: 'Firm 19999' })).total).toBe(1);
  }, 120_000);

  it('rolls back when cancelled: nothing written', async () => {
    t = tempBackend();
    await seed(t);
    const before = tableCounts(t);
    const { sessionId } = await t.call('imports.open', { path: writeFile(t, 'big.csv', bigFile(5000)) });
    await t.call('imports.preview', { sessionId });
    const started = await t.call('imports.commit', { sessionId });
    await t.call('jobs.cancel', { id: started.id });
    const job = await t.backend.jobs.wait(started.id);
    expect(job.status).toBe('cancelled');
    expect(tableCounts(t)).toEqual(before);
    expect(await t.call('imports.batches', {})).toEqual([]);
    // A backup it finished is kept: the backups' status is told to refresh either way.
    expect(t.events).toContainEqual({ type: 'data.changed', domain: 'backups' });
  }, 60_000);
});

describe('imports: undo', () => {
  it('removes what a batch created and restores what it changed', async () => {
    t = tempBackend();
    const acme = await seed(t);
    const x = await t.call('exhibitions.create', { name: 'Expo' });
    const e = await t.call('editions.create', { exhibitionId: x.id, name: 'Expo 2025', startDate: '2025-05-01', endDate: '2025-05-03', status: 'closed' });
    const before = tableCounts(t);
    const acmeBefore = t.db().prepare('SELECT * FROM customers WHERE id = ?').get(acme.id) as Record<string, unknown>;
    const { result } = await runImport(t, writeFile(t, 'd.csv', DUP_FILE), { decision: 'update', editionId: e.id });
    // Rows 3 and 5 are one firm: one participation, taken part in once.
    expect(result).toMatchObject({ created: 2, updated: 2, participations: 3 });
    const batches = await t.call('imports.batches', {});
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({ id: result.batchId, fileName: 'd.csv', editionName: 'Expo 2025', exhibitionName: 'Expo', undoneAt: null });
    const undo = await undoImport(t, result.batchId);
    expect(undo.kept).toEqual([]);
    expect(undo.restored).toBe(1);
    const after = tableCounts(t);
    // Everything back, except the batch's own log, the assessment the import started and the
    // audit trail (which records the import and its undo, as it should).
    for (const [table, n] of Object.entries(before)) {
      if (table.startsWith('import_') || table.startsWith('value_') || table.startsWith('valuation_') || table === 'settings') continue;
      if (table.startsWith('audit_')) continue;
      if (table === 'customer_figures') continue; // checked below
      // FTS segments are merged lazily: their shadow tables do not count rows; searching is checked below.
      if (table.startsWith('customer_search')) continue;
      expect([table, after[table]]).toEqual([table, n]);
    }
    // Acme's figures are recomputed to those of a customer without activity (a row of zeros).
    const figures = t.db().prepare('SELECT editions_attended, booked_revenue, total_area, latest_satisfaction FROM customer_figures').all();
    expect(figures).toEqual([{ editions_attended: 0, booked_revenue: 0, total_area: 0, latest_satisfaction: null }]);
    const acmeAfter = t.db().prepare('SELECT * FROM customers WHERE id = ?').get(acme.id) as Record<string, unknown>;
    expect({ ...acmeAfter, version: 0, updated_at: '' }).toEqual({ ...acmeBefore, version: 0, updated_at: '' });
    expect((await t.call('customers.list', { q: 'Acme' })).total).toBe(1);
    expect((await t.call('customers.list', { q: 'Ann Lee' })).total).toBe(0);
    const again = await t.raw('imports.undo', { batchId: result.batchId });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', message: 'This import has already been undone.' } });
  });

  it('keeps the records edited since the import, and says which', async () => {
    t = tempBackend();
    await seed(t);
    const { result } = await runImport(t, writeFile(t, 'd.csv', DUP_FILE), { decision: 'skip' });
    expect(result.created).toBe(2);
    const gamma = t.db().prepare("SELECT id, version FROM customers WHERE company_name = 'Gamma Inc'").get() as { id: string; version: number };
    await t.call('customers.update', { id: gamma.id, version: gamma.version, patch: { city: 'Cambridge' } });
    const undo = await undoImport(t, result.batchId);
    expect(undo.removed).toBeGreaterThanOrEqual(1);
    expect(undo.kept).toEqual([{ kind: 'customer', id: gamma.id, name: 'Gamma Inc', reason: 'edited' }]);
    expect(names(t)).toEqual(['Acme Co., Ltd.', 'Gamma Inc']);
    expect((await t.call('imports.batches', {}))[0]!.undoneAt).not.toBeNull();
  });

  it('previews the undo without writing: what goes, what is put back, which edited records stay', async () => {
    t = tempBackend();
    const acme = await seed(t);
    const x = await t.call('exhibitions.create', { name: 'Expo' });
    const e = await t.call('editions.create', { exhibitionId: x.id, name: 'Expo 2025', startDate: '2025-05-01', endDate: '2025-05-03', status: 'closed' });
    const { result } = await runImport(t, writeFile(t, 'd.csv', DUP_FILE), { decision: 'update', editionId: e.id });
    expect(result).toMatchObject({ created: 2, updated: 2, participations: 3 });
    const gamma = t.db().prepare("SELECT id, version FROM customers WHERE company_name = 'Gamma Inc'").get() as { id: string; version: number };
    await t.call('customers.update', { id: gamma.id, version: gamma.version, patch: { city: 'Cambridge' } });

    const before = tableCounts(t);
    const preview = await t.call('imports.undoPreview', { batchId: result.batchId });
    expect(tableCounts(t)).toEqual(before);
    // Beta (created) goes; Acme (updated) is put back; Gamma, edited since, stays. The three
    // participations and relationships the import made go (Gamma's participation was not edited).
    expect(preview.byKind).toEqual({
      customer: { removed: 1, restored: 1, kept: 1 },
      participation: { removed: 3, restored: 0, kept: 0 },
      relationship: { removed: 3, restored: 0, kept: 0 },
    });
    expect(preview).toMatchObject({ removed: 7, restored: 1, keptTotal: 1 });
    expect(preview.kept).toEqual([{ kind: 'customer', id: gamma.id, name: 'Gamma Inc', reason: 'edited' }]);

    const undo = await undoImport(t, result.batchId);
    // The undo does exactly what the preview said.
    expect({ removed: undo.removed, restored: undo.restored, kept: undo.kept }).toEqual({
      removed: preview.removed,
      restored: preview.restored,
      kept: preview.kept,
    });
    expect(names(t)).toEqual(['Acme Co., Ltd.', 'Gamma Inc']);
    expect(t.db().prepare('SELECT city FROM customers WHERE id = ?').pluck().get(gamma.id)).toBe('Cambridge');
    expect(t.db().prepare('SELECT city FROM customers WHERE id = ?').pluck().get(acme.id)).toBeNull();
    expect(t.db().prepare('SELECT count(*) FROM participations').pluck().get()).toBe(0);

    // Once undone, there is nothing left to preview.
    expect(await t.raw('imports.undoPreview', { batchId: result.batchId })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await t.raw('imports.undoPreview', { batchId: acme.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('caps the kept list of the preview at 50 and counts them all', async () => {
    t = tempBackend();
    const { result } = await runImport(t, writeFile(t, 'big.csv', bigFile(60)));
    const rows = t.db().prepare("SELECT id, version FROM customers WHERE company_name LIKE 'Firm %'").all() as { id: string; version: number }[];
    for (const r of rows.slice(0, 55)) await t.call('customers.update', { id: r.id, version: r.version, patch: { city: 'Cixi' } });
    const preview = await t.call('imports.undoPreview', { batchId: result.batchId });
    expect(preview).toMatchObject({ removed: 5, restored: 0, keptTotal: 55 });
    expect(preview.kept).toHaveLength(50);
    expect(preview.kept.every((k) => k.reason === 'edited' && k.name.startsWith('Firm '))).toBe(true);
  });
});

describe('imports: the history of a big import', () => {
  it('is written set-based exactly as the audit triggers write it, and the triggers are back afterwards', async () => {
    t = tempBackend();
    const x = await t.call('exhibitions.create', { name: 'Expo' });
    const e = await t.call('editions.create', { exhibitionId: x.id, name: 'Expo 2025', startDate: '2025-05-01', endDate: '2025-05-03' });
    const header = ['Company', 'Contact', 'Tags', 'Stand'];
    const file = (n: number, prefix: string) => csv([header, ...Array.from({ length: n }, (_, i) => [`${prefix} Firm ${i}`, `Person ${i}`, 'VIP', `A${i}`])]);
    // Every trigger (audit, figures, the relationships' name copy): all suspended at some point.
    const triggers = () => t.db().prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' ORDER BY name").all();
    const before = triggers();
    // Every change of a customer's history, without ids: table, action, version, when (as its
    // customer's creation), who, and how many field rows.
    const shape = (name: string) =>
      t.db()
        .prepare(
          `SELECT a.table_name, a.action, a.version, a.at = c.created_at AS atCreation, a.who,
                  (SELECT count(*) FROM audit_log l WHERE l.change_id = a.id) AS fields
             FROM audit_changes a JOIN customers c ON c.id = a.customer_id
            WHERE c.company_name = ? ORDER BY a.table_name, a.action`,
        )
        .all(name);

    // 3 rows: recorded by the triggers, row by row. 1,200 rows: set-based.
    await runImport(t, writeFile(t, 'small.csv', file(3, 'Small')), { editionId: e.id });
    const { result } = await runImport(t, writeFile(t, 'big.csv', file(1200, 'Big')), { editionId: e.id });
    expect(result).toMatchObject({ created: 1200, participations: 1200, contacts: 1200 });

    const expected = shape('Small Firm 0');
    expect(expected.map((r) => (r as { table_name: string }).table_name)).toEqual(['customer', 'participation', 'relationship']);
    for (const i of [0, 1, 599, 1199]) expect(shape(`Big Firm ${i}`)).toEqual(expected);
    // The rows the bulk run writes set-based (relationship with its name copy, first stage, first
    // booking status, batch records) are those written row by row, ids aside.
    const written = (name: string) => {
      const db = t.db();
      const c = db.prepare('SELECT id, name_sort FROM customers WHERE company_name = ?').get(name) as { id: string; name_sort: string };
      const p = db.prepare('SELECT id FROM participations WHERE customer_id = ?').pluck().get(c.id) as string;
      return {
        relationship: db.prepare('SELECT stage, stage_since, began_on, version, name_sort = ? AS nameCopied FROM relationships WHERE customer_id = ?').all(c.name_sort, c.id),
        transitions: db.prepare('SELECT seq, from_stage, to_stage, at, changed_by FROM stage_transitions WHERE customer_id = ?').all(c.id),
        statuses: db.prepare('SELECT seq, status, at, reason, changed_by FROM participation_status_changes WHERE participation_id = ?').all(p),
        records: db
          .prepare(
            `SELECT kind, action, version, before FROM import_batch_records
              WHERE record_id IN (?, ?, ?) ORDER BY kind`,
          )
          .all(c.id, p, `${c.id}|${x.id}`),
      };
    };
    const small = written('Small Firm 0');
    expect(small.relationship).toEqual([expect.objectContaining({ stage: 'cultivation', nameCopied: 1 })]);
    expect(small.statuses).toHaveLength(1);
    expect(small.records.map((r) => (r as { kind: string }).kind)).toEqual(['customer', 'participation', 'relationship']);
    for (const i of [0, 1, 599, 1199]) expect(written(`Big Firm ${i}`)).toEqual(small);
    const bigChanges = t.db().prepare("SELECT count(*) FROM audit_changes a JOIN customers c ON c.id = a.customer_id WHERE c.company_name LIKE 'Big Firm %'").pluck().get();
    expect(bigChanges).toBe(3 * 1200);

    // Written set-based, the relationships are recorded for undo like the others: undone, the
    // batch leaves no relationship or transition of its customers behind.
    const rels = () => t.db().prepare('SELECT count(*) FROM relationships').pluck().get();
    const transitions = () => t.db().prepare('SELECT count(*) FROM stage_transitions').pluck().get();
    expect([rels(), transitions()]).toEqual([1203, 1203]);
    expect(await undoImport(t, result.batchId)).toMatchObject({ removed: expect.any(Number) });
    expect([rels(), transitions()]).toEqual([3, 3]);

    // The triggers are back as they were, and record again.
    expect(triggers()).toEqual(before);
    const c = await t.call('customers.create', { companyName: 'After Co' });
    expect(c.id).toBeTruthy();
    expect(shape('After Co').map((r) => (r as { table_name: string }).table_name)).toEqual(['customer', 'relationship']);
  });
});

describe('imports: segment figures after a big import', () => {
  it('are exact whether the figures triggers ran per row or were suspended and the table filled again', async () => {
    t = tempBackend();
    const x = await t.call('exhibitions.create', { name: 'Expo' });
    const e1 = await t.call('editions.create', { exhibitionId: x.id, name: 'Expo 2025', startDate: '2025-05-01', endDate: '2025-05-03' });
    const e2 = await t.call('editions.create', { exhibitionId: x.id, name: 'Expo 2026', startDate: '2026-05-01', endDate: '2026-05-03' });
    const header = ['Company', 'Stand area', 'Price charged', 'Status'];
    const file = (n: number, from: number) =>
      csv([header, ...Array.from({ length: n }, (_, i) => [`Firm ${from + i}`, String(9 + ((from + i) % 5)), String(1000 + from + i), 'paid'])]);
    // What the figures are when computed from scratch (the refill's statements), compared row for row.
    const figures = () => t.db().prepare('SELECT * FROM customer_figures ORDER BY customer_num').all();
    const fromScratch = () => {
      const db = t.db();
      db.exec('SAVEPOINT scratch');
      fillCustomerFigures(db);
      const rows = figures();
      db.exec('ROLLBACK TO scratch; RELEASE scratch');
      return rows;
    };
    // 3,000 participations into an empty edition history: suspended, then filled in one pass.
    await runImport(t, writeFile(t, 'a.csv', file(3000, 0)), { editionId: e1.id });
    expect(figures()).toHaveLength(3000);
    expect(figures()).toEqual(fromScratch());
    // 2,500 more into the next edition (the first 1,000 of them stored firms, updated): fewer
    // than the 3,000 participations stored, so the triggers recompute row by row.
    await runImport(t, writeFile(t, 'b.csv', file(2500, 2000)), { editionId: e2.id, decision: 'update' });
    expect(figures()).toHaveLength(4500);
    // A firm in both editions has both bookings in its figures.
    const both = t.db()
      .prepare(
        `SELECT f.booked_revenue AS figure, (SELECT sum(p.price_charged) FROM participations p WHERE p.customer_id = c.id) AS paid,
                (SELECT count(*) FROM participations p WHERE p.customer_id = c.id) AS bookings
           FROM customers c JOIN customer_figures f ON f.customer_num = c.num WHERE c.company_name = 'Firm 2500'`,
      )
      .get();
    expect(both).toEqual({ figure: expect.any(Number), paid: expect.any(Number), bookings: 2 });
    expect((both as { figure: number }).figure).toBe((both as { paid: number }).paid);
    expect(figures()).toEqual(fromScratch());
  });
});
