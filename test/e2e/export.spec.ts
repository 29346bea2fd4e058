import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import XLSX from 'xlsx';
import type { CustomerListResult } from '../../shared/api/customers';
import type { ValueRow } from '../../shared/api/valuation';
import { expect, openRoute, setLanguage, startServer, test, type Server } from './fixtures';

// Exports from the UI (issue 6 items 1 and 3) in the browser build: the customer list as the
// table shows it (filter, sort, visible columns) and the value-assessment workbook (current
// filter, UI language). The browser preview types the path; the files are read back with
// SheetJS. Screenshots of the dialog before, during and after, English and Chinese.

test.setTimeout(180_000);

let server: Server;
let stop: () => Promise<void>;
test.beforeAll(async () => {
  ({ server, stop } = await startServer({ demoCustomers: 300 }));
});
test.afterAll(async () => stop());

/** openRoute's wait for the app's start-up: the 300-customer demo may load slowly on the shared CI machine. */
const BOOT = { bootTimeout: 30_000 };

const dialog = (page: Page) => page.getByRole('dialog');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** What is on screen (a full-page shot of a scrolled page draws the fixed header mid-page). */
async function view(page: Page, name: string) {
  await page.waitForTimeout(300); // the modal's and menu's transitions
  await page.screenshot({ path: path.join(root, 'test-results', 'screenshots', `${name}.png`) });
}

/** Starts the export with a typed path and shoots the dialog while it runs (when it is slow enough to see) and after. */
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function runExport(page: Page, file: string, name: string) {
  const input = page.getByTestId('export-path');
  await expect(input).toHaveValue(/\.(xlsx|csv)$/);
  await input.fill(file);
  await view(page, `${name}-before`);
  await page.getByTestId('export-start').click();
  // A demo-sized export often finishes before a frame shows its bar: shoot only a real running state.
  const running = await dialog(page)
    .getByTestId('job-progress')
    .waitFor({ timeout: 1500 })
    .then(async () => !(await dialog(page).getByTestId('export-done').isVisible()))
    .catch(() => false);
  if (running) await view(page, `${name}-during`);
  await expect(dialog(page).getByTestId('export-done')).toBeVisible({ timeout: 60_000 });
  await expect(dialog(page).getByTestId('export-saved-path')).toHaveText(file);
  await view(page, `${name}-after`);
}

test('customer list → .xlsx and .csv exactly as shown (filter, sort, visible columns)', async ({ page }) => {
  const expected: string[] = [];
  for (;;) {
    const page2 = await server.api<CustomerListResult>('customers.list', {
      filter: { kinds: ['exhibitor'] },
      sort: { field: 'companyName', dir: 'desc' },
      offset: expected.length,
      limit: 500,
    });
    expected.push(...page2.rows.map((r) => r.companyName));
    if (expected.length >= page2.total) break;
  }
  await openRoute(page, server, '#/customers?kind=exhibitor&sort=companyName&dir=desc', BOOT);
  await expect(page.getByRole('heading', { name: 'Customers', exact: true })).toBeVisible();
  // The filtered list is what is shown (and so what the file must hold).
  await expect(page.getByTestId('list-count')).toHaveText(new RegExp(`^${expected.length} of `));
  await expect(page.locator('tbody tr[aria-rowindex]').first()).toContainText(expected[0]!);
  await page.getByTestId('export-menu').click();
  await page.getByRole('menuitem', { name: 'Excel workbook (.xlsx)' }).click();
  await expect(dialog(page)).toContainText('Export the customer list');
  const file = path.join(server.dir, 'customers-en.xlsx');
  await runExport(page, file, 'export-customers-en');

  const wb = XLSX.readFile(file, { cellDates: true });
  expect(wb.SheetNames).toEqual(['Customers']);
  const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.Customers!, { header: 1, raw: true, defval: null });
  // The default visible columns, in the table's order.
  expect(rows[0]).toEqual(['Company', 'Contact', 'Industry', 'Location', 'Tags', 'Screening', 'Complete']);
  expect(rows.slice(1).map((r) => r[0])).toEqual(expected);
  expect(rows.slice(1).every((r) => typeof r[6] === 'number')).toBe(true);
  await dialog(page).getByTestId('export-close').click();

  // Chinese: CSV with BOM and Chinese headers.
  await setLanguage(page, 'zh');
  await page.getByTestId('export-menu').click();
  await page.getByRole('menuitem', { name: 'CSV，UTF-8（.csv）' }).click();
  await expect(dialog(page)).toContainText('导出客户列表');
  const csv = path.join(server.dir, '客户-zh.csv');
  await runExport(page, csv, 'export-customers-zh');
  const text = fs.readFileSync(csv, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text.slice(1).split('\r\n')[0]).toBe('公司,联系人,行业,所在地,标签,甄别,完整度');
  expect(text.trim().split('\r\n').length - 1).toBe(expected.length);
});

