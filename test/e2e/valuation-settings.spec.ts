import type { Locator, Page } from '@playwright/test';
import type { RelationshipValue, ValuationStatus, ValueRow } from '../../shared/api/valuation';
import { DEFAULT_VALUATION_SETTINGS as D, type ValuationSettings } from '../../shared/domain/valuation/settings';
import { expect, openRoute, setLanguage, shot, startServer, test, type Server } from './fixtures';

// Settings → Customer value (validation, save and reassess, reset to defaults) and the customer
// page's value panel (figures that explain themselves, ratings, history with trend arrows) —
// real browser, real backend.

/** Full-page shots with the fixed header at the top, not where the last fill scrolled. */
async function shotFromTop(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, name);
}

/** A screenshot of one part of the page, taken from the top so the fixed header does not cover it. */
async function partShot(page: Page, part: Locator, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForLoadState('networkidle', { timeout: 2000 }).catch(() => {});
  const box = (await part.boundingBox())!;
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true, clip: box });
}

/** Waits for the exhibition's assessment job to finish (the latest snapshot changes). */
async function assessed(server: Server, exhibitionId: string, before: string | null = null): Promise<ValuationStatus> {
  let status: ValuationStatus | null = null;
  await expect
    .poll(
      async () => {
        status = await server.api<ValuationStatus>('valuation.status', { exhibitionId });
        return status.running === null && status.latest !== null && status.latest.id !== before;
      },
      { timeout: 30_000 },
    )
    .toBe(true);
  return status!;
}

const weight = (page: Page, k: string) => page.getByTestId(`weight-${k}`);

test('bad value settings show field errors and change nothing; a good one saves and reassesses; reset to defaults', async ({ page, server }) => {
  await server.api('workspace.start');
  const ex = await server.api<{ id: string }>('exhibitions.create', { name: 'Asia Pack Expo', city: 'Shanghai' });
  await openRoute(page, server, '#/settings');
  const section = page.getByRole('region', { name: 'Customer value' });
  await expect(section).toBeVisible();
  await expect(weight(page, 'economic')).toHaveValue('25');
  // The defaults add up to 100, so each share is the weight itself.
  await expect(page.getByTestId('weight-share-economic')).toHaveText('25% of the score');

  // Every weight 0 and tier B below tier A: both refused, on their fields, nothing saved.
  for (const k of Object.keys(D.weights)) await weight(page, k).fill('0');
  await expect(page.getByTestId('weight-share-economic')).toHaveText('— of the score');
  await page.getByTestId('valuation-tierCutoffs-b').fill('5');
  await page.getByTestId('valuation-settings-save').click();
  await expect(section.getByTestId('valuation-group-error')).toHaveText('Give at least one component a weight above 0.');
  await expect(section.getByText('Each cut-off must be above the one before it (A < B < C).')).toBeVisible();
  await expect(page.getByTestId('valuation-settings-invalid')).toBeVisible();
  await partShot(page, section, 'valuation-settings-errors-en');
  expect(await server.api<ValuationSettings>('valuation.settings')).toEqual(D);

  // Out of bounds: refused with the bound, still nothing saved.
  await page.getByRole('button', { name: 'Undo changes' }).last().click();
  await page.getByTestId('valuation-windowEditions').fill('40');
  await page.getByTestId('valuation-settings-save').click();
  await expect(section.getByText('Must be at most 20.')).toBeVisible();
  await expect(page.getByTestId('valuation-settings-invalid')).toBeVisible();
  expect(await server.api<ValuationSettings>('valuation.settings')).toEqual(D);

  // A good change: economic 50 of 125 = 40 %, live; saved, and the current exhibition re-assessed.
  await page.getByTestId('valuation-windowEditions').fill('2');
  await weight(page, 'economic').fill('50');
  await expect(page.getByTestId('weight-share-economic')).toHaveText('40% of the score');
  await page.getByTestId('valuation-settings-save').click();
  await expect(page.getByText('Value settings saved; re-assessing the current exhibition')).toBeVisible();
  await expect(page.getByTestId('valuation-reassess')).toBeVisible();
  const saved = await server.api<ValuationSettings>('valuation.settings');
  expect(saved.weights.economic).toBe(50);
  expect(saved.windowEditions).toBe(2);
  await expect(page.getByTestId('valuation-reassess-done')).toBeVisible({ timeout: 30_000 });
  await assessed(server, ex.id);

  // Reset asks first, then puts every default back.
  await page.getByTestId('valuation-settings-reset').click();
  await page.getByTestId('valuation-reset-confirm').click();
  await expect(page.getByText('Value settings reset to the defaults')).toBeVisible();
  await expect(weight(page, 'economic')).toHaveValue('25');
  await expect(page.getByTestId('valuation-windowEditions')).toHaveValue('3');
  expect(await server.api<ValuationSettings>('valuation.settings')).toEqual(D);
  await expect(page.getByTestId('valuation-settings-reset')).toBeDisabled();
  await partShot(page, section, 'valuation-settings-en');

  await setLanguage(page, 'zh');
  await expect(page.getByRole('region', { name: '客户价值' })).toBeVisible();
  for (const k of Object.keys(D.weights)) await weight(page, k).fill('0');
  await page.getByTestId('valuation-settings-save').click();
  await expect(page.getByTestId('valuation-group-error')).toHaveText('至少要有一项权重大于 0。');
  await partShot(page, page.getByRole('region', { name: '客户价值' }), 'valuation-settings-zh');
});

