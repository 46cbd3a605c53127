// A unit and the province trade files, two browser contexts: the province sends its tree and its
// public key down; the unit sets up from that file, works offline, and sends a sealed file up;
// the province trusts the unit's key on first use, imports the file once, and the dashboard
// shows the new figure.
// With PTDV_SHOTS_DIR set, screenshots of the page are written there for review.
import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { testId } from '../test/builders';
import { freshBrowser, mainNavigation } from './support/app-shell';
import { DashboardPage } from './support/dashboard-page';
import { saveDownload, type SavedFile } from './support/downloads';
import {
  NOW,
  admittedBefore,
  anDong,
  anPhu,
  seedProvince,
  units,
} from './support/exchange-province';
import { PersonForm } from './support/person-form';
import { storedPeople } from './support/seed';
import { SetupPage } from './support/setup-page';
import { screenshots } from './support/shots';
import { SyncPage } from './support/sync-page';

const shot = screenshots('sync');

/** A navigation inside the running app (no page load), as the router's links do. */
async function navigateInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** The province makes its key pair, then its file for the units (its tree and public key). */
async function provinceSendsItsTree(sync: SyncPage): Promise<SavedFile> {
  const { page } = sync;
  await sync.goto();
  await expect(page.getByText('Chưa nhập tệp nào')).toBeVisible();
  await expect(page.getByText('Chưa xuất lần nào')).toBeVisible();
  const keyBackup = await sync.createProvinceKeys('Tỉnh ủy Tân Lập 2026');
  expect(keyBackup.suggestedFilename()).toMatch(/^ptdv-khoa-tinh-uy-[0-9a-f]{16}\.ptdv-key\.json$/);
  await expect(page.getByText('Đã tạo cặp khóa', { exact: false })).toBeVisible();

  const down = await saveDownload(await sync.exportDown());
  const document = JSON.parse(await readFile(down.path, 'utf8')) as {
    units: unknown[];
    people: unknown[];
    provincePublicKey?: unknown;
  };
  expect(document.units).toHaveLength(units.length);
  expect(document.people).toHaveLength(0);
  expect(document.provincePublicKey).toBeDefined();
  await expect(sync.exportHistory.getByRole('row')).toHaveCount(2);
  await shot(page, 'province');
  return down;
}

/** A fresh browser gets its tree from the province's file and sets up as An Phú. */
async function unitSetsUpFrom(sync: SyncPage, provinceFile: SavedFile): Promise<void> {
  const { page } = sync;
  await sync.goto();
  await sync.importFiles([provinceFile.path]);
  await expect(sync.counts(provinceFile.name, 'Đơn vị')).toHaveText(['5', '0', '0', '0', '0', '0']);
  await expect(sync.card(provinceFile.name)).toContainText('khóa công khai của Tỉnh ủy');
  await sync.apply(provinceFile.name);
  await sync.continueToSetup();
  await expect(page).toHaveURL(/\/setup$/);
  await new SetupPage(page).setUp({ homeUnit: anPhu.id });
  await expect(page).toHaveURL(/\/$/);
}

/**
 * Every screen the unit will use offline is loaded once while online, in this same document
 * (there is no service worker yet): the lazily loaded pages stay in the module map.
 */
async function loadScreensOnline(sync: SyncPage): Promise<void> {
  const { page } = sync;
  await page.goto('/sync');
  await expect(page.getByLabel('Mã hóa và ký tệp (khuyến nghị)')).toBeChecked();
  await navigateInApp(page, '/people');
  await expect(page.getByRole('link', { name: 'Thêm quần chúng' }).first()).toBeVisible();
  await navigateInApp(page, `/people/${testId(9)}`);
  await expect(page.getByText('Không tìm thấy người này.')).toBeVisible();
  await navigateInApp(page, '/people/new');
  await expect(new PersonForm(page).fullName).toBeVisible();
  await navigateInApp(page, '/sync');
  await expect(sync.exportFullButton).toBeVisible();
}

/** Offline, the unit adds a person admitted in 2026 through the form. */
async function unitAddsPersonOffline(page: Page): Promise<void> {
  await mainNavigation(page).getByRole('link', { name: 'Quần chúng & đảng viên' }).click();
  await page.getByRole('link', { name: 'Thêm quần chúng' }).first().click();
  const form = new PersonForm(page);
  await form.fill({
    fullName: 'Hà Thị Ngọc Ánh',
    gender: 'Nữ',
    birthDate: '1998-09-02',
    ethnicity: 'Tày',
    unit: anDong.id,
    occupation: 'Nông dân',
    milestones: {
      awarenessCertOn: '2026-02-06',
      applicationOn: '2026-03-02',
      cellResolutionOn: '2026-05-04',
      decisionOn: '2026-06-15',
      admittedOn: '2026-07-01',
    },
  });
  await form.saveAndOpen();
}

