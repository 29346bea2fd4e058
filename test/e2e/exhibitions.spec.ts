import type { Page } from '@playwright/test';
import { expect, openRoute, setLanguage, shot, test, type Server } from './fixtures';

// Exhibitions, editions, participations and rebooking, in a real browser against the real backend.

interface Row {
  id: string;
}

const CUSTOMERS = ['Alpha Packaging GmbH', 'Beta Labels Ltd', '深圳华彩包装有限公司', 'Delta Print SARL'];

async function seed(server: Server): Promise<string[]> {
  await server.api('workspace.start');
  const ids: string[] = [];
  for (const companyName of CUSTOMERS) ids.push((await server.api<Row>('customers.create', { companyName, kinds: ['exhibitor'] })).id);
  return ids;
}

const rows = (page: Page) => page.getByTestId('participant-row');

test('create an exhibition and an edition, add participants, see totals, rebook into the next edition', async ({ page, server }) => {
  test.setTimeout(150_000); // a long flow on a shared 2-core machine
  const ids = await seed(server);
  await openRoute(page, server, '#/exhibitions');
  await expect(page.getByText('No exhibitions yet')).toBeVisible();
  await shot(page, 'exhibitions-empty-en');

  // A new exhibition: the first one becomes current and shows in the header switcher.
  await page.getByRole('button', { name: 'New exhibition' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Name').fill('Shenzhen Packaging Expo');
  await dialog.getByLabel('Industry theme').fill('Packaging');
  await dialog.getByLabel('City').fill('Shenzhen');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('exhibition-name')).toHaveText('Shenzhen Packaging Expo');
  await expect(page.getByText('Current', { exact: true })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Current exhibition' })).toHaveValue('Shenzhen Packaging Expo');

  // A new edition; an end before the start is refused on the field.
  await page.getByRole('button', { name: 'New edition' }).click();
  await dialog.getByLabel('Edition name').fill('2025');
  await dialog.getByLabel('Start date').fill('2025-05-10');
  await dialog.getByLabel('End date').fill('2025-05-08');
  await dialog.getByLabel('Sellable stand area (m²)').fill('1000');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('The end date is before the start date.')).toBeVisible();
  await dialog.getByLabel('End date').fill('2025-05-12');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('edition-name')).toHaveText('Shenzhen Packaging Expo · 2025');
  await expect(page.getByText('No participants yet')).toBeVisible();

  // Add a participant with the customer picker; the discount shows as a number.
  await page.getByRole('button', { name: 'Add participant' }).first().click();
  await dialog.getByRole('combobox', { name: 'Customer' }).fill('alpha');
  await page.getByRole('option', { name: 'Alpha Packaging GmbH' }).click();
  await dialog.getByRole('combobox', { name: 'Status', exact: true }).click();
  await page.getByRole('option', { name: 'Paid' }).click();
  await dialog.getByLabel('Stand number').fill('A-12');
  await dialog.getByLabel('Stand area (m²)').fill('36');
  await dialog.getByLabel('List price').fill('12000');
  await dialog.getByLabel('Price charged').fill('10000');
  await expect(dialog.getByTestId('discount')).toHaveValue(/2,000.*17%/);
  await shot(page, 'participation-add-en');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(rows(page)).toHaveCount(1);

  // Two more through the API; the totals bar follows.
  const editions = await server.api<{ id: string; name: string }[]>('editions.list', {
    exhibitionId: (await server.api<{ id: string }>('exhibitions.current')).id,
  });
  const e2025 = editions[0]!.id;
  await server.api('participations.create', { customerId: ids[1], editionId: e2025, role: 'exhibitor', status: 'attended', standArea: 18, priceCharged: 5000, satisfaction: 6 });
  await server.api('participations.create', { customerId: ids[2], editionId: e2025, role: 'trade_buyer', status: 'enquiry' });
  await expect(rows(page)).toHaveCount(3);
  await expect(page.getByTestId('area-sold')).toHaveText('54 of 1,000 m²');
  await expect(page.getByTestId('participant-count')).toHaveText('3');
  await expect(page.getByTestId('revenue')).toContainText('15,000');

  // Edit: satisfaction 10 and cancelling without a reason is refused on the field.
  await page.getByRole('button', { name: 'Edit Alpha Packaging GmbH' }).click();
  await expect(dialog.getByText('Status history')).toBeVisible();
  await dialog.getByLabel('Satisfaction (0–10)').fill('10');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('avg-satisfaction')).toHaveText('8 / 10');
  await expect(page.getByTestId('nps')).toHaveText('0');
  await page.getByRole('searchbox', { name: 'Search company, stand or hall' }).fill('A-12');
  await expect(rows(page)).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Search company, stand or hall' }).fill('');
  await expect(rows(page)).toHaveCount(3);
  await shot(page, 'edition-en');

  // The next edition, then invite the booked participants of 2025 (exhibitors only).
  const x = await server.api<{ id: string }>('exhibitions.current');
  const e2026 = await server.api<Row>('editions.create', { exhibitionId: x.id, name: '2026', startDate: '2026-05-09', endDate: '2026-05-11', sellableArea: 1200, status: 'open' });
  await server.api('participations.create', { customerId: ids[1], editionId: e2026.id, role: 'exhibitor', status: 'contracted' });
  await openRoute(page, server, `#/exhibitions/editions/${e2026.id}`);
  await expect(rows(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Invite last edition’s participants' }).click();
  await expect(dialog.getByTestId('rebook-candidates')).toHaveText('2');
  await expect(dialog.getByTestId('rebook-present')).toHaveText('1');
  await expect(dialog.getByTestId('rebook-will-create')).toHaveText('1');
  await shot(page, 'rebook-en');
  await dialog.getByRole('button', { name: 'Invite 1' }).click();
  await expect(page.getByText('Invited 1 from 2025; 1 already present.')).toBeVisible();
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).filter({ hasText: 'Alpha Packaging GmbH' })).toContainText('Enquiry');

  // The exhibition page: editions with their figures and rebooking rates (1 of 2 booked again).
  await page.getByRole('link', { name: 'Back to Shenzhen Packaging Expo' }).click();
  await expect(page.getByRole('table', { name: 'Editions' }).getByRole('row')).toHaveCount(3);
  await expect(page.getByTestId('rebooking-rate')).toHaveText('50%');
  await shot(page, 'exhibition-en');

  // Deleting an edition with participants asks first and says how many.
  await page.getByRole('button', { name: 'Edit 2026' }).click();
  await page.getByRole('menuitem', { name: 'Delete edition' }).click();
  await expect(page.getByRole('dialog')).toContainText('also deletes its 2 participation(s)');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  expect((await server.api<unknown[]>('editions.list', { exhibitionId: x.id })).length).toBe(2);

  // The exhibition list.
  await page.getByRole('navigation').getByRole('link', { name: 'Exhibitions' }).click();
  await expect(page.getByRole('table', { name: 'Exhibitions' })).toContainText('Shenzhen Packaging Expo');
  await shot(page, 'exhibitions-en');

  // Chinese.
  await setLanguage(page, 'zh');
  await expect(page.getByRole('heading', { name: '展会', exact: true })).toBeVisible();
  await shot(page, 'exhibitions-zh');
  await page.getByText('Shenzhen Packaging Expo').first().click();
  await expect(page.getByText('续展').first()).toBeVisible();
  await shot(page, 'exhibition-zh');
  await openRoute(page, server, `#/exhibitions/editions/${e2025}`);
  await expect(page.getByText('已售面积')).toBeVisible();
  await shot(page, 'edition-zh');
  await page.getByRole('button', { name: '编辑 Alpha Packaging GmbH' }).click();
  await expect(page.getByText('状态记录')).toBeVisible();
  await shot(page, 'participation-edit-zh');
  await page.keyboard.press('Escape');
  await openRoute(page, server, `#/exhibitions/editions/${e2026.id}`);
  await page.getByRole('button', { name: '邀请上一届参展方' }).click();
  await expect(page.getByRole('dialog').getByTestId('rebook-candidates')).toHaveText('2');
  await shot(page, 'rebook-zh');
});

test('switching the current exhibition in the header', async ({ page, server }) => {
  await server.api('workspace.start');
  await server.api('exhibitions.create', { name: 'Lighting Fair' });
  await server.api('exhibitions.create', { name: 'Packaging Expo' });
  await openRoute(page, server, '#/exhibitions');
  const switcher = page.getByRole('combobox', { name: 'Current exhibition' });
  await expect(switcher).toHaveValue('Lighting Fair');
  await switcher.click();
  await page.getByRole('option', { name: 'Packaging Expo' }).click();
  await expect(page.getByRole('row', { name: /Packaging Expo/ })).toContainText('Current');
  expect((await server.api<{ name: string }>('exhibitions.current')).name).toBe('Packaging Expo');
});