/** The demonstration rating's star `n` (a radio input, visually hidden). */
const star = (panel: Locator, n: number) => panel.getByTestId('rating-demonstration-stars').getByLabel(`Demonstration (0–5): ${n}`, { exact: true });

/** Clicks star `n` as a user does: on its visible label (the radio itself is 0×0). */
async function rate(page: Page, panel: Locator, n: number) {
  const id = await star(panel, n).getAttribute('id');
  await page.locator(`label[for="${id}"]`).click();
}

test('the value panel: figures that explain themselves, ratings that persist and count from the next assessment, history with trends', async ({ page }) => {
  test.setTimeout(120_000);
  const { server, stop } = await startServer({ demoCustomers: 300 });
  try {
    const ex = (await server.api<{ id: string; name: string }>('exhibitions.current'))!;
    // The demo may come with earlier snapshots; assess now, then take the top-scored customer.
    const s0 = await server.api<ValuationStatus>('valuation.status', { exhibitionId: ex.id });
    const first = await server.api<{ id: string }>('valuation.assess', { exhibitionId: ex.id });
    expect(first.id).toBeTruthy();
    const s1 = await assessed(server, ex.id, s0.latest?.id ?? null);
    const table = await server.api<{ rows: ValueRow[] }>('valuation.table', { exhibitionId: ex.id, limit: 5 });
    const row = table.rows[0]!;

    await openRoute(page, server, `#/customers/${row.customerId}`);
    const panel = page.getByTestId('value-panel');
    const rel = panel.locator(`[data-testid="relationship-value"][data-exhibition="${ex.id}"]`);
    // (Generous: the machine may be busy with other runs.)
    await expect(rel.getByTestId('value-headline')).toBeVisible({ timeout: 30_000 });
    const before = await server.api<RelationshipValue>('valuation.ofRelationship', { customerId: row.customerId, exhibitionId: ex.id });
    // The score as the backend has it, and its explanation on click: formula with this customer's inputs.
    await expect(rel.getByTestId('headline-score').getByTestId('figure-score')).toContainText(row.score.toLocaleString('en', { maximumFractionDigits: 1 }));
    await rel.getByTestId('headline-score').getByTestId('figure-score').click();
    const explain = page.getByTestId('figure-explain-score');
    await expect(explain).toBeVisible();
    await expect(explain.getByTestId('figure-formula')).not.toBeEmpty();
    await page.waitForTimeout(300); // the popover's fade-in, for the screenshot
    await page.screenshot({ path: 'test-results/screenshots/value-panel-explain-en.png' });
    await page.keyboard.press('Escape');
    // Every group is there; a trend only once there is an earlier snapshot to compare with.
    for (const g of ['value', 'costs', 'profitability', 'evaluation', 'prediction', 'composite']) await expect(rel.getByTestId(`value-group-${g}`)).toBeVisible();
    if (before.history.length < 2) await expect(rel.getByTestId('trend-score')).toHaveAttribute('data-direction', 'none');

    // Rate demonstration 4: saved at once, "counts from the next assessment", and it persists.
    await rate(page, rel, 4);
    await expect(rel.getByTestId('ratings-pending')).toContainText('Rating saved. It counts from the next assessment.');
    await expect
      .poll(async () => (await server.api<RelationshipValue>('valuation.ofRelationship', { customerId: row.customerId, exhibitionId: ex.id })).demonstrationRating)
      .toBe(4);
    await page.reload();
    await expect(star(rel, 4)).toBeChecked();
    await expect(rel.getByTestId('ratings-pending')).toContainText('Rated 4 now');

    // Assess now: the new snapshot uses the rating; the history chart and trend arrows appear.
    await rel.getByTestId('ratings-assess-now').click();
    await assessed(server, ex.id, s1.latest!.id);
    await expect(rel.getByTestId('ratings-pending')).toHaveCount(0);
    await expect(rel.getByTestId('trend-score')).not.toHaveAttribute('data-direction', 'none');
    await expect(rel.getByTestId('trend-probability')).not.toHaveAttribute('data-direction', 'none');
    await expect(rel.getByTestId('value-history').locator('.recharts-line').first()).toBeVisible();
    const after = await server.api<RelationshipValue>('valuation.ofRelationship', { customerId: row.customerId, exhibitionId: ex.id });
    expect(after.current!.demonstrationRating).toBe(4);
    // The new snapshot is the history's last point (older ones may be pruned, so no count).
    expect(after.history.length).toBeGreaterThanOrEqual(2);
    expect(after.history.at(-1)!.snapshotId).toBe(after.snapshot!.id);
    expect(after.snapshot!.id).not.toBe(before.snapshot!.id);
    await partShot(page, panel, 'value-panel-en');
    await shotFromTop(page, 'customer-value-en');

    // Clearing the rating stores "not rated".
    await rel.getByTestId('rating-demonstration-clear').click();
    await expect
      .poll(async () => (await server.api<RelationshipValue>('valuation.ofRelationship', { customerId: row.customerId, exhibitionId: ex.id })).demonstrationRating)
      .toBeNull();

    await setLanguage(page, 'zh');
    await expect(panel.getByRole('heading', { name: /价值/ }).first()).toBeVisible();
    await expect(rel.getByText('您的评分')).toBeVisible();
    await partShot(page, panel, 'value-panel-zh');
  } finally {
    await stop();
  }
});

