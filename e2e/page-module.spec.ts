// A screen's code is fetched when it is first opened (each screen is a lazy chunk). A fetch that
// fails for a moment (the network drops, the service worker takes the page over while it
// installs: CI saw "Failed to fetch dynamically imported module" once) is tried again without the
// secretary noticing; one that keeps failing says so in Vietnamese, with a button that reloads.
import { expect, test, type Page, type Route } from '@playwright/test';
import { seedProvince } from './support/exchange-province';
import { screenshots } from './support/shots';

const shot = screenshots('page-module');

// The requests must reach the network, where the test can fail them (the worker would answer
// from its cache).
test.use({ serviceWorkers: 'block' });

// The chunk, and the new addresses a retry gives it (`?retry=1`).
const UNITS_CHUNK = /\/assets\/units-page-[\w-]+\.js(\?retry=\d+)?$/;

/** Fails the units screen's chunk the first `times` times it is fetched; returns the count. */
async function failChunk(page: Page, times: number): Promise<{ failed: () => number }> {
  let failed = 0;
  await page.route(UNITS_CHUNK, async (route: Route) => {
    if (failed < times) {
      failed += 1;
      await route.abort('internetdisconnected');
      return;
    }
    await route.continue();
  });
  return { failed: () => failed };
}

const unitsHeading = (page: Page) => page.getByRole('heading', { name: 'Tổ chức đảng', level: 1 });

test('a screen whose code fails to load once opens all the same', async ({ page }) => {
  await seedProvince(page);
  const chunk = await failChunk(page, 1);
  await page.goto('/units');
  await expect(unitsHeading(page)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  expect(chunk.failed()).toBe(1);
});

test('a screen whose code keeps failing says so, and a reload brings it back', async ({ page }) => {
  await seedProvince(page);
  const chunk = await failChunk(page, Number.POSITIVE_INFINITY);
  await page.goto('/units');
  const alert = page.getByRole('alert').filter({ hasText: 'Không tải được trang này' });
  await expect(alert).toContainText('Dữ liệu đã lưu không mất');
  await shot(page, 'failed');
  // The rest of the app still works from there: the menu leads to another screen.
  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Trang chủ' })
    .click();
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  // Opened again, the screen is fetched again (and still fails).
  const failedBefore = chunk.failed();
  await page.goBack();
  await expect(alert).toBeVisible();
  expect(chunk.failed()).toBeGreaterThan(failedBefore);

  // The network is back: the button reloads and the screen opens.
  await page.unrouteAll();
  await alert.getByRole('button', { name: 'Tải lại trang' }).click();
  await expect(unitsHeading(page)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
