import type { Page } from '@playwright/test';
import { expect, openRoute, setLanguage, shot, test, type Server } from './fixtures';

// The customer page (figures, timeline, referrals, word of mouth) and logging interactions,
// from the page and from the global action, in a real browser against the real backend.

interface Ref {
  id: string;
  version: number;
}

async function seed(server: Server) {
  await server.api('workspace.start');
  await server.api('settings.update', { staffName: 'Li Na' });
  const sunrise = await server.api<Ref>('customers.create', {
    companyName: 'Sunrise Packaging Co.',
    kinds: ['exhibitor'],
    industry: 'Packaging',
    country: 'China',
    city: 'Ningbo',
    contacts: [{ name: '王芳', title: '市场经理', email: 'wang.fang@sunrise-pack.cn' }],
  });
  const harbor = await server.api<Ref>('customers.create', { companyName: 'Harbor Lights Ltd', kinds: ['trade_buyer'], city: 'Hong Kong' });
  const assoc = await server.api<Ref>('customers.create', { companyName: 'Packaging Industry Association', kinds: ['partner'], partnerType: 'association' });
  return { sunrise, harbor, assoc };
}

/** Two editions of history for the screenshots: a participation through its statuses. */
async function seedHistory(server: Server, customerId: string) {
  const ex = await server.api<Ref>('exhibitions.create', { name: 'Asia Pack Expo', city: 'Shanghai' });
  const e25 = await server.api<Ref>('editions.create', { exhibitionId: ex.id, name: 'Asia Pack Expo 2025', startDate: '2025-05-12', endDate: '2025-05-14', status: 'closed' });
  const e26 = await server.api<Ref>('editions.create', { exhibitionId: ex.id, name: 'Asia Pack Expo 2026', startDate: '2026-05-11', endDate: '2026-05-13', status: 'closed' });
  await server.api('participations.create', {
    customerId, editionId: e25.id, role: 'exhibitor', status: 'attended', statusAt: '2025-05-12',
    standArea: 36, priceCharged: 43200, otherRevenue: 5000, satisfaction: 7,
  });
  let p = await server.api<Ref>('participations.create', {
    customerId, editionId: e26.id, role: 'exhibitor', status: 'enquiry', statusAt: '2025-10-08', standArea: 54, priceCharged: 61000,
  });
  for (const [status, at] of [['contracted', '2025-12-01'], ['paid', '2026-02-15'], ['attended', '2026-05-11']] as const) {
    p = await server.api<Ref>('participations.setStatus', { id: p.id, version: p.version, status, at });
  }
  await server.api('participations.update', { id: p.id, version: p.version, patch: { satisfaction: 9 } });
}

async function openCustomer(page: Page, server: Server, id: string) {
  await openRoute(page, server, `#/customers/${id}`);
  await expect(page.getByTestId('customer-detail')).toBeVisible();
}

const timelineItems = (page: Page) => page.getByTestId('timeline-interaction');

