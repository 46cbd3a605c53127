// Phones, tablets and laptops (issue 15): at 390×844, 768×1024 and 1366×768 (with the demo also
// at 360×740 and 1024×768) every screen fits
// its width (the page never scrolls sideways: wide tables scroll in their own regions), every
// chart of the dashboard draws its bars, no key figure is clipped, and below 1024 px the
// navigation is a menu that keeps the focus while open. With PTDV_SHOTS_DIR set, every screen
// is photographed at each size, with the demo province and empty.
//
// Marks drawn and text clipped have no role or label: they are read from the chart library's
// classes (`.recharts-bar-rectangle`) and the tiles' (`.stat__value`), the only handles.
import { expect, test, type Page } from '@playwright/test';
import { buildUnit } from '../test/builders';
import { mainNavigation } from './support/app-shell';
import { seed } from './support/seed';
import { SetupPage } from './support/setup-page';
import { screenshots } from './support/shots';
import { VIEWPORTS } from './support/viewports';

const shot = screenshots('responsive');
// Layout only: the service worker's precaching of the whole build is not under test here, and
// it would compete with the pages' own loads.
test.use({ serviceWorkers: 'block' });

// The demo's screens also at the narrowest phone the app supports and a tablet turned sideways
// (the width where the sidebar comes back): the charts must draw at every width in between.
const DEMO_SIZES = [
  { name: 'small-phone', width: 360, height: 740 },
  ...VIEWPORTS,
  { name: 'tablet-landscape', width: 1024, height: 768 },
] as const;

const ROUTES = [
  '/',
  '/dashboard',
  '/reports',
  '/people',
  '/people/new',
  '/classes',
  '/targets',
  '/units',
  '/places',
  '/quality',
  '/sync',
  '/settings',
  '/rules',
] as const;

const shotName = (path: string) => path.replace(/^\//, '').replace(/\//g, '-') || 'home';

async function open(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(page.getByText('Đang tải…')).toHaveCount(0);
}

/** The page is exactly as wide as the window: nothing makes it scroll sideways. */
async function expectFits(page: Page, what: string): Promise<void> {
  const widths = await page.evaluate(() => ({
    page: document.scrollingElement?.scrollWidth ?? 0,
    window: window.innerWidth,
  }));
  expect(widths.page, `${what} scrolls sideways`).toBe(widths.window);
}

/** Every chart on the dashboard has drawn its marks, and every tile shows its whole figure. */
async function expectDashboardDrawn(page: Page, what: string): Promise<void> {
  const charts = page.locator('.chart-frame__chart');
  await expect(charts.first()).toBeVisible();
  // The last section's charts (sources and places) are drawn once their figures are read.
  await expect(page.getByRole('heading', { name: 'Nguồn và địa bàn', level: 2 })).toBeVisible();
  await expect(page.locator('.dashboard-details--stale')).toHaveCount(0);
  const count = await charts.count();
  expect(count, `${what}: charts`).toBeGreaterThanOrEqual(8);
  for (let index = 0; index < count; index += 1) {
    const chart = charts.nth(index);
    const title = await chart.getAttribute('aria-label');
    await expect(
      chart.locator('.recharts-bar-rectangle path, .recharts-bar-rectangle rect').first(),
      `${what}: ${title} draws no bar`,
    ).toBeVisible();
  }
  const clipped = await page
    .locator('.stat__value, .stat__label')
    .evaluateAll((tiles) =>
      tiles.filter((tile) => tile.scrollWidth > tile.clientWidth).map((tile) => tile.textContent),
    );
  expect(clipped, `${what}: clipped figures`).toEqual([]);
}

test('with the demo province every screen fits a phone, a tablet and a laptop, and the dashboard draws every chart', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const setup = new SetupPage(page);
  await setup.goto();
  await setup.loadDemo('small');
  await expect(page).toHaveURL(/\/dashboard/, { timeout: 120_000 });
  await page.goto('/people');
  const firstPerson = page.getByRole('table').getByRole('link').first();
  const personPath = new URL((await firstPerson.getAttribute('href')) ?? '/', page.url()).pathname;
  for (const size of DEMO_SIZES) {
    await page.setViewportSize(size);
    for (const path of [...ROUTES, personPath, `${personPath}/edit`]) {
      const what = `${path} at ${size.width}×${size.height}`;
      await open(page, path);
      if (path === '/dashboard') await expectDashboardDrawn(page, what);
      await expectFits(page, what);
      const name =
        path === personPath
          ? 'person'
          : path.startsWith(personPath)
            ? 'person-edit'
            : shotName(path);
      await shot(page, `demo-${size.name}-${name}`);
    }
  }
});

