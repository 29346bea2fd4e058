import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { makeList } from '../../../test/bench/importBench';
import { tempBackend } from '../../../test/helpers/tempBackend';
import { writeTable } from '../excel/write/writeTable';
import { analyse } from './importAnalysis';
import { getSession, MAX_SESSIONS } from './importSessions';
import type { Speculation } from './importSpeculation';

// Validating while the file is read (importSpeculation.ts): the first preview takes the analysis
// begun during the reading only when it is the one it would make, and it is then the same.

let t: ReturnType<typeof tempBackend>;
afterEach(() => t?.cleanup());

/** A 5,000-row list (in-file duplicates 250 rows apart, also across hand-overs) and a customer two rows repeat: one by name, one by website, in different hand-overs. */
async function setUp(): Promise<string> {
  t = tempBackend();
  await t.call('customers.create', { companyName: 'Firm 2 Trading Co., Ltd.', website: 'www.firm3202.com' });
  const file = path.join(t.dir, 'list.xlsx');
  await makeList(file, 5000);
  return file;
}

async function analysedAhead(spec: Speculation, rows: number): Promise<void> {
  for (let i = 0; i < 200 && spec.rowsAnalysed < rows; i++) await new Promise((r) => setTimeout(r, 25));
  expect(spec.rowsAnalysed).toBe(rows);
}

describe('validation while the file is read', () => {
  it('the first preview takes it, and it is the analysis the preview would make', async () => {
    const file = await setUp();
    const { sessionId } = await t.call('imports.open', { path: file });
    const s = getSession(t.backend, sessionId);
    // Rows 1-4,000 came in two hand-overs while the file was read, and are analysed between
    // events, without a preview asking.
    await analysedAhead(s.speculation!, 4000);

    const p = await t.call('imports.preview', { sessionId });
    expect(s.speculation).toBeNull();
    const fresh = analyse(t.db(), { rows: s.content.rows, headerRow: s.headerRow!, mapping: s.mapping!, edition: null });
    expect(s.analysis).toEqual(fresh);
    expect(p.summary).toEqual({ rows: 5000, valid: 5000, rejected: 0, duplicates: 12, duplicatesInFile: 10, duplicatesInWorkspace: 2 });
    // A duplicate in the file across hand-overs: sheet row 2,001 (the second's first) repeats row 1,751.
    expect(s.analysis!.rows.find((r) => r.index === 2000)!.fileDup).toEqual({ index: 1750, reasons: ['name', 'email', 'domain', 'phone'] });
  });

  it('is dropped when the first preview asks for other settings (an edition)', async () => {
    const file = await setUp();
    const x = await t.call('exhibitions.create', { name: 'Expo' });
    const e = await t.call('editions.create', { exhibitionId: x.id, name: 'Expo 2026', startDate: '2026-05-01', endDate: '2026-05-03' });
    const { sessionId } = await t.call('imports.open', { path: file });
    const s = getSession(t.backend, sessionId);
    await analysedAhead(s.speculation!, 4000);

    await t.call('imports.preview', { sessionId, editionId: e.id });
    const fresh = analyse(t.db(), { rows: s.content.rows, headerRow: s.headerRow!, mapping: s.mapping!, edition: { id: e.id, status: 'open' } });
    expect(s.analysis).toEqual(fresh);
    expect(s.analysis!.rows.every((r) => r.values.participation?.editionId === e.id)).toBe(true);
  });

  it('is matched against the workspace again when something was written meanwhile (another import, say)', async () => {
    const file = await setUp();
    const { sessionId } = await t.call('imports.open', { path: file });
    const s = getSession(t.backend, sessionId);
    await analysedAhead(s.speculation!, 4000);
    // Written after rows 1-4,000 were matched: a customer that sheet row 1,002 (firm 1000) repeats.
    await t.call('customers.create', { companyName: 'Elsewhere Ltd', website: 'www.firm1000.com' });

    const p = await t.call('imports.preview', { sessionId });
    expect(s.analysis!.rows.find((r) => r.index === 1001)!.workspace.map((m) => m.companyName)).toEqual(['Elsewhere Ltd']);
    expect(p.summary.duplicatesInWorkspace).toBe(3);
    const fresh = analyse(t.db(), { rows: s.content.rows, headerRow: s.headerRow!, mapping: s.mapping!, edition: null });
    expect(s.analysis).toEqual(fresh);
  });
});