/** Company names of a customers.list query, every page. */
async function customerNames(input: Record<string, unknown>): Promise<{ names: string[]; total: number }> {
  const rows = await allRows<{ companyName: string }>('customers.list', { filter: {}, sort: { field: 'companyName', dir: 'asc' }, trash: false, ...input });
  return { names: rows.map((r) => r.companyName), total: rows.length };
}

/** The first column of an exported sheet's data rows. */
function firstColumn(file: string, sheet: string): unknown[] {
  const rows = XLSX.utils.sheet_to_json<unknown[]>(XLSX.readFile(file).Sheets[sheet]!, { header: 1, raw: true, defval: null });
  return rows.slice(1).map((r) => r[0]);
}

/**
 * Types into a debounced search box (150–200 ms) and chooses Export → .xlsx at once. The page's
 * clock is paused from the typing until the format is chosen and advances only 50 ms (for the
 * menu's transition), so the debounce cannot end on its own however slow the machine is: only
 * the Export menu applying the typed value (pendingFilters) makes the file hold the filtered
 * rows. Before that fix the dialog kept the table's query as of the menu click: unfiltered.
 */
async function typeThenExport(page: Page, box: ReturnType<Page['getByRole']>, text: string, file: string) {
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);
  await box.fill(text);
  await page.getByTestId('export-menu').click();
  await page.clock.runFor(50);
  await page.getByRole('menuitem', { name: 'Excel workbook (.xlsx)' }).click();
  await page.clock.resume();
  const input = page.getByTestId('export-path');
  await expect(input).toHaveValue(/\.xlsx$/);
  await input.fill(file);
  await page.getByTestId('export-start').click();
  await expect(dialog(page).getByTestId('export-done')).toBeVisible({ timeout: 60_000 });
  await expect(dialog(page).getByTestId('export-saved-path')).toHaveText(file);
}

