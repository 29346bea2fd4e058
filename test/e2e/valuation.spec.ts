import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import type { CallListRow, SnapshotInfo, ValuationStatus, ValueRow } from '../../shared/api/valuation';
import { expect, openRoute, setLanguage, shot, startServer, test, type Server } from './fixtures';

// The value views (issue 5 item 4) in a real browser against the real backend: the value
// table with its dashboard, sorting, explanations, a weight change re-ranking it, the matrix,
// the call list and the comparison of two assessments — English and Chinese screenshots.

test.setTimeout(240_000);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const rows = (page: Page) => page.getByTestId('value-table').locator('tbody tr[aria-rowindex]');

async function tableTop(server: Server, exhibitionId: string, dir: 'asc' | 'desc', limit = 5): Promise<ValueRow[]> {
  const r = await server.api<{ rows: ValueRow[] }>('valuation.table', { exhibitionId, sort: { field: 'score', dir }, limit });
  return r.rows;
}

async function latestSnapshot(server: Server, exhibitionId: string): Promise<SnapshotInfo | null> {
  return (await server.api<ValuationStatus>('valuation.status', { exhibitionId })).latest;
}

/** A full-page shot of a scrolled page draws the fixed header mid-page: shoot from the top. */
async function shotTop(page: Page, name: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, name);
}

/** What is on screen now (an open popover stays where it is). */
async function shotViewport(page: Page, name: string) {
  await page.waitForTimeout(400); // the popover's fade-in
  await page.screenshot({ path: path.join(root, 'test-results', 'screenshots', `${name}.png`) });
}

