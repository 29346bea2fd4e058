import type { Page } from '@playwright/test';
import { expect, openRoute, setLanguage, shot, test, type Server } from './fixtures';

// The lifecycle board, table, suggestions and stage history, in a real browser against the
// real backend: suggestions accepted in bulk, a real drag with a reason, the menu path, a
// stale move refused, and the history on the customer page.

interface Ref {
  id: string;
  version: number;
  stageSince: string;
}

/** One exhibition with two closed editions: three loyal exhibitors, two first-timers, two prospects. */
async function seed(server: Server) {
  await server.api('workspace.start');
  await server.api('settings.update', { staffName: 'Li Na' });
  const ex = await server.api<Ref>('exhibitions.create', { name: 'Asia Pack Expo', city: 'Shanghai', maturity: 'growing' });
  const e24 = await server.api<Ref>('editions.create', { exhibitionId: ex.id, name: 'APE 2024', startDate: '2024-05-12', endDate: '2024-05-14', status: 'closed' });
  const e25 = await server.api<Ref>('editions.create', { exhibitionId: ex.id, name: 'APE 2025', startDate: '2025-05-12', endDate: '2025-05-14', status: 'closed' });
  // Bookings for the coming edition: first-timers (their relationships begin today, on creation).
  const e27 = await server.api<Ref>('editions.create', { exhibitionId: ex.id, name: 'APE 2027', startDate: '2027-05-10', endDate: '2027-05-12', status: 'open' });
  const ids: Record<string, string> = {};
  const add = async (companyName: string, kinds: string[]) => (ids[companyName] = (await server.api<Ref>('customers.create', { companyName, kinds })).id);
  for (const name of ['Alpha Packaging GmbH', 'Beta Labels Ltd', '深圳华彩包装有限公司']) {
    await add(name, ['exhibitor']);
    for (const [edition, at] of [[e24.id, '2024-05-12'], [e25.id, '2025-05-12']] as const) {
      await server.api('participations.create', { customerId: ids[name], editionId: edition, role: 'exhibitor', status: 'attended', statusAt: at, standArea: 36, priceCharged: 20000, satisfaction: 8 });
    }
  }
  for (const name of ['Delta Print SARL', 'Epsilon Boxes Oy']) {
    await add(name, ['exhibitor']);
    await server.api('participations.create', { customerId: ids[name], editionId: e27.id, role: 'exhibitor', status: 'paid', standArea: 18, priceCharged: 9000 });
  }
  await add('Foxtrot Trading', ['trade_buyer']);
  await add('Golf Media', ['partner']);
  await server.api('lifecycle.refresh', { exhibitionId: ex.id });
  return { exhibitionId: ex.id, ids };
}

const column = (page: Page, stage: string) => page.getByTestId(`board-column-${stage}`);
const card = (page: Page, stage: string, name: string) => column(page, stage).getByTestId('board-card').filter({ hasText: name });

