// The province exchange end to end, through the /sync page: the format's fixture files import
// into a fresh browser (every run, forever); a unit and the province, two browser contexts, trade
// files (the province's tree down, a sealed file up) and the dashboard shows the new figure;
// refused files leave the store as it was (a tab closed mid-import: crash.spec.ts).
// With PTDV_SHOTS_DIR set, screenshots of the page are written there for review.
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Person } from '../src/domain/entities';
import { buildMemberCount, buildPerson, buildTarget, buildUnit, testId } from '../test/builders';
import { exchangeDocument, inputFile } from './support/exchange-files';
import { seed, storedPeople } from './support/seed';
import { SyncPage } from './support/sync-page';

const SHOTS = process.env.PTDV_SHOTS_DIR;
const NOW = new Date('2026-11-28T09:00:00+07:00');
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

const province = buildUnit({ name: 'Tỉnh ủy Tân Lập', code: 'TINH', kind: 'province' });
const anPhu = buildUnit({
  name: 'Đảng bộ xã An Phú',
  code: 'AP',
  kind: 'upper',
  sector: 'commune',
  parentId: province.id,
});
const anDong = buildUnit({
  name: 'Chi bộ thôn An Đông',
  code: 'AP-1',
  kind: 'cell',
  parentId: anPhu.id,
});
const binhMinh = buildUnit({
  name: 'Đảng bộ phường Bình Minh',
  code: 'BM',
  kind: 'upper',
  sector: 'ward',
  parentId: province.id,
});
const khuPho = buildUnit({
  name: 'Chi bộ khu phố 1',
  code: 'BM-1',
  kind: 'cell',
  parentId: binhMinh.id,
});
const units = [province, anPhu, anDong, binhMinh, khuPho];

/** Admitted in 2026 in Bình Minh: the province's figure before any file arrives is 2. */
const admittedBefore = [
  buildPerson({
    unitId: khuPho.id,
    fullName: 'Lê Thị Hồng',
    gender: 'female',
    milestones: { admittedOn: '2026-03-02' },
  }),
  buildPerson({
    unitId: khuPho.id,
    fullName: 'Phạm Văn Đức',
    milestones: { admittedOn: '2026-05-20' },
  }),
];

async function seedProvince(page: Page): Promise<void> {
  await page.clock.setFixedTime(NOW);
  await seed(page, {
    installation: { kind: 'province', homeUnitId: province.id },
    units,
    people: admittedBefore,
    targets: [
      buildTarget({ unitId: anPhu.id, fromYear: 2026, toYear: 2026, admissions: 4 }),
      buildTarget({ unitId: binhMinh.id, fromYear: 2026, toYear: 2026, admissions: 3 }),
    ],
    memberCounts: [
      buildMemberCount({ unitId: anPhu.id, year: 2026, total: 120 }),
      buildMemberCount({ unitId: binhMinh.id, year: 2026, total: 80 }),
    ],
  });
}

/** A second installation: its own browser context, so its own IndexedDB. */
async function newInstallation(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.clock.setFixedTime(NOW);
  return { context, page };
}

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  await page.screenshot({ path: `${SHOTS}/sync-${name}.png`, fullPage: true });
}

