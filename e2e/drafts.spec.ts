// Drafts of unsaved input: what a secretary typed survives a reload, a crash or a closed tab,
// is offered back with the time it was typed, restored on request, and forgotten after a save,
// a cancel or a discard. Drafts live in localStorage under "ptdv.draft.<form>:<record>".
import { expect, test, type Page } from '@playwright/test';
import { buildClass, buildPerson, buildUnit } from '../test/builders';
import { PersonForm, type PersonFields } from './support/person-form';
import { seed } from './support/seed';
import { SetupPage } from './support/setup-page';
import { screenshots } from './support/shots';

const shot = screenshots('drafts');
// 09:00 in Hà Nội: the banner shows the time the draft was written.
const NOW = new Date('2026-11-28T09:00:00+07:00');
const SAVED_AT = 'lúc 09:00 28/11/2026';

const commune = buildUnit({
  name: 'Đảng bộ xã Tân Lập',
  code: 'TL',
  kind: 'grassroots_committee',
  sector: 'commune',
});
const east = buildUnit({ name: 'Chi bộ thôn Đông', code: 'TL-D', parentId: commune.id });
const west = buildUnit({ name: 'Chi bộ thôn Tây', code: 'TL-T', parentId: commune.id });

async function start(page: Page, data: Parameters<typeof seed>[1] = {}) {
  await page.clock.setFixedTime(NOW);
  await seed(page, {
    installation: { kind: 'unit', homeUnitId: commune.id },
    units: [commune, east, west],
    ...data,
  });
}

/** The stored draft of a form, as the page's localStorage holds it. */
async function storedDraft(page: Page, key: string): Promise<string | null> {
  return page.evaluate((name) => window.localStorage.getItem(`ptdv.draft.${name}`), key);
}

/** Waits for the debounced write: the draft holds `text` once the form has written it. */
async function draftWritten(page: Page, key: string, text: string) {
  await expect.poll(async () => (await storedDraft(page, key)) ?? '').toContain(text);
}

const banner = (page: Page) => page.getByRole('region', { name: 'Bản nháp chưa lưu' });

const NEW_PERSON: PersonFields = {
  fullName: 'Hoàng Thị Ngọc Ánh',
  gender: 'Nữ',
  birthDate: '1998-07-21',
  ethnicity: 'Tày',
  unit: west.id,
  occupation: 'Nông dân',
  milestones: { sourcedOn: '2026-03-02' },
  decisionNo: 'Chưa có — chờ ý kiến Đảng ủy',
};

async function expectNewPersonValues(form: PersonForm) {
  await expect(form.fullName).toHaveValue('Hoàng Thị Ngọc Ánh');
  await expect(form.gender).toHaveValue('female');
  await expect(form.birthDate).toHaveValue('1998-07-21');
  await expect(form.ethnicity).toHaveValue('Tày');
  await expect(form.unit).toHaveValue(west.id);
  await expect(form.occupation).toHaveValue('farmer');
  await expect(form.milestone('sourcedOn')).toHaveValue('2026-03-02');
  await expect(form.decisionNo).toHaveValue('Chưa có — chờ ý kiến Đảng ủy');
}

test('a new person typed and reloaded is offered back, restored, and forgotten once saved', async ({
  page,
}) => {
  await start(page);
  const form = new PersonForm(page);
  await form.gotoNew();
  await expect(banner(page)).toHaveCount(0);
  await form.fill(NEW_PERSON);
  await draftWritten(page, 'person:new', 'Hoàng Thị Ngọc Ánh');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Thêm quần chúng', level: 1 })).toBeVisible();
  await expect(banner(page)).toContainText(`Có dữ liệu đã nhập nhưng chưa lưu (${SAVED_AT}).`);
  // Nothing is put back until asked.
  await expect(form.fullName).toHaveValue('');
  await shot(page, 'person-new-offered');

  await banner(page).getByRole('button', { name: 'Khôi phục bản nháp' }).click();
  await expect(banner(page)).toHaveCount(0);
  await expectNewPersonValues(form);
  await expect(form.fullName).toBeFocused();

  await form.saveAndOpen();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hoàng Thị Ngọc Ánh');
  expect(await storedDraft(page, 'person:new')).toBeNull();

  await form.gotoNew();
  await expect(form.fullName).toBeVisible();
  await expect(banner(page)).toHaveCount(0);
  await expect(form.fullName).toHaveValue('');
});

