// Merging a duplicate pair (/quality/merge?a=&b=): choose values field by field, keep one record,
// the other leaves with a tombstone (people list and dashboard count one fewer, after a reload
// too), undo until the next export, and the export carries the change and the tombstone; a pair
// marked "not the same person" stays marked after a reload.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { buildClass, buildPerson, buildUnit } from '../test/builders';
import { DashboardPage } from './support/dashboard-page';
import { saveDownload } from './support/downloads';
import { putRows, seed } from './support/seed';
import { screenshots } from './support/shots';
import { SyncPage } from './support/sync-page';

const shot = screenshots('merge');
const year = new Date().getFullYear();

const commune = buildUnit({
  name: 'Đảng bộ xã Tân Lập',
  code: 'TL',
  kind: 'grassroots_committee',
  sector: 'commune',
});
const east = buildUnit({ name: 'Chi bộ thôn Đông', code: 'TL-D', parentId: commune.id });
const west = buildUnit({ name: 'Chi bộ thôn Tây', code: 'TL-T', parentId: commune.id });
const awareness = buildClass({
  unitId: commune.id,
  title: 'Lớp nhận thức về Đảng khóa 3',
  startOn: `${year - 1}-03-02`,
  endOn: `${year - 1}-03-06`,
});
const admitted = {
  sourcedOn: `${year - 2}-02-01`,
  cellResolutionOn: `${year - 1}-11-20`,
  decisionOn: `${year - 1}-12-10`,
};
// The same man entered by two hamlets: B a little later, with a mistyped name.
const a = buildPerson({
  unitId: east.id,
  fullName: 'Nguyễn Văn An',
  birthDate: '1998-04-12',
  nationalId: '001098012345',
  updatedAt: `${year}-01-10T00:00:00.000Z`,
  milestones: { ...admitted, admittedOn: `${year}-01-02` },
});
const b = buildPerson({
  unitId: west.id,
  fullName: 'Nguyễn Văn Ân',
  birthDate: '1998-04-12',
  education: 'university',
  awarenessClassId: awareness.id,
  updatedAt: `${year}-01-11T00:00:00.000Z`,
  milestones: { ...admitted, admittedOn: `${year}-01-03`, awarenessCertOn: `${year - 1}-03-06` },
});
// Two women with one name and birth date who are not the same person.
const c = buildPerson({
  unitId: east.id,
  fullName: 'Trần Thị Bình',
  gender: 'female',
  birthDate: '2001-09-01',
  occupation: 'worker',
  milestones: { sourcedOn: `${year - 1}-05-01` },
});
const d = buildPerson({
  unitId: west.id,
  fullName: 'Trần Thị Bình',
  gender: 'female',
  birthDate: '2001-09-01',
  occupation: 'university_student',
  milestones: { sourcedOn: `${year - 1}-06-01` },
});

async function start(page: Page) {
  await seed(page, {
    installation: { kind: 'unit', homeUnitId: commune.id },
    units: [commune, east, west],
    classes: [awareness],
    people: [a, b, c, d],
  });
}

const mergeUrl = (first: string, second: string) => `/quality/merge?a=${first}&b=${second}`;

