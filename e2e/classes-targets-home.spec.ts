import { expect, test, type Page } from '@playwright/test';
import { buildMemberCount, buildPerson, buildTarget, buildUnit } from '../test/builders';
import { upgradeDatabaseFrom } from './support/app-shell';
import { statValue } from './support/dashboard-page';
import { seed } from './support/seed';
import { screenshots } from './support/shots';

const shot = screenshots();

// Đảng bộ xã Tân Lập with two chi bộ, and people at every stage.
const commune = buildUnit({
  name: 'Đảng bộ xã Tân Lập',
  code: 'TL',
  kind: 'grassroots_committee',
});
const east = buildUnit({ name: 'Chi bộ thôn Đông', code: 'TL-D', parentId: commune.id });
const west = buildUnit({ name: 'Chi bộ thôn Tây', code: 'TL-T', parentId: commune.id });

const people = [
  buildPerson({
    unitId: east.id,
    fullName: 'Nguyễn Văn An',
    milestones: { sourcedOn: '2025-02-01' },
  }),
  buildPerson({
    unitId: east.id,
    fullName: 'Trần Thị Bình',
    gender: 'female',
    milestones: { sourcedOn: '2025-02-01' },
  }),
  // Certificate of 10/12/2020: valid five years, it expires next month (December 2025).
  buildPerson({
    unitId: west.id,
    fullName: 'Lê Văn Cường',
    milestones: { awarenessCertOn: '2020-12-10' },
  }),
  // Chi bộ resolution of 02/06/2025 and still no decision: the 60 working days are past.
  buildPerson({
    unitId: west.id,
    fullName: 'Vũ Thị Hoa',
    gender: 'female',
    milestones: { awarenessCertOn: '2025-01-10', cellResolutionOn: '2025-06-02' },
  }),
  buildPerson({
    unitId: east.id,
    fullName: 'Phạm Thị Dung',
    gender: 'female',
    milestones: { admittedOn: '2025-03-10' },
  }),
  buildPerson({
    unitId: west.id,
    fullName: 'Đỗ Văn Giang',
    milestones: { admittedOn: '2025-09-20' },
  }),
  buildPerson({
    unitId: east.id,
    fullName: 'Hoàng Văn Em',
    milestones: { admittedOn: '2024-06-01', officialOn: '2025-06-10' },
  }),
];

async function seedCommune(page: Page) {
  await seed(page, {
    units: [commune, east, west],
    people,
    installation: { kind: 'unit', homeUnitId: commune.id },
  });
}

async function fillClass(page: Page, count: string) {
  await page.getByLabel('Tên lớp').fill('Lớp bồi dưỡng nhận thức về Đảng khóa I');
  await page.getByLabel('Từ ngày').fill('2025-10-06');
  await page.getByLabel('Đến ngày').fill('2025-10-10');
  await page.getByLabel('Số học viên').fill(count);
}