test('log interactions from the customer page and the global action; resolve a complaint', async ({ page, server }) => {
  const { sunrise, harbor } = await seed(server);
  await openCustomer(page, server, sunrise.id);
  await expect(page.getByTestId('timeline-empty')).toBeVisible();
  await expect(page.getByTestId('stat-last-contact-value')).toHaveText('Never');

  // Quick entry on the page: the customer is fixed; type, summary, cost; Enter saves.
  await page.getByTestId('page-log-interaction').click();
  const modal = page.getByRole('dialog');
  await expect(modal.getByLabel('Summary')).toBeFocused();
  await expect(modal.getByLabel('Staff member')).toHaveValue('Li Na');
  await modal.getByLabel('Cost (CNY)').fill('45.50');
  await modal.getByLabel('Outcome').fill('Sends the floor plan');
  await modal.getByLabel('Summary').fill('Discussed a corner stand for next year');
  await modal.getByLabel('Summary').press('Enter');
  await expect(modal).toBeHidden();
  await expect(timelineItems(page)).toHaveCount(1);
  await expect(timelineItems(page).first()).toContainText('Discussed a corner stand for next year');
  await expect(timelineItems(page).first()).toContainText('Cost CN¥45.50');
  await expect(page.getByTestId('stat-cost-value')).toHaveText('CN¥45.50');
  await expect(page.getByTestId('stat-last-contact-value')).not.toHaveText('Never');

  // The global action (Ctrl+I) from the same page starts with this customer, still changeable:
  // search it again by typing, log a complaint.
  await page.locator('body').click();
  await page.keyboard.press('Control+i');
  await expect(modal).toBeVisible();
  await expect(modal.getByLabel('Customer')).toHaveValue('Sunrise Packaging Co.');
  await expect(modal.getByLabel('Summary')).toBeFocused();
  await modal.getByLabel('Customer').fill('sunrise');
  await page.getByRole('option', { name: 'Sunrise Packaging Co.' }).click();
  await modal.getByRole('combobox', { name: 'Type' }).click();
  await page.getByRole('option', { name: 'Complaint' }).click();
  await modal.getByLabel('Summary').fill('Stand carpet was wet on day one');
  await modal.getByLabel('Summary').press('Enter');
  await expect(modal).toBeHidden();
  await expect(timelineItems(page)).toHaveCount(2);
  const complaint = timelineItems(page).filter({ hasText: 'Stand carpet was wet' });
  await expect(complaint.getByTestId('complaint-state')).toHaveText('Open');
  await expect(page.getByTestId('stat-complaints-value')).toHaveText('1');

  // Resolve it from the timeline.
  await complaint.getByRole('button', { name: 'Mark resolved' }).click();
  await expect(complaint.getByTestId('complaint-state')).toHaveText('Resolved');
  await expect(page.getByTestId('stat-complaints-value')).toHaveText('0');

  // Edit an interaction from its menu, then delete it.
  const first = timelineItems(page).filter({ hasText: 'Discussed a corner stand' });
  await first.getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('menuitem', { name: 'Edit' }).click();
  await expect(modal.getByLabel('Summary')).toHaveValue('Discussed a corner stand for next year');
  await modal.getByLabel('Summary').fill('Agreed on a corner stand for next year');
  await modal.getByLabel('Summary').press('Enter');
  await expect(modal).toBeHidden();
  await expect(timelineItems(page).filter({ hasText: 'Agreed on a corner stand' })).toHaveCount(1);
  await timelineItems(page).filter({ hasText: 'Agreed on a corner stand' }).getByRole('button', { name: 'Edit' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(timelineItems(page)).toHaveCount(1);
  await expect(page.getByTestId('stat-cost-value')).toHaveText('CN¥0');

  // The participation dialog opens from the page ("Add to edition").
  await page.getByTestId('add-to-edition').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();

  // The header button from the customer list, for another customer; an empty summary is refused first.
  await openRoute(page, server, '#/customers');
  await page.getByTestId('global-log-interaction').click();
  await expect(modal.getByLabel('Customer')).toBeFocused();
  await page.keyboard.type('harbor');
  await page.getByRole('option', { name: 'Harbor Lights Ltd' }).click();
  await modal.getByLabel('Summary').press('Enter');
  await expect(modal.getByText('This field is required.')).toBeVisible();
  await modal.getByLabel('Summary').fill('Sent the buyer programme');
  await modal.getByLabel('Summary').press('Enter');
  await expect(modal).toBeHidden();
  const list = await server.api<{ total: number; rows: { summary: string; staff: string }[] }>('interactions.list', { customerId: harbor.id });
  expect(list.total).toBe(1);
  expect(list.rows[0]).toMatchObject({ summary: 'Sent the buyer programme', staff: 'Li Na' });
});

test('set a referrer and see it on the referrer’s page; flag negative word of mouth', async ({ page, server }) => {
  const { sunrise, harbor, assoc } = await seed(server);
  await openCustomer(page, server, sunrise.id);
  await expect(page.getByTestId('referred-by-none')).toBeVisible();
  await page.getByTestId('set-referrer').click();
  const modal = page.getByRole('dialog');
  await expect(modal.getByLabel('Referred by')).toBeFocused();
  await page.keyboard.type('association');
  await page.getByRole('option', { name: 'Packaging Industry Association' }).click();
  await modal.getByRole('button', { name: 'Save' }).click();
  await expect(modal).toBeHidden();
  await expect(page.getByTestId('referred-by')).toHaveText('Packaging Industry Association');

  // The referrer's page lists whom it brought and whether they took part.
  await server.api('customers.setReferrer', { id: harbor.id, referrerId: assoc.id });
  await page.getByTestId('referred-by').click();
  await expect(page.getByTestId('customer-name')).toHaveText('Packaging Industry Association');
  const items = page.getByTestId('referred-item');
  await expect(items).toHaveCount(2);
  await expect(items.filter({ hasText: 'Sunrise Packaging Co.' })).toContainText('Not yet');

  // Cycles are refused with the reason on the field: Sunrise was brought by the association.
  await openCustomer(page, server, assoc.id);
  await page.getByTestId('set-referrer').click();
  await page.keyboard.type('sunrise');
  await page.getByRole('option', { name: 'Sunrise Packaging Co.' }).click();
  await modal.getByRole('button', { name: 'Save' }).click();
  await expect(modal.getByText(/would make a circle/)).toBeVisible();
  await modal.getByRole('button', { name: 'Cancel' }).click();

  // Negative word of mouth: flag with a date and note, then clear.
  await page.getByTestId('wom-set').click();
  await modal.getByLabel('Date').fill('2026-10-15');
  await modal.getByLabel('What was said, to whom').fill('Told two members the hall was half empty');
  await modal.getByLabel('What was said, to whom').press('Enter');
  await expect(modal).toBeHidden();
  await expect(page.getByTestId('wom-flag')).toContainText('Told two members the hall was half empty');
  await expect(page.getByTestId('wom-flag')).toContainText('15 Oct 2026');
  await page.getByTestId('wom-clear').click();
  await expect(page.getByTestId('wom-flag')).toBeHidden();
});

test('customer page screenshots in English and Chinese', async ({ page, server }) => {
  const { sunrise, assoc } = await seed(server);
  await seedHistory(server, sunrise.id);
  await server.api('customers.setReferrer', { id: sunrise.id, referrerId: assoc.id });
  const log = (over: Record<string, unknown>) => server.api('interactions.create', { customerId: sunrise.id, ...over });
  await log({ at: '2025-09-20T02:30:00Z', type: 'call', direction: 'outbound', summary: 'Invited them to the 2026 edition', outcome: 'Interested in a bigger stand' });
  await log({ at: '2025-11-18T06:00:00Z', type: 'visit', direction: 'outbound', summary: 'Visited the Ningbo plant with the sales director', cost: 1280, followUpOn: '2025-11-25' });
  await log({ at: '2026-05-12T10:00:00Z', type: 'complaint', direction: 'inbound', summary: 'Stand power was cut for two hours', staff: 'Zhao Lei' });
  await log({ at: '2026-05-20T03:00:00Z', type: 'feedback', summary: 'Post-show survey: 9/10, wants the same hall', editionId: undefined });
  await log({ at: '2026-11-10T08:00:00Z', type: 'event', summary: 'Exhibitor dinner in Shanghai', cost: 860, followUpOn: '2026-12-01' });
  await server.api('customers.setNegativeWom', { id: sunrise.id, at: '2026-06-02', note: 'Complained about the power cut to two peers' });

  await page.setViewportSize({ width: 1440, height: 900 });
  await openCustomer(page, server, sunrise.id);
  await expect(page.getByTestId('timeline-participation')).toHaveCount(2);
  await expect(page.getByTestId('timeline-status')).toHaveCount(3);
  await expect(page.getByTestId('stat-attended-value')).toHaveText('2');
  await expect(page.getByTestId('stat-revenue-value')).toHaveText('CN¥109,200');
  await expect(page.getByTestId('stat-satisfaction-value')).toHaveText('9 / 10');
  await expect(page.getByTestId('referred-by')).toHaveText('Packaging Industry Association');
  await shot(page, 'customer-page-en');

  await setLanguage(page, 'zh');
  await expect(page.getByText('时间线')).toBeVisible();
  await expect(page.getByTestId('stat-satisfaction-value')).toHaveText('9 / 10');
  await shot(page, 'customer-page-zh');

  await page.getByTestId('page-log-interaction').click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await shot(page, 'log-interaction-zh');
  await page.keyboard.press('Escape');
  // Gone before the next opens: a closing dialog still in the page made two (flaky in CI).
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await setLanguage(page, 'en');
  await page.keyboard.press('Control+i');
  await expect(page.getByRole('dialog')).toBeVisible();
  await shot(page, 'log-interaction-en');
});