async function chooseAndMerge(page: Page) {
  await page.goto(mergeUrl(a.id, b.id));
  await expect(page.getByRole('heading', { name: 'Gộp hồ sơ trùng', level: 1 })).toBeVisible();
  // Preselected: B is kept (as complete as A, and newer); the CCCD only A has is taken from A,
  // the class only B has from B.
  await expect(page.getByRole('radio', { name: 'Giữ hồ sơ B' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Số CCCD: lấy giá trị của hồ sơ A' })).toBeChecked();
  await expect(
    page.getByRole('radio', { name: 'Lớp bồi dưỡng nhận thức về Đảng: lấy giá trị của hồ sơ B' }),
  ).toBeChecked();
  await expect(page.getByRole('row', { name: /^Họ và tên — khác nhau/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /^Ngày sinh/ })).not.toContainText('khác nhau');

  await page.getByRole('radio', { name: 'Họ và tên: lấy giá trị của hồ sơ A' }).check();
  // Keyboard: from A's unit, the arrow key moves to B's and back.
  const unitA = page.getByRole('radio', { name: 'Tổ chức đảng: lấy giá trị của hồ sơ A' });
  await unitA.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowLeft');
  await expect(unitA).toBeChecked();
  await page.getByRole('radio', { name: 'Giữ hồ sơ A' }).check();

  const summary = page.getByRole('list').filter({ hasText: 'sẽ bị xóa' });
  await expect(summary).toContainText('Hồ sơ A (Nguyễn Văn An) được giữ lại');
  await expect(summary).toContainText('Hồ sơ B sẽ bị xóa');
  await expect(summary).toContainText(
    'Các liên kết chuyển sang hồ sơ A: lớp bồi dưỡng nhận thức về Đảng.',
  );
  await shot(page, 'form-1366');
  await page.getByRole('button', { name: 'Gộp hai hồ sơ' }).click();
  await expect(page.getByRole('heading', { name: 'Đã gộp hai hồ sơ' })).toBeVisible();
}

test('merges a pair field by field, survives a reload, undoes, and exports the tombstone', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await start(page);
  const sync = new SyncPage(page);
  await sync.goto();
  await saveDownload(await sync.exportFull()); // the start of the next "changes" export
  await page.goto('/people');
  await expect(page.getByText('Hiển thị 4 / 4 người')).toBeVisible();
  const dashboard = new DashboardPage(page);
  const admittedBefore = await dashboard.admitted();

  await chooseAndMerge(page);
  await shot(page, 'done');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Đã gộp hai hồ sơ' })).toBeVisible();
  await page.getByRole('link', { name: 'Xem hồ sơ đã gộp' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Nguyễn Văn An');
  await expect(page.getByText('Chi bộ thôn Đông')).toBeVisible();
  await expect(page.getByText(/Lớp nhận thức về Đảng khóa 3/)).toBeVisible();
  await expect(page.getByText('Đại học')).toBeVisible();
  await page.goto('/people');
  await expect(page.getByText('Hiển thị 3 / 3 người')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nguyễn Văn Ân' })).toHaveCount(0);
  expect(await dashboard.admitted()).toBe(admittedBefore - 1);

  // Undo: both records back as they were.
  await page.goto(mergeUrl(a.id, b.id));
  await page.getByRole('button', { name: 'Hoàn tác' }).click();
  await expect(page.getByText('Đã hoàn tác: hai hồ sơ trở lại như trước khi gộp.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Gộp hai hồ sơ' })).toBeVisible();
  await page.goto('/people');
  await expect(page.getByText('Hiển thị 4 / 4 người')).toBeVisible();
  expect(await dashboard.admitted()).toBe(admittedBefore);

  // Merged again, then exported: the change and the tombstone go out, and the undo is over.
  await chooseAndMerge(page);
  await sync.goto();
  const file = await saveDownload(
    await (async () => {
      const started = page.waitForEvent('download');
      await sync.exportChangesButton.click();
      return started;
    })(),
  );
  const exported = JSON.parse(await readFile(file.path, 'utf8')) as {
    scope: { type: string };
    people: { id: string; fullName: string; unitId: string; awarenessClassId: string }[];
    deleted: { type: string; id: string }[];
  };
  expect(exported.scope.type).toBe('changes');
  expect(exported.people).toEqual([
    expect.objectContaining({
      id: a.id,
      fullName: 'Nguyễn Văn An',
      unitId: east.id,
      awarenessClassId: awareness.id,
      nationalId: '001098012345',
      education: 'university',
    }),
  ]);
  expect(exported.deleted).toEqual([expect.objectContaining({ type: 'person', id: b.id })]);
  await page.goto(mergeUrl(a.id, b.id));
  await expect(page.getByRole('heading', { name: 'Không tìm thấy hồ sơ' })).toBeVisible();
  await expect(page.getByText('Hồ sơ B không còn trong dữ liệu')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hoàn tác' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Mở hồ sơ A — Nguyễn Văn An' })).toBeVisible();
  await shot(page, 'missing');
});

test('records "not the same person", which survives a reload and can be taken back', async ({
  page,
}) => {
  await start(page);
  await page.goto(mergeUrl(c.id, d.id));
  await expect(page.getByRole('row', { name: /^Nghề nghiệp — khác nhau/ })).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'form-390');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('button', { name: 'Không phải cùng một người' }).click();
  const notice = page.getByText('Đã ghi nhận: hai hồ sơ này không phải cùng một người.');
  await expect(notice).toBeVisible();
  await page.reload();
  await expect(notice).toBeVisible();
  // Either order names the same pair.
  await page.goto(mergeUrl(d.id, c.id));
  await expect(notice).toBeVisible();
  await shot(page, 'not-same');
  await page.getByRole('button', { name: 'Bỏ ghi nhận' }).click();
  await expect(page.getByRole('button', { name: 'Gộp hai hồ sơ' })).toBeVisible();
  await page.goto('/people');
  await expect(page.getByText('Hiển thị 4 / 4 người')).toBeVisible();
});

test('a link without two records says so', async ({ page }) => {
  await start(page);
  await page.goto(`/quality/merge?a=${a.id}`);
  await expect(page.getByRole('heading', { name: 'Đường dẫn chưa đủ hai hồ sơ' })).toBeVisible();
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'bad-link-390');
});

test('a record edited elsewhere meanwhile stops the merge, keeping the choices', async ({
  page,
}) => {
  await start(page);
  await page.goto(mergeUrl(a.id, b.id));
  await page.getByRole('radio', { name: 'Họ và tên: lấy giá trị của hồ sơ A' }).check();
  await page.getByRole('radio', { name: 'Giữ hồ sơ A' }).check();
  // Another tab saves B (a new decision number) while this screen is open.
  const edited = { ...b, decisionNo: '15-QĐ/ĐU', updatedAt: new Date().toISOString() };
  await putRows(page, {
    people: [{ ...edited, stage: 'probation', searchKey: 'nguyen van an' }],
  });
  await page.getByRole('button', { name: 'Gộp hai hồ sơ' }).click();
  await expect(page.getByRole('alert')).toContainText(
    'Một trong hai hồ sơ vừa được sửa ở cửa sổ khác. Chưa ghi gì',
  );
  // Read again: the new value is shown to choose, the choices made are kept.
  await expect(
    page.getByRole('radio', { name: 'Số quyết định kết nạp: lấy giá trị của hồ sơ B (15-QĐ/ĐU)' }),
  ).toBeChecked();
  await expect(
    page.getByRole('radio', { name: 'Họ và tên: lấy giá trị của hồ sơ A' }),
  ).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Giữ hồ sơ A' })).toBeChecked();
  await shot(page, 'changed-error');
  await page.getByRole('button', { name: 'Gộp hai hồ sơ' }).click();
  await expect(page.getByRole('heading', { name: 'Đã gộp hai hồ sơ' })).toBeVisible();
  await page.getByRole('link', { name: 'Xem hồ sơ đã gộp' }).click();
  await expect(page.getByText('15-QĐ/ĐU')).toBeVisible();
});
