import type { LifecycleOverview } from '../../shared/api/lifecycleAnalytics';
import { expect, openRoute, setLanguage, shot, startServer, test } from './fixtures';

// Lifecycle analytics of the current exhibition, in a real browser against the real backend.

test('empty states: no exhibition yet, then an exhibition with no stage history', async ({ page, server }) => {
  await server.api('workspace.start');
  await openRoute(page, server, '#/analytics');
  await expect(page.getByRole('heading', { name: 'Lifecycle analytics' })).toBeVisible();
  await expect(page.getByTestId('analytics-no-exhibition')).toBeVisible();
  await expect(page.getByText('No exhibition yet')).toBeVisible();

  await server.api('exhibitions.create', { name: 'Shenzhen Packaging Expo' });
  await expect(page.getByTestId('analytics-no-history')).toBeVisible();
  await expect(page.getByText('No stage history yet')).toBeVisible();
  await setLanguage(page, 'zh');
  await expect(page.getByText('还没有阶段记录')).toBeVisible();
});

test('the analytics of a demo workspace: distribution, funnel, times, churn and the focus stage, in both languages', async ({ page }) => {
  const { server, stop } = await startServer({ demoCustomers: 600 });
  try {
    const current = await server.api<{ id: string; name: string }>('exhibitions.current');
    const o = await server.api<LifecycleOverview>('lifecycleAnalytics.overview', { exhibitionId: current.id });
    expect(o.distribution.length).toBeGreaterThan(3);

    // A click before the app's start-up redirect would be undone by it: wait for it (a 600-customer
    // demo boots slowly on a loaded machine), then open the screen from the navigation.
    await openRoute(page, server, '#/customers', { bootTimeout: 30_000 });
    await page.getByRole('link', { name: 'Analytics' }).click();
    await expect(page).toHaveURL(/#\/analytics/);
    await expect(page.getByRole('heading', { name: 'Lifecycle analytics' })).toBeVisible();
    await expect(page.getByText(current.name).first()).toBeVisible();

    // The focus stage follows the exhibition's maturity, with its count.
    const callout = page.getByTestId('focus-callout');
    await expect(callout).toHaveAttribute('data-focus', o.focus.stages.join(','));
    await expect(callout).toContainText(o.focus.counts[0]!.toLocaleString('en'));

    // One stacked bar per past edition and today; the funnel's counts are the backend's.
    await expect(page.getByTestId('distribution').locator('.recharts-bar-rectangle').first()).toBeVisible();
    await expect(page.getByTestId('funnel-cultivation')).toHaveText(o.funnel.cultivation.toLocaleString('en'));
    await expect(page.getByTestId('funnel-trust')).toHaveText(o.funnel.trust.toLocaleString('en'));
    await expect(page.getByTestId('time-to-trust')).toContainText('Time to trust');
    await expect(page.getByTestId('churn').locator('tbody tr')).toHaveCount(o.churn.length);
    await shot(page, 'analytics-en');

    await setLanguage(page, 'zh');
    await expect(page.getByRole('heading', { name: '生命周期分析' })).toBeVisible();
    await expect(page.getByText('转化漏斗')).toBeVisible();
    await shot(page, 'analytics-zh');
  } finally {
    await stop();
  }
});
