// Offline and self-contained: a committee works for days without a network, so after one visit
// the service worker serves the whole app (every screen, deep links, the import worker, the
// font); the app never asks another host for anything and breaks none of its own CSP; a new
// version waits for the secretary and never reloads over a form holding unsaved input.
// With PTDV_SHOTS_DIR set, screenshots are written there for review.
import { readFile } from 'node:fs/promises';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import {
  buildClass,
  buildMemberCount,
  buildPerson,
  buildTarget,
  buildUnit,
} from '../test/builders';
import { TOP_BAR_SCOPE, topBar } from './support/app-shell';
import { downloadOf, saveDownload } from './support/downloads';
import { PersonForm } from './support/person-form';
import { seed } from './support/seed';
import { SetupPage } from './support/setup-page';
import { screenshots } from './support/shots';
import { SyncPage } from './support/sync-page';

const shot = screenshots();
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);
const OFFLINE_NOTICE = 'Đang làm việc ngoại tuyến — dữ liệu vẫn được lưu trên máy này.';

const commune = buildUnit({
  name: 'Đảng bộ xã Tân Lập',
  code: 'TL',
  kind: 'grassroots_committee',
  sector: 'commune',
});
const cell = buildUnit({ name: 'Chi bộ thôn Đông', code: 'TL-1', parentId: commune.id });
const candidate = buildPerson({
  fullName: 'Lò Thị Hương',
  gender: 'female',
  ethnicity: 'Thái',
  unitId: cell.id,
  milestones: { sourcedOn: '2024-01-10', admittedOn: '2025-09-02', decisionOn: '2025-08-12' },
});

/** Every request of the context, the service worker's included, by URL. */
function recordRequests(context: BrowserContext) {
  const requests: { url: string; fromWorker: boolean }[] = [];
  context.on('request', (request) =>
    requests.push({ url: request.url(), fromWorker: request.serviceWorker() !== null }),
  );
  return requests;
}

function offsite(urls: string[]): string[] {
  return urls.filter((url) => {
    const { protocol, hostname } = new URL(url);
    if (protocol === 'data:' || protocol === 'blob:') return false;
    return !LOCAL_HOSTS.has(hostname);
  });
}

/** CSP violations as the page reports them, on every document the page loads. */
async function recordViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__ptdvCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __ptdvCspViolation(text: string): void })
        .__ptdvCspViolation;
      report(`${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI}`);
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text()))
      violations.push(message.text());
  });
  return violations;
}

/** The service worker controls the page: installed, every file precached, activated. */
async function waitForServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
}

async function expectScreen(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 }).first()).toBeVisible();
  await expect(page.getByText('Đang tải…')).toHaveCount(0);
}

const SCREENS = [
  '/',
  '/people',
  `/people/${candidate.id}`,
  `/people/${candidate.id}/edit`,
  '/people/new',
  '/classes',
  '/classes?edit=new',
  '/targets',
  '/units',
  `/dashboard?unit=${commune.code}&from=2025-01-01&to=2025-12-31`,
  `/reports?unit=${commune.code}&from=2025-01-01&to=2025-12-31`,
  '/sync',
  '/settings',
];

test('no request leaves this computer, and the CSP blocks nothing the app does', async ({
  page,
  context,
}) => {
  const requests = recordRequests(context);
  const violations = await recordViolations(page);

  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitForServiceWorker(page);
  await seed(page, {
    installation: { kind: 'unit', homeUnitId: commune.id },
    units: [commune, cell],
    people: [candidate],
    classes: [buildClass({ unitId: commune.id, title: 'Lớp nhận thức về Đảng khóa I/2025' })],
    targets: [buildTarget({ unitId: commune.id, fromYear: 2025, toYear: 2027, admissions: 10 })],
    memberCounts: [buildMemberCount({ unitId: commune.id, year: 2025, total: 250 })],
  });
  for (const path of SCREENS) await expectScreen(page, path);

  // What builds files in the page: a chart as PNG (SVG drawn through a blob: image on a
  // canvas), the report as CSV and as Excel (loaded on click), the exchange file, and its
  // import in the worker.
  await page.goto(`/dashboard?unit=${commune.code}&from=2025-01-01&to=2025-12-31`);
  const png = await downloadOf(page, () =>
    page
      .getByRole('button', { name: /^Lưu ảnh PNG/ })
      .first()
      .click(),
  );
  expect(png.suggestedFilename()).toMatch(/\.png$/);

  await page.goto(`/reports?unit=${commune.code}&from=2025-01-01&to=2025-12-31`);
  await expect(page.getByRole('article', { name: /BÁO CÁO/ })).toBeVisible();
  const csv = await downloadOf(page, () => page.getByRole('button', { name: 'Tải CSV' }).click());
  expect(csv.suggestedFilename()).toMatch(/\.csv$/);
  const xlsx = await downloadOf(page, () =>
    page.getByRole('button', { name: 'Tải Excel (.xlsx)' }).click(),
  );
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);

  const sync = new SyncPage(page);
  await page.goto('/sync');
  const file = await saveDownload(await sync.exportFull());
  await sync.importFiles([file.path]);
  await expect(sync.card(file.name)).toBeVisible();

  const urls = requests.map((request) => request.url);
  expect(offsite(urls), 'requests to another host').toEqual([]);
  expect(violations, 'CSP violations').toEqual([]);
  // The listener does see the service worker's own traffic (its precache downloads), so a
  // request it sent elsewhere would have been caught above.
  expect(requests.filter((request) => request.fromWorker).length).toBeGreaterThan(0);
  // And the policy is really in force: an inline script or a request elsewhere is refused.
  const before = violations.length;
  const refused = await page.evaluate(async () => {
    try {
      await fetch('https://example.com/');
      return false;
    } catch {
      return true;
    }
  });
  expect(refused).toBe(true);
  await expect.poll(() => violations.length).toBeGreaterThan(before);
  expect(offsite(requests.map((request) => request.url))).toEqual([]);
});