describe('a list with a number column', () => {
  /** 5,000 firms with a price each; the last one's price alone says the file writes decimal commas. */
  async function priced(last: string): Promise<{ file: string; edition: { id: string; status: string } }> {
    t = tempBackend();
    const x = await t.call('exhibitions.create', { name: 'Expo' });
    const e = await t.call('editions.create', { exhibitionId: x.id, name: 'Expo 2026', startDate: '2026-05-01', endDate: '2026-05-03' });
    const file = path.join(t.dir, 'priced.xlsx');
    const rows = Array.from({ length: 5000 }, (_, i) => [`Firm ${i} GmbH`, i === 4999 ? last : '€4.500']);
    await writeTable({ path: file, format: 'xlsx', sheetName: 'List', columns: [{ header: 'Company', kind: 'text' }, { header: 'Price', kind: 'text' }], rows });
    return { file, edition: { id: e.id, status: 'open' } };
  }

  /** Opened, analysed ahead while read (a price column does not stop it), then previewed: the analysis equals a fresh one. */
  async function previewed(last: string) {
    const { file, edition } = await priced(last);
    const { sessionId } = await t.call('imports.open', { path: file });
    const s = getSession(t.backend, sessionId);
    await analysedAhead(s.speculation!, 4000);
    await t.call('imports.preview', { sessionId, editionId: edition.id });
    const fresh = analyse(t.db(), { rows: s.content.rows, headerRow: s.headerRow!, mapping: s.mapping!, edition });
    expect(s.analysis).toEqual(fresh);
    return s;
  }

  it('is analysed while read, and refused when the whole column tells a decimal mark it did not know', async () => {
    const s = await previewed('€12.500,50');
    // Read with the file's decimal comma: 4,500, not refused as unclear.
    expect(s.analysis!.rows[0]!.values.participation?.priceCharged).toBe(4500);
    expect(s.analysis!.summary.rejected).toBe(0);
  });

  it('is taken when the column tells no decimal mark, and is the analysis the preview would make', async () => {
    const s = await previewed('€900');
    // Nothing tells: each "€4.500" is asked about.
    expect(s.analysis!.summary.rejected).toBe(4999);
  });
});

describe('a session closed or pushed out', () => {
  it('stops its analysis begun while reading', async () => {
    const file = await setUp();
    const opened = async () => getSession(t.backend, (await t.call('imports.open', { path: file })).sessionId);
    const closed = await opened();
    const closedSpec = closed.speculation!;
    await t.call('imports.close', { sessionId: closed.id });
    const evicted = await opened();
    const evictedSpec = evicted.speculation!;
    for (let i = 0; i < MAX_SESSIONS; i++) await opened();
    expect(() => getSession(t.backend, evicted.id)).toThrow();
    // Left running, each would have analysed the two hand-overs (4,000 rows) by now.
    await new Promise((r) => setTimeout(r, 500));
    expect(closedSpec.rowsAnalysed).toBe(0);
    expect(evictedSpec.rowsAnalysed).toBe(0);
  });
});

describe('an analysis kept by the session', () => {
  it('is matched again after a write, for another edition and for the same settings', async () => {
    const file = await setUp();
    const x = await t.call('exhibitions.create', { name: 'Expo' });
    const e = await t.call('editions.create', { exhibitionId: x.id, name: 'Expo 2026', startDate: '2026-05-01', endDate: '2026-05-03' });
    const { sessionId } = await t.call('imports.open', { path: file });
    const s = getSession(t.backend, sessionId);
    expect((await t.call('imports.preview', { sessionId })).summary.duplicatesInWorkspace).toBe(2);

    await t.call('customers.create', { companyName: 'Elsewhere Ltd', website: 'www.firm10.com' });
    // Another edition: the participations are validated again, and the workspace matched again.
    expect((await t.call('imports.preview', { sessionId, editionId: e.id })).summary.duplicatesInWorkspace).toBe(3);
    expect(s.analysis!.rows.find((r) => r.index === 11)!.workspace.map((m) => m.companyName)).toEqual(['Elsewhere Ltd']);

    await t.call('customers.create', { companyName: 'Yet Another Ltd', email: 'info@firm20.com' });
    // Nothing chosen differs: still matched again before the counts a commit would act on.
    // Skipped: the 10 repeated within the file and the 4 now in the workspace.
    expect((await t.call('imports.dryRun', { sessionId })).skipped).toBe(14);
    expect(s.analysis).toEqual(
      analyse(t.db(), { rows: s.content.rows, headerRow: s.headerRow!, mapping: s.mapping!, edition: { id: e.id, status: 'open' } }),
    );
  });
});
