import { expect, test } from '@playwright/test';
import { buildUnit } from '../test/builders';
import { TOP_BAR_SCOPE } from './support/app-shell';
import { seed } from './support/seed';

test('a fresh install opens on the first-run setup, and /sync stays reachable', async ({
  page,
}) => {
  await page.goto('/people');
  await expect(page).toHaveURL(/\/setup$/);
  await page.goto('/sync');
  await expect(page).toHaveURL(/\/sync$/);
});

test('a seeded installation opens on the home page', async ({ page }) => {
  const unit = buildUnit({ name: 'Đảng bộ xã Tân Lập', kind: 'grassroots_committee' });
  await seed(page, { units: [unit], installation: { kind: 'unit', homeUnitId: unit.id } });
  await page.goto('/');
  await expect(page).toHaveURL(/\/$/);
  // The home page's heading names the home unit, and so does the top bar.
  await expect(page.getByRole('heading', { level: 1, name: 'Đảng bộ xã Tân Lập' })).toBeVisible();
  await expect(page.locator(TOP_BAR_SCOPE)).toContainText('Đảng bộ xã Tân Lập');
});
