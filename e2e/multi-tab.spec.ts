// Two tabs of the app at once (two pages of one browser context share the IndexedDB): neither
// tab's saved change is ever lost, lists follow the other tab's saves without a reload, and a
// tab whose database was upgraded by a newer version in another tab is told to reload.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import type { Person } from '../src/domain/entities';
import { buildClass, buildPerson, buildUnit } from '../test/builders';
import { markDocument, sameDocument, upgradeDatabaseFrom } from './support/app-shell';
import { PersonForm } from './support/person-form';
import { seed } from './support/seed';
import { screenshots } from './support/shots';

const shot = screenshots('multi-tab');

const commune = buildUnit({
  name: 'Đảng bộ xã Tân Lập',
  code: 'TL',
  kind: 'grassroots_committee',
  sector: 'commune',
});
const east = buildUnit({ name: 'Chi bộ thôn Đông', code: 'TL-D', parentId: commune.id });
const units = [commune, east];

/** Two tabs on a set-up installation holding `people`. */
async function twoTabs(context: BrowserContext, people: Person[]): Promise<[Page, Page]> {
  const a = await context.newPage();
  await seed(a, { installation: { kind: 'unit', homeUnitId: commune.id }, units, people });
  const b = await context.newPage();
  return [a, b];
}

/** Opens the person's edit form in the tab, loaded with the stored record. */
async function openEditForm(page: Page, person: Person): Promise<PersonForm> {
  const form = new PersonForm(page);
  await form.gotoEdit(person.id);
  await expect(form.fullName).toHaveValue(person.fullName);
  return form;
}

test('two tabs editing different fields of one person both keep their change', async ({
  context,
}) => {
  const person = buildPerson({
    fullName: 'Nguyễn Văn An',
    unitId: east.id,
    education: 'upper_secondary',
  });
  const [a, b] = await twoTabs(context, [person]);
  const formA = await openEditForm(a, person);
  const formB = await openEditForm(b, person);

  await formA.fill({ fullName: 'Nguyễn Văn Ân' });
  await formA.save();
  await expect(a).toHaveURL(new RegExp(`/people/${person.id}$`));

  // B loaded the person before A saved, and changes another field.
  await formB.fill({ education: 'Đại học' });
  await formB.save();
  await expect(b).toHaveURL(new RegExp(`/people/${person.id}$`));
  await expect(b.getByText('Đã gộp với thay đổi từ thẻ khác', { exact: false })).toBeVisible();
  await shot(b, 'merged');

  for (const page of [a, b]) {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Nguyễn Văn Ân');
    await expect(page.getByText('Đại học', { exact: true })).toBeVisible();
  }
});

test('both tabs changing the same field: the second gets the conflict view, nothing of the first is lost', async ({
  context,
}) => {
  const person = buildPerson({ fullName: 'Nguyễn Văn An', unitId: east.id, education: null });
  const [a, b] = await twoTabs(context, [person]);
  const formA = await openEditForm(a, person);
  const formB = await openEditForm(b, person);

  await formA.fill({ fullName: 'Trần Văn Bình' });
  await formA.save();
  await expect(a).toHaveURL(new RegExp(`/people/${person.id}$`));

  await formB.fill({ fullName: 'Lê Văn Cường', education: 'Đại học' });
  await formB.save();

  const conflict = b.getByRole('region', { name: 'Bản ghi này vừa được sửa ở một thẻ khác' });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByRole('group', { name: 'Họ và tên' })).toBeVisible();
  await expect(conflict.getByRole('radio', { name: 'Của bạn: Lê Văn Cường' })).toBeChecked();
  await expect(conflict.getByRole('radio', { name: 'Ở thẻ khác: Trần Văn Bình' })).toBeVisible();
  // Only the field both changed is asked about; nothing was saved, B's input is all there.
  await expect(conflict.getByRole('group')).toHaveCount(1);
  await expect(b).toHaveURL(new RegExp(`/people/${person.id}/edit$`));
  await expect(formB.fullName).toHaveValue('Lê Văn Cường');
  await expect(formB.education).toHaveValue('university');
  await shot(b, 'conflict');

  // A's save is intact in the store.
  await a.reload();
  await expect(a.getByRole('heading', { level: 1 })).toContainText('Trần Văn Bình');
  await expect(a.getByText('Đại học', { exact: true })).toHaveCount(0);

  // B keeps A's name and its own education, and saves.
  await conflict.getByRole('radio', { name: 'Ở thẻ khác: Trần Văn Bình' }).check();
  await conflict.getByRole('button', { name: 'Dùng các giá trị đã chọn' }).click();
  await expect(conflict).toHaveCount(0);
  await expect(b.getByText('Hãy kiểm tra rồi bấm lưu', { exact: false })).toBeVisible();
  await expect(formB.fullName).toHaveValue('Trần Văn Bình');
  await expect(formB.education).toHaveValue('university');
  await formB.save();
  await expect(b).toHaveURL(new RegExp(`/people/${person.id}$`));

  await a.reload();
  await expect(a.getByRole('heading', { level: 1 })).toContainText('Trần Văn Bình');
  await expect(a.getByText('Đại học', { exact: true })).toBeVisible();
});

