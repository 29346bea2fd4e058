import fs from 'node:fs';
import path from 'node:path';
import { expect, openRoute, setLanguage, shot, test } from './fixtures';

// Undoing a big import is a job: the dialog shows its progress with a cancel button; cancelled,
// nothing changes and the import can be undone later; the app answers meanwhile.

interface Job {
  id: string;
  status: string;
}

test('a big undo shows progress, can be cancelled without a change, and then completes', async ({ page, server }) => {
  test.setTimeout(180_000);
  await server.api('workspace.start');
  const x = await server.api<{ id: string }>('exhibitions.create', { name: 'Harbour Expo' });
  await server.api('editions.create', { exhibitionId: x.id, name: 'Harbour Expo 2026', startDate: '2026-09-01', endDate: '2026-09-03' });
  const lines = ['Company,Email'];
  for (let i = 1; i <= 20_000; i++) lines.push(`Firm ${i} Trading,f${i}@firm${i}.com`);
  const file = path.join(server.dir, 'fair-list.csv');
  fs.writeFileSync(file, lines.join('\r\n') + '\r\n');
  // Imported through the same calls as the app's flow.
  const { sessionId } = await server.api<{ sessionId: string }>('imports.open', { path: file });
  await server.api('imports.preview', { sessionId });
  const commit = await server.api<Job>('imports.commit', { sessionId });
  for (let j = commit; j.status === 'running'; j = await server.api<Job>('jobs.get', { id: commit.id })) await page.waitForTimeout(200);
  const total = async () => (await server.api<{ total: number }>('customers.list', {})).total;
  expect(await total()).toBe(20_000);

  await openRoute(page, server, '#/import/history');
  const history = page.getByTestId('import-history');
  await history.getByRole('button', { name: 'Undo' }).click();
  const dialog = page.getByRole('dialog');
  await expect(page.getByTestId('undo-preview')).toContainText('remove 20,000 customers it created');
  await dialog.getByRole('button', { name: 'Undo import' }).click();
  const running = page.getByTestId('undo-running');
  const bar = running.getByTestId('job-progress');
  await expect(bar).toContainText('Undoing the import');
  await expect(running).toContainText('You can close this window');
  await shot(page, 'import-undo-running-en');
  // The app answers while the undo runs.
  expect(await total()).toBe(20_000);
  await bar.getByRole('button', { name: 'Cancel' }).click();
  await expect(running).toContainText('The undo was cancelled: nothing was changed.');
  await expect(bar.locator('[data-status]')).toHaveAttribute('data-status', 'cancelled');
  await shot(page, 'import-undo-cancelled-en');
  expect(await total()).toBe(20_000);

  // Back to the plan, and this time to the end, in Chinese.
  await setLanguage(page, 'zh');
  await expect(running).toContainText('撤销已取消：没有任何更改。');
  await shot(page, 'import-undo-cancelled-zh');
  await running.getByRole('button', { name: '返回' }).click();
  await expect(page.getByTestId('undo-preview')).toContainText('20,000');
  await dialog.getByRole('button', { name: '撤销导入' }).click();
  await expect(running.getByTestId('job-progress')).toContainText('正在撤销导入');
  await shot(page, 'import-undo-running-zh');
  await expect(page.getByTestId('undo-result')).toBeVisible({ timeout: 60_000 });
  // Each customer and the relationship it started with the exhibition.
  await expect(page.getByTestId('undo-result')).toContainText('删除 40,000 条记录');
  await shot(page, 'import-undo-done-zh');
  expect(await total()).toBe(0);
  await page.getByTestId('undo-result').getByRole('button').click();
  await expect(history).toContainText(/已于 .* 撤销/);
});

test('the result page hears of an undo finished after its dialog was closed', async ({ page, server }) => {
  test.setTimeout(180_000);
  await server.api('workspace.start');
  const lines = ['Company,Email'];
  for (let i = 1; i <= 20_000; i++) lines.push(`Firm ${i} Trading,f${i}@firm${i}.com`);
  const file = path.join(server.dir, 'walk-in-list.csv');
  fs.writeFileSync(file, lines.join('\r\n') + '\r\n');
  await openRoute(page, server, '#/import');
  await page.getByTestId('import-path').fill(file);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('import-step-sheet')).toBeVisible();
  for (let i = 0; i < 6; i++) await page.getByTestId('import-next').click();
  await page.getByTestId('commit-import').click();
  const result = page.getByTestId('import-result');
  await expect(result).toBeVisible({ timeout: 60_000 });

  await result.getByRole('button', { name: 'Undo this import' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByTestId('undo-running')).toBeVisible();
  // Closed while it runs, as the dialog says one may: the undo goes on, and the page follows it.
  await dialog.getByRole('button', { name: 'Close' }).last().click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('import-undone')).toBeVisible({ timeout: 60_000 });
  await expect(result.getByRole('button', { name: 'Undo this import' })).toBeDisabled();
  expect((await server.api<{ total: number }>('customers.list', {})).total).toBe(0);
});