test('a customer of a not yet assessed exhibition sees the empty state and can assess from the panel', async ({ page, server }) => {
  await server.api('workspace.start');
  const ex = await server.api<{ id: string }>('exhibitions.create', { name: 'Asia Pack Expo' });
  const customer = await server.api<{ id: string }>('customers.create', { companyName: 'Alpha Packaging GmbH', kinds: ['exhibitor'] });
  const ed = await server.api<{ id: string }>('editions.create', { exhibitionId: ex.id, name: 'APE 2025', startDate: '2025-05-12', endDate: '2025-05-14', status: 'closed' });
  await server.api('participations.create', {
    customerId: customer.id, editionId: ed.id, role: 'exhibitor', status: 'attended', statusAt: '2025-05-12', standArea: 36, listPrice: 30000, priceCharged: 20000, satisfaction: 9,
  });
  await openRoute(page, server, `#/customers/${customer.id}`);
  const panel = page.getByTestId('value-panel');
  await expect(panel.getByTestId('value-empty')).toContainText('Not assessed yet');
  await partShot(page, panel, 'value-panel-empty-en');
  await setLanguage(page, 'zh');
  await expect(panel.getByTestId('value-empty')).toContainText('尚未评估');
  await partShot(page, panel, 'value-panel-empty-zh');
  await setLanguage(page, 'en');
  await panel.getByTestId('value-assess-now').click();
  await expect(panel.getByTestId('value-headline')).toBeVisible({ timeout: 30_000 });
  // One attended edition at 20,000: economic value 20,000 and a discount of 10,000 in maintenance costs.
  await expect(panel.getByTestId('value-row-economic')).toContainText('20,000');
  await expect(panel.getByTestId('value-row-discount')).toContainText('10,000');
  await panel.getByTestId('value-row-discount').getByTestId('figure-discount').click();
  await expect(page.getByTestId('figure-explain-discount')).toBeVisible();
});