test('an awareness class picks its attendees, and the picks survive a reload', async ({ page }) => {
  await seedCommune(page);
  await page.goto('/classes');
  await expect(page.getByRole('heading', { name: 'Chưa có lớp bồi dưỡng nào' })).toBeVisible();
  await page.getByRole('link', { name: 'Thêm lớp' }).click();

  await fillClass(page, '35');
  await expect(page.getByLabel('Loại lớp')).toHaveValue('awareness');
  // People in probation are not offered for an awareness class until asked for.
  await expect(page.getByRole('checkbox', { name: /Phạm Thị Dung/ })).toHaveCount(0);
  // Search without diacritics.
  await page.getByLabel('Tìm theo họ tên hoặc số CCCD').fill('nguyen van an');
  await page.getByRole('checkbox', { name: /Nguyễn Văn An/ }).check();
  await page.getByLabel('Tìm theo họ tên hoặc số CCCD').fill('');
  await page.getByRole('checkbox', { name: /Trần Thị Bình/ }).check();
  await expect(page.getByText('đã chọn 2 người')).toBeVisible();
  await page.getByRole('button', { name: 'Lưu lớp' }).click();

  await expect(page.getByText('Đã lưu lớp “Lớp bồi dưỡng nhận thức về Đảng khóa I”')).toBeVisible();
  await page.reload();
  const row = page.getByRole('row', { name: /Lớp bồi dưỡng nhận thức về Đảng khóa I/ });
  await expect(row.getByRole('cell').nth(0)).toHaveText('Lớp bồi dưỡng nhận thức về Đảng');
  await expect(row.getByRole('cell').nth(1)).toHaveText('Đảng bộ xã Tân Lập');
  await expect(row.getByRole('cell').nth(2)).toHaveText('06/10/2025 – 10/10/2025');
  await expect(row.getByRole('cell').nth(3)).toHaveText('35');
  await expect(row.getByRole('cell').nth(4)).toHaveText('2');

  // Editing shows the two picked people ticked.
  await row.getByRole('link', { name: /Sửa lớp/ }).click();
  await expect(page.getByRole('checkbox', { name: /Nguyễn Văn An/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Trần Thị Bình/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /Lê Văn Cường/ })).not.toBeChecked();

  // Deleting asks first, then unlinks the attendees.
  await page.getByRole('link', { name: 'Quay lại danh sách lớp' }).click();
  page.once('dialog', (dialog) => {
    expect(dialog.message()).toContain('2 người đang được ghi là học viên');
    void dialog.accept();
  });
  await page.getByRole('button', { name: /Xóa lớp/ }).click();
  await expect(
    page.getByText('Đã xóa lớp “Lớp bồi dưỡng nhận thức về Đảng khóa I”.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Chưa có lớp bồi dưỡng nào' })).toBeVisible();
});

test('an attendee count below the picks is refused in Vietnamese and nothing is saved', async ({
  page,
}) => {
  await seedCommune(page);
  await page.goto('/classes?edit=new');
  await fillClass(page, '2');
  await page.getByLabel('Đến ngày').fill('2025-10-01');
  for (const name of ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường']) {
    await page.getByRole('checkbox', { name: new RegExp(name) }).check();
  }
  await page.getByLabel('Số học viên').press('Enter');

  await expect(page.getByText('Số học viên không được ít hơn số người đã chọn (3).')).toBeVisible();
  await expect(page.getByText('Ngày kết thúc không được trước ngày bắt đầu.')).toBeVisible();
  // The first invalid field gets the focus; what was typed stays.
  await expect(page.getByLabel('Đến ngày')).toBeFocused();
  await expect(page.getByLabel('Tên lớp')).toHaveValue('Lớp bồi dưỡng nhận thức về Đảng khóa I');
  await expect(page.getByRole('checkbox', { name: /Lê Văn Cường/ })).toBeChecked();

  await page.getByRole('button', { name: 'Hủy' }).click();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Chưa có lớp bồi dưỡng nào' })).toBeVisible();
});

