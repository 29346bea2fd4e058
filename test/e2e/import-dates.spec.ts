import fs from 'node:fs';
import path from 'node:path';
import { expect, openRoute, setLanguage, shot, test } from './fixtures';

// Dates such as 3/7/2026 read as 3 July or 7 March: the preview says which reading is used and
// why, shows both on the file's own example, and the one chosen is what gets stored.

interface Participation {
  statusAt: string;
}

test('dates that read two ways are shown both ways, and the reading chosen is stored', async ({ page, server }) => {
  test.setTimeout(120_000);
  await server.api('workspace.start');
  // Stored before the import: first by name, but not among the customers the import changed.
  await server.api('customers.create', { companyName: 'Aardvark Old Co' });
  const x = await server.api<{ id: string }>('exhibitions.create', { name: 'Harbour Expo' });
  const e = await server.api<{ id: string }>('editions.create', { exhibitionId: x.id, name: 'Harbour Expo 2026', startDate: '2026-09-01', endDate: '2026-09-03' });
  const file = path.join(server.dir, 'bookings.csv');
  fs.writeFileSync(file, 'Company,Booking date\r\nHarbour Lights,3/7/2026\r\nDelta Fixtures,4/8/2026\r\nNingbo Lamps,2026-02-01\r\n');

  await openRoute(page, server, '#/import');
  await page.getByTestId('import-path').fill(file);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('import-step-sheet')).toBeVisible();
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-edition').click();
  await page.getByRole('option', { name: 'Harbour Expo 2026' }).click();
  await page.getByTestId('import-next').click();

  const notice = page.getByTestId('import-date-order');
  await expect(notice).toHaveAttribute('data-source', 'default');
  await expect(notice).toContainText('2 dates could be read two ways');
  await expect(notice).toContainText('“Booking date”');
  await expect(notice).toContainText('3/7/2026');
  // Both readings shown on the example; day first is the one in use, and in the preview rows.
  const dayFirst = notice.getByText('Day first: 3 Jul 2026');
  const monthFirst = notice.getByText('Month first: 7 Mar 2026');
  await expect(dayFirst).toBeVisible();
  await expect(monthFirst).toBeVisible();
  await expect(page.getByTestId('import-rows')).toContainText('2026-07-03');
  await shot(page, 'import-dates-en');
  await setLanguage(page, 'zh');
  await expect(notice).toContainText('2 个日期有两种读法');
  await expect(notice).toContainText('日在前：2026年7月3日');
  await shot(page, 'import-dates-zh');
  await setLanguage(page, 'en');

  await monthFirst.click();
  await expect(notice).toHaveAttribute('data-source', 'chosen');
  await expect(page.getByTestId('import-rows')).toContainText('2026-03-07');
  await expect(page.getByTestId('import-rows')).not.toContainText('2026-07-03');
  // Kept for next year's list: saved as a template from here (the columns step came before the choice).
  await notice.getByTestId('save-template').click();
  await notice.getByLabel('Template name').fill('US bookings');
  await shot(page, 'import-dates-chosen-en');
  await notice.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Template “US bookings” saved')).toBeVisible();
  await setLanguage(page, 'zh');
  await expect(notice).toContainText('按您的选择读取');
  await expect(notice).toContainText('对同类文件记住此读法');
  await shot(page, 'import-dates-chosen-zh');
  await setLanguage(page, 'en');

  for (let i = 0; i < 3; i++) await page.getByTestId('import-next').click();
  await expect(page.getByTestId('import-step-import')).toBeVisible();
  await page.getByTestId('commit-import').click();
  await expect(page.getByTestId('import-result')).toBeVisible({ timeout: 30_000 });
  const stored = await server.api<{ rows: Participation[] }>('editions.participants', { editionId: e.id });
  expect(stored.rows.map((p) => p.statusAt).sort()).toEqual(['2026-02-01', '2026-03-07', '2026-04-08']);

  // "View customers": the list with the last changed first, so the imported ones head it.
  await page.getByTestId('import-view-customers').click();
  const rows = page.locator('tbody tr[aria-rowindex]');
  await expect(rows).toHaveCount(4);
  await expect(rows.first()).not.toContainText('Aardvark Old Co');
  await expect(rows.last()).toContainText('Aardvark Old Co');
  expect(page.url()).toContain('sort=updatedAt');

  // Next year's list, same columns: the template proposes month first, and says so.
  const next = path.join(server.dir, 'bookings-2027.csv');
  fs.writeFileSync(next, 'Company,Booking date\r\nLumière SA,5/6/2027\r\n');
  await openRoute(page, server, '#/import');
  await page.getByTestId('import-path').fill(next);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('import-step-sheet')).toBeVisible();
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('template-proposed')).toContainText('US bookings');
  await page.getByTestId('import-next').click();
  await page.getByTestId('import-edition').click();
  await page.getByRole('option', { name: 'Harbour Expo 2026' }).click();
  await page.getByTestId('import-next').click();
  await expect(notice).toHaveAttribute('data-source', 'template');
  await expect(notice).toContainText('as the saved mapping “US bookings” says');
  await expect(page.getByTestId('import-rows')).toContainText('2027-05-06');
  await shot(page, 'import-dates-template-en');
  await setLanguage(page, 'zh');
  await expect(notice).toContainText('按已保存的映射“US bookings”读取');
  await shot(page, 'import-dates-template-zh');
});