/** A navigation inside the running app (no page load), as the router's links do. */
async function navigateInApp(page: Page, path: string): Promise<void> {
  await page.evaluate((to) => {
    window.history.pushState({}, '', to);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, path);
}

/** The dashboard's "admitted" figure for the home unit and this year. */
async function admittedOnDashboard(page: Page): Promise<number> {
  await page.goto('/dashboard');
  const kpis = page.getByRole('group', { name: 'Số liệu chính của kỳ' });
  // The figures shown before the aggregates' check (and a read after a rebuild) may be stale.
  await expect(kpis).not.toHaveAttribute('aria-busy', 'true');
  const tile = kpis
    .and(page.locator(':not([aria-busy="true"])'))
    .locator('.stat')
    .filter({ has: page.getByText('Kết nạp đảng viên mới', { exact: true }) })
    .locator('.stat__value');
  await expect(tile).toHaveText(/^[\d.]+$/);
  return Number((await tile.innerText()).replace(/\./g, ''));
}

function admittedPeople(count: number, unitId: string): Person[] {
  return Array.from({ length: count }, (_, index) =>
    buildPerson({
      id: testId(7),
      unitId,
      fullName: `Nguyễn Văn Thử ${index + 1}`,
      birthDate: '1995-06-15',
      milestones: { admittedOn: '2026-06-01' },
    }),
  );
}

test('the version-1 fixture files import into a fresh browser', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  const unitPath = join(FIXTURES, 'v1-unit-file.ptdv.json');
  const provincePath = join(FIXTURES, 'v1-province-file.ptdv.json');
  const unitFile = JSON.parse(await readFile(unitPath, 'utf8')) as {
    units: { name: string }[];
    people: { fullName: string }[];
  };
  const provinceFile = JSON.parse(await readFile(provincePath, 'utf8')) as {
    units: { id: string; name: string; kind: string; parentId: string | null }[];
  };

  const sync = new SyncPage(page);
  await sync.goto();
  await expect(page.getByText('Cài đặt này chưa được thiết lập.', { exact: false })).toBeVisible();
  await shot(page, 'fresh');

  // Both files at once, as the province office receives them.
  await sync.importFiles([provincePath, unitPath]);
  const provinceName = basename(provincePath);
  const unitName = basename(unitPath);
  await expect(sync.card(provinceName)).toContainText('Tệp của Tỉnh ủy');
  await expect(sync.counts(provinceName, 'Đơn vị').first()).toHaveText(
    String(provinceFile.units.length),
  );
  await expect(sync.card(unitName)).toContainText('Tệp của đơn vị');
  // Every person of the unit's file is new here.
  await expect(sync.counts(unitName, 'Quần chúng, đảng viên').first()).toHaveText(
    String(unitFile.people.length),
  );
  await shot(page, 'fixture-preview');
  await page.getByRole('button', { name: 'Áp dụng tất cả tệp hợp lệ (2)' }).click();
  for (const name of [provinceName, unitName]) {
    await expect(sync.card(name).getByText('Đã áp dụng', { exact: true })).toBeVisible();
  }
  const imported = page.getByRole('table', { name: 'Các tệp đã nhập' });
  await expect(imported).toContainText(unitName);
  await expect(imported).toContainText(provinceName);

  // On to the first-run choice, with the imported tree: the province's root as home.
  await page.getByRole('link', { name: 'Tiếp tục: chọn đơn vị của cài đặt này' }).click();
  await expect(page).toHaveURL(/\/setup$/);
  const root = provinceFile.units.find((unit) => unit.parentId === null);
  expect(root).toBeDefined();
  await page.getByRole('radio', { name: 'Văn phòng Tỉnh ủy' }).check();
  await page.getByLabel('Đơn vị gốc của cài đặt này').selectOption(root?.id ?? '');
  await page.getByRole('button', { name: 'Hoàn tất thiết lập' }).click();
  await expect(page).not.toHaveURL(/\/setup$/);

  await page.goto('/people');
  for (const person of unitFile.people.slice(0, 3)) {
    await expect(page.getByText(person.fullName.normalize('NFC')).first()).toBeVisible();
  }
  await page.goto('/units');
  for (const unit of provinceFile.units.slice(0, 3)) {
    await expect(page.getByText(unit.name.normalize('NFC')).first()).toBeVisible();
  }
});