test('a search typed just before Export is applied: customer list and edition participants', async ({ page }) => {
  await page.clock.install();
  // English labels whatever an earlier test left saved (the language is a saved preference).
  await server.api('prefs.update', { language: 'en' });
  // Customer list: "light" matches some customers, not all.
  const all = await customerNames({});
  const light = await customerNames({ q: 'light' });
  expect(light.total).toBeGreaterThan(0);
  expect(light.total).toBeLessThan(all.total);
  await openRoute(page, server, '#/customers', BOOT);
  await expect(page.getByTestId('list-count')).toHaveText(`${all.total} customers`);
  const file = path.join(server.dir, 'typed-customers.xlsx');
  await typeThenExport(page, page.getByRole('searchbox', { name: 'Search customers' }), 'light', file);
  expect(firstColumn(file, 'Customers')).toEqual(light.names);
  await dialog(page).getByTestId('export-close').click();
  // The list caught up with the search too: the file is what is now shown.
  await expect(page.getByTestId('list-count')).toHaveText(new RegExp(`^${light.total} of ${all.total} `));
  expect(page.url()).toContain('q=light');

  // Edition participants: a company-name fragment typed into the table's search.
  const exhibition = await server.api<{ id: string }>('exhibitions.current');
  const editions = await server.api<{ id: string }[]>('editions.list', { exhibitionId: exhibition.id });
  let edition = editions[0]!.id;
  let most = -1;
  for (const e of editions) {
    const n = (await server.api<{ total: number }>('editions.participants', { editionId: e.id, limit: 1 })).total;
    if (n > most) [edition, most] = [e.id, n];
  }
  const sort = { field: 'customerName', dir: 'asc' };
  const everyone = await allRows<{ customerName: string }>('editions.participants', { editionId: edition, sort });
  // A fragment of the first participant's name that does not match everyone.
  const fragment = everyone[0]!.customerName.split(/\s+/)[0]!.slice(0, 6);
  const matching = await allRows<{ customerName: string }>('editions.participants', { editionId: edition, q: fragment, sort });
  expect(matching.length).toBeGreaterThan(0);
  expect(matching.length).toBeLessThan(everyone.length);
  await openRoute(page, server, `#/exhibitions/editions/${edition}`, BOOT);
  await expect(page.getByTestId('participant-row').first()).toBeVisible({ timeout: 30_000 });
  const pfile = path.join(server.dir, 'typed-participants.xlsx');
  await typeThenExport(page, page.getByRole('searchbox', { name: 'Search company, stand or hall' }), fragment, pfile);
  expect(firstColumn(pfile, 'Participants')).toEqual(matching.map((p) => p.customerName));
  await dialog(page).getByTestId('export-close').click();
  await expect(page.getByTestId('participant-row')).toHaveCount(Math.min(matching.length, 50));
});

test('value-assessment workbook from the value page: current filter and language', async ({ page }) => {
  const exhibition = await server.api<{ id: string }>('exhibitions.current');
  await openRoute(page, server, '#/value?stage=trust&stage=confirmation', BOOT);
  await setLanguage(page, 'zh');
  await expect(page.getByTestId('value-count')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('export-menu').click();
  await view(page, 'export-menu-value-zh');
  await page.getByRole('menuitem', { name: /客户价值评估工作簿/ }).click();
  await expect(dialog(page)).toContainText('导出客户价值评估工作簿');
  const file = path.join(server.dir, 'value-zh.xlsx');
  await runExport(page, file, 'export-workbook-zh');

  const total = (await server.api<{ total: number; rows: ValueRow[] }>('valuation.table', { exhibitionId: exhibition.id, stages: ['trust', 'confirmation'], limit: 1 })).total;
  const wb = XLSX.readFile(file, { cellDates: true });
  expect(wb.SheetNames).toEqual(['摘要', '客户', '阶段历史', '参展记录', '互动记录']);
  const customers = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['客户']!, { header: 1, raw: true, defval: null });
  expect(customers[0]![0]).toBe('公司名称');
  expect(customers.length - 1).toBe(total);
  const stageCol = (customers[0] as string[]).indexOf('阶段');
  expect(new Set(customers.slice(1).map((r) => r[stageCol]))).toEqual(new Set(['信任', '确认'].filter((s) => customers.slice(1).some((r) => r[stageCol] === s))));
  await dialog(page).getByTestId('export-close').click();

  // English: the value table itself as shown.
  await setLanguage(page, 'en');
  await page.getByTestId('export-menu').click();
  await page.getByRole('menuitem', { name: 'Excel workbook (.xlsx)' }).click();
  await expect(dialog(page)).toContainText('Export the value table');
  const table = path.join(server.dir, 'value-table-en.xlsx');
  await runExport(page, table, 'export-value-table-en');
  const vt = XLSX.readFile(table);
  const vrows = XLSX.utils.sheet_to_json<unknown[]>(vt.Sheets['Value table']!, { header: 1, raw: true, defval: null });
  expect(vrows[0]!.slice(0, 4)).toEqual(['Company', 'Industry', 'Region', 'Value score']);
  expect(vrows.length - 1).toBe(total);
});

