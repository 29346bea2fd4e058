import type { Page } from '@playwright/test';
import { expect, openRoute, setLanguage, shot as fullShot, test, type Server } from './fixtures';

// The audit trail (issue 7): edit a customer, see the change in its history (who, when,
// field: old → new), undo it, see the old value back; the Trash's retention in Settings.

interface Detail {
  id: string;
  version: number;
  city: string | null;
  industry: string | null;
}

const field = (page: Page, path: string) => page.locator(`[data-path="${path}"]`);

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullShot(page, name);
}

async function openApp(page: Page, server: Server, route: string, lang: 'en' | 'zh' = 'en'): Promise<void> {
  await openRoute(page, server, `#${route}`);
  await setLanguage(page, lang);
}

async function seed(server: Server): Promise<Detail> {
  await server.api('workspace.start', {});
  await server.api('settings.update', { staffName: 'Li Na' });
  return server.api<Detail>('customers.create', { companyName: 'Harbour Lights Ltd', city: 'Ningbo', industry: 'Lighting', tags: ['vip'] });
}

test('edit a customer, see the change in its history, undo it, see the old value back', async ({ page, server }) => {
  const c = await seed(server);
  await openApp(page, server, `/customers/${c.id}`);
  const history = page.getByTestId('card-history');
  await expect(history.getByTestId('history-change')).toHaveCount(1); // created (no exhibition yet: no stage)

  // Edit: the city, through the real form.
  await page.getByRole('link', { name: 'Edit' }).click();
  await field(page, 'city').fill('Shanghai');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('card-location')).toContainText('Shanghai');

  const newest = history.getByTestId('history-change').first();
  await expect(newest).toContainText('City:');
  await expect(newest).toContainText('Ningbo');
  await expect(newest).toContainText('Shanghai');
  await expect(newest).toContainText('by Li Na');
  await expect(history.getByTestId('history-undo')).toHaveCount(1);
  await newest.scrollIntoViewIfNeeded();
  await shot(page, 'audit-history-en');

  // Undo, confirmed: Ningbo is back; the undo is itself a change (and the newest one to undo).
  await newest.getByTestId('history-undo').click();
  await page.getByTestId('history-undo-confirm').click();
  await expect(page.getByTestId('card-location')).toContainText('Ningbo');
  expect((await server.api<Detail>('customers.get', { id: c.id })).city).toBe('Ningbo');
  await expect(history.getByTestId('history-change')).toHaveCount(3);
  await expect(history.getByTestId('history-change').first()).toContainText('Shanghai');
  await expect(history.getByTestId('history-undo')).toHaveCount(1);

  // A change made elsewhere (another window, the CLI) shows up at once.
  const now = await server.api<Detail>('customers.get', { id: c.id });
  await server.api('customers.update', { id: c.id, version: now.version, patch: { industry: 'LED' } });
  // (The page refetches on the change event; the newest change is now the industry one.)
  await expect(history.getByTestId('history-change').first()).toContainText('LED');

  // Chinese.
  await setLanguage(page, 'zh');
  await expect(history).toContainText('修改记录');
  await expect(history.getByTestId('history-change').first()).toContainText('修改人：Li Na');
  await history.scrollIntoViewIfNeeded();
  await shot(page, 'audit-history-zh');
});

test('the Trash retention is set in Settings, with a field error for a bad value', async ({ page, server }) => {
  await seed(server);
  await openApp(page, server, '/settings');
  const days = page.getByTestId('trash-retention-days');
  await expect(days).toHaveValue('90');
  await days.fill('0');
  await page.getByTestId('trash-retention-save').click();
  await expect(page.getByText('Enter a whole number of days from 1 to 3650.')).toBeVisible();
  await days.fill('30');
  await page.getByTestId('trash-retention-save').click();
  await expect(page.getByText('Enter a whole number of days from 1 to 3650.')).toHaveCount(0);
  await expect.poll(async () => (await server.api<{ retentionDays: number }>('audit.trashSettings', {})).retentionDays).toBe(30);
  // The change is in the settings' history (who and what), with Undo.
  const history = page.getByTestId('card-history');
  await expect(history.getByTestId('history-change').first()).toContainText('by Li Na');
  await expect(history.getByTestId('history-change').first()).toContainText('30');
  // (Each setting is its own record: the staff name's latest change can be undone too.)
  await expect(history.getByTestId('history-change').first().getByTestId('history-undo')).toBeVisible();
  await days.scrollIntoViewIfNeeded();
  await shot(page, 'audit-trash-settings-en');
  await history.scrollIntoViewIfNeeded();
  await shot(page, 'audit-settings-history-en');
  await setLanguage(page, 'zh');
  await expect(page.getByText('已删除客户保留天数')).toBeVisible();
  await days.fill('4000');
  await page.getByTestId('trash-retention-save').click();
  await expect(page.getByText('请输入 1 到 3650 之间的整数天数。')).toBeVisible();
  await shot(page, 'audit-trash-settings-zh');
});

test('a deleted participation comes back with Undo in the customer history', async ({ page, server }) => {
  const c = await seed(server);
  const x = await server.api<{ id: string }>('exhibitions.create', { name: 'Lighting Fair' });
  const ed = await server.api<{ id: string }>('editions.create', { exhibitionId: x.id, name: 'LF 2025', startDate: '2025-05-10', endDate: '2025-05-12' });
  const p = await server.api<{ id: string }>('participations.create', { customerId: c.id, editionId: ed.id, role: 'exhibitor', standArea: 36, priceCharged: 4200 });
  await server.api('participations.delete', { id: p.id });

  await openApp(page, server, `/customers/${c.id}`, 'zh');
  const history = page.getByTestId('card-history');
  const newest = history.getByTestId('history-change').first();
  await expect(newest.getByTestId('history-undo')).toBeVisible();
  // The deleted record is named in the app's words (role · status · stand), not its stored codes.
  await expect(newest).toContainText('参展商 · 询价');
  await expect(newest).not.toContainText('exhibitor');
  await newest.scrollIntoViewIfNeeded();
  await shot(page, 'audit-undo-delete-zh');
  await newest.getByTestId('history-undo').click();
  await page.getByTestId('history-undo-confirm').click();
  await expect.poll(async () => (await server.api<{ standArea: number }>('participations.get', { id: p.id }).catch(() => null))?.standArea).toBe(36);
  await setLanguage(page, 'en');
  await expect(page.getByText('Participations (1)')).toBeVisible();
  await shot(page, 'audit-undo-delete-en');
});
