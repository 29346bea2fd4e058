import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import XLSX from 'xlsx';
import type { Page } from '@playwright/test';
import { expect, openRoute, setLanguage, shot, test, type Server } from './fixtures';

// The guided import, in a real browser against the real backend: a Chinese-headed .xlsx with a
// title row above the header, a phone with a leading zero, a duplicate of a stored customer and
// an invalid row goes through every step; the customers appear, the duplicate is handled as
// chosen, the rejected row is saved with its reason, and the import is undone.

interface Customer {
  id: string;
  companyName: string;
  email: string | null;
  phone: string | null;
  contacts: { name: string; phone: string | null }[];
}

async function writeList(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('参展商名单');
  ws.addRow(['2026 深圳国际电子展 参展商名单']);
  ws.mergeCells('A1:G1');
  ws.addRow([]);
  ws.addRow(['公司名称', '联系人', '手机', '邮箱', '展位号', '面积', '电话']);
  // Phones as text cells, the way Excel keeps a leading zero.
  ws.addRow(['上海明光照明有限公司', '李娜', '013812345678', 'li@mingguang.com', 'A012', 36, '02158881234']);
  ws.addRow(['深圳市海天电子有限公司', '王伟', '13900001111', 'wang@haitian.cn', 'B001', 18, '075586001234']);
  ws.addRow(['杭州云帆科技有限公司', '张敏', '13700002222', 'not-an-email', 'C003', 24, null]);
  ws.addRow(['北京华星展览服务有限公司', '陈静', '13600003333', 'chen@huaxing.cn', 'C020', 54, '01065550000']);
  const file = path.join(dir, '参展商名单.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

async function seed(server: Server): Promise<{ existing: Customer; editionName: string }> {
  await server.api('workspace.start');
  const x = await server.api<{ id: string }>('exhibitions.create', { name: '深圳国际电子展' });
  await server.api('editions.create', { exhibitionId: x.id, name: 'SZ Electronics 2026', startDate: '2026-05-10', endDate: '2026-05-12' });
  // Stored without an email: "fill empty fields" will add the file's one.
  const existing = await server.api<Customer>('customers.create', { companyName: '深圳市海天电子有限公司', kinds: ['exhibitor'], phone: '075586001234' });
  return { existing, editionName: 'SZ Electronics 2026' };
}

/** A screenshot in English, then the same screen in Chinese, then back to English. */
async function shots(page: Page, name: string, zhText: string | RegExp): Promise<void> {
  await shot(page, `import-${name}-en`);
  await setLanguage(page, 'zh');
  await expect(page.getByText(zhText).first()).toBeVisible();
  await shot(page, `import-${name}-zh`);
  await setLanguage(page, 'en');
  await expect(page.getByText(zhText).first()).toBeHidden();
}

const next = (page: Page) => page.getByTestId('import-next').click();

test('imports a Chinese-headed list through the whole guided flow, then undoes it', async ({ page, server }) => {
  test.setTimeout(180_000);
  const { existing, editionName } = await seed(server);
  const file = await writeList(server.dir);

  // A click before the app's start-up redirect would be undone by it: wait for it first.
  await openRoute(page, server, '#/customers');
  await page.getByRole('link', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Import customers' })).toBeVisible();

  // 1. File: a wrong path first gives a clear message, then the real file.
  await page.getByTestId('import-path').fill(path.join(server.dir, 'missing.xlsx'));
  await page.keyboard.press('Enter');
  await expect(page.getByText('This file could not be read')).toBeVisible();
  await page.getByTestId('import-path').fill(file);
  await shots(page, '1-file', '选择文件');
  await page.keyboard.press('Enter');

  // 2. Sheet and header row: the title rows above the header are skipped.
  await expect(page.getByTestId('import-step-sheet')).toBeVisible();
  await expect(page.getByTestId('import-header-row')).toHaveValue('3');
  await expect(page.getByTestId('import-headers')).toContainText('公司名称');
  await shots(page, '2-sheet', '表头行');
  await next(page);

  // 3. Columns mapped from the Chinese titles.
  const table = page.getByTestId('mapping-table');
  await expect(table.getByLabel('Imported as: 公司名称')).toHaveValue('Company name');
  await expect(table.getByLabel('Imported as: 手机')).toHaveValue('Contact mobile');
  await expect(table.getByLabel('Imported as: 展位号')).toHaveValue('Stand number');
  await expect(table.getByLabel('Imported as: 电话')).toHaveValue('Phone (company)');
  await shots(page, '3-columns', '导入为');
  await next(page);

  // 4. Edition for the participations.
  await page.getByTestId('import-edition').click();
  await page.getByRole('option', { name: editionName }).click();
  // Named with its exhibition: two exhibitions may each have a "2026".
  await expect(page.getByTestId('edition-chosen')).toContainText(`深圳国际电子展 · ${editionName}`);
  await shots(page, '4-edition', '参展记录将添加到');
  await next(page);

  // 5. Preview as stored: the leading zeros are there.
  await expect(page.getByTestId('import-step-preview')).toBeVisible();
  await expect(page.getByTestId('import-rows')).toContainText('013812345678');
  await expect(page.getByTestId('import-rows')).toContainText('02158881234');
  await expect(page.getByTestId('sum-rejected')).toContainText('1');
  await expect(page.getByTestId('sum-duplicates')).toContainText('1');
  await shots(page, '5-preview', '保存后的样子');
  await next(page);

  // 6. Check: the rejected row with its per-field reason (filter "Rejected" is preselected).
  const rows = page.getByTestId('import-rows');
  await expect(rows.locator('tbody tr')).toHaveCount(1);
  await expect(rows).toContainText('杭州云帆科技有限公司');
  await expect(rows.locator('tbody tr').first()).toContainText('Email');
  await shots(page, '6-check', '被拒绝的行不会导入');
  await page.getByTestId('check-filter').getByText('All').click();
  await expect(rows.locator('tbody tr')).toHaveCount(4);
  await next(page);

  // 7. Duplicates: the stored customer matches; this row fills its empty fields.
  await expect(page.getByTestId('import-rows')).toContainText('深圳市海天电子有限公司');
  await page.getByTestId('decision-5').click();
  await page.getByRole('option', { name: 'Fill empty fields' }).click();
  await expect(page.getByTestId('decision-5')).toHaveValue('Fill empty fields');
  await shots(page, '7-duplicates', '所有重复行');
  await next(page);

  // 8. Dry run, then commit.
  const dry = page.getByTestId('dry-run-counts');
  await expect(dry.locator('[data-count="created"]')).toContainText('2');
  await expect(dry.locator('[data-count="updated"]')).toContainText('1');
  await expect(dry.locator('[data-count="rejected"]')).toContainText('1');
  await shots(page, '8-dry-run', '导入将会执行的操作');
  await page.getByTestId('commit-import').click();
  const result = page.getByTestId('import-result');
  await expect(result).toBeVisible({ timeout: 30_000 });
  await expect(result.locator('[data-count="created"]')).toContainText('2');
  await expect(result.locator('[data-count="participations"]')).toContainText('3');
  // The exhibition is assessed again in its own job; the result page says when it is done.
  const assess = result.getByTestId('import-assess');
  await expect(assess).toHaveAttribute('data-status', 'done', { timeout: 30_000 });
  await expect(assess).toContainText('The exhibition was assessed again');
  await expect(assess.getByRole('link', { name: 'See the value table' })).toHaveAttribute('href', '#/value');

  // The rejected row, saved as .xlsx with its reason.
  await result.getByRole('button', { name: 'Download rejected rows (.xlsx)' }).click();
  const rejectedFile = await page.getByTestId('rejected-path').inputValue();
  expect(rejectedFile).toBe(path.join(server.dir, '参展商名单-rejected.xlsx'));
  await result.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('rejected-saved')).toContainText('1 rejected row saved');
  // Read back with SheetJS, the app's own reader for files to import again.
  const book = XLSX.readFile(rejectedFile);
  const [header, bad] = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1, raw: true, defval: null }) as [unknown[], unknown[]];
  expect(header).toEqual(['公司名称', '联系人', '手机', '邮箱', '展位号', '面积', '电话', 'Reason']);
  expect(bad[0]).toBe('杭州云帆科技有限公司');
  expect(String(bad[7])).toMatch(/邮箱/);
  await shots(page, '9-result', '导入完成');

  // The customers are in the list, leading zeros kept.
  await page.getByRole('link', { name: 'View customers' }).click();
  await expect(page.getByRole('heading', { name: 'Customers', exact: true })).toBeVisible();
  await expect(page.getByTestId('list-count')).toHaveText('3 customers');
  const ming = page.locator('tbody tr[aria-rowindex]').filter({ hasText: '上海明光照明有限公司' });
  await ming.click();
  await expect(page.getByText('013812345678')).toBeVisible();
  await expect(page.getByText('02158881234')).toBeVisible();
  await shot(page, 'import-10-customer-en');

  // The duplicate was not created again; its empty email was filled.
  const list = await server.api<{ total: number }>('customers.list', { q: '海天' });
  expect(list.total).toBe(1);
  const updated = await server.api<Customer>('customers.get', { id: existing.id });
  expect(updated.email).toBe('wang@haitian.cn');

  // One imported customer is edited after the import: the undo will keep it, and says so first.
  const huaxing = (await server.api<{ rows: { id: string }[] }>('customers.list', { q: '华星' })).rows[0]!;
  const hx = await server.api<Customer & { version: number }>('customers.get', { id: huaxing.id });
  await server.api('customers.update', { id: hx.id, version: hx.version, patch: { city: '北京' } });

  // Undo from the import history.
  await openRoute(page, server, '#/import/history');
  const history = page.getByTestId('import-history');
  await expect(history).toContainText('参展商名单.xlsx');
  await shots(page, '11-history', '导入记录');
  await history.getByRole('button', { name: 'Undo' }).click();
  const plan = page.getByTestId('undo-preview');
  await expect(plan).toContainText('remove 1 customer it created');
  await expect(plan).toContainText('remove 3 participations it added');
  await expect(plan).toContainText('put back 1 customer it updated');
  await expect(plan).toContainText('1 record was edited or used since the import and will be kept as it is');
  await expect(page.getByTestId('undo-kept')).toHaveText('Customer: 北京华星展览服务有限公司 — edited since the import');
  await shots(page, '12-undo-confirm', '将保持不变');
  await page.getByRole('dialog').getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByTestId('undo-result')).toContainText(/Records removed: \d+; put back: \d+\./);
  await expect(page.getByTestId('undo-kept')).toContainText('北京华星展览服务有限公司');
  await shots(page, '13-undone', '已撤销导入');
  await page.getByTestId('undo-result').getByRole('button', { name: 'Close', exact: true }).click();
  await expect(history).toContainText('Undone');

  // The stored customer and the edited one remain; the other imported one is gone.
  const after = await server.api<{ total: number; rows: { companyName: string }[] }>('customers.list', {});
  expect(after.rows.map((r) => r.companyName).sort()).toEqual(['北京华星展览服务有限公司', '深圳市海天电子有限公司'].sort());
  const restored = await server.api<Customer>('customers.get', { id: existing.id });
  expect(restored.email).toBeNull();
  expect(fs.existsSync(rejectedFile)).toBe(true);
});