test('This week tasks → .xlsx with the rows the page lists', async ({ page }) => {
  await openRoute(page, server, '#/tasks', BOOT);
  await expect(page.getByTestId('tasks-week')).toBeVisible();
  await page.getByTestId('export-menu').click();
  await page.getByRole('menuitem', { name: 'Excel workbook (.xlsx)' }).click();
  await expect(dialog(page)).toContainText('Export this week’s tasks');
  const file = path.join(server.dir, 'tasks-en.xlsx');
  await runExport(page, file, 'export-tasks-en');
  const rows = XLSX.utils.sheet_to_json<unknown[]>(XLSX.readFile(file).Sheets.Tasks!, { header: 1, raw: true, defval: null });
  expect(rows[0]).toEqual(['When', 'Due', 'Task', 'Customer', 'Exhibition', 'Type', 'Source']);
  const shown = await page.getByTestId('tasks-week').locator('[data-testid="task-item"]').count();
  if (shown > 0) expect(rows.length - 1).toBe(shown);
  expect(rows.length).toBeGreaterThan(1);
  // The page's groups survive as the When column: as many overdue rows as the page's Overdue group.
  const overdue = await page.getByTestId('tasks-group-overdue').locator('[data-testid="task-item"]').count();
  expect(rows.slice(1).filter((r) => r[0] === 'Overdue')).toHaveLength(overdue);
});

/** Every row of a paged list method, page by page (as the table pages through them). */
async function allRows<R>(method: string, input: Record<string, unknown>): Promise<R[]> {
  const out: R[] = [];
  for (;;) {
    const p = await server.api<{ rows: R[]; total: number }>(method, { ...input, offset: out.length, limit: 500 });
    out.push(...p.rows);
    if (out.length >= p.total || p.rows.length === 0) return out;
  }
}

