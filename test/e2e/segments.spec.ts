import type { Page } from '@playwright/test';
import { expect, openRoute, setLanguage, shot, test, type Server } from './fixtures';

// Segments: build with the filter builder (live count), save, open from the navigation, rename,
// delete — in a real browser against the real backend.

const CUSTOMERS = [
  { companyName: 'Müller Verpackung GmbH', kinds: ['exhibitor'], industry: 'Packaging', country: 'Germany' },
  { companyName: '深圳华彩包装有限公司', kinds: ['exhibitor'], industry: 'Packaging', country: 'China' },
  { companyName: '上海明光照明科技有限公司', kinds: ['trade_buyer'], industry: 'Lighting', country: 'China' },
  { companyName: 'Lumière Lighting SARL', kinds: ['partner'], industry: 'Lighting', country: 'France' },
  { companyName: 'Zenith Labels Ltd', kinds: ['trade_buyer', 'exhibitor'], industry: 'Labels', country: 'China' },
];

async function seed(server: Server): Promise<void> {
  await server.api('workspace.start');
  for (const c of CUSTOMERS) await server.api('customers.create', c);
}

const count = (page: Page) => page.getByTestId('segment-count');
const rows = (page: Page) => page.getByTestId('condition-row');

/** Sets the type of the n-th condition row. */
async function setType(page: Page, n: number, label: string) {
  await rows(page).nth(n).getByRole('combobox', { name: 'Condition' }).click();
  await page.getByRole('option', { name: label, exact: true }).click();
}

test('build a segment with two conditions, save it, open it from the navigation, rename, delete', async ({ page, server }) => {
  await seed(server);
  await openRoute(page, server, '#/segments');
  await expect(page.getByTestId('segment-title')).toHaveText('New segment');
  // No condition yet: every customer.
  await expect(count(page)).toHaveText('5 customers');

  // Condition 1: kind is exhibitor → 3.
  await page.getByRole('button', { name: 'Add condition' }).click();
  await expect(rows(page)).toHaveCount(1);
  await rows(page).nth(0).getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: 'Exhibitor' }).click();
  await page.keyboard.press('Escape');
  await expect(count(page)).toHaveText('3 customers');
  await expect(page.getByTestId('members-table').locator('tbody tr')).toHaveCount(3);

  // Condition 2: country is China → 2 (an unfinished row does not change the count).
  await page.getByRole('button', { name: 'Add condition' }).click();
  await setType(page, 1, 'Country');
  await expect(rows(page).nth(1)).toContainText('Not counted until finished.');
  await expect(count(page)).toHaveText('3 customers');
  const country = rows(page).nth(1).getByRole('combobox', { name: 'Country' });
  await country.fill('China');
  await country.press('Enter');
  await page.keyboard.press('Escape');
  await expect(count(page)).toHaveText('2 customers');
  const members = page.getByTestId('members-table').locator('tbody tr');
  await expect(members).toHaveCount(2);
  await expect(members.first()).toContainText('Zenith Labels Ltd');
  await expect(members.nth(1)).toContainText('深圳华彩包装有限公司');

  // "Any" instead of "all": exhibitors or Chinese → 4.
  await page.getByTestId('segment-root').getByText('Any', { exact: true }).first().click();
  await expect(count(page)).toHaveText('4 customers');
  await page.getByTestId('segment-root').getByText('All', { exact: true }).first().click();
  await expect(count(page)).toHaveText('2 customers');
  await shot(page, 'segments-builder-en');

  // Save: a name is asked; an empty one is refused in place.
  await page.getByRole('button', { name: 'Save segment' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('This field is required.')).toBeVisible();
  await dialog.getByLabel('Name').fill('Chinese exhibitors');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page).toHaveURL(/#\/segments\/[0-9a-f-]{36}$/);
  const segmentUrl = page.url();
  await expect(page.getByTestId('segment-title')).toHaveText('Chinese exhibitors');

  // The navigation lists it with its live count; it opens from there.
  const navItem = page.getByTestId('nav-segment').filter({ hasText: 'Chinese exhibitors' });
  await expect(navItem).toContainText('2');
  await openRoute(page, server, '#/customers');
  await expect(page.getByRole('heading', { name: 'Customers', exact: true })).toBeVisible();
  // The count is live: a new Chinese exhibitor shows up in the navigation without reopening.
  await server.api('customers.create', { companyName: 'Guangzhou Box Co.', kinds: ['exhibitor'], country: 'China' });
  await expect(navItem).toContainText('3');
  await navItem.click();
  expect(page.url()).toBe(segmentUrl);
  await expect(page.getByTestId('segment-title')).toHaveText('Chinese exhibitors');
  await expect(count(page)).toHaveText('3 customers');
  await expect(rows(page)).toHaveCount(2);

  // A second segment cannot take the same name (ignoring case).
  await page.getByRole('link', { name: 'New segment' }).click();
  await expect(page.getByTestId('segment-title')).toHaveText('New segment');
  await page.getByRole('button', { name: 'Save segment' }).click();
  await dialog.getByLabel('Name').fill('chinese EXHIBITORS');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('A segment with this name already exists.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  // Rename.
  await navItem.click();
  await page.getByRole('button', { name: 'Rename' }).click();
  await dialog.getByLabel('Name').fill('Exhibitors in China');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByTestId('segment-title')).toHaveText('Exhibitors in China');
  await expect(page.getByTestId('nav-segment').filter({ hasText: 'Exhibitors in China' })).toBeVisible();
  await shot(page, 'segments-saved-en');

  // Chinese.
  await setLanguage(page, 'zh');
  await expect(page.getByRole('button', { name: '重命名' })).toBeVisible();
  await expect(count(page)).toHaveText('3 位客户');
  await shot(page, 'segments-saved-zh');
  await setLanguage(page, 'en');

  // Delete asks first; cancelling keeps it.
  await page.getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('Delete segment “Exhibitors in China”?')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(page.getByTestId('nav-segment')).toHaveCount(1);
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByTestId('confirm-delete').click();
  await expect(page).toHaveURL(/#\/segments$/);
  await expect(page.getByTestId('nav-segment')).toHaveCount(0);
  expect(await server.api<unknown[]>('segments.list')).toEqual([]);
});