test('a unit sends a sealed file offline; the province imports it once', async ({
  browser,
}, testInfo) => {
  test.setTimeout(180_000);

  // The province: its key pair, then its file for the units.
  const provinceSide = await newInstallation(browser);
  const provincePage = provinceSide.page;
  await seedProvince(provincePage);
  const provinceSync = new SyncPage(provincePage);
  await provinceSync.goto();
  await expect(provincePage.getByText('Chưa nhập tệp nào')).toBeVisible();
  await expect(provincePage.getByText('Chưa xuất lần nào')).toBeVisible();
  const passphrase = 'Tỉnh ủy Tân Lập 2026';
  await provincePage.getByLabel('Mật khẩu bảo vệ bản sao lưu').fill(passphrase);
  await provincePage.getByLabel('Nhập lại mật khẩu').fill(passphrase);
  const backupDownload = provincePage.waitForEvent('download');
  await provincePage.getByRole('button', { name: 'Tạo cặp khóa và tải bản sao lưu' }).click();
  expect((await backupDownload).suggestedFilename()).toMatch(
    /^ptdv-khoa-tinh-uy-[0-9a-f]{16}\.ptdv-key\.json$/,
  );
  await expect(provincePage.getByText('Đã tạo cặp khóa', { exact: false })).toBeVisible();

  const downDownload = provincePage.waitForEvent('download');
  await provincePage.getByRole('button', { name: 'Xuất tệp gửi xuống đơn vị' }).click();
  const down = await downDownload;
  const provinceFilePath = testInfo.outputPath(down.suggestedFilename());
  await down.saveAs(provinceFilePath);
  const provinceDocument = JSON.parse(await readFile(provinceFilePath, 'utf8')) as {
    units: unknown[];
    people: unknown[];
    provincePublicKey?: unknown;
  };
  expect(provinceDocument.units).toHaveLength(units.length);
  expect(provinceDocument.people).toHaveLength(0);
  expect(provinceDocument.provincePublicKey).toBeDefined();
  await expect(
    provincePage.getByRole('table', { name: 'Lịch sử xuất tệp' }).getByRole('row'),
  ).toHaveCount(2);
  await shot(provincePage, 'province');

  // The unit: a fresh browser gets its tree from the province's file.
  const unitSide = await newInstallation(browser);
  const unitPage = unitSide.page;
  const unitSync = new SyncPage(unitPage);
  await unitSync.goto();
  await unitSync.importFiles([provinceFilePath]);
  const provinceFileName = basename(provinceFilePath);
  await expect(unitSync.counts(provinceFileName, 'Đơn vị')).toHaveText([
    '5',
    '0',
    '0',
    '0',
    '0',
    '0',
  ]);
  await expect(unitSync.card(provinceFileName)).toContainText('khóa công khai của Tỉnh ủy');
  await unitSync.apply(provinceFileName);
  await unitPage.getByRole('link', { name: 'Tiếp tục: chọn đơn vị của cài đặt này' }).click();
  await expect(unitPage).toHaveURL(/\/setup$/);
  await unitPage.getByLabel('Đơn vị gốc của cài đặt này').selectOption(anPhu.id);
  await unitPage.getByRole('button', { name: 'Hoàn tất thiết lập' }).click();
  await expect(unitPage).toHaveURL(/\/$/);

  // Every screen the unit will use offline is loaded once while online, in this same document
  // (there is no service worker yet): the lazily loaded pages stay in the module map.
  await unitPage.goto('/sync');
  await expect(unitPage.getByLabel('Mã hóa và ký tệp (khuyến nghị)')).toBeChecked();
  await navigateInApp(unitPage, '/people');
  await expect(unitPage.getByRole('link', { name: 'Thêm quần chúng' }).first()).toBeVisible();
  await navigateInApp(unitPage, `/people/${testId(9)}`);
  await expect(unitPage.getByText('Không tìm thấy người này.')).toBeVisible();
  await navigateInApp(unitPage, '/people/new');
  await expect(unitPage.getByLabel('Họ và tên')).toBeVisible();
  await navigateInApp(unitPage, '/sync');
  await expect(unitPage.getByRole('button', { name: 'Xuất toàn bộ' })).toBeVisible();

  await unitSide.context.setOffline(true);
  await unitPage
    .getByRole('navigation')
    .getByRole('link', { name: 'Quần chúng & đảng viên' })
    .click();
  await unitPage.getByRole('link', { name: 'Thêm quần chúng' }).first().click();
  await unitPage.getByLabel('Họ và tên').fill('Hà Thị Ngọc Ánh');
  await unitPage.getByLabel('Giới tính').selectOption({ label: 'Nữ' });
  await unitPage.getByLabel('Ngày sinh').fill('1998-09-02');
  await unitPage.getByLabel('Dân tộc').fill('Tày');
  await unitPage.getByLabel('Tổ chức đảng').selectOption(anDong.id);
  await unitPage.getByLabel('Nghề nghiệp').selectOption({ label: 'Nông dân' });
  await unitPage.getByLabel('Giấy chứng nhận lớp nhận thức về Đảng').fill('2026-02-06');
  await unitPage.getByLabel('Đơn xin vào Đảng', { exact: true }).fill('2026-03-02');
  await unitPage.getByLabel('Nghị quyết chi bộ', { exact: true }).fill('2026-05-04');
  await unitPage.getByLabel('Quyết định kết nạp', { exact: true }).fill('2026-06-15');
  await unitPage.getByLabel('Lễ kết nạp (ngày vào Đảng)').fill('2026-07-01');
  await unitPage.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(unitPage).toHaveURL(/\/people\/[0-9a-f-]{36}$/);

  await unitPage.getByRole('navigation').getByRole('link', { name: 'Trao đổi dữ liệu' }).click();
  await expect(unitPage.getByLabel('Mã hóa và ký tệp (khuyến nghị)')).toBeChecked();
  const signing = unitPage.getByText('Mã khóa ký của máy này:', { exact: false });
  const signingText = await signing.innerText();
  const unitFingerprint = /([0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4})/.exec(
    signingText,
  )?.[1];
  expect(unitFingerprint).toBeDefined();
  const sealedDownload = unitPage.waitForEvent('download');
  await unitPage.getByRole('button', { name: 'Xuất toàn bộ' }).click();
  const sealed = await sealedDownload;
  const sealedPath = testInfo.outputPath(sealed.suggestedFilename());
  await sealed.saveAs(sealedPath);
  const sealedName = basename(sealedPath);
  expect(sealedName).toMatch(/\.ptdv\.json$/);
  expect(await readFile(sealedPath, 'utf8')).toContain('"ptdv-sealed"');
  // Nothing personal is readable in the sealed file.
  expect(await readFile(sealedPath, 'utf8')).not.toContain('Ngọc Ánh');
  const history = unitPage.getByRole('table', { name: 'Lịch sử xuất tệp' });
  await expect(history.getByRole('row').nth(1)).toContainText('Toàn bộ');
  await expect(history.getByRole('row').nth(1)).toContainText('Đã mã hóa và ký');
  await expect(
    unitPage.getByRole('button', { name: 'Xuất phần thay đổi từ lần xuất trước' }),
  ).toBeEnabled();
  await shot(unitPage, 'unit-exported');
  await unitSide.context.setOffline(false);

  // The province: the figure before, the sealed file's preview, trust on first use, apply.
  const before = await admittedOnDashboard(provincePage);
  expect(before).toBe(2);
  await provinceSync.goto();
  await provinceSync.importFiles([sealedPath]);
  const card = provinceSync.card(sealedName);
  await expect(provinceSync.counts(sealedName, 'Quần chúng, đảng viên')).toHaveText([
    '1',
    '0',
    '0',
    '0',
    '0',
    '0',
  ]);
  await expect(card).toContainText('Lần đầu nhận tệp từ đơn vị này — xác nhận khóa');
  await expect(card).toContainText(unitFingerprint ?? '—');
  await expect(provinceSync.applyButton(sealedName)).toBeDisabled();
  await shot(provincePage, 'sealed-preview');
  await card.getByLabel('Tôi đã đối chiếu và tin cậy khóa của đơn vị này').check();
  await provinceSync.apply(sealedName);
  await expect(card).toContainText('tạo mới 1');
  const unitKeys = provincePage.getByRole('table', { name: 'Khóa của các đơn vị' });
  await expect(unitKeys.getByRole('row', { name: /Đảng bộ xã An Phú/ })).toContainText(
    unitFingerprint ?? '—',
  );
  const board = provincePage.getByRole('table', { name: 'Tình hình gửi tệp của các đơn vị' });
  await expect(board.getByRole('row', { name: /Đảng bộ xã An Phú/ })).toContainText('Đã gửi');
  await expect(board.getByRole('row', { name: /Đảng bộ phường Bình Minh/ })).toContainText(
    'Chưa gửi',
  );
  await shot(provincePage, 'province-after-import');

  expect(await admittedOnDashboard(provincePage)).toBe(before + 1);

  // The same file again: already imported, nothing changes.
  await provinceSync.goto();
  await provinceSync.importFiles([sealedPath]);
  await expect(provinceSync.card(sealedName)).toContainText('Đã nhập trước đây');
  await provinceSync.apply(sealedName);
  await expect(provinceSync.card(sealedName)).toContainText('không có gì thay đổi');
  expect(await admittedOnDashboard(provincePage)).toBe(before + 1);
  expect(await storedPeople(provincePage)).toBe(admittedBefore.length + 1);

  await unitSide.context.close();
  await provinceSide.context.close();
});