test('accept suggestions in bulk, move on the board by drag and by menu, see the stage history', async ({ page, server }) => {
  test.setTimeout(180_000); // a long flow on a shared 2-core machine
  const { exhibitionId, ids } = await seed(server);

  // Suggestions: grouped by target stage, with the pending count in the navigation.
  await openRoute(page, server, '#/lifecycle/suggestions');
  await expect(page.getByTestId('suggestions-badge')).toHaveText('5');
  const trust = page.getByTestId('suggestion-group-trust');
  const confirmation = page.getByTestId('suggestion-group-confirmation');
  await expect(trust.getByTestId('suggestion-row')).toHaveCount(3);
  await expect(confirmation.getByTestId('suggestion-row')).toHaveCount(2);
  await expect(trust).toContainText('Took part in 2 editions in a row (latest APE 2025, satisfaction 8/10)');
  await expect(confirmation).toContainText('First booking: APE 2027 (Paid)');
  await shot(page, 'lifecycle-suggestions-en');
  await setLanguage(page, 'zh');
  await expect(trust).toContainText('连续参加 2 届（最近 APE 2025，满意度 8/10）');
  await shot(page, 'lifecycle-suggestions-zh');
  await setLanguage(page, 'en');

  // Accept all three trust suggestions (with a confirmation), then the two others by selection.
  await trust.getByRole('button', { name: 'Accept all 3 Trust suggestions' }).click();
  await expect(page.getByRole('dialog')).toContainText('3 relationships move to Trust');
  await page.getByTestId('confirm-accept-all').click();
  await expect(page.getByText('3 suggestions accepted')).toBeVisible();
  await expect(trust).toHaveCount(0);
  await confirmation.getByRole('checkbox', { name: 'Select all shown' }).check();
  await page.getByTestId('suggestion-bulk-bar').getByRole('button', { name: 'Accept 2 selected' }).click();
  await expect(page.getByText('2 suggestions accepted')).toBeVisible();
  await expect(page.getByText('No suggestions')).toBeVisible();
  await expect(page.getByTestId('suggestions-badge')).toHaveCount(0);

  // The board: one column per stage with its count.
  await openRoute(page, server, '#/lifecycle');
  await expect(column(page, 'trust').getByTestId('column-count')).toHaveText('3');
  await expect(column(page, 'confirmation').getByTestId('column-count')).toHaveText('2');
  await expect(column(page, 'cultivation').getByTestId('column-count')).toHaveText('2');
  await expect(card(page, 'trust', 'Alpha Packaging GmbH')).toContainText('Satisfaction 8/10');
  await shot(page, 'lifecycle-board-en');

  // While a trust card is dragged, the columns it may not go to refuse the drop visibly.
  const dt = await page.evaluateHandle(() => new DataTransfer());
  await card(page, 'trust', 'Alpha Packaging GmbH').dispatchEvent('dragstart', { dataTransfer: dt });
  await expect(column(page, 'cultivation')).toHaveAttribute('data-drop', 'refused');
  await expect(column(page, 'confirmation')).toHaveAttribute('data-drop', 'refused');
  await expect(column(page, 'weakening')).toHaveAttribute('data-drop', 'allowed');
  await expect(column(page, 'cultivation')).toContainText('Not allowed from Trust');
  await card(page, 'trust', 'Alpha Packaging GmbH').dispatchEvent('dragend', { dataTransfer: dt });
  await expect(column(page, 'cultivation')).not.toHaveAttribute('data-drop');

  // A real drag: a prospect declared lost needs a reason.
  await card(page, 'cultivation', 'Foxtrot Trading').dragTo(column(page, 'lost').getByTestId('column-scroller'));
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Move Foxtrot Trading');
  await expect(dialog.getByTestId('move-allowed')).toHaveText('This move is allowed.');
  await expect(dialog.getByRole('button', { name: 'Move' })).toBeDisabled();
  await dialog.getByLabel('Reason').fill('Closed its import business');
  await shot(page, 'lifecycle-move-en');
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(page.getByText('Foxtrot Trading moved to Lost')).toBeVisible();
  await expect(card(page, 'lost', 'Foxtrot Trading')).toBeVisible();
  await expect(column(page, 'cultivation').getByTestId('column-count')).toHaveText('1');

  // The keyboard / menu path: "Move to…" in the card's menu.
  await page.getByRole('button', { name: 'Actions for Beta Labels Ltd' }).click();
  await expect(page.getByRole('menuitem', { name: 'Cultivation' })).toBeDisabled();
  await page.getByRole('menuitem', { name: 'Weakening' }).click();
  await dialog.getByLabel('Reason').fill('Asked for a smaller stand');
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(card(page, 'weakening', 'Beta Labels Ltd')).toBeVisible();

  // A stale screen: the relationship moved elsewhere meanwhile; the move is refused and the card refreshes.
  await page.getByRole('button', { name: 'Actions for Golf Media' }).click();
  await page.getByRole('menuitem', { name: 'Confirmation' }).click();
  const golf = await server.api<Ref>('lifecycle.get', { customerId: ids['Golf Media'], exhibitionId });
  await server.api('lifecycle.move', { customerId: ids['Golf Media'], exhibitionId, version: golf.version, to: 'weakening', at: golf.stageSince, reason: 'Another window' });
  await dialog.getByRole('button', { name: 'Move' }).click();
  await expect(page.getByText('Golf Media was changed meanwhile')).toBeVisible();
  await expect(card(page, 'weakening', 'Golf Media')).toBeVisible();

  // The table view with a stage filter.
  // Mantine's segment radios are 0×0 (see setLanguage): dispatch the click.
  await page.getByRole('radio', { name: 'Table' }).dispatchEvent('click');
  await expect(page.getByTestId('lifecycle-row')).toHaveCount(7);
  await page.getByTestId('lifecycle-table').getByRole('checkbox', { name: 'Weakening' }).dispatchEvent('click');
  await expect(page.getByTestId('lifecycle-row')).toHaveCount(2);
  await page.getByTestId('lifecycle-table').getByRole('checkbox', { name: 'Weakening' }).dispatchEvent('click');
  await shot(page, 'lifecycle-table-en');
  await setLanguage(page, 'zh');
  await expect(page.getByTestId('lifecycle-table')).toContainText('弱化');
  await shot(page, 'lifecycle-table-zh');
  await page.getByRole('radio', { name: '看板' }).dispatchEvent('click');
  await expect(column(page, 'lost').getByTestId('column-count')).toHaveText('1');
  await shot(page, 'lifecycle-board-zh');
  await setLanguage(page, 'en');

  // The customer page: current stage and the full history (who, when, why, evidence).
  await openRoute(page, server, `#/customers/${ids['Alpha Packaging GmbH']}`);
  const stage = page.getByTestId('stage-card');
  await expect(stage.getByTestId('current-stage')).toHaveText('Trust');
  await expect(stage.getByTestId('stage-transition')).toHaveCount(2);
  await expect(stage).toContainText('Evidence: Took part in 2 editions in a row');
  await expect(stage).toContainText('by Li Na');
  await openRoute(page, server, `#/customers/${ids['Foxtrot Trading']}`);
  await expect(stage.getByTestId('current-stage')).toHaveText('Lost');
  await expect(stage).toContainText('Closed its import business');
  await stage.scrollIntoViewIfNeeded();
  await shot(page, 'lifecycle-history-en');
  await setLanguage(page, 'zh');
  await expect(stage.getByTestId('current-stage')).toHaveText('消失');
  await shot(page, 'lifecycle-history-zh');
});