test('the Vietnamese font comes from this computer and is the one drawing the text', async ({
  page,
  context,
}) => {
  const requests = recordRequests(context);
  await seed(page, { installation: { kind: 'unit', homeUnitId: commune.id }, units: [commune] });
  await page.goto('/');
  await expect(topBar(page).getByText('Đảng bộ xã Tân Lập')).toBeVisible();
  await page.evaluate(() => document.fonts.ready);

  expect(
    await page.evaluate(() => document.fonts.check('16px "Be Vietnam Pro"', 'Đảng viên')),
  ).toBe(true);
  const fonts = requests.filter((request) => request.url.endsWith('.woff2'));
  expect(fonts.length).toBeGreaterThan(0);
  expect(offsite(fonts.map((request) => request.url))).toEqual([]);

  // The glyphs of the unit's name (Vietnamese letters: Đ, ả, ậ) are drawn with Be Vietnam Pro,
  // not a system fallback.
  const cdp = await context.newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: TOP_BAR_SCOPE,
  });
  const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  expect(used.length).toBeGreaterThan(0);
  for (const font of used) {
    // The platform's name of a face: "Be Vietnam Pro", "Be Vietnam Pro SemiBold"…
    expect(font.familyName).toMatch(/^Be Vietnam Pro\b/);
    expect(font.isCustomFont).toBe(true);
  }
});

test('the app can be installed: a manifest in Vietnamese with its icons, and the service worker', async ({
  page,
  context,
}) => {
  await page.goto('/');
  await waitForServiceWorker(page);
  const cdp = await context.newCDPSession(page);
  // Chromium's own check, as for its install button. A test browser is always "incognito"; any
  // other reason (no manifest, no suitable icon, no service worker) would be listed too.
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  expect(installabilityErrors.filter((error) => error.errorId !== 'in-incognito')).toEqual([]);
  const { data, errors } = await cdp.send('Page.getAppManifest');
  expect(errors).toEqual([]);
  const manifest = JSON.parse(data ?? 'null') as Record<string, unknown> | null;
  expect(manifest).toMatchObject({
    name: 'PTĐV — Phát triển đảng viên',
    short_name: 'PTĐV',
    lang: 'vi',
    start_url: '/',
    display: 'standalone',
  });
  const icons = (manifest?.icons ?? []) as { src: string; sizes: string; purpose: string }[];
  expect(icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual(
    expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']),
  );
  for (const icon of icons) {
    const response = await page.request.get(icon.src);
    expect(response.ok(), icon.src).toBe(true);
  }
});

test('after one visit every screen works offline: deep links, a new record, an edit, an export', async ({
  page,
  context,
}) => {
  // First visit, online: set the installation up through the screens.
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await new SetupPage(page).setUp({ code: 'XTL', name: 'Đảng bộ xã Tân Lập' });
  await expect(page).toHaveURL(/\/$/);
  await waitForServiceWorker(page);

  // The network goes away.
  await context.setOffline(true);
  const failed: string[] = [];
  // A request the page itself dropped (a chunk still loading when the test navigates away) is
  // aborted, not failed for want of a network: only the latter counts.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(request.url());
  });
  expect(
    await page.evaluate(() =>
      fetch('/favicon.svg?network').then(
        () => 'online',
        () => 'offline',
      ),
    ),
  ).toBe('offline');
  failed.length = 0;

  const reloaded = await page.reload();
  expect(reloaded?.fromServiceWorker()).toBe(true);
  await expect(topBar(page).getByText('Đảng bộ xã Tân Lập')).toBeVisible();
  await expect(page.getByText(OFFLINE_NOTICE)).toBeVisible();
  await shot.window(page, 'offline-home');

  // Deep links are the single page's routes, served from the cache.
  const list = await page.goto('/people');
  expect(list?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // A new candidate, through the form.
  const form = new PersonForm(page);
  await form.addPerson({
    fullName: 'Cầm Thị Đào',
    gender: 'Nữ',
    birthDate: '2001-09-01',
    ethnicity: 'Thái',
    unit: { label: 'Đảng bộ xã Tân Lập' },
    occupation: 'Nông dân',
    milestones: { sourcedOn: '2024-01-10' },
  });
  const personUrl = page.url();

  // Its page by deep link, then an edit.
  const detail = await page.goto(personUrl);
  expect(detail?.fromServiceWorker()).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Cầm Thị Đào');
  await page.goto(`${personUrl}/edit`);
  await form.fill({ fullName: 'Cầm Thị Đào Hoa' });
  await form.save();
  await expect(page).toHaveURL(personUrl);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Cầm Thị Đào Hoa');

  // Every other screen loads its code from the cache too.
  for (const path of ['/classes', '/targets', '/units', '/dashboard', '/reports', '/settings']) {
    await expectScreen(page, path);
  }

  // The export file, a real download, holds the new record; its import runs in the worker.
  await expectScreen(page, '/sync');
  const sync = new SyncPage(page);
  const file = await saveDownload(await sync.exportFull());
  const exchange = JSON.parse(await readFile(file.path, 'utf8')) as {
    people: { fullName: string }[];
  };
  expect(exchange.people.map((person) => person.fullName)).toEqual(['Cầm Thị Đào Hoa']);
  await sync.importFiles([file.path]);
  await expect(sync.counts(file.name, 'Quần chúng, đảng viên')).toHaveText([
    '0',
    '0',
    '1',
    '0',
    '0',
    '0',
  ]);

  // Nothing the app asked for failed for want of a network (the browser's own check for a new
  // service worker script may fail: it is not the app; nor is the app's own check that it can
  // reach its server, which fails by design here).
  expect(failed.filter((url) => !url.endsWith('/sw.js') && !url.includes('?reachable='))).toEqual(
    [],
  );

  // Back online: everything is there.
  await context.setOffline(false);
  await page.goto('/people');
  await expect(page.getByRole('link', { name: 'Cầm Thị Đào Hoa' })).toBeVisible();
  await expect(page.getByText(OFFLINE_NOTICE)).toBeHidden();
  await page.reload();
  await expect(page.getByRole('link', { name: 'Cầm Thị Đào Hoa' })).toBeVisible();
  await page.goto('/sync');
  await expect(sync.exportHistory).toContainText('1 người');
});

