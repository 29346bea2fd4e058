import type { Page } from '@playwright/test';
import { expect, openRoute, setLanguage, shot, startServer, test, type Server } from './fixtures';

// The customer list and the Trash, in a real browser against the real backend.

interface Row {
  id: string;
  companyName: string;
}

const CUSTOMERS = [
  { companyName: 'Müller Verpackung GmbH', kinds: ['exhibitor'], industry: 'Packaging', country: 'Germany', region: 'Bayern', city: 'München', tags: ['VIP'], contacts: [{ name: 'Jürgen Müller' }] },
  { companyName: '深圳华彩包装有限公司', kinds: ['exhibitor'], industry: 'Packaging', country: 'China', region: '广东', city: '深圳', contacts: [{ name: '王芳' }] },
  { companyName: '上海明光照明科技有限公司', kinds: ['trade_buyer'], industry: 'Lighting', country: 'China', region: '上海', city: '上海' },
  { companyName: 'Lumière Lighting SARL', kinds: ['partner'], industry: 'Lighting', country: 'France', region: 'Île-de-France', city: 'Paris' },
  { companyName: 'Zenith Labels Ltd', kinds: ['trade_buyer', 'exhibitor'], industry: 'Labels', country: 'United Kingdom', region: 'England', city: 'Leeds' },
];

/** Starts the workspace (skips the welcome screen) with the five customers above. */
async function seed(server: Server): Promise<Row[]> {
  await server.api('workspace.start');
  const rows: Row[] = [];
  for (const c of CUSTOMERS) rows.push(await server.api<Row>('customers.create', c));
  return rows;
}

const dataRows = (page: Page) => page.locator('tbody tr[aria-rowindex]');
const searchBox = (page: Page) => page.getByRole('searchbox', { name: 'Search customers' });

async function openList(page: Page, server: Server, hash = '#/customers') {
  await openRoute(page, server, hash);
  await expect(page.getByRole('heading', { name: 'Customers', exact: true })).toBeVisible();
}