test('nested groups, ranges and field errors in both languages', async ({ page, server }) => {
  await seed(server);
  await openRoute(page, server, '#/segments');
  await expect(count(page)).toHaveText('5 customers');

  await page.getByRole('button', { name: 'Add condition' }).click();
  await rows(page).nth(0).getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: 'Trade buyer' }).click();
  await page.keyboard.press('Escape');
  await expect(count(page)).toHaveText('2 customers');

  // A nested "any" group: revenue from 1,000, or last contact more than 90 days ago.
  await page.getByRole('button', { name: 'Add group' }).click();
  const group = page.getByTestId('segment-group');
  await expect(group).toBeVisible();
  await setType(page, 1, 'Revenue');
  await rows(page).nth(1).getByRole('textbox', { name: 'Revenue From' }).fill('5000');
  await rows(page).nth(1).getByRole('textbox', { name: 'Revenue To' }).fill('1000');
  // min > max: the row says so, in the user's language, and saving waits.
  await expect(rows(page).nth(1)).toContainText('The maximum is below the minimum.');
  await expect(page.getByRole('button', { name: 'Save segment' })).toBeDisabled();
  await rows(page).nth(1).getByRole('textbox', { name: 'Revenue To' }).fill('');
  await rows(page).nth(1).getByRole('textbox', { name: 'Revenue From' }).fill('1000');
  // Nobody has revenue yet: trade buyers AND (revenue ≥ 1,000) → 0.
  await expect(count(page)).toHaveText('0 customers');
  await expect(page.getByText('No customer matches these conditions.')).toBeVisible();
  await group.getByRole('button', { name: 'Add condition' }).click();
  await setType(page, 2, 'Last contact');
  // Never contacted counts as "more than 90 days ago" → both trade buyers again.
  await expect(count(page)).toHaveText('2 customers');
  await shot(page, 'segments-nested-en');

  await setLanguage(page, 'zh');
  await expect(count(page)).toHaveText('2 位客户');
  await rows(page).nth(1).getByRole('textbox', { name: '收入 到' }).fill('10');
  await expect(rows(page).nth(1)).toContainText('最大值小于最小值。');
  await shot(page, 'segments-nested-zh');
});
