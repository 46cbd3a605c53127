import { expect, test, type Page } from '@playwright/test';
import { buildPerson, buildUnit } from '../test/builders';
import { topBar } from './support/app-shell';
import { seed } from './support/seed';
import { SetupPage } from './support/setup-page';

const TODAY = new Date('2026-11-28T09:00:00+07:00');
/** The detail panel of the units page (forms open in it too). */
const panel = (page: Page) => page.getByRole('region', { name: 'Chi tiết đơn vị' });
const treeRow = (page: Page, name: string) =>
  page.getByRole('row').filter({ has: page.getByRole('button', { name, exact: true }) });

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TODAY);
});

test('a fresh browser is sent to the first-run setup; /sync stays reachable', async ({ page }) => {
  await page.goto('/people');
  await expect(page).toHaveURL(/\/setup$/);
  await expect(new SetupPage(page).heading).toBeVisible();
  await expect(
    page.getByText('Nếu Tỉnh ủy đã gửi tệp dữ liệu (.ptdv.json), hãy vào mục'),
  ).toBeVisible();

  await page.getByRole('main').getByRole('link', { name: 'Trao đổi dữ liệu' }).click();
  await expect(page).toHaveURL(/\/sync$/);
  await page.goto('/units');
  await expect(page).toHaveURL(/\/setup$/);
});