test('edition participants → .xlsx with the table’s columns, filter and sort', async ({ page }) => {
  const exhibition = await server.api<{ id: string }>('exhibitions.current');
  const editions = await server.api<{ id: string; name: string; totals: { participants?: number } }[]>('editions.list', { exhibitionId: exhibition.id });
  // The edition with the most exhibitors, so that the role filter and the sort matter.
  let edition = editions[0]!;
  let most = -1;
  for (const e of editions) {
    const n = (await server.api<{ total: number }>('editions.participants', { editionId: e.id, role: 'exhibitor', limit: 1 })).total;
    if (n > most) [edition, most] = [e, n];
  }
  expect(most).toBeGreaterThan(1);
  await openRoute(page, server, `#/exhibitions/editions/${edition.id}`, BOOT);
  await expect(page.getByTestId('participant-row').first()).toBeVisible({ timeout: 30_000 });

  // Shown: exhibitors only, largest stand first.
  await page.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Exhibitor', exact: true }).click();
  const areaHeader = page.getByRole('columnheader', { name: /Area m²/ });
  await areaHeader.getByRole('button').click();
  await areaHeader.getByRole('button').click();
  await expect(areaHeader).toHaveAttribute('aria-sort', 'descending');
  const query = { editionId: edition.id, role: 'exhibitor', sort: { field: 'standArea', dir: 'desc' } };
  const expected = await allRows<{ customerName: string; standArea: number | null; hall: string | null; standNumber: string | null }>('editions.participants', query);
  expect(expected).toHaveLength(most);
  const shownNames = page.getByTestId('participant-row').locator('td:first-child button');
  await expect(shownNames.first()).toHaveText(expected[0]!.customerName);
  const shown = await shownNames.allInnerTexts();

  await page.getByTestId('export-menu').click();
  await page.getByRole('menuitem', { name: 'Excel workbook (.xlsx)' }).click();
  await expect(dialog(page)).toContainText('Export the participants');
  // The proposed name says which edition (of which exhibition) the list is.
  const exhibitionName = (await server.api<{ name: string }>('exhibitions.get', { id: exhibition.id })).name;
  await expect(page.getByTestId('export-path')).toHaveValue(new RegExp(`Participants – ${escapeRe(exhibitionName)} · ${escapeRe(edition.name)} \\d{4}-\\d{2}-\\d{2}\\.xlsx$`));
  const file = path.join(server.dir, 'participants-en.xlsx');
  await runExport(page, file, 'export-participants-en');

  const wb = XLSX.readFile(file, { cellDates: true });
  expect(wb.SheetNames).toEqual(['Participants']);
  const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets.Participants!, { header: 1, raw: true, defval: null });
  // The visible columns in the table's order; its "Stand" cell (hall · stand) is two columns.
  const headers = await page.getByRole('table', { name: 'Participants' }).locator('thead th').allInnerTexts();
  expect(headers.map((h) => h.trim())).toEqual(['Company', 'Role', 'Stand', 'Area m²', 'Price charged', 'Discount', 'Status', 'Since', 'Satisfaction']);
  expect(rows[0]).toEqual(['Company', 'Role', 'Hall', 'Stand', 'Area m²', 'Price charged', 'Discount', 'Status', 'Since', 'Satisfaction']);
  const body = rows.slice(1);
  // Every filtered row, in the order shown (the first page is what the table shows).
  expect(body.map((r) => r[0])).toEqual(expected.map((p) => p.customerName));
  expect(body.slice(0, shown.length).map((r) => r[0])).toEqual(shown);
  expect(new Set(body.map((r) => r[1]))).toEqual(new Set(['Exhibitor']));
  expect(body.map((r) => r[4])).toEqual(expected.map((p) => p.standArea));
  expect(body.map((r) => [r[2], r[3]])).toEqual(expected.map((p) => [p.hall, p.standNumber]));
  await dialog(page).getByTestId('export-close').click();
  // In Chinese, the proposed name names the edition too.
  await setLanguage(page, 'zh');
  await page.getByTestId('export-menu').click();
  await page.getByRole('menuitem', { name: 'Excel 工作簿（.xlsx）' }).click();
  await expect(page.getByTestId('export-path')).toHaveValue(new RegExp(`参展名单 – ${escapeRe(exhibitionName)} · ${escapeRe(edition.name)} `));
  await view(page, 'export-participants-zh-name');
  await dialog(page).getByRole('button', { name: '取消' }).click();
  await expect(dialog(page)).toBeHidden();
  await setLanguage(page, 'en');
});

