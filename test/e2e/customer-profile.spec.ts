import type { Page } from '@playwright/test';
import { expect, openRoute, setLanguage, shot as fullShot, test, type Server } from './fixtures';

// The customer profile: create/edit form, detail page, screening, duplicates, Trash.

interface Detail {
  id: string;
  version: number;
  companyName: string;
  city: string | null;
  email: string | null;
  contacts: { name: string; email: string | null }[];
  screening: { status: string; note: string | null };
  deletedAt: string | null;
}

/** Inputs are found by their field path (the same path the backend reports errors under). */
const field = (page: Page, path: string) => page.locator(`[data-path="${path}"]`);

/** Full-page shots from the top: a scrolled page would show the sticky header mid-page. */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullShot(page, name);
}

async function openApp(page: Page, server: Server, route: string): Promise<void> {
  // Skip the welcome screen: an empty workspace is started through the API.
  await server.api('workspace.start', {});
  await openRoute(page, server, `#${route}`);
  await setLanguage(page, 'en');
}

test('create with a contact, fix an error, edit, screen, trash and undo', async ({ page, server }) => {
  await openApp(page, server, '/customers/new');
  await expect(page.getByRole('heading', { name: 'New customer' })).toBeVisible();

  // A wrong email is flagged as soon as the field is left, and cleared once fixed.
  await field(page, 'companyName').fill('Harbour Lights Trading Co., Ltd.');
  await field(page, 'email').fill('sales@harbour');
  await field(page, 'phone').click();
  await expect(page.getByText('Not a valid email address')).toBeVisible();
  // Saving with a missing contact name marks it too and does not send anything.
  await page.getByRole('button', { name: 'Add contact' }).click();
  await field(page, 'contacts.0.title').fill('Export manager');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('form-errors')).toBeVisible();
  await expect(field(page, 'contacts.0.name')).toHaveAttribute('aria-invalid', 'true');
  await shot(page, 'customer-form-errors-en');

  await field(page, 'email').fill('sales@harbour-lights.example');
  await expect(page.getByText('Not a valid email address')).toHaveCount(0);
  await field(page, 'contacts.0.name').fill('Li Wei');
  await field(page, 'contacts.0.email').fill('li.wei@harbour-lights.example');
  await expect(page.getByTestId('form-errors')).toHaveCount(0);
  await page.getByText('Exhibitor', { exact: true }).click();
  await field(page, 'industry').fill('Lighting');
  await field(page, 'country').fill('China');
  await field(page, 'city').fill('Ningbo');
  await field(page, 'website').fill('harbour-lights.example');
  await field(page, 'products').fill('LED lamps\nstreet lights');
  await shot(page, 'customer-form-en');
  await setLanguage(page, 'zh');
  await expect(page.getByRole('heading', { name: '新建客户' })).toBeVisible();
  await shot(page, 'customer-form-zh');
  await setLanguage(page, 'en');

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('customer-name')).toHaveText('Harbour Lights Trading Co., Ltd.');
  await expect(page.getByTestId('contact-card')).toContainText('Li Wei');
  await expect(page.getByRole('link', { name: 'harbour-lights.example', exact: true })).toHaveAttribute('target', '_blank');
  const id = /#\/customers\/([0-9a-f-]{36})$/.exec(page.url())![1]!;
  let stored = await server.api<Detail>('customers.get', { id });
  expect(stored.email).toBe('sales@harbour-lights.example');
  expect(stored.contacts).toMatchObject([{ name: 'Li Wei', email: 'li.wei@harbour-lights.example' }]);

  // Edit: change the city, save with Ctrl+S, land back on the detail page.
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { name: /^Edit Harbour Lights/ })).toBeVisible();
  await field(page, 'city').fill('Shanghai');
  await page.keyboard.press('Control+s');
  await expect(page.getByTestId('card-location')).toContainText('Shanghai');
  stored = await server.api<Detail>('customers.get', { id });
  expect(stored.city).toBe('Shanghai');

  // Screening: verified, with a note saying how.
  await page.getByRole('button', { name: 'Verify' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Note').fill('Business licence checked on site');
  await dialog.getByRole('button', { name: 'Verify' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('card-screening')).toContainText('Business licence checked on site');
  await expect(page.getByTestId('screening-badge').first()).toHaveText('Verified');
  stored = await server.api<Detail>('customers.get', { id });
  expect(stored.screening).toMatchObject({ status: 'verified', note: 'Business licence checked on site' });
  await shot(page, 'customer-detail-en');
  await setLanguage(page, 'zh');
  await expect(page.getByTestId('screening-badge').first()).toHaveText('已核实');
  await shot(page, 'customer-detail-zh');
  await setLanguage(page, 'en');

  // Trash, then Undo from the notification.
  await page.getByRole('button', { name: 'Move to Trash' }).click();
  await expect(page).toHaveURL(/#\/customers$/);
  expect((await server.api<Detail>('customers.get', { id })).deletedAt).not.toBeNull();
  // The notification's Undo (the customer page's history, with its own Undo, may still be leaving).
  await page.getByRole('alert').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('“Harbour Lights Trading Co., Ltd.” restored')).toBeVisible();
  expect((await server.api<Detail>('customers.get', { id })).deletedAt).toBeNull();
});

test('warns about a likely duplicate while typing, and guards unsaved edits', async ({ page, server }) => {
  const existing = await server.api<Detail>('customers.create', {
    companyName: 'Nordlicht Messebau GmbH',
    city: 'Hamburg',
    email: 'info@nordlicht.example',
  });
  await openApp(page, server, '/customers/new');
  await field(page, 'companyName').fill('Nordlicht Exhibitions');
  await field(page, 'email').fill('INFO@nordlicht.example');
  const warning = page.getByTestId('duplicate-warning');
  await expect(warning).toContainText('Nordlicht Messebau GmbH');
  await expect(warning).toContainText('same email');
  await shot(page, 'customer-duplicate-warning-en');

  // Opening the match would drop the typed edits: the app asks first.
  await warning.getByRole('link', { name: 'Nordlicht Messebau GmbH' }).click();
  await expect(page.getByRole('dialog')).toContainText('Discard your changes?');
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page).toHaveURL(new RegExp(`#/customers/${existing.id}$`));
  await expect(page.getByTestId('customer-name')).toHaveText('Nordlicht Messebau GmbH');
});

test('a change made meanwhile is reported on save, and hostile text stays text', async ({ page, server }) => {
  const hostile = '<img src=x onerror="window.__pwned=1">Acme';
  const c = await server.api<Detail>('customers.create', { companyName: hostile, notes: '<script>window.__pwned=1</script>' });
  await openApp(page, server, `/customers/${c.id}`);
  await expect(page.getByTestId('customer-name')).toHaveText(hostile);
  await expect(page.getByTestId('card-source')).toContainText('<script>window.__pwned=1</script>');

  await page.getByRole('link', { name: 'Edit' }).click();
  await field(page, 'city').fill('Lyon');
  await server.api('customers.update', { id: c.id, version: c.version, patch: { city: 'Paris' } });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByTestId('conflict')).toContainText('Someone changed this customer');
  await page.getByRole('button', { name: 'Reload latest version' }).click();
  await expect(field(page, 'city')).toHaveValue('Paris');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

  // An id that does not exist.
  await openRoute(page, server, '#/customers/00000000-0000-4000-8000-000000000000');
  await expect(page.getByTestId('customer-not-found')).toContainText('Customer not found');
});
