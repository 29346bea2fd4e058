import type { Page } from '@playwright/test';
import { DEFAULT_THRESHOLDS, type LifecycleThresholds } from '../../shared/domain/lifecycle';
import { expect, openRoute, setLanguage, shot, test, type Server } from './fixtures';

// The lifecycle signal thresholds on the Settings page (saved, refused when out of range, reset
// to the defaults, suggestions recomputed), and a stage move creating the stage's playbook
// tasks, seen on "This week" and on the customer page — real browser, real backend.

interface Ref {
  id: string;
  version: number;
  stageSince: string;
}
interface SuggestionList {
  total: number;
  rows: { companyName: string; to: string; signal: string }[];
}
interface TaskRow {
  source: string;
  defaultKey: string | null;
  dueOn: string;
  exhibitionId: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The browser's local date, `days` from today (the server runs on the same machine). */
function day(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Full-page shots with the fixed header at the top, where it is, not where the last fill scrolled. */
async function shotFromTop(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, name);
}

/** One exhibition with two closed editions and a loyal exhibitor (satisfaction 8 at both). */
async function seedLoyal(server: Server) {
  await server.api('workspace.start');
  const ex = await server.api<Ref>('exhibitions.create', { name: 'Asia Pack Expo', city: 'Shanghai', maturity: 'growing' });
  const customer = await server.api<Ref>('customers.create', { companyName: 'Alpha Packaging GmbH', kinds: ['exhibitor'] });
  for (const [name, start, end] of [['APE 2024', '2024-05-12', '2024-05-14'], ['APE 2025', '2025-05-12', '2025-05-14']] as const) {
    const e = await server.api<Ref>('editions.create', { exhibitionId: ex.id, name, startDate: start, endDate: end, status: 'closed' });
    await server.api('participations.create', {
      customerId: customer.id, editionId: e.id, role: 'exhibitor', status: 'attended', statusAt: start, standArea: 36, priceCharged: 20000, satisfaction: 8,
    });
  }
  await server.api('lifecycle.refresh', { exhibitionId: ex.id });
  return { exhibitionId: ex.id, customerId: customer.id };
}

test('thresholds: change and save, out-of-range refused on its field, reset to defaults; suggestions follow', async ({ page, server }) => {
  test.setTimeout(120_000);
  const { exhibitionId } = await seedLoyal(server);
  const suggestions = () => server.api<SuggestionList>('lifecycle.suggestions', { exhibitionId });
  // With the defaults (2 editions, satisfaction ≥ 7), the loyal exhibitor is suggested for trust.
  expect((await suggestions()).rows).toMatchObject([{ companyName: 'Alpha Packaging GmbH', to: 'trust', signal: 'repeat_attendance' }]);

  await openRoute(page, server, '#/settings');
  const section = page.getByRole('region', { name: 'Lifecycle signals' });
  await expect(section).toBeVisible();
  const input = (k: keyof LifecycleThresholds) => section.getByTestId(`threshold-${k}`);
  for (const [k, v] of Object.entries(DEFAULT_THRESHOLDS)) await expect(input(k as keyof LifecycleThresholds)).toHaveValue(String(v));
  await expect(section).toContainText('Trust after 2 consecutive editions attended with the latest satisfaction ≥ 7.');
  await expect(section).toContainText('1–20 · default 2');
  await expect(section.getByTestId('thresholds-recompute-note')).toHaveText('Suggestions are recomputed for every exhibition after saving.');
  await expect(section.getByTestId('thresholds-save')).toBeDisabled();
  await expect(section.getByTestId('thresholds-defaults')).toBeDisabled();

  // Three editions in a row for trust: the sentence follows the typing; saved; the suggestions are
  // recomputed (two editions are now only a first booking → confirmation).
  await input('trustEditions').fill('3');
  await expect(section).toContainText('Trust after 3 consecutive editions attended with the latest satisfaction ≥ 7.');
  await section.getByTestId('thresholds-save').click();
  await expect(page.getByText('Thresholds saved; suggestions recomputed')).toBeVisible();
  await expect.poll(async () => (await server.api<LifecycleThresholds>('lifecycle.thresholds')).trustEditions).toBe(3);
  expect((await suggestions()).rows).toMatchObject([{ companyName: 'Alpha Packaging GmbH', to: 'confirmation', signal: 'first_booking' }]);
  await expect(section.getByTestId('thresholds-save')).toBeDisabled();
  await expect(section.getByTestId('thresholds-defaults')).toBeEnabled();
  await shotFromTop(page, 'lifecycle-settings-en');

  // Out of range: marked on the fields, in the user's language; nothing at all is saved.
  await input('trustSatisfaction').fill('11');
  await input('complaintDays').fill('400');
  await input('standAreaDropPercent').fill('50'); // valid, but refused with the rest
  await section.getByTestId('thresholds-save').click();
  await expect(section.getByText('Must be at most 10.')).toBeVisible();
  await expect(section.getByText('Must be at most 365.')).toBeVisible();
  await expect(input('trustSatisfaction')).toHaveAttribute('aria-invalid', 'true');
  await expect(input('standAreaDropPercent')).not.toHaveAttribute('aria-invalid', 'true');
  expect(await server.api<LifecycleThresholds>('lifecycle.thresholds')).toEqual({ ...DEFAULT_THRESHOLDS, trustEditions: 3 });
  await shotFromTop(page, 'lifecycle-settings-error-en');
  // An emptied field is marked too, not silently left unchanged.
  await input('lowSatisfaction').fill('');
  await section.getByTestId('thresholds-save').click();
  await expect(section.getByText('This field is required.')).toBeVisible();
  expect(await server.api<LifecycleThresholds>('lifecycle.thresholds')).toEqual({ ...DEFAULT_THRESHOLDS, trustEditions: 3 });

  // Reset to defaults fills the form; saving brings the trust suggestion back.
  await section.getByTestId('thresholds-defaults').click();
  await expect(input('trustSatisfaction')).toHaveValue('7');
  await expect(input('trustSatisfaction')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(input('trustEditions')).toHaveValue('2');
  await section.getByTestId('thresholds-save').click();
  await expect.poll(() => server.api<LifecycleThresholds>('lifecycle.thresholds')).toEqual(DEFAULT_THRESHOLDS);
  await expect.poll(async () => (await suggestions()).rows.map((r) => r.to)).toEqual(['trust']);

  // Chinese: the rules, units and the API's field errors.
  await expect(page.getByText('Thresholds saved; suggestions recomputed')).toBeHidden({ timeout: 15_000 });
  await setLanguage(page, 'zh');
  const zh = page.getByRole('region', { name: '生命周期信号' });
  await expect(zh).toContainText('连续参加 2 届且最近一届满意度 ≥ 7 时，建议转为信任。');
  await zh.getByTestId('threshold-satisfactionDrop').fill('0');
  await zh.getByTestId('thresholds-save').click();
  await expect(zh.getByText('不能小于 1。')).toBeVisible();
  await shotFromTop(page, 'lifecycle-settings-zh');
  expect(await server.api<LifecycleThresholds>('lifecycle.thresholds')).toEqual(DEFAULT_THRESHOLDS);
});

test('a move creates the stage playbook tasks, on This week and on the customer page', async ({ page, server }) => {
  test.setTimeout(120_000);
  await server.api('workspace.start');
  const ex = await server.api<Ref>('exhibitions.create', { name: 'Asia Pack Expo', city: 'Shanghai' });
  const sunrise = await server.api<Ref>('customers.create', { companyName: 'Sunrise Packaging Co.', kinds: ['exhibitor'] });
  await server.api('lifecycle.refresh', { exhibitionId: ex.id });
  expect(await server.api<{ open: TaskRow[] }>('tasks.ofCustomer', { customerId: sunrise.id })).toMatchObject({ open: [] });

  // On the board, by the card's menu: cultivation → confirmation.
  await openRoute(page, server, '#/lifecycle');
  await page.getByRole('button', { name: 'Actions for Sunrise Packaging Co.' }).click();
  await page.getByRole('menuitem', { name: 'Confirmation' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Reason').fill('Signed for a stand at the next edition');
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(page.getByText('Sunrise Packaging Co. moved to Confirmation')).toBeVisible();

  // The confirmation playbook's actions, due from the day of the move.
  const tasks = await server.api<{ open: TaskRow[] }>('tasks.ofCustomer', { customerId: sunrise.id });
  expect(tasks.open.map((t) => [t.source, t.defaultKey, t.dueOn, t.exhibitionId]).sort()).toEqual([
    ['playbook', 'confirmation.checkIn', day(14), ex.id],
    ['playbook', 'confirmation.servicePlan', day(3), ex.id],
  ]);

  // This week: the one due within the week.
  await openRoute(page, server, '#/tasks');
  const week = page.getByTestId('tasks-group-week');
  await expect(week.getByTestId('task-item').filter({ hasText: 'Send the exhibitor service plan' })).toContainText('Sunrise Packaging Co.');
  await expect(page.getByText('Check in after the edition: was it worth it?')).toHaveCount(0);

  // A move through the API (another window): This week refreshes with the weakening playbook.
  const rel = await server.api<Ref>('lifecycle.get', { customerId: sunrise.id, exhibitionId: ex.id });
  await server.api('lifecycle.move', { customerId: sunrise.id, exhibitionId: ex.id, version: rel.version, to: 'weakening', at: day(0), reason: 'Asked for a smaller stand' });
  await expect(week.getByText('Call to find out why it is dissatisfied')).toBeVisible();
  await shot(page, 'lifecycle-playbook-tasks-week-en');

  // The customer page's tasks card lists all of them.
  await openRoute(page, server, `#/customers/${sunrise.id}`);
  const card = page.getByTestId('card-tasks');
  for (const title of [
    'Send the exhibitor service plan',
    'Check in after the edition: was it worth it?',
    'Call to find out why it is dissatisfied',
    'Propose a fix (stand location, price, services)',
  ]) {
    await expect(card.getByText(title)).toBeVisible();
  }
});
