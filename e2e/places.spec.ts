import { expect, test, type Page } from '@playwright/test';
import type { Person, Place } from '../src/domain/entities';
import { buildPerson, buildPlace, buildUnit } from '../test/builders';
import { PersonForm } from './support/person-form';
import { PlacesPage } from './support/places-page';
import { seed } from './support/seed';
import { screenshots } from './support/shots';

// Today, for every test: the closing form starts on it.
const NOW = new Date('2026-11-28T09:00:00+07:00');
const shot = screenshots('places');

const commune = buildUnit({
  name: 'Đảng bộ xã Tân Lập',
  code: 'TL',
  kind: 'grassroots_committee',
  sector: 'commune',
});
const east = buildUnit({ name: 'Chi bộ thôn Đông', code: 'TL-D', parentId: commune.id });
const school = buildUnit({
  name: 'Chi bộ Trường THPT Tân Lập',
  code: 'TL-S',
  parentId: commune.id,
});
const units = [commune, east, school];

async function start(page: Page, places: Place[] = [], people: Person[] = []) {
  await page.clock.setFixedTime(NOW);
  await seed(page, {
    installation: { kind: 'unit', homeUnitId: commune.id },
    units,
    places,
    people,
  });
}

test('an empty list says what to do: add a place or import a spreadsheet', async ({ page }) => {
  await start(page);
  const places = new PlacesPage(page);
  await places.goto();
  await expect(page.getByRole('heading', { name: 'Chưa có địa bàn nào' })).toBeVisible();
  const empty = page.getByRole('status').filter({ hasText: 'Chưa có địa bàn nào' });
  await expect(empty.getByRole('link', { name: 'Thêm địa bàn' })).toHaveAttribute(
    'href',
    '/places?edit=new',
  );
  await expect(empty.getByRole('link', { name: 'Nhập danh sách từ bảng tính' })).toHaveAttribute(
    'href',
    '/places/import',
  );
  await shot(page, 'empty');
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'empty-phone');
});

test('adds places of each kind with field-by-field errors, edits one, closes one into a successor and reopens it', async ({
  page,
}) => {
  await start(page);
  const places = new PlacesPage(page);
  await places.goto();

  // Nothing typed: the form says what each field needs, and saves nothing.
  await places.openAdd();
  await places.fill({ name: '', unit: '— Chọn tổ chức đảng —' });
  await places.save();
  await expect(page.getByText('Vui lòng nhập tên địa bàn.')).toBeVisible();
  await expect(page.getByText('Vui lòng chọn tổ chức đảng phụ trách.')).toBeVisible();
  await expect(page.getByText('Chưa lưu: còn 2 trường cần sửa')).toBeVisible();
  await places.fill({ name: 'Thôn 1', unit: 'Đảng bộ xã Tân Lập' });
  await places.save();
  await expect(page.getByText('Đã lưu địa bàn “Thôn 1”.')).toBeVisible();

  await places.add({ name: 'Thôn 2', unit: 'Đảng bộ xã Tân Lập', openedOn: '2010-01-01' });
  await places.add({
    name: 'Trường THPT Tân Lập',
    kind: 'Trường có lớp 12',
    code: '27001',
    unit: 'Chi bộ Trường THPT Tân Lập',
  });

  // An enterprise needs its sector, and a tax code of 10 or 13 digits.
  await places.openAdd();
  await places.fill({
    name: 'Công ty TNHH May Tân An',
    kind: 'Doanh nghiệp',
    code: '01012345',
    unit: 'Đảng bộ xã Tân Lập',
  });
  await expect(page.getByLabel('Mã số thuế')).toBeVisible();
  await places.save();
  await expect(
    page.getByText('Mã số thuế gồm 10 chữ số, hoặc 13 chữ số dạng 0123456789-001.'),
  ).toBeVisible();
  await expect(page.getByText('Vui lòng chọn khu vực của doanh nghiệp')).toBeVisible();
  await shot(page, 'form-errors');
  await places.fill({ code: '0101234567-001', sector: 'Ngoài nhà nước' });
  await places.save();
  await expect(page.getByText('Đã lưu địa bàn “Công ty TNHH May Tân An”.')).toBeVisible();
  await expect(places.count(4, 4)).toBeVisible();

  // A second "Thôn 1" of the same commune is refused.
  await places.openAdd();
  await places.fill({ name: 'thôn  1', unit: 'Đảng bộ xã Tân Lập' });
  await places.save();
  await expect(page.getByText(/đã có một địa bàn cùng loại, cùng tên/)).toBeVisible();
  await page.getByRole('button', { name: 'Hủy' }).click();

  await places.openEdit('Thôn 1');
  await places.fill({ name: 'Thôn Đông Hòa' });
  await places.save();
  await expect(page.getByText('Đã lưu địa bàn “Thôn Đông Hòa”.')).toBeVisible();

  // Hamlets merged: Thôn 2 is closed into Thôn Đông Hòa, and leaves the list of open places.
  await places.close('Thôn 2', '2026-07-01', 'Thôn Đông Hòa');
  await expect(
    page.getByText('Đã đóng địa bàn “Thôn 2”, chuyển vào “Thôn Đông Hòa”.'),
  ).toBeVisible();
  await expect(places.count(3, 4)).toBeVisible();
  await expect(places.row('Thôn 2')).toHaveCount(0);
  await places.showClosed.check();
  await expect(places.row('Thôn 2')).toContainText(
    'Đã đóng 01/07/2026, chuyển vào “Thôn Đông Hòa”',
  );
  await shot(page, 'list');

  await places.row('Thôn 2').getByRole('button', { name: 'Mở lại Thôn 2' }).click();
  await expect(page.getByText('Đã mở lại địa bàn “Thôn 2”.')).toBeVisible();
  await expect(places.row('Thôn 2')).toContainText('Từ 01/01/2010');

  // Reload: everything is stored, the filters are in the URL.
  await page.reload();
  await expect(places.showClosed).toBeChecked();
  await expect(places.count(4, 4)).toBeVisible();
});