test('two tabs editing two different people both save', async ({ context }) => {
  const first = buildPerson({ fullName: 'Phạm Thị Mai', gender: 'female', unitId: east.id });
  const second = buildPerson({ fullName: 'Vũ Văn Hùng', unitId: east.id });
  const [a, b] = await twoTabs(context, [first, second]);
  const formA = await openEditForm(a, first);
  const formB = await openEditForm(b, second);
  await formA.fill({ fullName: 'Phạm Thị Mai Anh' });
  await formB.fill({ fullName: 'Vũ Văn Hùng Cường' });
  await Promise.all([formA.save(), formB.save()]);
  await expect(a).toHaveURL(new RegExp(`/people/${first.id}$`));
  await expect(b).toHaveURL(new RegExp(`/people/${second.id}$`));
  await a.goto('/people');
  await expect(a.getByRole('link', { name: 'Phạm Thị Mai Anh' })).toBeVisible();
  await expect(a.getByRole('link', { name: 'Vũ Văn Hùng Cường' })).toBeVisible();
});

test("a person added in one tab shows in the other tab's list without a reload", async ({
  context,
}) => {
  const [a, b] = await twoTabs(context, [buildPerson({ fullName: 'Đỗ Văn Tâm', unitId: east.id })]);
  await b.goto('/people');
  await expect(b.getByText('Hiển thị 1 / 1 người')).toBeVisible();
  await markDocument(b);

  await new PersonForm(a).addPerson({
    fullName: 'Hà Thị Nguyệt',
    gender: 'Nữ',
    birthDate: '1999-04-30',
    ethnicity: 'Tày',
    unit: east.id,
    occupation: 'Nông dân',
  });

  await expect(b.getByText('Hiển thị 2 / 2 người')).toBeVisible();
  await expect(b.getByRole('link', { name: 'Hà Thị Nguyệt' })).toBeVisible();
  expect(await sameDocument(b)).toBe(true);
});