test('an empty installation: every screen fits each width', async ({ page }) => {
  test.setTimeout(180_000);
  const home = buildUnit({ name: 'Đảng bộ xã Tân Lập', code: 'TL', kind: 'grassroots_committee' });
  await page.goto('/');
  await seed(page, { installation: { kind: 'unit', homeUnitId: home.id }, units: [home] });
  for (const size of VIEWPORTS) {
    await page.setViewportSize(size);
    for (const path of ROUTES) {
      await open(page, path);
      await expectFits(page, `${path} (empty) at ${size.width}×${size.height}`);
      await shot(page, `empty-${size.name}-${shotName(path)}`);
    }
  }
});

test('below a tablet width the navigation is a menu: it keeps the focus, Escape and a link close it', async ({
  page,
}) => {
  const home = buildUnit({ name: 'Đảng bộ xã Tân Lập', code: 'TL', kind: 'grassroots_committee' });
  await page.goto('/');
  await seed(page, { installation: { kind: 'unit', homeUnitId: home.id }, units: [home] });
  const menuButton = page.getByRole('button', { name: 'Mở menu' });
  const closeButton = page.getByRole('button', { name: 'Đóng menu' });
  const navigation = mainNavigation(page);

  for (const size of VIEWPORTS.slice(0, 2)) {
    await page.setViewportSize(size);
    await open(page, '/');
    await expect(navigation).toBeHidden();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    await menuButton.click();

    // Open: the focus is in the menu, on the page shown; the rest of the page is out of reach.
    await expect(closeButton).toHaveAttribute('aria-expanded', 'true');
    await expect(navigation).toBeVisible();
    await expect(navigation.getByRole('link', { name: 'Trang chủ' })).toBeFocused();
    await expect(page.getByRole('main')).toHaveAttribute('inert', '');
    await shot.window(page, `menu-${size.name}`);
    const links = await navigation.getByRole('link').count();
    for (let step = 0; step < links + 2; step += 1) {
      await page.keyboard.press('Tab');
      const inMenu = await page.evaluate(
        () =>
          document.activeElement?.closest('#app-menu') !== null ||
          document.activeElement?.id === 'app-menu-button',
      );
      expect(inMenu, `Tab ${step + 1} left the menu`).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    await expect(page.locator('#app-menu :focus, #app-menu-button:focus')).toHaveCount(1);

    // Escape closes it and gives the focus back to the button.
    await page.keyboard.press('Escape');
    await expect(navigation).toBeHidden();
    await expect(menuButton).toBeFocused();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByRole('main')).not.toHaveAttribute('inert', '');

    // A link closes it, opens its page, and the page has the focus.
    await page.keyboard.press('Enter');
    await navigation.getByRole('link', { name: 'Cài đặt' }).click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(navigation).toBeHidden();
    await expect(page.getByRole('main')).toBeFocused();
    await expect(menuButton).toHaveAttribute('aria-expanded', 'false');
  }

  // A laptop: the sidebar is always there, no menu button.
  await page.setViewportSize(VIEWPORTS[2]);
  await open(page, '/');
  await expect(navigation).toBeVisible();
  await expect(menuButton).toBeHidden();
});