test('search ignores diacritics and case, and filters by unit subtree and kind', async ({
  page,
}) => {
  await start(page, [
    buildPlace({ name: 'Thôn Đồng Tâm', unitId: commune.id }),
    buildPlace({ name: 'Thôn Cầu Gỗ', unitId: commune.id }),
    buildPlace({ name: 'Tổ dân phố 5', unitId: east.id }),
    buildPlace({ name: 'Trường THPT Nguyễn Trãi', kind: 'school', unitId: school.id }),
    buildPlace({
      name: 'Công ty CP Gạch Đồng Tâm',
      kind: 'enterprise',
      enterpriseSector: 'non_state',
      code: '2300123456',
      unitId: commune.id,
    }),
    buildPlace({ name: 'Thôn Cũ', unitId: commune.id, closedOn: '2025-07-01' }),
  ]);
  const places = new PlacesPage(page);
  await places.goto();
  await expect(places.count(5, 6)).toBeVisible();

  await places.search.fill('DONG TAM');
  await expect(places.count(2, 6)).toBeVisible();
  await expect(places.row('Thôn Đồng Tâm')).toBeVisible();
  await expect(places.row('Công ty CP Gạch Đồng Tâm')).toBeVisible();
  await places.search.fill('nguyen trai');
  await expect(places.count(1, 6)).toBeVisible();
  await places.search.fill('0123456');
  await expect(places.row('Công ty CP Gạch Đồng Tâm')).toBeVisible();
  await places.search.fill('thon cu');
  await expect(places.count(0, 6)).toBeVisible();
  await expect(page.getByText('Không có địa bàn nào khớp bộ lọc')).toBeVisible();
  await places.showClosed.check();
  await expect(places.row('Thôn Cũ')).toContainText('Đã đóng 01/07/2025');

  await page.getByRole('button', { name: 'Bỏ lọc' }).click();
  await page
    .getByLabel('Tổ chức đảng phụ trách')
    .selectOption({ label: '\u00a0\u00a0\u00a0Chi bộ thôn Đông' });
  await expect(places.count(1, 6)).toBeVisible();
  await expect(places.row('Tổ dân phố 5')).toBeVisible();
  await page.getByLabel('Tổ chức đảng phụ trách').selectOption({ label: 'Đảng bộ xã Tân Lập' });
  await page.getByLabel('Loại địa bàn').selectOption({ label: 'Doanh nghiệp' });
  await expect(places.count(1, 6)).toBeVisible();
  await expect(places.row('Công ty CP Gạch Đồng Tâm')).toContainText('Ngoài nhà nước');
  await expect(page).toHaveURL(/kind=enterprise/);
});