test('a new version waits, and never reloads over a form with unsaved input', async ({ page }) => {
  await seed(page, {
    installation: { kind: 'unit', homeUnitId: commune.id },
    units: [commune, cell],
  });
  const form = new PersonForm(page);
  await form.gotoNew();
  await waitForServiceWorker(page);
  const name = form.fullName;
  await name.fill('Quàng Văn Thắng');
  // A marker that only a reload would clear.
  await page.evaluate(() => {
    (window as unknown as { sameDocument: boolean }).sameDocument = true;
  });

  // A new version of the app arrives: a new script URL always installs as a new worker, which
  // then waits (the same sw.js, served for the query too).
  await page.evaluate(() => navigator.serviceWorker.register('/sw.js?v=2', { scope: '/' }));
  const notice = page.getByRole('region', { name: 'Phiên bản mới' });
  await expect(notice.getByText('Đã có phiên bản mới của PTĐV.')).toBeVisible({ timeout: 30_000 });
  const update = notice.getByRole('button', { name: 'Cập nhật ngay' });
  await expect(update).toBeDisabled();
  await expect(update).toHaveAccessibleDescription(
    'Biểu mẫu đang có nội dung chưa lưu: hãy lưu hoặc hủy biểu mẫu trước, rồi cập nhật.',
  );
  expect(
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return registration?.waiting?.scriptURL ?? null;
    }),
  ).toMatch(/\/sw\.js\?v=2$/);
  await shot.window(page, 'update-unsaved');

  // Still the same page, the typed name intact: nothing reloaded.
  await expect(name).toHaveValue('Quàng Văn Thắng');
  expect(
    await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
  ).toBe(true);

  // Saved: the update is allowed.
  await form.fill({
    gender: 'Nam',
    birthDate: '1999-02-03',
    ethnicity: 'Thái',
    unit: { label: cell.name },
    occupation: 'Nông dân',
    milestones: { sourcedOn: '2024-01-10' },
  });
  await form.saveAndOpen();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Quàng Văn Thắng');
  await expect(update).toBeEnabled();
  await expect(
    notice.getByText('Biểu mẫu đang có nội dung chưa lưu', { exact: false }),
  ).toBeHidden();
  await shot.window(page, 'update-ready');
  expect(
    await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
  ).toBe(true);

  // "Cập nhật ngay": the new worker takes over and the page reloads once, on the saved record.
  const reloaded = page.waitForEvent('load');
  await update.click();
  await reloaded;
  expect(
    await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
  ).toBeUndefined();
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(
    /\/sw\.js\?v=2$/,
  );
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Quàng Văn Thắng');
});