test('a truncated file and a file with one invalid record are refused, the store unchanged', async ({
  page,
}) => {
  await seedProvince(page);
  const before = await admittedOnDashboard(page);

  const people = admittedPeople(100, anDong.id);
  const document = exchangeDocument({ source: anPhu, units: [anPhu, anDong], people });
  const bad = structuredClone(document) as { people: { id: string; birthDate: string }[] };
  const badRecord = bad.people[57];
  if (!badRecord) throw new Error('no record 57');
  badRecord.birthDate = '1999-02-30';
  const whole = JSON.stringify(document, null, 2);

  const sync = new SyncPage(page);
  await sync.goto();
  // One through the file input, one dropped onto the page.
  await sync.importFiles([
    inputFile('cat-doi.ptdv.json', whole.slice(0, Math.floor(whole.length / 2))),
  ]);
  await sync.dropFile(inputFile('sai-ngay-sinh.ptdv.json', JSON.stringify(bad, null, 2)));
  await expect(sync.card('cat-doi.ptdv.json').getByRole('alert')).toHaveText(
    /^Tệp “cat-doi\.ptdv\.json” bị từ chối: tệp bị cắt cụt, kết thúc giữa chừng/,
  );
  await expect(sync.card('sai-ngay-sinh.ptdv.json').getByRole('alert')).toHaveText(
    `Tệp “sai-ngay-sinh.ptdv.json” bị từ chối: bản ghi people[57] (id ${badRecord.id}) — trường “birthDate”: cần một ngày dạng YYYY-MM-DD, nhận được “1999-02-30”.`,
  );
  for (const name of ['cat-doi.ptdv.json', 'sai-ngay-sinh.ptdv.json']) {
    await expect(sync.card(name).getByText('Bị từ chối', { exact: true })).toBeVisible();
    await expect(sync.card(name).getByRole('button', { name: /^Áp dụng/ })).toHaveCount(0);
  }
  await expect(page.getByRole('button', { name: 'Áp dụng tất cả tệp hợp lệ (0)' })).toBeDisabled();
  await shot(page, 'refused');

  expect(await storedPeople(page)).toBe(admittedBefore.length);
  expect(await admittedOnDashboard(page)).toBe(before);
});