/** Still offline, the unit exports everything: sealed and signed. Returns the file and its key. */
async function unitExportsSealed(sync: SyncPage) {
  const { page } = sync;
  await mainNavigation(page).getByRole('link', { name: 'Trao đổi dữ liệu' }).click();
  await expect(page.getByLabel('Mã hóa và ký tệp (khuyến nghị)')).toBeChecked();
  const signing = page.getByText('Mã khóa ký của máy này:', { exact: false });
  const fingerprint = /([0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4})/.exec(
    await signing.innerText(),
  )?.[1];
  expect(fingerprint).toBeDefined();
  const sealed = await saveDownload(await sync.exportFull());
  expect(sealed.name).toMatch(/\.ptdv\.json$/);
  expect(await readFile(sealed.path, 'utf8')).toContain('"ptdv-sealed"');
  // Nothing personal is readable in the sealed file.
  expect(await readFile(sealed.path, 'utf8')).not.toContain('Ngọc Ánh');
  await expect(sync.exportHistory.getByRole('row').nth(1)).toContainText('Toàn bộ');
  await expect(sync.exportHistory.getByRole('row').nth(1)).toContainText('Đã mã hóa và ký');
  await expect(sync.exportChangesButton).toBeEnabled();
  await shot(page, 'unit-exported');
  return { sealed, fingerprint: fingerprint ?? '—' };
}

/** The province: the sealed file's preview, trust on first use, apply; the board follows. */
async function provinceImportsSealed(sync: SyncPage, sealed: SavedFile, fingerprint: string) {
  const { page } = sync;
  await sync.goto();
  await sync.importFiles([sealed.path]);
  const card = sync.card(sealed.name);
  await expect(sync.counts(sealed.name, 'Quần chúng, đảng viên')).toHaveText([
    '1',
    '0',
    '0',
    '0',
    '0',
    '0',
  ]);
  await expect(card).toContainText('Lần đầu nhận tệp từ đơn vị này — xác nhận khóa');
  await expect(card).toContainText(fingerprint);
  await expect(sync.applyButton(sealed.name)).toBeDisabled();
  await shot(page, 'sealed-preview');
  await card.getByLabel('Tôi đã đối chiếu và tin cậy khóa của đơn vị này').check();
  await sync.apply(sealed.name);
  await expect(card).toContainText('tạo mới 1');
  const unitKeys = page.getByRole('table', { name: 'Khóa của các đơn vị' });
  await expect(unitKeys.getByRole('row', { name: /Đảng bộ xã An Phú/ })).toContainText(fingerprint);
  const board = page.getByRole('table', { name: 'Tình hình gửi tệp của các đơn vị' });
  await expect(board.getByRole('row', { name: /Đảng bộ xã An Phú/ })).toContainText('Đã gửi');
  await expect(board.getByRole('row', { name: /Đảng bộ phường Bình Minh/ })).toContainText(
    'Chưa gửi',
  );
  await shot(page, 'province-after-import');
}

async function provinceBrowser(browser: Browser) {
  const side = await freshBrowser(browser, NOW);
  await seedProvince(side.page);
  return side;
}

test('a unit sends a sealed file offline; the province imports it once', async ({ browser }) => {
  test.setTimeout(180_000);

  const provinceSide = await provinceBrowser(browser);
  const provinceSync = new SyncPage(provinceSide.page);
  const provinceFile = await provinceSendsItsTree(provinceSync);

  const unitSide = await freshBrowser(browser, NOW);
  const unitSync = new SyncPage(unitSide.page);
  await unitSetsUpFrom(unitSync, provinceFile);
  await loadScreensOnline(unitSync);
  await unitSide.context.setOffline(true);
  await unitAddsPersonOffline(unitSide.page);
  const { sealed, fingerprint } = await unitExportsSealed(unitSync);
  await unitSide.context.setOffline(false);

  // The province: the figure before, then the sealed file.
  const dashboard = new DashboardPage(provinceSide.page);
  const before = await dashboard.admitted();
  expect(before).toBe(2);
  await provinceImportsSealed(provinceSync, sealed, fingerprint);
  expect(await dashboard.admitted()).toBe(before + 1);

  // The same file again: already imported, nothing changes.
  await provinceSync.goto();
  await provinceSync.importFiles([sealed.path]);
  await expect(provinceSync.card(sealed.name)).toContainText('Đã nhập trước đây');
  await provinceSync.apply(sealed.name);
  await expect(provinceSync.card(sealed.name)).toContainText('không có gì thay đổi');
  expect(await dashboard.admitted()).toBe(before + 1);
  expect(await storedPeople(provinceSide.page)).toBe(admittedBefore.length + 1);

  await unitSide.context.close();
  await provinceSide.context.close();
});