test('a person’s place is picked among the open places of their unit, and named on their page', async ({
  page,
}) => {
  const hamlet = buildPlace({ name: 'Thôn Đồng Tâm', unitId: commune.id });
  const group = buildPlace({ name: 'Tổ dân phố 5', unitId: east.id });
  const merged = buildPlace({ name: 'Thôn Cũ', unitId: commune.id, closedOn: '2025-07-01' });
  const highSchool = buildPlace({ name: 'Trường THPT Tân Lập', kind: 'school', unitId: school.id });
  const person = buildPerson({ fullName: 'Lò Thị Hoa', unitId: east.id, gender: 'female' });
  await start(page, [hamlet, group, merged, highSchool], [person]);

  await page.goto(`/people/${person.id}`);
  const placeFact = page.getByRole('definition').filter({ hasText: /^Chưa ghi$/ });
  await expect(placeFact).toBeVisible();

  await page.goto(`/people/${person.id}/edit`);
  const field = page.getByLabel('Địa bàn / nơi đến từ');
  // The chi bộ thôn's own group and the commune's hamlet; not a closed hamlet, not the school
  // another chi bộ answers for.
  await expect(field.locator('option')).toHaveText([
    '— Chưa ghi —',
    'Thôn Đồng Tâm',
    'Tổ dân phố 5',
  ]);
  await field.selectOption({ label: 'Thôn Đồng Tâm' });
  await shot(page, 'person-form');
  await new PersonForm(page).saveAndOpen();
  await expect(
    page.getByRole('definition').filter({ hasText: 'Thôn Đồng Tâm (Thôn, tổ dân phố)' }),
  ).toBeVisible();

  // A new person of the school's chi bộ is offered its school.
  const form = new PersonForm(page);
  await form.gotoNew();
  await form.unit.selectOption(school.id);
  await expect(field.locator('option')).toHaveText([
    '— Chưa ghi —',
    'Thôn Đồng Tâm',
    'Trường THPT Tân Lập',
  ]);
});

test('a province’s 2,000 places: only the rows in view are drawn, the search and the grid’s keys still reach every one', async ({
  page,
}) => {
  const many = Array.from({ length: 2000 }, (_, index) =>
    buildPlace({ name: `Thôn Số ${index + 1}`, unitId: index % 2 ? east.id : commune.id }),
  );
  await start(page, many);
  const places = new PlacesPage(page);
  await places.goto();
  await expect(places.count('2.000', '2.000')).toBeVisible();
  const drawn = await places.list.locator('tbody tr:not([aria-hidden])').count();
  expect(drawn).toBeLessThan(100);

  await places.search.fill('thon so 1999');
  await expect(places.count(1, '2.000')).toBeVisible();
  await expect(places.row('Thôn Số 1999')).toBeVisible();

  // The grid (the commune's odd numbers first, then the chi bộ thôn's): Ctrl+↓ goes to the last
  // row, drawn when reached, and types there.
  await places.gotoFigures('residential', 2026);
  await places.cell('Thôn Số 1', 'Số hộ').click();
  await page.keyboard.press('Control+ArrowDown');
  const last = places.cell('Thôn Số 2000', 'Số hộ');
  await expect(last).toBeFocused();
  await page.keyboard.type('87');
  await page.keyboard.press('Enter');
  await expect(page.getByText('1 ô đã sửa, chưa lưu.')).toBeVisible();
  expect(await places.grid.locator('tbody tr:not([aria-hidden])').count()).toBeLessThan(100);
});