test('a tab whose database another tab upgraded is told to reload, and its save fails clearly', async ({
  context,
}) => {
  const person = buildPerson({ fullName: 'Nguyễn Văn An', unitId: east.id });
  const [a, b] = await twoTabs(context, [person]);
  const form = await openEditForm(a, person);
  await form.fill({ fullName: 'Nguyễn Văn An Khang' });
  await markDocument(a);
  const consoleErrors: string[] = [];
  a.on('pageerror', (error) => consoleErrors.push(error.message));

  // A newer version of the app in tab B: the same database at a higher IndexedDB version.
  const upgradedTo = await upgradeDatabaseFrom(b);
  expect(upgradedTo).toBeGreaterThanOrEqual(40);

  const notice = a.getByRole('alert').filter({
    hasText: 'PTĐV vừa được cập nhật ở một thẻ khác. Hãy tải lại trang để tiếp tục.',
  });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Nội dung đang nhập sẽ được giữ lại dưới dạng bản nháp.');
  await expect(a.getByRole('button', { name: 'Tải lại', exact: true })).toBeVisible();
  await shot(a, 'reload-notice');

  // A save now fails with words a secretary understands, and the input stays.
  await form.save();
  await expect(
    a.getByText('PTĐV vừa được cập nhật ở một thẻ khác nên thẻ này không ghi được nữa.', {
      exact: false,
    }),
  ).toBeVisible();
  await expect(a.getByText(/DatabaseClosed|Database has been closed/)).toHaveCount(0);
  await expect(form.fullName).toHaveValue('Nguyễn Văn An Khang');
  await expect(a).toHaveURL(new RegExp(`/people/${person.id}/edit$`));
  await shot(a, 'reload-save-failed');

  // A delete fails the same way, in the same words as the save.
  await a.getByRole('link', { name: 'Hủy' }).click();
  await a.getByRole('button', { name: 'Xóa', exact: true }).click();
  const dialog = a.getByRole('dialog', { name: 'Xóa hồ sơ của Nguyễn Văn An?' });
  await dialog.getByRole('button', { name: 'Xóa hồ sơ' }).click();
  await expect(
    dialog.getByText('PTĐV vừa được cập nhật ở một thẻ khác nên thẻ này không ghi được nữa.', {
      exact: false,
    }),
  ).toBeVisible();
  await expect(dialog.getByText(/DatabaseClosed|Database has been closed/)).toHaveCount(0);
  await shot(a, 'reload-delete-failed');
  // The page never reloaded by itself, and nothing crashed.
  expect(await sameDocument(a)).toBe(true);
  expect(consoleErrors).toEqual([]);
});

test('a class renamed in two tabs: the conflict view offers both names, or the newer version', async ({
  context,
}) => {
  const course = buildClass({
    unitId: east.id,
    title: 'Lớp nhận thức khóa I',
    attendeeCount: 30,
  });
  const a = await context.newPage();
  await seed(a, {
    installation: { kind: 'unit', homeUnitId: commune.id },
    units,
    classes: [course],
  });
  const b = await context.newPage();
  for (const page of [a, b]) {
    await page.goto(`/classes?edit=${course.id}`);
    await expect(page.getByLabel('Tên lớp')).toHaveValue(course.title);
  }

  await a.getByLabel('Tên lớp').fill('Lớp nhận thức khóa I – xã Tân Lập');
  await a.getByLabel('Số học viên').fill('32');
  await a.getByRole('button', { name: 'Lưu lớp' }).click();
  await expect(a.getByText('Đã lưu lớp', { exact: false })).toBeVisible();

  await b.getByLabel('Tên lớp').fill('Lớp nhận thức khóa I năm 2026');
  await b.getByRole('button', { name: 'Lưu lớp' }).click();
  const conflict = b.getByRole('region', { name: 'Bản ghi này vừa được sửa ở một thẻ khác' });
  await expect(conflict.getByRole('group', { name: 'Tên lớp' })).toBeVisible();
  await expect(
    conflict.getByRole('radio', { name: 'Ở thẻ khác: Lớp nhận thức khóa I – xã Tân Lập' }),
  ).toBeVisible();
  await shot(b, 'class-conflict');

  // B gives up its input on purpose: the form shows the newer version, which then saves as is.
  await conflict.getByRole('button', { name: 'Mở lại bản mới nhất (bỏ nội dung của bạn)' }).click();
  await expect(b.getByLabel('Tên lớp')).toHaveValue('Lớp nhận thức khóa I – xã Tân Lập');
  await expect(b.getByLabel('Số học viên')).toHaveValue('32');
  await b.getByLabel('Số học viên').fill('35');
  await b.getByRole('button', { name: 'Lưu lớp' }).click();
  await expect(
    b.getByText('Đã lưu lớp “Lớp nhận thức khóa I – xã Tân Lập”', { exact: false }),
  ).toBeVisible();
});