test("editing a person keeps the draft under that person's id, not the new-person form's", async ({
  page,
}) => {
  const person = buildPerson({
    unitId: east.id,
    fullName: 'Lò Văn Páo',
    ethnicity: 'Thái',
    milestones: { sourcedOn: '2025-02-01' },
  });
  await start(page, { people: [person] });
  const form = new PersonForm(page);
  await form.gotoEdit(person.id);
  await form.fill({ fullName: 'Lò Văn Pạo', milestones: { awarenessCertOn: '2025-06-12' } });
  await draftWritten(page, `person:${person.id}`, 'Lò Văn Pạo');

  await page.reload();
  await expect(banner(page)).toContainText(SAVED_AT);
  await expect(form.fullName).toHaveValue('Lò Văn Páo');
  await shot(page, 'person-edit-offered');
  await banner(page).getByRole('button', { name: 'Khôi phục bản nháp' }).click();
  await expect(form.fullName).toHaveValue('Lò Văn Pạo');
  await expect(form.milestone('awarenessCertOn')).toHaveValue('2025-06-12');
  await expect(form.ethnicity).toHaveValue('Thái');

  // The new-person form has no draft of its own.
  const other = await page.context().newPage();
  await other.clock.setFixedTime(NOW);
  const otherForm = new PersonForm(other);
  await otherForm.gotoNew();
  await expect(otherForm.fullName).toHaveValue('');
  await expect(banner(other)).toHaveCount(0);
  await other.close();

  await form.save();
  await expect(page).toHaveURL(new RegExp(`/people/${person.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Lò Văn Pạo');
  expect(await storedDraft(page, `person:${person.id}`)).toBeNull();

  await form.gotoEdit(person.id);
  await expect(form.fullName).toHaveValue('Lò Văn Pạo');
  await expect(banner(page)).toHaveCount(0);
});

test('a class form keeps its draft across a reload; cancel forgets it', async ({ page }) => {
  const existing = buildClass({
    unitId: commune.id,
    title: 'Lớp đảng viên mới khóa II',
    kind: 'new_member',
    startOn: '2026-05-04',
    endOn: '2026-05-08',
    attendeeCount: 20,
  });
  await start(page, { classes: [existing] });
  await page.goto('/classes?edit=new');
  await page.getByLabel('Tên lớp').fill('Lớp bồi dưỡng nhận thức về Đảng khóa III — thôn Đông');
  await page.getByLabel('Từ ngày').fill('2026-10-05');
  await page.getByLabel('Đến ngày').fill('2026-10-09');
  await page.getByLabel('Số học viên').fill('42');
  await draftWritten(page, 'class:new', 'khóa III');

  await page.reload();
  await expect(banner(page)).toContainText(SAVED_AT);
  await expect(page.getByLabel('Tên lớp')).toHaveValue('');
  await shot(page, 'class-offered');
  await banner(page).getByRole('button', { name: 'Khôi phục bản nháp' }).click();
  await expect(page.getByLabel('Tên lớp')).toHaveValue(
    'Lớp bồi dưỡng nhận thức về Đảng khóa III — thôn Đông',
  );
  await expect(page.getByLabel('Từ ngày')).toHaveValue('2026-10-05');
  await expect(page.getByLabel('Đến ngày')).toHaveValue('2026-10-09');
  await expect(page.getByLabel('Số học viên')).toHaveValue('42');
  await page.getByRole('button', { name: 'Lưu lớp' }).click();
  await expect(
    page.getByText('Lớp bồi dưỡng nhận thức về Đảng khóa III — thôn Đông', { exact: true }),
  ).toBeVisible();
  expect(await storedDraft(page, 'class:new')).toBeNull();
  await page.goto('/classes?edit=new');
  await expect(page.getByLabel('Tên lớp')).toBeVisible();
  await expect(banner(page)).toHaveCount(0);

  // Editing a class, then cancelling: no draft is left to offer.
  await page.goto(`/classes?edit=${existing.id}`);
  await page.getByLabel('Số học viên').fill('25');
  await draftWritten(page, `class:${existing.id}`, '"25"');
  await page.getByRole('button', { name: 'Hủy' }).click();
  await expect(page).toHaveURL(/\/classes$/);
  expect(await storedDraft(page, `class:${existing.id}`)).toBeNull();
  await page.goto(`/classes?edit=${existing.id}`);
  await expect(page.getByLabel('Số học viên')).toHaveValue('20');
  await expect(banner(page)).toHaveCount(0);
});

test('after a crash the draft is offered in a new tab; discard removes it for good', async ({
  page,
  context,
}) => {
  await start(page);
  const form = new PersonForm(page);
  await form.gotoNew();
  await form.fill(NEW_PERSON);
  await draftWritten(page, 'person:new', 'Chưa có — chờ ý kiến Đảng ủy');
  // The tab goes away without any chance to save (a crash, a closed window).
  await page.close();

  const next = await context.newPage();
  await next.clock.setFixedTime(NOW);
  const nextForm = new PersonForm(next);
  await nextForm.gotoNew();
  await expect(banner(next)).toContainText(SAVED_AT);
  await banner(next).getByRole('button', { name: 'Bỏ bản nháp' }).click();
  await expect(banner(next)).toHaveCount(0);
  await expect(nextForm.fullName).toHaveValue('');
  await expect(nextForm.fullName).toBeFocused();
  expect(await storedDraft(next, 'person:new')).toBeNull();

  await next.reload();
  await expect(nextForm.fullName).toBeVisible();
  await expect(banner(next)).toHaveCount(0);
});

test('a browser that refuses localStorage still lets the form be filled and saved', async ({
  page,
}) => {
  await page.addInitScript(() => {
    // Private modes and full disks: every write fails.
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await start(page);
  await new PersonForm(page).addPerson(NEW_PERSON);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hoàng Thị Ngọc Ánh');
});

test('the first-run form keeps its draft too, until the installation is set up', async ({
  page,
}) => {
  await page.clock.setFixedTime(NOW);
  const setup = new SetupPage(page);
  await setup.goto();
  await setup.choose({ kind: 'province', code: 'TU-TL', name: 'Tỉnh ủy Tân Lập' });
  await draftWritten(page, 'setup', 'Tỉnh ủy Tân Lập');

  await page.reload();
  await expect(banner(page)).toContainText(SAVED_AT);
  await banner(page).getByRole('button', { name: 'Khôi phục bản nháp' }).click();
  await expect(setup.kind('province')).toBeChecked();
  await expect(setup.code).toHaveValue('TU-TL');
  await expect(setup.name).toHaveValue('Tỉnh ủy Tân Lập');
  await setup.submit.click();
  await expect(page).toHaveURL(/\/units$/);
  expect(await storedDraft(page, 'setup')).toBeNull();
});

test('a form that opens in a panel offers its draft when it is opened again', async ({ page }) => {
  await start(page);
  const panel = page.getByRole('region', { name: 'Chi tiết đơn vị' });
  const openAddForm = async () => {
    await page.getByRole('button', { name: 'Đảng bộ xã Tân Lập', exact: true }).click();
    await panel.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
  };
  await page.goto('/units');
  await openAddForm();
  await panel.getByLabel('Mã đơn vị').fill('TL-B');
  await panel.getByLabel('Tên đơn vị').fill('Chi bộ thôn Bắc Sơn');
  await draftWritten(page, 'unit:new', 'Chi bộ thôn Bắc Sơn');

  await page.reload();
  await openAddForm();
  await expect(banner(page)).toContainText(SAVED_AT);
  await shot(page, 'unit-offered');
  await banner(page).getByRole('button', { name: 'Khôi phục bản nháp' }).click();
  await expect(panel.getByLabel('Mã đơn vị')).toHaveValue('TL-B');
  await expect(panel.getByLabel('Tên đơn vị')).toHaveValue('Chi bộ thôn Bắc Sơn');
  await panel.getByRole('button', { name: 'Hủy' }).click();
  expect(await storedDraft(page, 'unit:new')).toBeNull();
  await openAddForm();
  await expect(panel.getByLabel('Mã đơn vị')).toHaveValue('');
  await expect(banner(page)).toHaveCount(0);
});