test('set up a grassroots unit, then add, rename and close its cells', async ({ page }) => {
  const setup = new SetupPage(page);
  await setup.goto();
  await expect(setup.kind('unit')).toBeChecked();

  // Nothing entered: Vietnamese errors, focus on the first invalid field, nothing saved.
  await setup.submit.click();
  await expect(page.getByText('Vui lòng nhập trường này.')).toHaveCount(2);
  await expect(setup.code).toBeFocused();
  await expect(page.getByText('Chưa thiết lập')).toBeVisible();

  await setup.choose({ code: 'DB01', name: 'Đảng bộ xã Tân Lập' });
  await expect(setup.unitKind).toHaveValue('grassroots_committee');
  await setup.sector.selectOption({ label: 'Xã' });
  // Enter in a field finishes the set-up.
  await setup.name.press('Enter');
  await expect(page).toHaveURL(/\/$/);

  // The installation persists across a reload; the top bar names the home unit.
  await page.reload();
  await expect(page).toHaveURL(/\/$/);
  const topbar = topBar(page);
  await expect(topbar.getByText('Đảng bộ xã Tân Lập')).toBeVisible();
  await expect(topbar.getByText('Cài đặt của tổ chức cơ sở')).toBeVisible();

  await page.getByRole('link', { name: 'Tổ chức đảng' }).click();
  await expect(page.getByRole('heading', { name: 'Tổ chức đảng', level: 1 })).toBeVisible();
  await expect(panel(page).getByRole('heading', { name: 'Đảng bộ xã Tân Lập' })).toBeVisible();

  // Two cells under the home unit.
  for (const [code, name] of [
    ['CB01', 'Chi bộ thôn Đông'],
    ['CB02', 'Chi bộ thôn Tây'],
  ] as const) {
    await page.getByRole('button', { name: 'Đảng bộ xã Tân Lập', exact: true }).click();
    await panel(page).getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
    await expect(panel(page).getByLabel('Đơn vị cấp trên')).toHaveValue(/.+/);
    await expect(panel(page).getByLabel('Mã đơn vị')).toBeFocused();
    await panel(page).getByLabel('Mã đơn vị').fill(code);
    await panel(page).getByLabel('Tên đơn vị').fill(name);
    await expect(panel(page).getByLabel('Loại tổ chức đảng')).toHaveValue('cell');
    await panel(page).getByRole('button', { name: 'Lưu đơn vị mới' }).click();
    await expect(panel(page).getByText(`Đã thêm ${name}.`)).toBeVisible();
    await expect(treeRow(page, name)).toContainText(code);
  }
  await expect(page.getByRole('button', { name: 'Thu gọn Đảng bộ xã Tân Lập' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );

  // Invalid input: the error is shown in Vietnamese and nothing is saved.
  const rowsBefore = await page.getByRole('row').count();
  await page.getByRole('button', { name: 'Thêm đơn vị', exact: true }).click();
  await panel(page).getByLabel('Mã đơn vị').fill('CB03');
  await panel(page).getByRole('button', { name: 'Lưu đơn vị mới' }).click();
  await expect(panel(page).getByText('Vui lòng nhập trường này.')).toBeVisible();
  await expect(panel(page).getByLabel('Tên đơn vị')).toBeFocused();
  await expect(page.getByRole('row')).toHaveCount(rowsBefore);
  // A code used by an open unit is refused by the repository, on the code field.
  await panel(page).getByLabel('Tên đơn vị').fill('Chi bộ trùng mã');
  await panel(page).getByLabel('Mã đơn vị').fill('CB01');
  await panel(page).getByRole('button', { name: 'Lưu đơn vị mới' }).click();
  await expect(
    panel(page).getByText('Mã này đã được dùng cho một đơn vị đang hoạt động khác.'),
  ).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(rowsBefore);
  await panel(page).getByRole('button', { name: 'Hủy' }).click();

  // Rename: the history keeps the old name.
  await page.getByRole('button', { name: 'Chi bộ thôn Đông', exact: true }).click();
  await panel(page).getByRole('button', { name: 'Sửa / đổi tên' }).click();
  await expect(panel(page).getByLabel('Tên đơn vị')).toBeFocused();
  await panel(page).getByLabel('Tên đơn vị').fill('Chi bộ thôn Đông Bắc');
  await panel(page).getByLabel('Tên đơn vị').press('Enter');
  await expect(panel(page).getByText('Đã lưu thay đổi của Chi bộ thôn Đông Bắc.')).toBeVisible();
  await expect(
    panel(page).getByText('Đổi tên: Chi bộ thôn Đông → Chi bộ thôn Đông Bắc'),
  ).toBeVisible();
  await expect(panel(page).getByText('Thành lập với tên “Chi bộ thôn Đông”')).toBeVisible();

  // Close one cell into the other: the badge names the successor.
  await page.getByRole('button', { name: 'Chi bộ thôn Tây', exact: true }).click();
  await panel(page).getByRole('button', { name: 'Giải thể / sáp nhập' }).click();
  await expect(
    panel(page).getByText('sẽ được tính vào đơn vị kế thừa', { exact: false }),
  ).toBeVisible();
  await expect(panel(page).getByLabel('Ngày giải thể / sáp nhập')).toHaveValue('2026-11-28');
  await panel(page).getByLabel('Sáp nhập vào (đơn vị kế thừa)').selectOption({
    label: '\u00a0\u00a0\u00a0Chi bộ thôn Đông Bắc',
  });
  await panel(page).getByRole('button', { name: 'Xác nhận giải thể / sáp nhập' }).click();
  await expect(treeRow(page, 'Chi bộ thôn Tây')).toContainText(
    'Đã giải thể/sáp nhập vào Chi bộ thôn Đông Bắc',
  );
  await expect(
    panel(page).getByText('Giải thể/sáp nhập ngày 28/11/2026 vào Chi bộ thôn Đông Bắc'),
  ).toBeVisible();

  // Closed units can be hidden, and shown again.
  await page.getByLabel('Hiện đơn vị đã đóng').uncheck();
  await expect(page.getByRole('button', { name: 'Chi bộ thôn Tây', exact: true })).toHaveCount(0);
  await page.getByLabel('Hiện đơn vị đã đóng').check();
  await expect(page.getByRole('button', { name: 'Chi bộ thôn Tây', exact: true })).toBeVisible();

  // Settings: what the installation is; the language switches to English and back.
  await page.getByRole('link', { name: 'Cài đặt' }).click();
  const installation = page.getByRole('region', { name: 'Cài đặt này' });
  await expect(installation).toContainText('Tổ chức cơ sở (chi bộ, đảng bộ cơ sở…)');
  await expect(installation).toContainText('Đảng bộ xã Tân Lập (DB01)');
  await expect(installation).toContainText('28/11/2026');
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Party units' })).toBeVisible();
  await page.getByRole('radio', { name: 'Tiếng Việt' }).check();
  await expect(page.getByRole('heading', { name: 'Cài đặt', level: 1 })).toBeVisible();
});

test('an installation can start from an imported tree: the province picks its home unit', async ({
  page,
}) => {
  const province = buildUnit({ code: 'TU', name: 'Tỉnh ủy Thái Nguyên', kind: 'province' });
  const upper = buildUnit({
    code: 'X01',
    name: 'Đảng bộ xã Tân Lập',
    kind: 'upper',
    parentId: province.id,
    sector: 'commune',
  });
  await seed(page, { units: [province, upper] });
  const setup = new SetupPage(page);
  await setup.goto();
  await setup.choose({ kind: 'province' });
  await expect(page.getByText('Máy này đã có cây tổ chức đảng')).toBeVisible();
  await setup.submit.click();
  await expect(page.getByText('Vui lòng chọn đơn vị gốc.')).toBeVisible();
  await setup.setUp({ homeUnit: { label: 'Tỉnh ủy Thái Nguyên (TU)' } });
  await expect(page).toHaveURL(/\/units$/);
  await expect(page.getByText('Đã thiết lập xong cài đặt của Văn phòng Tỉnh ủy.')).toBeVisible();
  await expect(topBar(page)).toContainText('Cài đặt của Văn phòng Tỉnh ủy');
  await expect(treeRow(page, 'Đảng bộ xã Tân Lập')).toContainText('X01');
});

test('the units page refuses what would lose figures, in Vietnamese', async ({ page }) => {
  const root = buildUnit({
    code: 'DB',
    name: 'Đảng bộ phường Hòa Bình',
    kind: 'grassroots_committee',
  });
  const sub = buildUnit({
    code: 'BP',
    name: 'Đảng bộ bộ phận khối 1',
    kind: 'sub_committee',
    parentId: root.id,
  });
  const cell = buildUnit({
    code: 'C1',
    name: 'Chi bộ tổ dân phố 1',
    kind: 'cell',
    parentId: sub.id,
  });
  const person = buildPerson({ unitId: cell.id, fullName: 'Lò Thị Mai', ethnicity: 'Thái' });
  await seed(page, {
    units: [root, sub, cell],
    people: [person],
    installation: { kind: 'unit', homeUnitId: root.id },
  });
  await page.goto('/units');
  await expect(treeRow(page, 'Chi bộ tổ dân phố 1').getByRole('cell').nth(2)).toHaveText('1');

  // A unit holding people cannot be deleted.
  await page.getByRole('button', { name: 'Chi bộ tổ dân phố 1', exact: true }).click();
  await panel(page).getByRole('button', { name: 'Xóa', exact: true }).click();
  await panel(page).getByRole('button', { name: 'Xóa đơn vị' }).click();
  await expect(panel(page).getByRole('alert')).toContainText(
    'Không xóa được: đơn vị đang có hồ sơ',
  );
  await panel(page).getByRole('button', { name: 'Hủy' }).click();

  // A unit with open sub-units cannot be closed without a successor.
  await page.getByRole('button', { name: 'Đảng bộ bộ phận khối 1', exact: true }).click();
  await panel(page).getByRole('button', { name: 'Giải thể / sáp nhập' }).click();
  await expect(panel(page).getByText('còn 1 đơn vị trực thuộc đang hoạt động')).toBeVisible();
  await panel(page).getByRole('button', { name: 'Xác nhận giải thể / sáp nhập' }).click();
  await expect(panel(page).getByRole('alert')).toContainText(
    'Không giải thể được: đơn vị còn đơn vị trực thuộc đang hoạt động.',
  );
  await panel(page).getByRole('button', { name: 'Hủy' }).click();
  await expect(treeRow(page, 'Đảng bộ bộ phận khối 1')).toContainText('Đang hoạt động');

  // The home unit offers neither closing nor deleting.
  await page.getByRole('button', { name: 'Đảng bộ phường Hòa Bình', exact: true }).click();
  await expect(panel(page).getByRole('button', { name: 'Xóa', exact: true })).toHaveCount(0);

  // Collapse and expand by keyboard.
  const toggle = page.getByRole('button', { name: 'Thu gọn Đảng bộ bộ phận khối 1' });
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Chi bộ tổ dân phố 1', exact: true })).toHaveCount(
    0,
  );
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('button', { name: 'Chi bộ tổ dân phố 1', exact: true }),
  ).toBeVisible();
});