test('a unit is reminded of changes not sent for more than the chosen days', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await seed(page, {
    installation: { kind: 'unit', homeUnitId: anPhu.id },
    units,
    people: [
      buildPerson({
        unitId: anDong.id,
        fullName: 'Đinh Văn Nam',
        updatedAt: '2026-11-01T08:00:00+07:00',
        milestones: { sourcedOn: '2026-10-20' },
      }),
    ],
  });
  const sync = new SyncPage(page);
  await sync.goto();
  await expect(page.getByText('Chưa xuất lần nào')).toBeVisible();
  await expect(page.getByText('Chưa nhập tệp nào')).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Xuất phần thay đổi từ lần xuất trước' }),
  ).toBeDisabled();
  // No key from the province yet: the file can only be plain, and the page says why.
  await expect(page.getByText('Chưa thể mã hóa', { exact: false })).toBeVisible();
  await expect(
    page.getByText('Có thay đổi chưa gửi Tỉnh ủy từ 01/11/2026 (27 ngày).', { exact: false }),
  ).toBeVisible();
  await shot(page, 'unit-reminder');

  // A longer delay silences it; a wrong one is refused where it was typed.
  const days = page.getByLabel('Số ngày');
  await days.fill('0');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Nhập số ngày nguyên từ 1 đến 365.')).toBeVisible();
  await expect(days).toBeFocused();
  await days.fill('30');
  await days.press('Enter');
  await expect(page.getByText('Đã lưu: nhắc khi thay đổi chưa gửi quá 30 ngày.')).toBeVisible();
  await expect(page.getByText(/^Có thay đổi chưa gửi Tỉnh ủy từ/)).toBeHidden();

  // After a (plain) export everything is sent.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Xuất toàn bộ' }).click();
  expect((await download).suggestedFilename()).toBe('ptdv-ap-2026-11-28-full.ptdv.json');
  await expect(page.getByText('Mọi thay đổi đã được xuất.')).toBeVisible();
  const row = page.getByRole('table', { name: 'Lịch sử xuất tệp' }).getByRole('row').nth(1);
  await expect(row).toContainText('2 tổ chức đảng, 1 người');
  await expect(row).toContainText('Không');
});

