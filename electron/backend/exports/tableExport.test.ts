import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempBackend, tempDir } from '../../../test/helpers/tempBackend';
import type { TableExportInput } from '../../../shared/api/exports';
import type { JobInfo } from '../../../shared/api/jobs';
import { generateDemo } from '../demo/generateDemo';
import { currentExhibitionId } from '../exhibitions/exhibitionService';
import { readBack } from '../excel/write/readBack';

// exports.table on a generated demo: each table exported through the real dispatcher and job,
// read back with SheetJS, must equal the on-screen query's rows in the same order, with the
// visible columns only, headers and enum values in the chosen language.

const NOW = '2026-11-22T09:00:00.000Z';

let t: ReturnType<typeof tempBackend>;
let x: string;
let out: string;
beforeAll(() => {
  t = tempBackend();
  generateDemo(t.db(), { customers: 150, seed: 5, now: NOW, assess: true });
  x = currentExhibitionId(t.db())!;
  out = tempDir('excrm-table-');
}, 120_000);
afterAll(() => {
  t.cleanup();
  fs.rmSync(out, { recursive: true, force: true });
});

async function exportTable(input: TableExportInput): Promise<unknown[][]> {
  const job = await t.call('exports.table', input);
  const done: JobInfo = await t.backend.jobs.wait(job.id);
  expect(done.error).toBeNull();
  expect(done.status).toBe('done');
  expect(done.result).toMatchObject({ path: input.path });
  if (input.format === 'csv') {
    const bytes = fs.readFileSync(input.path);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  }
  const book = readBack(input.path);
  return book.rows(book.sheetNames[0]!);
}

/** Every row of a paged list method, in its order. */
async function allPages<R>(fetch: (offset: number) => Promise<{ rows: R[]; total: number }>): Promise<R[]> {
  const rows: R[] = [];
  for (;;) {
    const page = await fetch(rows.length);
    rows.push(...page.rows);
    if (rows.length >= page.total || page.rows.length === 0) return rows;
  }
}

