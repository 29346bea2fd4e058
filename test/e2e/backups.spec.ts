import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { AppInfo } from '../../shared/api/app';
import type { BackupEntry, BackupStatus } from '../../shared/api/backups';
import type { Page } from '@playwright/test';
import { askedOf, stubDesktop } from './desktopStub';
import { expect, openRoute, setLanguage, shot as fullShot, test } from './fixtures';

// The Backups page against the real backend (CLI `serve`): the stale warning, "Back up now",
// restore with its confirmation, the folder setting's validation, opening a backup read-only.

/** Waits out the toasts (they keep the language they were shown in) and shoots from the top. */
async function shot(page: Page, name: string) {
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 10_000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullShot(page, name);
}

async function withCustomers(server: { api: <T>(m: string, i?: unknown) => Promise<T> }, names: string[]) {
  await server.api('workspace.start');
  for (const companyName of names) await server.api('customers.create', { companyName });
}

test('warns about an old backup, backs up now, and restores with a confirmation (en + zh)', async ({ page, server }) => {
  await withCustomers(server, ['Acme Lighting', 'Bolt Fasteners']);
  // A daily backup from three weeks ago, named as the app names them: older than 7 days.
  fs.mkdirSync(path.join(server.dir, 'backups'), { recursive: true });
  const db = new Database(server.dbPath, { readonly: true });
  db.prepare('VACUUM INTO ?').run(path.join(server.dir, 'backups', 'E2E.2026-11-01T08-00-00-000Z.daily.sqlite'));
  db.close();

  await page.goto(server.open);
  await expect(page.getByRole('link', { name: /Backups/ })).toContainText('Old');
  await page.getByRole('link', { name: /Backups/ }).click();
  await expect(page.getByRole('heading', { name: 'Backups', exact: true })).toBeVisible();
  await expect(page.getByTestId('backup-stale')).toContainText('The last backup is more than 7 days old');
  await expect(page.getByTestId('backup-list')).toContainText('Daily');
  await shot(page, 'backups-stale-en');

  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText(/Backup made and checked: 2 customers/)).toBeVisible();
  await expect(page.getByTestId('backup-stale')).toBeHidden();
  await expect(page.getByRole('link', { name: /Backups/ })).not.toContainText('Old');
  const rows = page.getByTestId('backup-list').getByRole('row');
  await expect(rows).toHaveCount(3); // header + manual + daily
  await expect(rows.nth(1)).toContainText('Made by hand');
  await expect(rows.nth(1)).toContainText('2');
  const made = (await server.api<BackupEntry[]>('backups.list'))[0]!;
  expect(made).toMatchObject({ reason: 'manual', counts: { customers: 2 } });

  // A change after the backup, then restore it: the change is gone, the state before is kept.
  await server.api('customers.create', { companyName: 'Later Ltd' });
  await page.getByRole('button', { name: /^Restore the backup of/ }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('2 customers');
  await shot(page, 'backups-restore-confirm-en');
  await dialog.getByRole('button', { name: 'Restore this backup' }).click();
  await expect(page.getByText('Backup restored. The state before was kept as a backup.')).toBeVisible();
  await expect.poll(async () => (await server.api<AppInfo>('app.info')).workspace?.customerCount).toBe(2);
  await expect(page.getByTestId('backup-list')).toContainText('Before restoring');
  await expect(page.getByRole('link', { name: /Customers/ })).toContainText('2');
  await page.mouse.move(0, 0);
  await shot(page, 'backups-en');

  await setLanguage(page, 'zh');
  await expect(page.getByRole('heading', { name: '备份', exact: true })).toBeVisible();
  await expect(page.getByTestId('backup-list')).toContainText('恢复前');
  await expect(page.getByRole('button', { name: '立即备份' })).toBeVisible();
  await shot(page, 'backups-zh');
  await page.getByRole('button', { name: /^恢复 .* 的备份$/ }).first().click();
  await expect(page.getByRole('dialog')).toContainText('会先备份当前状态');
  await shot(page, 'backups-restore-confirm-zh');
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await setLanguage(page, 'en');
});

