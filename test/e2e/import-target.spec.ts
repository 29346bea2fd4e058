import fs from 'node:fs';
import path from 'node:path';
import { expect, openRoute, setLanguage, shot, test } from './fixtures';

// A row matching two stored customers: the duplicates step says which one "fill empty fields"
// will update, and lets the user choose the other; the import updates the chosen one only.

interface Customer {
  id: string;
  companyName: string;
  city: string | null;
}

test('a row matching two stored customers updates the one chosen', async ({ page, server }) => {
  test.setTimeout(120_000);
  await server.api('workspace.start');
  const first = await server.api<Customer>('customers.create', { companyName: 'Walker Smart Home International Limited', email: 'sales@walker.com' });
  const second = await server.api<Customer>('customers.create', { companyName: 'Walker Smart Home (HK) Co', email: 'sales@walker.com' });
  const file = path.join(server.dir, 'walker.csv');
  fs.writeFileSync(file, 'Company,Email,City\r\nWalker Smart Home,sales@walker.com,Ningbo\r\n');

  await openRoute(page, server, '#/import');
  // Pasted as Windows' "Copy as path" gives it: in double quotes.
  await page.getByTestId('import-path').fill(`"${file}"`);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('import-step-sheet')).toBeVisible();
  for (let i = 0; i < 5; i++) await page.getByTestId('import-next').click();
  await expect(page.getByTestId('import-step-duplicates')).toBeVisible();

  // Skip (the default) updates nobody: no choice of customer is offered.
  await expect(page.getByTestId('target-2')).toHaveCount(0);
  await page.getByTestId('decision-all').getByText('Fill empty fields').click();
  // The best match (listed first) is proposed and marked; the other can be chosen.
  const target = page.getByTestId('target-2');
  const matches = page.getByTestId('import-rows').getByRole('link');
  const best = (await matches.first().innerText()).trim();
  const other = best === first.companyName ? second : first;
  await expect(target).toHaveValue(best);
  const marked = page.getByTestId('import-rows').getByText('← updated by this row');
  await expect(marked).toHaveCount(1);
  await expect(matches.first().locator('xpath=..')).toContainText('← updated by this row');
  await target.click();
  await page.getByRole('option', { name: other.companyName }).click();
  await expect(target).toHaveValue(other.companyName);
  await expect(marked).toHaveCount(1);
  await expect(page.getByRole('link', { name: other.companyName }).locator('xpath=..')).toContainText('← updated by this row');
  await shot(page, 'import-target-en');
  await setLanguage(page, 'zh');
  await expect(page.getByTestId('import-rows')).toContainText('← 此行将更新该客户');
  await expect(page.getByTestId('import-rows')).toContainText('（邮箱相同）');
  await shot(page, 'import-target-zh');
  await page.getByTestId('import-restart').click();
  await expect(page.getByRole('dialog')).toContainText('放弃当前文件，重新开始？');
  await shot(page, 'import-restart-ask-zh');
  await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await setLanguage(page, 'en');

  // Starting again now would drop these choices: asked first; cancelled, nothing is lost.
  await page.getByTestId('import-restart').click();
  const ask = page.getByRole('dialog');
  await expect(ask).toContainText('Start again with another file?');
  await shot(page, 'import-restart-ask-en');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(ask).toBeHidden();
  await expect(page.getByTestId('target-2')).toHaveValue(other.companyName);

  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('dry-run-counts').locator('[data-count="updated"]')).toContainText('1');
  await page.getByTestId('commit-import').click();
  await expect(page.getByTestId('import-result')).toBeVisible({ timeout: 30_000 });
  // The chosen one was updated, the best match left alone.
  expect((await server.api<Customer>('customers.get', { id: other.id })).city).toBe('Ningbo');
  expect((await server.api<Customer>('customers.get', { id: other === first ? second.id : first.id })).city).toBeNull();
});