test('search finds accent-insensitive and 2-character Chinese fragments; filters and sorting work', async ({ page, server }) => {
  await seed(server);
  await openList(page, server);
  await expect(dataRows(page)).toHaveCount(5);
  await expect(page.getByTestId('list-count')).toHaveText('5 customers');

  // Ctrl+K focuses the search box; "muller" finds Müller (accents folded).
  await page.keyboard.press('Control+k');
  await expect(searchBox(page)).toBeFocused();
  await page.keyboard.type('muller');
  await expect(dataRows(page)).toHaveCount(1);
  await expect(dataRows(page).first()).toContainText('Müller Verpackung GmbH');
  await expect(page.getByTestId('list-count')).toHaveText('1 of 5 matches');
  expect(page.url()).toContain('q=muller');

  // A two-character Chinese fragment from the middle of a name.
  await searchBox(page).fill('华彩');
  await expect(dataRows(page)).toHaveCount(1);
  await expect(dataRows(page).first()).toContainText('深圳华彩包装有限公司');

  // Nothing found: the no-results state offers to clear the search.
  await searchBox(page).fill('xyzzy');
  await expect(page.getByText('No customers match')).toBeVisible();
  await page.getByRole('button', { name: 'Clear search' }).last().click();
  await expect(dataRows(page)).toHaveCount(5);

  // Filter by kind (multi) and country; the filters live in the address.
  await page.getByRole('combobox', { name: 'Kind' }).click();
  await page.getByRole('option', { name: 'Partner' }).click();
  await page.keyboard.press('Escape');
  await expect(dataRows(page)).toHaveCount(1);
  await expect(dataRows(page).first()).toContainText('Lumière Lighting SARL');
  expect(page.url()).toContain('kind=partner');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(dataRows(page)).toHaveCount(5);
  await page.getByRole('combobox', { name: 'Country' }).click();
  await page.getByRole('option', { name: 'China' }).click();
  await expect(dataRows(page)).toHaveCount(2);
  await expect(page.getByRole('combobox', { name: 'Country: China' })).toBeVisible();

  // Filters survive opening a customer and coming back.
  await dataRows(page).first().click();
  await expect(page).toHaveURL(/#\/customers\/[0-9a-f-]{36}$/);
  await page.goBack();
  await expect(dataRows(page)).toHaveCount(2);
  await page.getByRole('button', { name: 'Clear filters' }).click();

  // Sort: company name descending puts the backend's last name first.
  const desc = await server.api<{ rows: Row[] }>('customers.list', { sort: { field: 'companyName', dir: 'desc' }, limit: 5 });
  const asc = await server.api<{ rows: Row[] }>('customers.list', { sort: { field: 'companyName', dir: 'asc' }, limit: 5 });
  await expect(dataRows(page).first()).toContainText(asc.rows[0]!.companyName);
  await page.getByRole('columnheader', { name: 'Company' }).getByRole('button').click();
  await expect(page.getByRole('columnheader', { name: 'Company' })).toHaveAttribute('aria-sort', 'descending');
  await expect(dataRows(page).first()).toContainText(desc.rows[0]!.companyName);
  await expect(dataRows(page).last()).toContainText(desc.rows[4]!.companyName);
  expect(page.url()).toContain('dir=desc');
});

test('move to Trash with undo; restore from the Trash; empty the Trash after confirming', async ({ page, server }) => {
  await seed(server);
  await openList(page, server);
  await expect(dataRows(page)).toHaveCount(5);

  await page.getByRole('checkbox', { name: 'Select Zenith Labels Ltd' }).click();
  await page.getByRole('checkbox', { name: 'Select Lumière Lighting SARL' }).click();
  await expect(page.getByText('2 selected')).toBeVisible();
  await page.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(page.getByText('Moved 2 customers to the Trash')).toBeVisible();
  await expect(dataRows(page)).toHaveCount(3);

  // Undo from the notification brings both back.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Restored 2 customers')).toBeVisible();
  await expect(dataRows(page)).toHaveCount(5);

  // Trash them again and go to the Trash.
  await page.getByRole('checkbox', { name: 'Select Zenith Labels Ltd' }).click();
  await page.getByRole('checkbox', { name: 'Select Lumière Lighting SARL' }).click();
  await page.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(dataRows(page)).toHaveCount(3);
  await page.getByRole('link', { name: 'Trash' }).click();
  await expect(page.getByRole('heading', { name: 'Trash' })).toBeVisible();
  await expect(dataRows(page)).toHaveCount(2);
  await expect(page.getByTestId('list-count')).toHaveText('2 customers in the Trash');

  // Restore one with its row button.
  await page.getByRole('button', { name: 'Restore Zenith Labels Ltd' }).click();
  await expect(dataRows(page)).toHaveCount(1);
  await expect(dataRows(page).first()).toContainText('Lumière Lighting SARL');

  // Emptying asks first, says how many, and can be cancelled.
  await page.getByRole('button', { name: 'Empty Trash' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('1 customer in the Trash will be deleted for good');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dataRows(page)).toHaveCount(1);
  await page.getByRole('button', { name: 'Empty Trash' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete 1 customer' }).click();
  await expect(page.getByText('The Trash is empty')).toBeVisible();
  await expect(page.getByText('Deleted 1 customer for good')).toBeVisible();

  const live = await server.api<{ total: number }>('customers.list', {});
  const trash = await server.api<{ total: number }>('customers.list', { trash: true });
  expect([live.total, trash.total]).toEqual([4, 0]);
});

test('the chosen columns are remembered after a reload', async ({ page, server }) => {
  await seed(server);
  await openList(page, server);
  await expect(page.getByRole('columnheader', { name: 'Tags' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Email' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Columns' }).click();
  await page.getByRole('checkbox', { name: 'Email' }).check();
  await page.getByRole('checkbox', { name: 'Tags' }).uncheck();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('columnheader', { name: 'Email' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Tags' })).toHaveCount(0);

  await page.reload();
  await expect(dataRows(page)).toHaveCount(5);
  await expect(page.getByRole('columnheader', { name: 'Email' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Tags' })).toHaveCount(0);
  const prefs = await server.api<{ columns: Record<string, string[]> }>('prefs.get');
  expect(prefs.columns.customers).toContain('email');
  expect(prefs.columns.customers).not.toContain('tags');
});

test('screenshots: an empty workspace in both languages', async ({ page, server }) => {
  await server.api('workspace.start');
  await openList(page, server);
  await expect(page.getByText('No customers yet')).toBeVisible();
  await expect(page.getByRole('link', { name: 'New customer' }).last()).toBeVisible();
  await shot(page, 'customers-empty-en');
  await setLanguage(page, 'zh');
  await expect(page.getByText('还没有客户')).toBeVisible();
  await shot(page, 'customers-empty-zh');
});

test('screenshots: the list and the Trash of a demo workspace in both languages', async ({ page }) => {
  const { server, stop } = await startServer({ demoCustomers: 400 });
  try {
    const some = await server.api<{ rows: Row[] }>('customers.list', { limit: 6, offset: 40 });
    await server.api('customers.trash', { ids: some.rows.map((r) => r.id) });

    await openList(page, server);
    await expect(page.getByTestId('list-count')).toHaveText('394 customers');
    await expect(dataRows(page).first()).toBeVisible();
    await shot(page, 'customers-list-en');

    // Scrolling far down loads the rows of later pages.
    await page.locator('table').evaluate((t) => (t.parentElement!.scrollTop = 380 * 56));
    await expect(page.locator('tbody tr[aria-rowindex="395"]')).toBeVisible();

    await page.getByRole('link', { name: 'Trash' }).click();
    await expect(dataRows(page)).toHaveCount(6);
    await shot(page, 'trash-en');

    await setLanguage(page, 'zh');
    await expect(page.getByRole('heading', { name: '回收站' })).toBeVisible();
    await shot(page, 'trash-zh');
    await page.getByRole('link', { name: /^客户(?!价值)/ }).click();
    await expect(page.getByTestId('list-count')).toHaveText('共 394 位客户');
    await expect(dataRows(page).first()).toBeVisible();
    await shot(page, 'customers-list-zh');
  } finally {
    await stop();
  }
});