test('a 2023–2025 quota and a member count show on the home page with the overdue work', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2025-11-28T09:00:00+07:00'));
  await seedCommune(page);

  await page.goto('/targets');
  await expect(page.getByRole('heading', { name: 'Chưa có chỉ tiêu kết nạp nào' })).toBeVisible();
  await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
  const quotaForm = page.getByRole('form', { name: 'Thêm chỉ tiêu kết nạp' });
  await expect(quotaForm.getByLabel('Tổ chức đảng')).toHaveValue(commune.id);
  await quotaForm.getByLabel('Từ năm').fill('2023');
  await quotaForm.getByLabel('Đến năm').fill('2025');
  await quotaForm.getByLabel('Chỉ tiêu kết nạp').fill('4');
  await quotaForm.getByLabel('Văn bản giao chỉ tiêu').fill('Công văn 861-CV/TU ngày 18/11/2022');
  await quotaForm.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();

  const quotaTable = page.getByRole('table', { name: 'Giai đoạn 2023–2025' });
  const quotaRow = quotaTable.getByRole('row', { name: /Đảng bộ xã Tân Lập/ });
  await expect(quotaRow.getByRole('cell').nth(0)).toHaveText('4');
  // Admitted in 2023–2025 in the commune's subtree: Em (2024), Dung and Giang (2025).
  await expect(quotaRow.getByRole('cell').nth(1)).toHaveText('3');
  await expect(quotaRow.getByRole('cell').nth(2)).toContainText('75%');

  // An overlapping span for the same unit is refused.
  await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
  await quotaForm.getByLabel('Từ năm').fill('2025');
  await quotaForm.getByLabel('Chỉ tiêu kết nạp').fill('2');
  await quotaForm.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
  await expect(
    quotaForm.getByText('Đảng bộ xã Tân Lập đã có chỉ tiêu giai đoạn 2023–2025', { exact: false }),
  ).toBeVisible();
  await quotaForm.getByRole('button', { name: 'Hủy' }).click();

  await page.getByRole('button', { name: 'Thêm số đảng viên' }).click();
  const countForm = page.getByRole('form', { name: 'Thêm số đảng viên đầu năm' });
  await expect(countForm.getByRole('spinbutton', { name: 'Năm', exact: true })).toHaveValue('2025');
  await countForm.getByLabel('Tổng số đảng viên').fill('250');
  await countForm.getByRole('button', { name: 'Lưu số đảng viên' }).click();
  const countRow = page
    .getByRole('table', { name: 'Số đảng viên đầu năm' })
    .getByRole('row', { name: /Đảng bộ xã Tân Lập/ });
  await expect(countRow).toContainText('250');
  await expect(countRow).toContainText('0,8%');

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Đảng bộ xã Tân Lập' })).toBeVisible();
  await expect(page.getByText('Hôm nay là thứ Sáu, ngày 28/11/2025.')).toBeVisible();
  const stats = page.getByRole('group', { name: 'Số liệu năm 2025' });
  const stat = (label: string) => statValue(stats, label);
  await expect(stat('Kết nạp năm 2025')).toHaveText('2');
  await expect(stats.getByText('Bằng 0,8% số đảng viên đầu năm (250)')).toBeVisible();
  await expect(stat('Quần chúng trong nguồn')).toHaveText('4');
  await expect(stat('Đảng viên dự bị')).toHaveText('2');
  await expect(stat('Chuyển chính thức năm 2025')).toHaveText('1');

  const quota = page.getByRole('region', { name: /Chỉ tiêu kết nạp giai đoạn 2023–2025/ });
  await expect(quota).toContainText('3 / 4');
  await expect(quota).toContainText('75%');
  await expect(quota.getByRole('progressbar')).toBeVisible();

  const overdue = page.getByRole('table', { name: /Quá hạn/ });
  const hoa = overdue.getByRole('row', { name: /Vũ Thị Hoa/ });
  await expect(hoa).toContainText('Quá hạn');
  await expect(hoa.getByRole('link', { name: 'Vũ Thị Hoa' })).toHaveAttribute(
    'href',
    `/people/${people[3]!.id}`,
  );
  const nextMonth = page.getByRole('table', { name: /Đến hạn tháng sau/ });
  await expect(nextMonth.getByRole('row', { name: /Lê Văn Cường/ })).toContainText('10/12/2025');
});

