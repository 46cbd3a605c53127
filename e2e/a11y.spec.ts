// Accessibility: axe (WCAG 2.0 and 2.1, levels A and AA) finds nothing on any route of the app,
// at a phone (390×844), a tablet (768×1024) and a laptop (1366×768), with the small demo province
// loaded (so every list, chart, check and form has something in it), and on the first-run page of
// an empty browser. Every violation of every route is collected first, so one run names them all.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { DashboardPage } from './support/dashboard-page';
import { SetupPage } from './support/setup-page';
import { VIEWPORTS } from './support/viewports';

// What axe reads is the pages, not the offline cache: the service worker stays out, as in
// responsive.spec. (With it, a page's module fetched while the worker was installing once failed
// here, "Failed to fetch dynamically imported module"; the app now fetches such a module again,
// page-module.spec.)
test.use({ serviceWorkers: 'block' });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** What a route's page shows once it has its data: its first-level heading, nothing loading. */
async function settled(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Đang tải…')).toHaveCount(0, { timeout: 30_000 });
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
}

async function violationsOf(page: Page, route: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  return result.violations.map(
    (violation) =>
      `${route}: ${violation.id} (${violation.impact ?? '?'}) — ${violation.help}: ` +
      violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(' | '),
  );
}

/** The first link of the main region whose address starts so, or null when it has none. */
async function firstLink(page: Page, prefix: string): Promise<string | null> {
  await settled(page);
  const links = page.getByRole('main').locator(`a[href^="${prefix}"]:not([href^="/people/new"])`);
  return (await links.count()) > 0 ? links.first().getAttribute('href') : null;
}

/** The demo's routes, with a real person and a real duplicate pair found through the app. */
async function demoRoutes(page: Page): Promise<string[]> {
  await page.goto('/people');
  const personLink = page.getByRole('main').getByRole('row').getByRole('link');
  await expect(personLink.first()).toBeVisible({ timeout: 30_000 });
  const person = await firstLink(page, '/people/');
  const other = await personLink.nth(1).getAttribute('href');
  // The merge screen, side by side, for two people of the list (any two can be compared).
  const merge =
    person && other
      ? `/quality/merge?a=${person.split('/').pop()}&b=${other.split('/').pop()}`
      : null;
  return [
    '/',
    '/people',
    '/people?stage=candidate',
    ...(person ? [person, `${person}/edit`] : []),
    '/people/new',
    '/classes',
    '/classes?edit=new',
    '/targets',
    '/units',
    '/places',
    '/places/import',
    '/dashboard',
    '/reports',
    '/sync',
    '/settings',
    '/rules',
    '/quality',
    ...(merge ? [merge] : []),
    '/no-such-page',
  ];
}

// axe needs a page of a context the test made (browser.newContext), not browser.newPage's.
async function demoPage(browser: Browser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const setup = new SetupPage(page);
  await setup.goto();
  await setup.loadDemo('small');
  await expect(page).toHaveURL(/\/dashboard/, { timeout: 150_000 });
  await new DashboardPage(page).settled();
  return page;
}

test.describe('accessibility (axe, WCAG 2.1 AA)', () => {
  let page: Page;

  test.beforeAll(async ({ browser }) => {
    test.setTimeout(240_000);
    page = await demoPage(browser);
  });

  test.afterAll(async () => {
    await page.context().close();
  });

  for (const size of VIEWPORTS) {
    test(`every route at ${size.width}×${size.height} (${size.name})`, async () => {
      test.setTimeout(900_000);
      await page.setViewportSize({ width: size.width, height: size.height });
      const routes = await demoRoutes(page);
      const found: string[] = [];
      for (const route of routes) {
        await page.goto(route);
        await settled(page);
        found.push(...(await violationsOf(page, route)));
      }
      expect(found).toEqual([]);
    });
  }

  test('the first-run page of an empty browser, at every size', async ({ browser }) => {
    const context = await browser.newContext();
    const fresh = await context.newPage();
    const found: string[] = [];
    for (const size of VIEWPORTS) {
      await fresh.setViewportSize({ width: size.width, height: size.height });
      await new SetupPage(fresh).goto();
      await settled(fresh);
      found.push(...(await violationsOf(fresh, `/setup ${size.name}`)));
    }
    await context.close();
    expect(found).toEqual([]);
  });
});
