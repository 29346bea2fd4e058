import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { askedOf, stubDesktop } from './desktopStub';
import { expect, openRoute, setLanguage, shot, test, type Server } from './fixtures';

// The import's commit cancelled from the UI while it runs (issue 6 item 4: atomic, with a
// progress bar and cancel): the database is unchanged. And the first step in the desktop
// shell, where the system's open dialog gives the file (the preload bridge is stood in for
// here: the Electron binary is not available to the tests).

/** A customer list big enough that its commit runs for a few seconds. */
function bigList(dir: string, rows: number): string {
  const lines = ['Company,Phone,Email,City,Contact'];
  for (let i = 1; i <= rows; i++) lines.push(`Firm ${String(i).padStart(6, '0')} Trading,0${20_000_000 + i},f${i}@firm${i}.com,Ningbo,Ann Lee ${i}`);
  const file = path.join(dir, 'big-list.csv');
  fs.writeFileSync(file, lines.join('\n') + '\n');
  return file;
}

async function counts(server: Server) {
  const customers = await server.api<{ total: number }>('customers.list', { limit: 1 });
  const batches = await server.api<unknown[]>('imports.batches', {});
  return { customers: customers.total, batches: batches.length };
}

/** From the sheet step to the last one (each Next waits for its step); `at` runs on each. */
async function toImportStep(page: Page, at: (step: string) => Promise<void>) {
  for (const step of ['columns', 'edition', 'preview', 'check', 'duplicates', 'import']) {
    await page.getByTestId('import-next').click();
    await expect(page.getByTestId(`import-step-${step}`)).toBeVisible({ timeout: 60_000 });
    await at(step);
  }
}

test('cancelling the commit while it runs leaves the database unchanged', async ({ page, server }) => {
  test.setTimeout(300_000);
  await server.api('workspace.start');
  await server.api('customers.create', { companyName: 'Already here Ltd' });
  const before = await counts(server);
  expect(before).toEqual({ customers: 1, batches: 0 });
  const file = bigList(server.dir, 80_000);

  await openRoute(page, server, '#/import');
  await page.getByTestId('import-path').fill(file);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('import-step-sheet')).toBeVisible({ timeout: 60_000 });
  await toImportStep(page, async (step) => {
    if (step !== 'check') return;
    // 80,000 rows to check: the shared pager pages through them.
    const pager = page.getByTestId('import-step-check').getByTestId('pager');
    await expect(pager).toContainText('1–50 of 80,000', { timeout: 60_000 });
    await pager.getByRole('button', { name: 'Next' }).click();
    await expect(pager).toContainText('51–100 of 80,000');
    await expect(page.getByTestId('import-rows')).toContainText('Firm 000051 Trading');
    await shot(page, 'import-cancel-0-check-pager-en');
    await setLanguage(page, 'zh');
    await expect(pager).toContainText('51–100 / 共 80,000');
    await shot(page, 'import-cancel-0-check-pager-zh');
    await setLanguage(page, 'en');
  });
  await expect(page.getByTestId('dry-run-counts').locator('[data-count="created"]')).toContainText('80,000', { timeout: 60_000 });

  // In Chinese from here: the commit of 80,000 rows takes a few seconds, time for one screenshot
  // of it running before the cancel (a language switch and a second one could outlast it).
  await setLanguage(page, 'zh');
  await page.getByTestId('commit-import').click();
  const progress = page.getByTestId('job-progress');
  await expect(progress).toBeVisible();
  // Shown while rows are being written (the bar has moved), then cancelled.
  await expect(progress).toContainText(/[1-9][\d,]* \/ 80,000/, { timeout: 60_000 });
  // While it runs the flow stays on this step: going back or starting again would lose the job's result.
  await expect(page.getByTestId('import-restart')).toBeDisabled();
  await expect(page.getByRole('button', { name: '上一步' })).toBeDisabled();
  await progress.getByRole('button', { name: '取消' }).click();
  await expect(page.getByText('导入已取消：没有保存任何内容。')).toBeVisible({ timeout: 60_000 });
  await shot(page, 'import-cancel-2-cancelled-zh');
  await setLanguage(page, 'en');
  await expect(page.getByText('The import was cancelled: nothing was saved.')).toBeVisible();
  await shot(page, 'import-cancel-2-cancelled-en');

  // Nothing written: no customer, no batch; the commit can be started again.
  expect(await counts(server)).toEqual(before);
  expect((await server.api<{ total: number }>('customers.list', { q: 'Firm 000001' })).total).toBe(0);
  await expect(page.getByTestId('commit-import')).toBeEnabled();
  await expect(page.getByTestId('import-restart')).toBeEnabled();
  await expect(page.getByRole('button', { name: 'Back' })).toBeEnabled();
});

test('desktop shell: the first step opens the file chosen in the system dialog', async ({ page, server }) => {
  await server.api('workspace.start');
  const file = bigList(server.dir, 3);
  // window.excrm as the preload exposes it, calling the test server over HTTP; the open
  // dialog is cancelled once, then answers with the file, and records how it was asked.
  await stubDesktop(page, server.token, { chooseImportFile: [null, file] });
  await page.goto(new URL('#/import', server.url).href);
  await expect(page.getByRole('heading', { name: 'Import customers' })).toBeVisible();
  // No path field: the dialog's button.
  await expect(page.getByTestId('import-path')).toHaveCount(0);
  await shot(page, 'import-desktop-1-file-en');
  await setLanguage(page, 'zh');
  await expect(page.getByTestId('import-choose')).toHaveText('选择文件…');
  await shot(page, 'import-desktop-1-file-zh');

  // Cancelled: nothing happens.
  await page.getByTestId('import-choose').click();
  await expect(page.getByTestId('import-step-file')).toBeVisible();
  // Chosen: the file opens and the flow moves on.
  await page.getByTestId('import-choose').click();
  await expect(page.getByTestId('import-step-sheet')).toBeVisible();
  await expect(page.getByTestId('import-headers')).toContainText('Company');
  expect(await askedOf(page, 'chooseImportFile')).toEqual([
    [null, '选择要导入的文件'],
    [null, '选择要导入的文件'],
  ]);
  // Back on the first step: the chosen file is shown, and the dialog starts from it.
  await page.getByRole('button', { name: '上一步' }).click();
  await expect(page.getByTestId('import-chosen')).toHaveText(file);
  await setLanguage(page, 'en');
  await shot(page, 'import-desktop-2-chosen-en');
  await page.getByTestId('import-choose').click();
  await expect(page.getByTestId('import-step-sheet')).toBeVisible();
  expect((await askedOf(page, 'chooseImportFile'))[2]).toEqual([file, 'Choose the file to import']);
});
