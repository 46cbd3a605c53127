import { expect, test } from '@playwright/test';

test('a fresh install opens on the first-run setup, and /sync stays reachable', async ({
  page,
}) => {
  await page.goto('/people');
  await expect(page).toHaveURL(/\/setup$/);
  await page.goto('/sync');
  await expect(page).toHaveURL(/\/sync$/);
});