test('a quota and a member count are edited and deleted in place; a failed delete says why', async ({
  page,
  context,
}) => {
  await page.clock.setFixedTime(new Date('2025-11-28T09:00:00+07:00'));
  await seed(page, {
    units: [commune, east, west],
    people,
    installation: { kind: 'unit', homeUnitId: commune.id },
    targets: [buildTarget({ unitId: commune.id, fromYear: 2023, toYear: 2025, admissions: 4 })],
    memberCounts: [buildMemberCount({ unitId: commune.id, year: 2025, total: 250 })],
  });
  await page.goto('/targets');
  const quotaRow = page
    .getByRole('table', { name: 'Giai đoạn 2023–2025' })
    .getByRole('row', { name: /Đảng bộ xã Tân Lập/ });
  await expect(quotaRow.getByRole('cell').nth(0)).toHaveText('4');

  // Edit: the form opens with the stored values, and the row shows the new quota.
  await page
    .getByRole('button', { name: 'Sửa chỉ tiêu của Đảng bộ xã Tân Lập, giai đoạn 2023–2025' })
    .click();
  const quotaForm = page.getByRole('form', { name: 'Sửa chỉ tiêu kết nạp' });
  await expect(quotaForm.getByLabel('Từ năm')).toHaveValue('2023');
  await expect(quotaForm.getByLabel('Chỉ tiêu kết nạp')).toHaveValue('4');
  await quotaForm.getByLabel('Chỉ tiêu kết nạp').fill('6');
  await quotaForm.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
  await expect(
    page.getByText(
      'Đã lưu chỉ tiêu kết nạp 6 đảng viên của Đảng bộ xã Tân Lập, giai đoạn 2023–2025.',
    ),
  ).toBeVisible();
  await expect(quotaForm).toHaveCount(0);
  await expect(quotaRow.getByRole('cell').nth(0)).toHaveText('6');

  // A second count of the same unit for the same year is refused, the year focused to fix.
  await page.getByRole('button', { name: 'Thêm số đảng viên' }).click();
  const countForm = page.getByRole('form', { name: 'Thêm số đảng viên đầu năm' });
  await countForm.getByLabel('Tổng số đảng viên').fill('260');
  await countForm.getByRole('button', { name: 'Lưu số đảng viên' }).click();
  await expect(
    countForm.getByText('Không lưu được: Đảng bộ xã Tân Lập đã có số đảng viên đầu năm 2025.', {
      exact: false,
    }),
  ).toBeVisible();
  await expect(countForm.getByRole('spinbutton', { name: 'Năm', exact: true })).toBeFocused();
  await countForm.getByRole('button', { name: 'Hủy' }).click();
  await expect(countForm).toHaveCount(0);

  // Delete asks first; refused, nothing goes.
  const deleteQuota = page.getByRole('button', {
    name: 'Xóa chỉ tiêu của Đảng bộ xã Tân Lập, giai đoạn 2023–2025',
  });
  const questions: string[] = [];
  page.once('dialog', (dialog) => {
    questions.push(dialog.message());
    void dialog.dismiss();
  });
  await deleteQuota.click();
  await expect
    .poll(() => questions)
    .toEqual([
      'Xóa chỉ tiêu của Đảng bộ xã Tân Lập, giai đoạn 2023–2025? Thao tác không thể hoàn tác.',
    ]);
  await expect(quotaRow).toBeVisible();

  // Confirmed, the count goes and the page says so.
  page.once('dialog', (dialog) => void dialog.accept());
  await page
    .getByRole('button', { name: 'Xóa số đảng viên của Đảng bộ xã Tân Lập năm 2025' })
    .click();
  await expect(
    page.getByText('Đã xóa số đảng viên đầu năm 2025 của Đảng bộ xã Tân Lập.'),
  ).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Chưa có số đảng viên đầu năm' })).toBeVisible();

  // A newer version of the app in another tab closes this tab's database: the delete fails in
  // the same clear words as a save, and the quota stays.
  await upgradeDatabaseFrom(await context.newPage());
  page.once('dialog', (dialog) => void dialog.accept());
  await deleteQuota.click();
  await expect(
    page.getByText('PTĐV vừa được cập nhật ở một thẻ khác nên thẻ này không ghi được nữa.', {
      exact: false,
    }),
  ).toBeVisible();
  await expect(page.getByText(/DatabaseClosed|Database has been closed/)).toHaveCount(0);
  await expect(quotaRow).toBeVisible();
  await shot.window(page, 'targets-delete-failed');
});

test('the home page of an installation without people says how to start', async ({ page }) => {
  await seed(page, { units: [commune], installation: { kind: 'unit', homeUnitId: commune.id } });
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Chưa có dữ liệu' })).toBeVisible();
  await expect(page.getByText(/Bắt đầu bằng việc thêm quần chúng vào nguồn/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Thêm quần chúng' }).first()).toHaveAttribute(
    'href',
    '/people/new',
  );
});