test('before the first assessment: the page explains it and offers Assess now', async ({ page, server }) => {
  await server.api('workspace.start');
  await server.api('exhibitions.create', { name: 'Shenzhen Packaging Expo' });
  // Past the start-up redirect first, or it can undo the link's navigation.
  await openRoute(page, server, '#/customers');
  await page.getByRole('link', { name: 'Value', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Customer value' })).toBeVisible();
  await expect(page.getByTestId('value-not-assessed')).toContainText('Not assessed yet');
  await expect(page.getByTestId('value-not-assessed')).toContainText('Shenzhen Packaging Expo');
  await shot(page, 'value-empty-en');
  await setLanguage(page, 'zh');
  await expect(page.getByText('尚未评估')).toBeVisible();
  await shot(page, 'value-empty-zh');
  await setLanguage(page, 'en');
  // Nobody to assess yet, but the assessment runs and says so.
  await page.getByTestId('assess-now-empty').click();
  await expect(page.getByTestId('assess-status')).toContainText('0 relationships', { timeout: 30_000 });
  await expect(page.getByText('No relationship matches these filters.')).toBeVisible();
});

test('value table, explanations, a weight change, matrix, call list and comparison — in both languages', async ({ page }) => {
  const { server, stop } = await startServer({ demoCustomers: 600 });
  try {
    const exhibition = await server.api<{ id: string; name: string }>('exhibitions.current');
    const exhibitionId = exhibition.id;
    // A demo opens assessed; Alt+A (Assess again) takes a new snapshot with a progress bar.
    const demoSnapshot = (await latestSnapshot(server, exhibitionId))!;
    expect(demoSnapshot).not.toBeNull();
    // Past the start-up redirect first, or it can undo the link's navigation (the demo's
    // first load may be slow on the shared machine, as in export.spec.ts).
    await openRoute(page, server, '#/customers', { bootTimeout: 30_000 });
    await page.getByRole('link', { name: 'Value', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Customer value' })).toBeVisible();
    await expect(rows(page).first()).toBeVisible();
    await page.keyboard.press('Alt+A');
    await expect.poll(async () => (await latestSnapshot(server, exhibitionId))?.id, { timeout: 90_000 }).not.toBe(demoSnapshot.id);
    await expect(page.getByTestId('assess-status')).toContainText('by hand');
    await expect(rows(page).first()).toBeVisible();
    await expect(page.getByTestId('card-revenue-by-stage')).toBeVisible();
    await expect(page.getByTestId('card-tiers')).toBeVisible();
    await expect(page.getByTestId('card-expected')).toBeVisible();
    const snap1 = (await latestSnapshot(server, exhibitionId))!;
    await expect(page.getByTestId('value-count')).toHaveText(`${snap1.relationships.toLocaleString('en')} relationships`);
    // The back-test says in words whether the model beats "attended the previous edition".
    const bt = snap1.model.backtest;
    if (bt.beatsBaseline !== null) {
      await expect(page.getByTestId('backtest-verdict')).toHaveAttribute('data-beats', String(bt.beatsBaseline));
      await expect(page.getByTestId('backtest-verdict')).toContainText(bt.beatsBaseline ? 'better than the simple baseline' : 'does NOT beat');
    }

    // Sorted by score, highest first (the default), as the backend ranks them; a header click flips it.
    const desc = await tableTop(server, exhibitionId, 'desc');
    await expect(rows(page).first()).toContainText(desc[0]!.companyName);
    await page.getByTestId('sort-score').click();
    const asc = await tableTop(server, exhibitionId, 'asc');
    await expect(rows(page).first()).toContainText(asc[0]!.companyName);
    await expect(page).toHaveURL(/sort=score&dir=asc/);
    await page.getByTestId('sort-score').click();
    await expect(rows(page).first()).toContainText(desc[0]!.companyName);
    const scores = await rows(page).locator('td[data-figure="score"]').allInnerTexts();
    const numbers = scores.slice(0, 10).map((s) => Number(s.replace(/[^\d.]/g, '')));
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));

    // A figure explains itself on click with this row's inputs — and does not open the customer.
    const top = desc[0]!;
    const cell = rows(page).first().locator('td[data-figure="economic"]');
    const cellText = (await cell.innerText()).trim();
    await cell.getByRole('button').click();
    const pop = page.getByTestId('figure-explain-economic');
    await expect(pop).toBeVisible();
    await expect(pop).toContainText('Economic value');
    await expect(pop).toContainText(cellText);
    await expect(pop.getByTestId('figure-formula')).toContainText(`took part in ${top.attendedInWindow} of ${top.windowSize} editions`);
    await expect(page).toHaveURL(/#\/value/);
    await shotViewport(page, 'value-explain-en');
    // A click elsewhere closes it.
    await page.getByRole('heading', { name: 'Value table' }).click();
    await expect(pop).toBeHidden();

    // Filters: tier A only.
    await page.getByRole('combobox', { name: 'Tier' }).click();
    await page.getByRole('option', { name: 'Tier A' }).click();
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/tier=A/);
    await expect(rows(page).first().locator('td[data-figure="tier"]')).toHaveText('A');
    await expect(page.getByTestId('value-count')).toContainText(` of ${snap1.relationships.toLocaleString('en')}`);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await expect(page.getByTestId('value-count')).toHaveText(`${snap1.relationships.toLocaleString('en')} relationships`);

    // Column choice is remembered (app preferences) across a reload.
    await page.getByTestId('value-columns').click();
    await page.getByRole('checkbox', { name: 'Advice received' }).check();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('columnheader', { name: 'Advice received' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('columnheader', { name: 'Advice received' })).toBeVisible();
    await shotTop(page, 'value-table-en');

    // A row click opens the customer.
    await rows(page).first().locator('td').first().click();
    await expect(page).toHaveURL(new RegExp(`#/customers/${top.customerId}$`));
    await page.goBack();
    await expect(rows(page).first()).toBeVisible();

    // Change a weight in Settings → Valuation: save re-assesses, and the ranking changes.
    const before = desc.map((r) => r.customerId).join();
    await openRoute(page, server, '#/settings');
    for (const k of ['economic', 'profit', 'potential', 'demonstration', 'recommendation', 'capability', 'loyalty', 'retention']) {
      await page.getByTestId(`weight-${k}`).fill('0');
    }
    await page.getByTestId('weight-satisfaction').fill('100');
    await page.getByTestId('valuation-settings-save').click();
    await expect
      .poll(async () => (await latestSnapshot(server, exhibitionId))?.id, { timeout: 90_000 })
      .not.toBe(snap1.id);
    const after = await tableTop(server, exhibitionId, 'desc');
    expect(after.map((r) => r.customerId).join()).not.toBe(before);
    await openRoute(page, server, '#/value');
    await expect(rows(page).first()).toContainText(after[0]!.companyName);

    // The matrix: points coloured by tier, how many are shown; a click opens that customer.
    await page.getByTestId('value-tab-matrix').click();
    await expect(page).toHaveURL(/#\/value\/matrix/);
    await expect(page.getByTestId('matrix-count')).toContainText('shown');
    const symbols = page.getByTestId('value-matrix').locator('.recharts-scatter-symbol');
    await expect(symbols.first()).toBeVisible();
    await shotTop(page, 'value-matrix-en');
    await symbols.last().click();
    await expect(page).toHaveURL(/#\/customers\/[0-9a-f-]{36}$/);

    // The call list: who to call, each with reasons in sentences.
    await openRoute(page, server, '#/value/calls');
    const calls = await server.api<{ rows: CallListRow[]; total: number }>('valuation.callList', { exhibitionId });
    if (calls.total > 0) {
      const first = page.getByTestId('call-list').locator('tbody tr').first();
      await expect(first).toContainText(calls.rows[0]!.companyName);
      await expect(first.getByTestId('call-reasons')).toContainText(/likely to book|weakening since|fell from|open complaint|Satisfaction only/);
    } else {
      await expect(page.getByTestId('calls-empty')).toBeVisible();
    }
    await shotTop(page, 'value-calls-en');

    // Compare the two assessments (the latest two by default): the tier × tier matrix and who moved.
    await page.getByTestId('value-tab-compare').click();
    await expect(page.getByTestId('compare-matrix')).toBeVisible();
    await expect(page.getByTestId('compare-moved')).toContainText(/changed tier|Nobody/);
    await shotTop(page, 'value-compare-en');

    // Every view in Chinese.
    await setLanguage(page, 'zh');
    await expect(page.getByRole('heading', { name: '客户价值' })).toBeVisible();
    await shotTop(page, 'value-compare-zh');
    await page.getByTestId('value-tab-calls').click();
    await expect(page.getByText('可能不再续展的高价值客户')).toBeVisible();
    await shotTop(page, 'value-calls-zh');
    await page.getByTestId('value-tab-matrix').click();
    await expect(page.getByTestId('value-matrix').locator('.recharts-scatter-symbol').first()).toBeVisible();
    await shotTop(page, 'value-matrix-zh');
    await page.getByTestId('value-tab-table').click();
    await expect(rows(page).first()).toBeVisible();
    await expect(page.getByText('各阶段收入')).toBeVisible();
    await shotTop(page, 'value-table-zh');
    await rows(page).first().locator('td[data-figure="score"]').getByRole('button').click();
    await expect(page.getByTestId('figure-explain-score')).toBeVisible();
    await shotViewport(page, 'value-explain-zh');
  } finally {
    await stop();
  }
});