test('the province key: a weak passphrase is refused, the backup restores the key', async ({
  page,
}, testInfo) => {
  await seedProvince(page);
  const sync = new SyncPage(page);
  await sync.goto();
  const passphrase = page.getByLabel('Mật khẩu bảo vệ bản sao lưu');
  await passphrase.fill('ngắn');
  await page.getByLabel('Nhập lại mật khẩu').fill('ngắn');
  await page.getByRole('button', { name: 'Tạo cặp khóa và tải bản sao lưu' }).click();
  await expect(page.getByText('Mật khẩu quá ngắn: cần ít nhất 10 ký tự.')).toBeVisible();
  await expect(passphrase).toBeFocused();
  await passphrase.fill('một mật khẩu đủ dài');
  await page.getByLabel('Nhập lại mật khẩu').fill('một mật khẩu khác hẳn');
  await page.getByRole('button', { name: 'Tạo cặp khóa và tải bản sao lưu' }).click();
  await expect(page.getByText('Hai mật khẩu không khớp.')).toBeVisible();
  await page.getByLabel('Nhập lại mật khẩu').fill('một mật khẩu đủ dài');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tạo cặp khóa và tải bản sao lưu' }).click();
  const backupPath = testInfo.outputPath('backup.ptdv-key.json');
  await (await download).saveAs(backupPath);
  const keys = page.getByRole('region', { name: 'Khóa mã hóa của Tỉnh ủy' });
  const fingerprint = await keys.locator('code').innerText();
  expect(fingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);

  await keys.getByText('Khôi phục khóa từ bản sao lưu').click();
  await keys.getByLabel('Tệp sao lưu khóa (.ptdv-key.json)').setInputFiles(backupPath);
  await keys.getByLabel('Mật khẩu của bản sao lưu').fill('sai mật khẩu rồi');
  await keys.getByRole('button', { name: 'Khôi phục khóa' }).click();
  await expect(
    keys.getByText('Sai mật khẩu, hoặc bản sao lưu đã bị sửa.', { exact: false }),
  ).toBeVisible();
  await keys.getByLabel('Tệp sao lưu khóa (.ptdv-key.json)').setInputFiles(backupPath);
  await keys.getByLabel('Mật khẩu của bản sao lưu').fill('một mật khẩu đủ dài');
  await keys.getByRole('button', { name: 'Khôi phục khóa' }).click();
  await expect(keys.getByText(`Đã khôi phục khóa (mã ${fingerprint}).`)).toBeVisible();
});
