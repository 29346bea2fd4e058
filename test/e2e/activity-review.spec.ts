import { expect, openRoute, setLanguage, shot, test } from './fixtures';

// Regressions found reviewing issue 3 as an organiser: the header on narrower windows, the
// shortcut list, guidance before any exhibition exists, the global "log interaction" on a
// customer's page, and screens that follow changes made elsewhere without a reload.

interface Row {
  id: string;
}

test('before any exhibition: the header and "add to edition" point the way; ? lists the shortcuts', async ({ page, server }) => {
  await server.api('workspace.start');
  const c = await server.api<Row>('customers.create', { companyName: 'Alpha Packaging GmbH' });
  await openRoute(page, server, `#/customers/${c.id}`);

  await expect(page.getByTestId('setup-exhibition')).toHaveText('Set up your exhibition');
  await page.getByTestId('add-to-edition').click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByRole('combobox', { name: 'Edition' })).toBeDisabled();
  await dialog.getByTestId('create-edition-link').click();
  await expect(page.getByText('No exhibitions yet')).toBeVisible();
  // On the Exhibitions page itself the empty state says it; the header does not repeat it.
  await expect(page.getByTestId('setup-exhibition')).toHaveCount(0);

  await page.keyboard.press('Shift+?');
  await expect(page.getByTestId('shortcuts-modal')).toContainText('Log an interaction');
  await setLanguage(page, 'zh');
  await expect(page.getByTestId('shortcuts-modal')).toContainText('记录互动');
  await shot(page, 'activity-review-shortcuts-zh');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('narrow window: header actions shrink to icons and all stay on screen', async ({ page, server }) => {
  await server.api('workspace.start');
  await server.api('exhibitions.create', { name: 'Asia Lighting Expo' });
  await page.setViewportSize({ width: 1000, height: 760 });
  await openRoute(page, server, '#/customers');
  const log = page.getByTestId('global-log-interaction');
  await expect(log).toHaveAccessibleName('Log interaction');
  await expect(log).not.toHaveText('Log interaction');
  const lang = await page.getByRole('radio', { name: '中文' }).locator('..').boundingBox();
  expect(lang!.x + lang!.width).toBeLessThanOrEqual(1000);
  await shot(page, 'activity-review-header-1000-en');
});

test('the customer page follows changes made elsewhere; the global action starts with that customer', async ({ page, server }) => {
  await server.api('workspace.start');
  const c = await server.api<Row>('customers.create', { companyName: 'Beta Labels Ltd', kinds: ['exhibitor'] });
  const x = await server.api<Row>('exhibitions.create', { name: 'Pack Expo' });
  const e = await server.api<Row>('editions.create', { exhibitionId: x.id, name: 'Pack Expo 2026', startDate: '2026-05-11', endDate: '2026-05-13' });
  await openRoute(page, server, `#/customers/${c.id}`);
  await expect(page.getByTestId('stat-attended-value')).toHaveText('0');

  // Another client (or the edition screen) books the customer: the figures follow, no reload.
  await server.api('participations.create', { customerId: c.id, editionId: e.id, role: 'exhibitor', status: 'attended', priceCharged: 9000 });
  await expect(page.getByTestId('stat-attended-value')).toHaveText('1');

  await page.keyboard.press('Control+i');
  const dialog = page.getByTestId('log-interaction-modal');
  await expect(dialog.getByTestId('log-customer')).toHaveValue('Beta Labels Ltd');
  await page.keyboard.type('Called about the 2027 hall plan');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('stat-last-contact-value')).not.toHaveText('Never');

  // Moved to the Trash elsewhere: the edition's totals drop it at once.
  await openRoute(page, server, `#/exhibitions/editions/${e.id}`);
  await expect(page.getByTestId('participant-count')).toHaveText('1');
  await server.api('customers.trash', { ids: [c.id] });
  await expect(page.getByTestId('participant-count')).toHaveText('0');
});
