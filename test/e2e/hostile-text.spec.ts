import { expect, openRoute, setLanguage, shot, test } from './fixtures';

// Issue 7 item 6: hostile text is inert everywhere in the UI. Names, tags, notes and summaries
// holding HTML, script and event-handler markup are stored as they are and shown as text on
// every screen that lists them: no element is created from them, no script runs, no dialog opens.

const MARK = '__excrmXss';
const IMG = `<img src=x onerror="window.${MARK}=1">`;
const SCRIPT = `<script>window.${MARK}=2</script>`;
const SVG = `<svg onload="window.${MARK}=3"></svg>`;
const LINK = `<a href="javascript:window.${MARK}=4">click</a>`;
const COMPANY = `${IMG} Hostile ${SCRIPT} Ltd`;

test('HTML and script in names, tags, notes and summaries are shown as text on every screen', async ({ page, server }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await server.api('workspace.start', {});
  const x = await server.api<{ id: string }>('exhibitions.create', { name: `${SVG} Fair` });
  await server.api('exhibitions.setCurrent', { id: x.id });
  const ed = await server.api<{ id: string }>('editions.create', { exhibitionId: x.id, name: `${LINK} 2026`, startDate: '2026-03-01', endDate: '2026-03-03', status: 'closed' });
  const c = await server.api<{ id: string }>('customers.create', {
    companyName: COMPANY,
    kinds: ['exhibitor'],
    tags: [SVG.slice(0, 40)],
    notes: `${LINK} ${IMG}`,
    city: SCRIPT.slice(0, 40),
    contacts: [{ name: IMG }],
  });
  await server.api('participations.create', { customerId: c.id, editionId: ed.id, role: 'exhibitor', status: 'attended', statusAt: '2026-03-03', priceCharged: 1000 });
  await server.api('interactions.create', { customerId: c.id, at: '2026-03-02T10:00:00.000Z', type: 'meeting', summary: `${SCRIPT} ${IMG}`, outcome: LINK });
  await server.api('segments.create', { name: `${IMG}`.slice(0, 100), definition: { type: 'group', op: 'and', items: [] } });
  await server.api('tasks.create', { customerId: c.id, title: `${IMG} call back`, dueOn: '2026-11-23' }).catch(() => undefined);
  const job = await server.api<{ id: string }>('valuation.assess', { exhibitionId: x.id });
  for (let i = 0; i < 100; i++) {
    const j = await server.api<{ status: string }>('jobs.get', { id: job.id });
    if (j.status !== 'running') break;
    await new Promise((r) => setTimeout(r, 100));
  }

  await openRoute(page, server, '#/customers');
  await setLanguage(page, 'en');
  const routes = ['/customers', `/customers/${c.id}`, '/exhibitions', `/exhibitions/${x.id}`, `/exhibitions/editions/${ed.id}`, '/lifecycle', '/value', '/value/calls', '/segments', '/tasks'];
  for (const route of routes) {
    await openRoute(page, server, `#${route}`);
    await page.waitForLoadState('networkidle', { timeout: 2000 }).catch(() => {});
    // The markup is on screen as text wherever the screen shows the record...
    if (route === '/customers' || route.startsWith('/customers/') || route === '/value') {
      await expect(page.getByText('Hostile', { exact: false }).first()).toBeVisible();
    }
    // ...and nothing was made of it: no element from the payloads, no script run.
    const made = await page.evaluate(() => document.querySelectorAll('img[src="x"], svg[onload], a[href^="javascript:"], script:not([src]):not([type])').length);
    expect(made, route).toBe(0);
    expect(await page.evaluate((m) => (window as unknown as Record<string, unknown>)[m], MARK), route).toBeUndefined();
  }
  await openRoute(page, server, `#/customers/${c.id}`);
  await expect(page.getByText(COMPANY).first()).toBeVisible();
  await shot(page, 'hostile-text-customer-en');
  await setLanguage(page, 'zh');
  await shot(page, 'hostile-text-customer-zh');
  expect(dialogs).toEqual([]);
});
