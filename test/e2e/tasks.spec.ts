import { expect, openRoute, setLanguage, shot, test, type Server } from './fixtures';

// "This week" (tasks across customers), completing a task that logs an interaction in the same
// step, the customer page's tasks, and the playbooks page — in a real browser, real backend.

interface Ref {
  id: string;
  version: number;
}
interface TaskRef extends Ref {
  doneAt: string | null;
  doneInteractionId: string | null;
  title: string | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** The browser's local date, `days` from today (the server runs on the same machine). */
function day(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

async function seed(server: Server) {
  await server.api('workspace.start');
  const sunrise = await server.api<Ref>('customers.create', { companyName: 'Sunrise Packaging Co.', kinds: ['exhibitor'], city: 'Ningbo' });
  const harbor = await server.api<Ref>('customers.create', { companyName: 'Harbor Lights Ltd', kinds: ['trade_buyer'], city: 'Hong Kong' });
  const ex = await server.api<Ref>('exhibitions.create', { name: 'Asia Pack Expo', city: 'Shanghai' });
  const floorPlan = await server.api<TaskRef>('tasks.create', {
    customerId: sunrise.id, exhibitionId: ex.id, title: 'Send the floor plan for hall 2', dueOn: day(0), interactionType: 'email',
  });
  await server.api('tasks.create', { customerId: harbor.id, title: 'Confirm the buyer delegation', dueOn: day(-3), interactionType: 'call' });
  await server.api('tasks.create', { customerId: harbor.id, title: 'Book the hotel block', dueOn: day(4) });
  // A follow-up date on a contact is a task too.
  await server.api('interactions.create', {
    customerId: sunrise.id, at: new Date().toISOString(), type: 'meeting', summary: 'Discussed a corner stand', followUpOn: day(2),
  });
  return { sunrise, harbor, floorPlan };
}

test('complete a task that logs an interaction; the timeline shows it', async ({ page, server }) => {
  const { sunrise, floorPlan } = await seed(server);
  await openRoute(page, server, '#/tasks');
  await expect(page.getByTestId('tasks-week')).toBeVisible();
  await expect(page.getByTestId('tasks-group-overdue').getByTestId('task-item')).toHaveCount(1);
  await expect(page.getByTestId('tasks-group-today').getByTestId('task-item')).toHaveCount(1);
  await expect(page.getByTestId('tasks-group-week').getByTestId('task-item')).toHaveCount(2);
  await expect(page.getByText('Follow up: Discussed a corner stand')).toBeVisible();
  // The navigation badge counts due and overdue tasks.
  await expect(page.getByRole('link', { name: /This week/ })).toContainText('4');
  await shot(page, 'tasks-week-en');

  const item = page.locator(`[data-task-id="${floorPlan.id}"]`);
  await item.getByTestId('task-complete-log').click();
  const modal = page.getByTestId('complete-log-modal');
  await expect(modal.getByTestId('complete-log-summary')).toHaveValue('Send the floor plan for hall 2');
  await expect(modal.getByTestId('complete-log-type')).toHaveValue('Email');
  await modal.getByTestId('complete-log-summary').fill('Sent the floor plan for hall 2');
  await modal.getByTestId('complete-log-outcome').fill('Wants stand B12');
  await shot(page, 'tasks-complete-log-en');
  await modal.getByTestId('complete-log-save').click();
  await expect(modal).toBeHidden();
  await expect(item).toHaveCount(0);

  // Both writes happened, linked.
  const logged = await server.api<{ rows: { id: string; type: string; summary: string; outcome: string }[] }>('interactions.list', { customerId: sunrise.id });
  const sent = logged.rows.find((r) => r.summary === 'Sent the floor plan for hall 2');
  expect(sent).toMatchObject({ type: 'email', outcome: 'Wants stand B12' });
  const tasks = await server.api<{ done: TaskRef[] }>('tasks.ofCustomer', { customerId: sunrise.id });
  expect(tasks.done.map((t) => t.doneInteractionId)).toEqual([sent!.id]);

  // Keyboard: X completes the selected (first) task, the overdue one.
  await page.keyboard.press('x');
  await expect(page.getByTestId('tasks-group-overdue')).toHaveCount(0);

  // The customer page: its timeline has the interaction, its tasks card the open follow-up.
  await openRoute(page, server, `#/customers/${sunrise.id}`);
  await expect(page.getByTestId('customer-detail')).toBeVisible();
  await expect(page.getByText('Sent the floor plan for hall 2').first()).toBeVisible();
  const card = page.getByTestId('card-tasks');
  await expect(card.getByText('Follow up: Discussed a corner stand')).toBeVisible();
  await shot(page, 'tasks-customer-card-en');

  await setLanguage(page, 'zh');
  await openRoute(page, server, '#/tasks');
  await expect(page.getByRole('heading', { name: '本周待办' })).toBeVisible();
  await shot(page, 'tasks-week-zh');
});

test('bad input on a new task shows field errors; playbooks are listed and editable', async ({ page, server }) => {
  await server.api('workspace.start');
  await server.api('customers.create', { companyName: 'Sunrise Packaging Co.' });
  await openRoute(page, server, '#/tasks');
  await expect(page.getByTestId('tasks-empty')).toBeVisible();
  await page.keyboard.press('n');
  const modal = page.getByTestId('new-task-modal');
  await modal.getByTestId('task-customer').fill('Sunrise');
  await page.getByRole('option', { name: /Sunrise Packaging/ }).click();
  await modal.getByTestId('task-title').fill('   ');
  await modal.getByTestId('task-save').click();
  await expect(modal.getByText('This field is required.')).toBeVisible();
  await modal.getByTestId('task-title').fill('Send the invitation');
  await modal.getByTestId('task-save').click();
  await expect(modal).toBeHidden();
  await expect(page.getByTestId('task-item')).toHaveCount(1);

  await openRoute(page, server, '#/playbooks');
  const weakening = page.getByTestId('playbook-weakening');
  await expect(weakening.getByText('Call to find out why it is dissatisfied')).toBeVisible();
  await expect(weakening.getByText('due after 3 days')).toBeVisible();
  await weakening.getByTestId('action-add').click();
  const action = page.getByTestId('action-modal');
  await action.getByTestId('action-title').fill('Visit the booth manager');
  await action.getByTestId('action-due-days').fill('400');
  await action.getByTestId('action-save').click();
  await expect(action.getByText('A whole number of days from 0 to 365.')).toBeVisible();
  await action.getByTestId('action-due-days').fill('10');
  await action.getByTestId('action-save').click();
  await expect(weakening.getByTestId('playbook-action')).toHaveCount(3);
  await shot(page, 'playbooks-en');
  await setLanguage(page, 'zh');
  await expect(weakening.getByText('致电了解不满意的原因')).toBeVisible();
  await shot(page, 'playbooks-zh');
});
