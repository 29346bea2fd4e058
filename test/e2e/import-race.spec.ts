import fs from 'node:fs';
import path from 'node:path';
import { expect, openRoute, setLanguage, shot, startServer, test, type Server } from './fixtures';

// A customer entered while an import's commit waits for its pre-import backup, repeating a row
// of the file (issue 6 item 4: duplicates against the workspace, atomic commit): the commit
// stops with nothing written and says why, the counts are asked again, and the import then
// goes through without the repeat. The demo workspace makes the backup last long enough
// (about a second) to enter the customer meanwhile.

let server: Server;
let stop: () => Promise<void>;
test.beforeAll(async () => {
  test.setTimeout(180_000);
  ({ server, stop } = await startServer({ demoCustomers: 20_000 }));
});
test.afterAll(async () => stop());

test('a customer entered during the backup stops the commit; checked again, the rest imports', async ({ page }) => {
  test.setTimeout(180_000);
  const file = path.join(server.dir, 'stand-list.csv');
  fs.writeFileSync(
    file,
    ['Company,Email,Website', 'Quokka Robotics Ltd,hi@quokka-robotics.test,', 'Wombat Sensors GmbH,info@wombat-sensors.test,', 'Numbat Optics Inc,,numbat-optics.test', ''].join('\n'),
  );
  const before = (await server.api<{ total: number }>('customers.list', { limit: 1 })).total;

  await openRoute(page, server, '#/import');
  await page.getByTestId('import-path').fill(file);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('import-step-sheet')).toBeVisible({ timeout: 60_000 });
  for (const step of ['columns', 'edition', 'preview', 'check', 'duplicates', 'import']) {
    await page.getByTestId('import-next').click();
    await expect(page.getByTestId(`import-step-${step}`)).toBeVisible({ timeout: 60_000 });
  }
  const created = page.getByTestId('dry-run-counts').locator('[data-count="created"]');
  await expect(created).toHaveText(/\D3$/);

  const backupsLink = page.getByRole('navigation').getByRole('link', { name: /Backups/ });
  await expect(backupsLink).toContainText('None yet', { ignoreCase: true });
  await page.getByTestId('commit-import').click();
  await expect(page.getByTestId('job-progress')).toContainText('Backing up the workspace first', { timeout: 30_000 });
  // Entered at a stand meanwhile, by another name: the same website as the third row.
  await server.api('customers.create', { companyName: 'Numbat Optics Incorporated', website: 'https://numbat-optics.test' });

  const failure = page.getByText(/The workspace changed while this import waited/);
  await expect(failure).toBeVisible({ timeout: 60_000 });
  // The counts are matched again: the third row is now a duplicate, skipped.
  await expect(created).toHaveText(/\D2$/);
  await expect(page.getByTestId('dry-run-counts').locator('[data-count="skipped"]')).toHaveText(/\D1$/);
  // The backup made before the commit is kept, and the navigation's badge knows it.
  await expect(backupsLink).not.toContainText('None yet', { ignoreCase: true });
  await shot(page, 'import-race-1-stopped-en');
  await setLanguage(page, 'zh');
  await expect(page.getByText(/在此导入等待期间工作区发生了变化/)).toBeVisible();
  await shot(page, 'import-race-1-stopped-zh');
  await setLanguage(page, 'en');
  // Nothing of the import was written: only the entry.
  expect((await server.api<{ total: number }>('customers.list', { limit: 1 })).total).toBe(before + 1);
  expect(await server.api<unknown[]>('imports.batches', {})).toHaveLength(0);

  await page.getByTestId('commit-import').click();
  await expect(page.getByTestId('import-result')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('result-counts').locator('[data-count="created"]')).toHaveText(/\D2$/);
  expect((await server.api<{ total: number }>('customers.list', { limit: 1 })).total).toBe(before + 3);
  expect((await server.api<{ total: number }>('customers.list', { q: 'Numbat' })).total).toBe(1);

  // Undone from the result page: the page says so, no longer "Import finished".
  await page.getByRole('button', { name: 'Undo this import' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByTestId('undo-result')).toContainText('Records removed:');
  await page.getByTestId('undo-result').getByRole('button', { name: 'Close', exact: true }).click();
  const undone = page.getByTestId('import-undone');
  await expect(undone).toContainText('Import undone');
  await expect(page.getByTestId('import-result')).not.toContainText('Import finished');
  await expect(page.getByRole('button', { name: 'Undo this import' })).toBeDisabled();
  expect((await server.api<{ total: number }>('customers.list', { limit: 1 })).total).toBe(before + 1);
  await shot(page, 'import-race-2-undone-en');
  await setLanguage(page, 'zh');
  await expect(undone).toContainText('已撤销导入');
  await shot(page, 'import-race-2-undone-zh');
  await setLanguage(page, 'en');
});
