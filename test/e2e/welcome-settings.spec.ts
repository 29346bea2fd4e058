import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { AppInfo, Prefs, WorkspaceSettings } from '../../shared/api/app';
import { expect, openRoute, setLanguage, shot, test } from './fixtures';

// The first-run welcome screen, the workspace switcher and pages, and settings — against the
// real backend (CLI `serve`) with a fresh, empty workspace per test.

test('welcome screen appears on a fresh workspace, in English and Chinese; the language is remembered', async ({ page, server }) => {
  await page.goto(server.open);
  await expect(page.getByRole('heading', { name: 'Welcome to Exhibition CRM' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start empty' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Create demo workspace' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Open an existing workspace' })).toBeVisible();
  await shot(page, 'welcome-en');

  await setLanguage(page, 'zh');
  await expect(page.getByRole('heading', { name: '欢迎使用展会客户管理' })).toBeVisible();
  await expect(page.getByRole('button', { name: '开始使用' })).toBeVisible();
  await shot(page, 'welcome-zh');
  await expect.poll(async () => (await server.api<Prefs>('prefs.get')).language).toBe('zh');

  await page.reload();
  await expect(page.getByRole('heading', { name: '欢迎使用展会客户管理' })).toBeVisible();
});

test('start empty opens the app shell with no customers', async ({ page, server }) => {
  await page.goto(server.open);
  await page.getByRole('button', { name: 'Start empty' }).click();

  await expect(page.getByTestId('welcome')).toBeHidden();
  await expect(page.getByTestId('workspace-menu')).toContainText('E2E');
  await expect(page).toHaveURL(/#\/customers/);
  await expect(page.getByRole('link', { name: /Customers/ })).toContainText('0');
  const info = await server.api<AppInfo>('app.info');
  expect(info.workspace).toMatchObject({ fresh: false, customerCount: 0 });

  // Started is stored in the workspace: a reload goes straight to the app.
  await page.reload();
  await expect(page.getByTestId('workspace-menu')).toBeVisible();
  await expect(page.getByTestId('welcome')).toBeHidden();
});

test('explore demo shows progress, can be cancelled, and opens a demo with 500 customers', async ({ page, server }) => {
  await page.goto(server.open);
  // The first run builds a large demo so its progress can be seen (and cancelled); the retry
  // goes through untouched and builds the real 500-customer demo.
  await page.route(
    '**/api/workspace.createDemo',
    (route) => route.continue({ postData: JSON.stringify({ customers: 20_000 }) }),
    { times: 1 },
  );
  await page.getByRole('button', { name: 'Create demo workspace' }).click();

  const progress = page.getByTestId('job-progress');
  await expect(progress).toBeVisible();
  await expect(progress).toContainText('/ 20,000', { timeout: 20_000 });
  await expect(progress.getByRole('progressbar')).toBeVisible();
  await shot(page, 'welcome-demo-progress-en');

  await progress.getByRole('button', { name: 'Cancel' }).click();
  await expect(progress).toContainText('Cancelled', { timeout: 20_000 });
  await expect(page.getByTestId('welcome')).toBeVisible();

  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByTestId('workspace-menu')).toContainText('Demo', { timeout: 30_000 });
  await expect(page.getByRole('link', { name: /Customers/ })).toContainText('500');
  const info = await server.api<AppInfo>('app.info');
  expect(info.workspace).toMatchObject({ isDemo: true, customerCount: 500, fresh: false });
});

test('settings: currency and staff name are saved; invalid input shows a field error', async ({ page, server }) => {
  await server.api('workspace.start');
  // Start-up done (its redirect could otherwise undo the click below).
  await openRoute(page, server, '#/customers');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', exact: true })).toBeVisible();
  await expect(page.getByTestId('data-location')).toContainText(server.dbPath);
  await expect(page.getByRole('combobox', { name: 'Currency' })).toHaveValue('Chinese Yuan (CNY)');
  await shot(page, 'settings-en');

  await setLanguage(page, 'zh');
  await expect(page.getByRole('heading', { name: '设置', exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: '货币' })).toHaveValue('人民币 (CNY)');
  await shot(page, 'settings-zh');
  await setLanguage(page, 'en');

  await page.getByLabel('Your name').fill('Wang Fang');
  await page.getByLabel('Organisation name').fill('Harbour Expo Ltd');
  await page.getByRole('combobox', { name: 'Currency' }).click();
  await page.getByRole('option', { name: 'Euro (EUR)' }).click();
  await page.getByRole('region', { name: 'This workspace' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Settings saved')).toBeVisible();
  await expect
    .poll(() => server.api<WorkspaceSettings>('settings.get'))
    .toEqual({ currency: 'EUR', staffName: 'Wang Fang', organisationName: 'Harbour Expo Ltd' });

  await page.reload();
  await expect(page.getByLabel('Your name')).toHaveValue('Wang Fang');
  await expect(page.getByLabel('Organisation name')).toHaveValue('Harbour Expo Ltd');
  await expect(page.getByRole('combobox', { name: 'Currency' })).toHaveValue('Euro (EUR)');

  // Too long for the backend (100 characters at most): the message lands on the field.
  await page.getByLabel('Your name').fill('x'.repeat(101));
  await page.getByRole('region', { name: 'This workspace' }).getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Must be at most 100 characters.')).toBeVisible();
  await expect(page.getByLabel('Your name')).toHaveAttribute('aria-invalid', 'true');
  expect((await server.api<WorkspaceSettings>('settings.get')).staffName).toBe('Wang Fang');
});

test('workspaces page: details, recent workspaces and switching', async ({ page, server }) => {
  // A second workspace in the recent list, then back to the test's own.
  await server.api('workspace.create', { name: 'Trade Fair 2026' });
  await server.api('workspace.start');
  await server.api('workspace.open', { path: server.dbPath });
  await server.api('workspace.start');
  // A backup beside the workspace, named as the app names them.
  fs.mkdirSync(path.join(server.dir, 'backups'));
  const db = new Database(server.dbPath, { readonly: true });
  db.prepare('VACUUM INTO ?').run(path.join(server.dir, 'backups', 'E2E.2026-03-01T09-30-00-000Z.pre-migration-v1.sqlite'));
  db.close();

  await openRoute(page, server, '#/customers');
  await page.getByTestId('workspace-menu').click();
  await page.getByRole('menuitem', { name: 'Manage workspaces' }).click();
  await expect(page.getByRole('heading', { name: 'Workspaces', exact: true })).toBeVisible();
  await expect(page.getByTestId('current-workspace')).toContainText(server.dbPath);
  await expect(page.getByTestId('recent-workspaces')).toContainText('Trade Fair 2026');
  await expect(page.getByTestId('backups')).toContainText('Before upgrading (data structure v1)');
  await shot(page, 'workspaces-en');

  await setLanguage(page, 'zh');
  await expect(page.getByRole('heading', { name: '工作区', exact: true })).toBeVisible();
  await shot(page, 'workspaces-zh');
  await setLanguage(page, 'en');

  await page.getByRole('button', { name: 'Open Trade Fair 2026' }).click();
  await expect(page.getByTestId('workspace-menu')).toContainText('Trade Fair 2026');
  await expect(page).toHaveURL(/#\/customers/);
  expect((await server.api<AppInfo>('app.info')).workspace?.name).toBe('Trade Fair 2026');
});

test('a damaged workspace file shows the damaged message and offers its backups', async ({ page, server }) => {
  const broken = path.join(server.dir, 'Broken.sqlite');
  fs.writeFileSync(broken, Buffer.from('These bytes are not a SQLite database. '.repeat(300)));

  // On the welcome screen, by path: damaged, and no backups to offer yet.
  await page.goto(server.open);
  await page.getByLabel('Path to the workspace file').fill(broken);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  const alert = page.getByTestId('open-error');
  await expect(alert).toContainText('This workspace file is damaged');
  await expect(alert).toContainText('No backups of this file were found');

  // A backup beside it (as the app names them), then through the header's "Open workspace…".
  await server.api('workspace.start');
  fs.mkdirSync(path.join(server.dir, 'backups'));
  const backup = path.join(server.dir, 'backups', 'Broken.2026-03-01T09-30-00-000Z.pre-migration-v1.sqlite');
  const db = new Database(server.dbPath, { readonly: true });
  db.prepare('VACUUM INTO ?').run(backup);
  db.close();

  await page.reload();
  await page.getByTestId('workspace-menu').click();
  await page.getByRole('menuitem', { name: 'Open workspace…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Path to the workspace file').fill(broken);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(dialog.getByTestId('open-error')).toContainText('This workspace file is damaged');
  await expect(dialog.getByTestId('open-error')).toContainText('Before upgrading (data structure v1)');
  await shot(page, 'workspace-open-damaged-en');

  await dialog.getByRole('button', { name: 'Open this backup' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('workspace-menu')).toContainText('Broken.2026-03-01');
  expect((await server.api<AppInfo>('app.info')).workspace?.path).toBe(backup);
});
