import type { Page } from '@playwright/test';
import { expect, openRoute, setLanguage, shot as fullShot, test } from './fixtures';

// On-site quick capture (issue 3 §8): three leads with the keyboard only — one typed, one
// from a pasted vCard, one onto an existing customer — then what was stored.

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const field = (page: Page, path: string) => page.locator(`[data-path="${path}"]`);

/** Full-page shots from the top: a scrolled page would show the sticky bar mid-page. */
async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await fullShot(page, name);
}

const VCARD = [
  'BEGIN:VCARD',
  'VERSION:3.0',
  'N:王;小明;;;',
  'FN:王小明',
  'ORG:深圳华光照明有限公司;采购部',
  'TITLE:采购经理',
  'TEL;TYPE=CELL:+86 138 1234 5678',
  'EMAIL;TYPE=INTERNET:wang.xm@huaguang.example',
  'END:VCARD',
].join('\r\n');

interface ListResult {
  total: number;
  rows: { id: string; companyName: string; source: string | null }[];
}

test('capture three leads with the keyboard: typed, pasted vCard, existing customer', async ({ page, server }) => {
  await server.api('workspace.start', {});
  await server.api('settings.update', { staffName: 'Wang Fang' });
  const ex = await server.api<{ id: string }>('exhibitions.create', { name: 'Shenzhen Lighting Fair' });
  const ed = await server.api<{ id: string }>('editions.create', {
    exhibitionId: ex.id,
    name: 'SZLF 2026',
    startDate: '2026-11-21',
    endDate: '2026-11-24',
    status: 'running',
  });
  const existing = await server.api<{ id: string }>('customers.create', {
    companyName: 'Harbour Lights Trading Co., Ltd.',
    kinds: ['exhibitor'],
    industry: 'LED lighting',
    city: 'Ningbo',
    email: 'sales@harbour-lights.example',
  });

  // The shortcut must come after the app's start-up redirect, which would otherwise undo it.
  await openRoute(page, server, '#/customers');
  await setLanguage(page, 'en');
  await expect(page.getByTestId('open-capture')).toBeVisible();
  await shot(page, 'capture-header-button-en');
  // One shortcut from anywhere in the app opens capture mode, with the company field ready.
  await page.keyboard.press('ControlOrMeta+L');
  await expect(page.getByTestId('capture-screen')).toBeVisible();
  await expect(field(page, 'company')).toBeFocused();
  await expect(page.getByTestId('today-counter')).toHaveText('0 leads captured today by Wang Fang');
  await expect(field(page, 'editionId')).toHaveValue('SZLF 2026');
  await shot(page, 'capture-empty-en');

  // 1. Typed: Tab from field to field, a category with Enter, Alt+H for hot, Enter saves.
  // (No stopwatch here: on a loaded test machine it measures the machine. The point is that
  // the lead needs nothing but typing, Tab, one Alt key and Enter.)
  await page.keyboard.type('Nordlicht Leuchten GmbH');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Anna Schmidt');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Head of Export');
  await page.keyboard.press('Tab');
  await page.keyboard.type('+49 171 2345678');
  await page.keyboard.press('Tab');
  await page.keyboard.type('anna@nordlicht.example');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Hall 3 corner stand');
  await page.keyboard.press('Tab');
  await page.keyboard.type('LED lighting');
  await page.keyboard.press('Enter'); // adds the category, does not save
  await expect(page.getByTestId('today-counter')).toHaveText('0 leads captured today by Wang Fang');
  await page.keyboard.press('Alt+H');
  await expect(page.getByRole('radio', { name: /Hot/ })).toBeChecked();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('today-counter')).toHaveText('1 lead captured today by Wang Fang');
  await expect(field(page, 'company')).toHaveValue('');
  await expect(field(page, 'company')).toBeFocused();
  await expect(page.getByTestId('recent-lead')).toHaveCount(1);

  // 2. A vCard pasted into the company field fills every field it has.
  await page.evaluate((text) => navigator.clipboard.writeText(text), VCARD);
  await page.keyboard.press('ControlOrMeta+V');
  await expect(field(page, 'company')).toHaveValue('深圳华光照明有限公司');
  await expect(field(page, 'person')).toHaveValue('王小明');
  await expect(field(page, 'title')).toHaveValue('采购经理');
  await expect(field(page, 'phone')).toHaveValue('+86 138 1234 5678');
  await expect(field(page, 'email')).toHaveValue('wang.xm@huaguang.example');
  await expect(page.getByTestId('paste-notice')).toContainText('vCard');
  await page.keyboard.press('Alt+W');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('today-counter')).toHaveText('2 leads captured today by Wang Fang');

  // 3. An existing customer: found by its normalised name while typing, chosen with Alt+1.
  await page.keyboard.type('harbour lights trading');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Chen Jing');
  await expect(page.getByTestId('match')).toHaveCount(1);
  await expect(page.getByTestId('match')).toContainText('Harbour Lights Trading Co., Ltd.');
  await expect(page.getByTestId('match')).toContainText('same name');
  await page.keyboard.press('Alt+1');
  await expect(page.getByTestId('match')).toContainText('Adding to this customer');
  await page.keyboard.press('Alt+C');
  await shot(page, 'capture-en');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('today-counter')).toHaveText('3 leads captured today by Wang Fang');
  await expect(page.getByTestId('recent-lead')).toHaveCount(3);
  await expect(page.getByTestId('recent-lead').first()).toContainText('Harbour Lights Trading Co., Ltd.');
  await expect(page.getByTestId('recent-lead').first()).toContainText('existing');

  // What was stored: two new customers from the fair, the existing one enriched, three visits.
  const list = await server.api<ListResult>('customers.list', { limit: 10 });
  expect(list.total).toBe(3);
  const names = list.rows.map((r) => r.companyName).sort();
  expect(names).toEqual(['Harbour Lights Trading Co., Ltd.', 'Nordlicht Leuchten GmbH', '深圳华光照明有限公司']);
  for (const r of list.rows.filter((row) => row.id !== existing.id)) expect(r.source).toBe('on_site');
  const harbour = await server.api<{ contacts: { name: string }[]; kinds: string[] }>('customers.get', { id: existing.id });
  expect(harbour.contacts.map((c) => c.name)).toEqual(['Chen Jing']);
  expect(harbour.kinds).toEqual(['exhibitor']);
  for (const row of list.rows) {
    const visits = await server.api<{ rows: { type: string; staff: string | null; editionId: string | null }[] }>('interactions.list', {
      customerId: row.id,
    });
    expect(visits.rows).toHaveLength(1);
    expect(visits.rows[0]).toMatchObject({ type: 'visit', staff: 'Wang Fang', editionId: ed.id });
  }
  expect(await server.api('capture.today', { capturedBy: 'Wang Fang' })).toEqual({ count: 3 });

  // Chinese: the same screen, every label translated.
  await page.keyboard.type('Solar Partners');
  await setLanguage(page, 'zh');
  await expect(page.getByTestId('today-counter')).toHaveText('Wang Fang 今天已录入 3 条线索');
  await expect(page.getByText('保存线索')).toBeVisible();
  await shot(page, 'capture-zh');
  await setLanguage(page, 'en');

  // Esc leaves capture mode, back to where it was opened; the half-typed lead is kept.
  await field(page, 'company').focus();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('capture-screen')).toHaveCount(0);
  await expect(page.getByTestId('open-capture')).toBeVisible();
  await page.getByTestId('open-capture').click();
  await expect(field(page, 'company')).toHaveValue('Solar Partners');
});

test('bad input stays on screen with the field marked, nothing is saved', async ({ page, server }) => {
  await server.api('workspace.start', {});
  await openRoute(page, server, '#/capture');
  await setLanguage(page, 'en');
  await expect(field(page, 'company')).toBeFocused();
  // No staff name in the workspace and nobody captured yet: the counter asks for a name.
  await expect(page.getByTestId('today-counter')).toHaveText('Enter your name to count your leads.');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type('call me maybe');
  await page.keyboard.press('Enter');
  await expect(field(page, 'company')).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, 'company')).toBeFocused();
  await expect(page.getByText('Enter the company (or choose an existing customer).')).toBeVisible();
  await expect(page.getByText('Not a valid phone number.')).toBeVisible();
  await expect(page.getByText('Who is capturing? Enter your name.')).toBeVisible();
  await expect(page.getByText('No exhibition yet: leads are saved without an edition.')).toBeVisible();
  await shot(page, 'capture-errors-en');
  await setLanguage(page, 'zh');
  await page.getByTestId('save-lead').click();
  await expect(page.getByText('请填写公司（或选择一个现有客户）。')).toBeVisible();
  await shot(page, 'capture-errors-zh');
  expect((await server.api<ListResult>('customers.list', {})).total).toBe(0);
});