test('a never-backed-up workspace warns; the backup folder is validated; a backup opens read-only', async ({ page, server }) => {
  await withCustomers(server, ['Acme Lighting']);
  await page.goto(server.open);
  // Never backed up: the nav badge says so, rather than calling a backup that does not exist "old".
  const nav = page.getByRole('link', { name: /Backups/ });
  await expect(nav).toContainText('None yet');
  await expect(nav).not.toContainText('Old');
  await nav.click();
  await expect(page.getByTestId('backup-stale')).toContainText('This workspace has never been backed up');
  await expect(page.getByTestId('no-backups')).toBeVisible();
  // The browser preview has no folder picker: the folder is typed.
  await expect(page.getByRole('button', { name: 'Choose…' })).toHaveCount(0);
  await shot(page, 'backups-never-en');
  await setLanguage(page, 'zh');
  await expect(page.getByRole('link', { name: /备份/ })).toContainText('暂无');
  await shot(page, 'backups-never-zh');
  await setLanguage(page, 'en');

  // A folder that does not exist: the message lands on the field, nothing is saved.
  const folder = page.getByLabel('Backup folder');
  await folder.fill(path.join(server.dir, 'no-such-stick'));
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('This folder does not exist (or the drive is not connected).')).toBeVisible();
  await expect(folder).toHaveAttribute('aria-invalid', 'true');
  await shot(page, 'backups-folder-error-en');

  const stick = path.join(server.dir, 'stick');
  fs.mkdirSync(stick);
  await folder.fill(stick);
  await page.getByLabel('Daily backups (days)').fill('10');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Backup settings saved')).toBeVisible();
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('Backup made and checked: 1 customer', { exact: true })).toBeVisible();
  const status = await server.api<BackupStatus>('backups.status');
  expect(status).toMatchObject({ folder: stick, stale: false, count: 1 });
  await expect(nav).not.toContainText('None yet');
  expect(fs.readdirSync(stick).filter((f) => f.endsWith('.manual.sqlite'))).toHaveLength(1);

  await setLanguage(page, 'zh');
  await page.getByLabel('备份文件夹').fill(path.join(server.dir, 'missing'));
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('此文件夹不存在（或驱动器未连接）。')).toBeVisible();
  await shot(page, 'backups-folder-error-zh');
  await setLanguage(page, 'en');

  // The manual one: by now (20 s after opening) the daily backup may have been taken too.
  await page
    .getByRole('row', { name: /Made by hand/ })
    .getByRole('button', { name: /^Open the backup of .* read-only$/ })
    .click();
  await expect(page.getByText('Opened the backup read-only.', { exact: false })).toBeVisible();
  await expect(page.getByTestId('workspace-menu')).toContainText('Read-only');
  const info = await server.api<AppInfo>('app.info');
  expect(info.workspace).toMatchObject({ readOnly: true, customerCount: 1 });
  expect(path.dirname(info.workspace!.path)).toBe(stick);
});

test('moves a workspace as one file: export, then import it as a new workspace', async ({ page, server }) => {
  await withCustomers(server, ['Acme Lighting', 'Bolt Fasteners']);
  // Start-up done (its redirect could otherwise undo the click below).
  await openRoute(page, server, '#/customers');
  await page.getByRole('link', { name: /Backups/ }).click();

  // Not a .sqlite name: the message lands on the field.
  await page.getByLabel('Export to file').fill(path.join(server.dir, 'moved.xlsx'));
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByText('The file name must end in .sqlite.')).toBeVisible();

  const out = path.join(server.dir, 'Moved fair.sqlite');
  await page.getByLabel('Export to file').fill(out);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByText(`Workspace exported and checked: ${out}`)).toBeVisible();
  expect(fs.existsSync(out)).toBe(true);

  await page.getByLabel('Workspace file to import').fill(out);
  await page.getByRole('button', { name: 'Import and open' }).click();
  await expect(page.getByText('Workspace “Moved fair” imported and opened')).toBeVisible();
  await expect(page.getByTestId('workspace-menu')).toContainText('Moved fair');
  await expect(page).toHaveURL(/#\/customers/);
  const info = await server.api<AppInfo>('app.info');
  expect(info.workspace).toMatchObject({ name: 'Moved fair', customerCount: 2, readOnly: false });
  expect(info.workspace!.path).not.toBe(out);
});

test('desktop shell: the backup folder is chosen with the system folder picker (en + zh)', async ({ page, server }) => {
  await withCustomers(server, ['Acme Lighting']);
  const stick = path.join(server.dir, 'usb stick');
  fs.mkdirSync(stick);
  // The folder picker answers with the stick after one cancel.
  await stubDesktop(page, server.token, { chooseFolder: [null, stick] });
  await page.goto(new URL('#/backups', server.url).href);
  const folder = page.getByLabel('Backup folder');
  await expect(folder).toHaveValue('');
  const defaultFolder = (await server.api<{ defaultFolder: string }>('backups.settings')).defaultFolder;

  // Cancelled: the field stays as it was.
  await page.getByRole('button', { name: 'Choose…' }).click();
  await expect.poll(async () => (await askedOf(page, 'chooseFolder')).length).toBe(1);
  await expect(folder).toHaveValue('');
  // Chosen: the field takes the folder; saving it sends the next backup there.
  await page.getByRole('button', { name: 'Choose…' }).click();
  await expect(folder).toHaveValue(stick);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Backup settings saved')).toBeVisible();
  await shot(page, 'backups-folder-picker-en');
  expect(await askedOf(page, 'chooseFolder')).toEqual([
    [defaultFolder, 'Choose the backup folder'],
    [defaultFolder, 'Choose the backup folder'],
  ]);
  // In Chinese, the picker starts in the folder now chosen, with a Chinese title.
  await setLanguage(page, 'zh');
  await page.getByRole('button', { name: '选择…' }).click();
  await expect.poll(async () => (await askedOf(page, 'chooseFolder')).at(-1)).toEqual([stick, '选择备份文件夹']);
  await shot(page, 'backups-folder-picker-zh');
  await setLanguage(page, 'en');

  // (The stand-in preload relays no change events: the page is not refreshed after this.)
  await page.getByRole('button', { name: 'Back up now' }).click();
  await expect(page.getByText('Backup made and checked: 1 customer', { exact: true })).toBeVisible();
  expect(fs.readdirSync(stick).filter((f) => f.endsWith('.manual.sqlite'))).toHaveLength(1);
});