describe('exports.table', () => {
  it('customers: visible columns, filter and sort as on screen (xlsx, English)', async () => {
    const query = { filter: { kinds: ['exhibitor' as const] }, sort: { field: 'companyName' as const, dir: 'desc' as const } };
    const expected = await allPages((offset) => t.call('customers.list', { ...query, offset, limit: 500 }));
    expect(expected.length).toBeGreaterThan(10);
    const file = path.join(out, 'customers.xlsx');
    const rows = await exportTable({ table: 'customers', query, columns: ['companyName', 'screeningStatus', 'completeness', 'createdAt'], format: 'xlsx', lang: 'en', path: file });
    expect(rows[0]).toEqual(['Company', 'Screening', 'Complete', 'Added']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(expected.map((c) => c.companyName));
    const words = { unverified: 'Unverified', verified: 'Verified', rejected: 'Rejected' };
    expect(rows.slice(1).map((r) => r[1])).toEqual(expected.map((c) => words[c.screeningStatus]));
    expect(rows[1]![2]).toBeCloseTo(expected[0]!.completeness / 100, 10);
    expect(rows[1]![3]).toBeInstanceOf(Date);
    // The sheet's number format shows the percentage.
    expect(readBack(file).sheet('Customers')['C2']?.z).toBe('0.0%');
  }, 60_000);

  it('customers as CSV in Chinese: BOM, Chinese headers and values, search applied', async () => {
    const file = path.join(out, '客户.csv');
    const query = { q: 'a', sort: { field: 'companyName' as const, dir: 'asc' as const } };
    const expected = await allPages((offset) => t.call('customers.list', { ...query, offset, limit: 500 }));
    const rows = await exportTable({ table: 'customers', query, columns: ['companyName', 'screeningStatus', 'location'], format: 'csv', lang: 'zh', path: file });
    expect(rows[0]).toEqual(['公司', '甄别', '所在地']);
    expect(rows.length - 1).toBe(expected.length);
    expect(rows.slice(1).map((r) => String(r[0]))).toEqual(expected.map((c) => c.companyName));
    expect(new Set(rows.slice(1).map((r) => r[1]))).toEqual(new Set(expected.map((c) => ({ unverified: '未核实', verified: '已核实', rejected: '已排除' })[c.screeningStatus])));
    expect(fs.readFileSync(file, 'utf8').split('\n')[0]).toBe('\ufeff公司,甄别,所在地\r');
  }, 60_000);

  it('value table: figures as numbers, enums translated, same order as the table', async () => {
    const query = { exhibitionId: x, stages: ['trust' as const, 'confirmation' as const], sort: { field: 'economic' as const, dir: 'desc' as const } };
    const expected = await allPages((offset) => t.call('valuation.table', { ...query, offset, limit: 500 }));
    expect(expected.length).toBeGreaterThan(5);
    const rows = await exportTable({ table: 'value', query, columns: ['companyName', 'tier', 'stage', 'economic', 'probability'], format: 'xlsx', lang: 'zh', path: path.join(out, 'value.xlsx') });
    expect(rows[0]).toEqual(['公司', '等级', '阶段', '经济价值', '续展概率']);
    expect(rows.slice(1).map((r) => r[0])).toEqual(expected.map((v) => v.companyName));
    expect(rows.slice(1).map((r) => r[3])).toEqual(expected.map((v) => v.economic));
    const stages = { trust: '信任', confirmation: '确认' } as Record<string, string>;
    expect(rows.slice(1).every((r, i) => typeof r[4] === 'number' && Math.abs((r[4] as number) - expected[i]!.probability) < 1e-12)).toBe(true);
    expect(new Set(rows.slice(1).map((r) => r[2]))).toEqual(new Set(expected.map((v) => stages[v.stage])));
  }, 60_000);

  it('edition participants, segment members and tasks follow their lists', async () => {
    const editions = await t.call('editions.list', { exhibitionId: x });
    const edition = editions.find((e) => e.totals.participants > 0) ?? editions[0]!;
    const pq = { editionId: edition.id, sort: { field: 'priceCharged' as const, dir: 'desc' as const } };
    const parts = await allPages((offset) => t.call('editions.participants', { ...pq, offset, limit: 500 }));
    const prow = await exportTable({ table: 'participants', query: pq, columns: ['customerName', 'status', 'priceCharged'], format: 'xlsx', lang: 'en', path: path.join(out, 'p.xlsx') });
    expect(prow[0]).toEqual(['Company', 'Status', 'Price charged']);
    expect(prow.slice(1).map((r) => [r[0], r[2]])).toEqual(parts.map((p) => [p.customerName, p.priceCharged]));
    // Money in the workspace's currency, as the app shows it, and still a number.
    const pbook = readBack(path.join(out, 'p.xlsx'));
    const priced = Object.entries(pbook.sheet(pbook.sheetNames[0]!)).find(([ref, c]) => /^C\d+$/.test(ref) && ref !== 'C1' && (c as { t?: string }).t === 'n');
    expect(priced?.[1]).toMatchObject({ t: 'n', z: '"CN¥"#,##0.00' });

    const sq = { definition: { type: 'group' as const, op: 'and' as const, items: [{ type: 'kind' as const, values: ['exhibitor' as const] }] } };
    const members = await allPages((offset) => t.call('segments.members', { ...sq, offset, limit: 500 }));
    const srow = await exportTable({ table: 'segment', query: sq, columns: ['companyName', 'kinds', 'country'], format: 'csv', lang: 'en', path: path.join(out, 's.csv') });
    expect(srow.slice(1).map((r) => String(r[0]))).toEqual(members.map((m) => m.companyName));
    expect(srow.slice(1).every((r) => String(r[1]).includes('Exhibitor'))).toBe(true);

    const week = await t.call('tasks.week', {});
    const trow = await exportTable({ table: 'tasks', query: {}, columns: ['when', 'dueOn', 'customerName', 'title'], format: 'xlsx', lang: 'en', path: path.join(out, 't.xlsx') });
    expect(trow[0]).toEqual(['When', 'Due', 'Customer', 'Task']);
    expect(trow.slice(1).map((r) => r[2])).toEqual(week.rows.map((w) => w.customerName));
    expect(trow.slice(1).every((r) => typeof r[3] === 'string' && (r[3] as string).length > 0)).toBe(true);
    // The page's groups: overdue before the week's first day, today on it, later after it.
    const group = (due: string) => (due < week.from ? 'Overdue' : due === week.from ? 'Today' : 'Later this week');
    expect(trow.slice(1).map((r) => r[0])).toEqual(week.rows.map((w) => group(w.dueOn)));
    expect(new Set(trow.slice(1).map((r) => r[0])).has('Overdue')).toBe(true);
  }, 60_000);

  it('refuses unknown columns, a format/extension mismatch and a missing folder with field errors', async () => {
    const bad = await t.raw('exports.table', { table: 'customers', query: {}, columns: ['companyName', 'nope'], format: 'xlsx', lang: 'en', path: path.join(out, 'a.csv') }, 'zh');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error.fields).toEqual({ path: '文件名必须以 .xlsx 或 .csv 结尾，并与所选格式一致。', 'columns.1': '此列无法导出。' });
    const missing = await t.raw('exports.table', { table: 'customers', query: {}, columns: ['companyName'], format: 'csv', lang: 'en', path: path.join(out, 'no', 'a.csv') });
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.error.fields).toEqual({ path: 'This folder does not exist (any more). Choose another one.' });
    fs.mkdirSync(path.join(out, 'folder.csv'));
    const folder = await t.raw('exports.table', { table: 'customers', query: {}, columns: ['companyName'], format: 'csv', lang: 'en', path: path.join(out, 'folder.csv') }, 'zh');
    expect(folder.ok).toBe(false);
    if (!folder.ok) expect(folder.error.fields).toEqual({ path: '这是一个文件夹。请在路径后加上文件名。' });
    const badQuery = await t.raw('exports.table', { table: 'customers', query: { sort: { field: 'bogus', dir: 'asc' } }, columns: ['companyName'], format: 'csv', lang: 'en', path: path.join(out, 'b.csv') });
    expect(badQuery.ok).toBe(false);
    if (!badQuery.ok) expect(Object.keys(badQuery.error.fields ?? {})).toEqual(['query.sort.field']);
    expect(fs.existsSync(path.join(out, 'a.csv'))).toBe(false);
  });
});