test('a segment’s results → .xlsx in Chinese with the columns and order shown', async ({ page }) => {
  const definition = { type: 'group', op: 'and', items: [{ type: 'kind', values: ['exhibitor'] }] };
  const segment = await server.api<{ id: string }>('segments.create', { name: 'Exhibitors (export)', definition });
  const expected = await allRows<{ companyName: string; industry: string | null; country: string | null; region: string | null }>('segments.members', { definition, sort: { field: 'companyName', dir: 'asc' } });
  expect(expected.length).toBeGreaterThan(50); // more than one page shown: the file has them all
  await openRoute(page, server, `#/segments/${segment.id}`, BOOT);
  await setLanguage(page, 'zh');
  const table = page.getByTestId('members-table');
  await expect(table.locator('tbody tr').first()).toContainText(expected[0]!.companyName, { timeout: 30_000 });
  const shown = await table.locator('tbody tr td:first-child').allInnerTexts();
  const headers = (await table.locator('thead th').allInnerTexts()).map((h) => h.trim());

  await page.getByTestId('export-menu').click();
  await page.getByRole('menuitem', { name: 'Excel 工作簿（.xlsx）' }).click();
  await expect(dialog(page)).toContainText('导出细分客户');
  const file = path.join(server.dir, '细分-zh.xlsx');
  await runExport(page, file, 'export-segment-zh');

  const wb = XLSX.readFile(file);
  expect(wb.SheetNames).toEqual(['细分']);
  const rows = XLSX.utils.sheet_to_json<unknown[]>(wb.Sheets['细分']!, { header: 1, raw: true, defval: null });
  // The table's own headers, in the UI's language; its country cell (country · region) is two columns.
  expect(headers).toEqual(['公司', '类型', '行业', '国家/地区', '甄别']);
  expect(rows[0]).toEqual(['公司', '类型', '行业', '国家/地区', '省/州', '甄别']);
  expect(rows.slice(1).map((r) => r[0])).toEqual(expected.map((c) => c.companyName));
  expect(rows.slice(1, shown.length + 1).map((r) => r[0])).toEqual(shown);
  expect(rows.slice(1).map((r) => [r[2], r[3], r[4]])).toEqual(expected.map((c) => [c.industry, c.country, c.region]));
  expect(new Set(rows.slice(1).map((r) => String(r[1])).filter((k) => !k.includes('参展商')))).toEqual(new Set());
  await dialog(page).getByTestId('export-close').click();
  await setLanguage(page, 'en');
});

test('an export that cannot be written says why in the UI’s language, and can be tried again', async ({ page }) => {
  await server.api('prefs.update', { language: 'en' });
  await openRoute(page, server, '#/customers', BOOT);
  await expect(page.getByRole('heading', { name: 'Customers', exact: true })).toBeVisible();
  for (const lang of ['en', 'zh'] as const) {
    await setLanguage(page, lang);
    // A folder where the export writes its file before renaming it into place: the write fails.
    const file = path.join(server.dir, `blocked-${lang}.xlsx`);
    fs.mkdirSync(`${file}.partial`);
    await page.getByTestId('export-menu').click();
    await page.getByRole('menuitem', { name: lang === 'en' ? 'Excel workbook (.xlsx)' : 'Excel 工作簿（.xlsx）' }).click();
    const input = page.getByTestId('export-path');
    await expect(input).toHaveValue(/\.xlsx$/);
    await input.fill(file);
    await page.getByTestId('export-start').click();
    const failure = dialog(page).getByTestId('job-progress').getByText(lang === 'en' ? /^Failed: An unexpected error occurred \(EISDIR/ : /^失败：发生意外错误（EISDIR/);
    await expect(failure).toBeVisible({ timeout: 30_000 });
    // The bar reads as a failure (the theme's red), not a finished green one.
    const bar = dialog(page).locator('[data-status="failed"] .mantine-Progress-section');
    expect(await bar.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(240, 62, 62)');
    // No raw key, no "exporting…" beside a failure; the folder the write met is left as it was.
    await expect(dialog(page)).not.toContainText('err.');
    await expect(dialog(page)).not.toContainText(lang === 'en' ? 'Exporting' : '正在导出');
    expect(fs.statSync(`${file}.partial`).isDirectory()).toBe(true);
    expect(fs.existsSync(file)).toBe(false);
    await view(page, `export-failed-${lang}`);
    // Try again, to a path that can be written: done.
    await dialog(page).getByRole('button', { name: lang === 'en' ? 'Export again' : '再次导出' }).click();
    const ok = path.join(server.dir, `unblocked-${lang}.xlsx`);
    await page.getByTestId('export-path').fill(ok);
    await page.getByTestId('export-start').click();
    await expect(dialog(page).getByTestId('export-done')).toBeVisible({ timeout: 60_000 });
    expect(XLSX.readFile(ok).SheetNames).toEqual([lang === 'en' ? 'Customers' : '客户']);
    await dialog(page).getByTestId('export-close').click();
  }
  await setLanguage(page, 'en');
});
