import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { AppInfo } from '../../shared/api/app';
import { expect, openRoute, setLanguage, shot, test } from './fixtures';

// Issue 7 item 4, the worst case: a damaged workspace with no backup. The damaged-file message
// offers to salvage what is readable into a new workspace, which then opens.

test('a damaged workspace without backups is salvaged into a new workspace that opens', async ({ page, server }) => {
  const broken = path.join(server.dir, 'Lighting Fair.sqlite');
  execFileSync(process.execPath, ['bin/exhibition-crm.js', 'demo', '--db', broken, '--customers', '300', '--seed', '4', '--json']);
  // Pages in the middle overwritten: structure broken, most rows still readable.
  const bytes = fs.readFileSync(broken);
  const pages = bytes.length / 4096;
  for (const f of [0.4, 0.6]) bytes.fill(0x5a, Math.floor(pages * f) * 4096, Math.floor(pages * f) * 4096 + 4096);
  fs.writeFileSync(broken, bytes);

  await page.goto(server.open);
  await setLanguage(page, 'zh');
  await page.getByLabel('工作区文件路径').fill(broken);
  await page.getByRole('button', { name: '打开', exact: true }).click();
  const alert = page.getByTestId('open-error');
  await expect(alert).toContainText('此工作区文件已损坏');
  await expect(alert.getByRole('button', { name: '把可读取的内容抢救到新工作区' })).toBeVisible();
  await shot(page, 'workspace-salvage-offer-zh');
  await setLanguage(page, 'en');
  await expect(alert.getByRole('button', { name: 'Salvage what is readable into a new workspace' })).toBeVisible();
  await shot(page, 'workspace-salvage-offer-en');

  await alert.getByRole('button', { name: 'Salvage what is readable into a new workspace' }).click();
  await expect(page.getByTestId('workspace-menu')).toContainText('Lighting Fair (salvaged)', { timeout: 30_000 });
  const info = await server.api<AppInfo>('app.info');
  expect(info.workspace?.name).toBe('Lighting Fair (salvaged)');
  const list = await server.api<{ total: number }>('customers.list', {});
  expect(list.total).toBeGreaterThan(250);
  await openRoute(page, server, '#/customers');
  await expect(page.getByRole('row').nth(5)).toBeVisible();
  await shot(page, 'workspace-salvaged-en');
  // The damaged file itself is left as it was.
  expect(fs.readFileSync(broken).equals(bytes)).toBe(true);
});

test('the Backups page checks the workspace thoroughly and says what it found', async ({ page, server }) => {
  await server.api('workspace.start', {});
  await server.api('customers.create', { companyName: 'Checked Lighting Ltd', kinds: ['exhibitor'] });
  await openRoute(page, server, '#/backups');
  await setLanguage(page, 'en');
  await page.getByTestId('deep-check').click();
  await expect(page.getByTestId('deep-check-result')).toContainText('No damage found (1 customer)');
  // Full-page shots from the top: a scrolled page would show the sticky header mid-page.
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'backups-deep-check-en');
  await setLanguage(page, 'zh');
  await page.getByTestId('deep-check').click();
  await expect(page.getByTestId('deep-check-result')).toContainText('未发现损坏');
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, 'backups-deep-check-zh');
});
