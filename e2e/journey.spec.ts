// The secretary's whole day, through the screens only, in a fresh browser: set up the unit, add
// candidates, take one to official membership, hold a class, set a quota; reload and find it all.
import { expect, test } from '@playwright/test';
import { topBar } from './support/app-shell';
import { PersonForm, type PersonFields } from './support/person-form';
import { SetupPage } from './support/setup-page';

const TODAY = new Date('2026-11-28T09:00:00+07:00');

/** A candidate of the cell, as the secretary types one in. */
function candidate(fullName: string, birthDate: string): PersonFields {
  return {
    fullName,
    gender: 'Nữ',
    birthDate,
    ethnicity: 'Thái',
    unit: { label: 'Chi bộ bản Mường Chiềng' },
    occupation: 'Nông dân',
    milestones: { sourcedOn: '2024-01-10' },
  };
}

test('a secretary sets up, records a member from source to official, and finds it all after a reload', async ({
  page,
}) => {
  await page.clock.setFixedTime(TODAY);

  // First run: a grassroots unit.
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  await new SetupPage(page).setUp({ code: 'XTL', name: 'Đảng bộ xã Tân Lập' });
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText('Đã thiết lập xong.', { exact: false })).toBeVisible();

  // A cell under it.
  await page.getByRole('link', { name: 'Tổ chức đảng' }).click();
  await page.getByRole('button', { name: 'Đảng bộ xã Tân Lập', exact: true }).click();
  const panel = page.getByRole('region', { name: 'Chi tiết đơn vị' });
  await panel.getByRole('button', { name: 'Thêm đơn vị trực thuộc' }).click();
  await panel.getByLabel('Mã đơn vị').fill('XTL-01');
  await panel.getByLabel('Tên đơn vị').fill('Chi bộ bản Mường Chiềng');
  await panel.getByRole('button', { name: 'Lưu đơn vị mới' }).click();
  await expect(panel.getByText('Đã thêm Chi bộ bản Mường Chiềng.')).toBeVisible();

  // Two candidates.
  const form = new PersonForm(page);
  await form.addPerson(candidate('Lò Thị Hương', '1998-04-20'));
  const memberUrl = page.url();
  await form.addPerson(candidate('Cầm Thị Đào', '2001-09-01'));

  // Invalid input shows the Vietnamese error and saves nothing.
  await form.gotoNew();
  await form.fill({ fullName: 'Người Sai Số', nationalId: '12345' });
  await form.save();
  await expect(page.getByText('Số CCCD phải gồm đúng 12 chữ số.')).toBeVisible();
  await expect(page).toHaveURL(/\/people\/new$/);

  // The first candidate goes through every milestone to official membership.
  await page.goto(memberUrl);
  const heading = page.getByRole('heading', { level: 1 });
  const steps: [label: string, date: string, stage: string][] = [
    ['Ngày giấy chứng nhận lớp nhận thức về Đảng', '2024-03-14', 'Đã học lớp nhận thức'],
    ['Ngày đơn xin vào Đảng', '2024-05-06', 'Đã có đơn'],
    ['Ngày nghị quyết chi bộ', '2024-07-08', 'Chi bộ đã biểu quyết'],
    ['Ngày quyết định kết nạp', '2024-08-12', 'Đã có quyết định kết nạp'],
    ['Ngày lễ kết nạp (ngày vào Đảng)', '2024-09-02', 'Đảng viên dự bị'],
    ['Ngày chuyển đảng chính thức', '2025-09-15', 'Đảng viên chính thức'],
  ];
  for (const [label, date, stage] of steps) {
    await page.getByLabel(label, { exact: true }).fill(date);
    await page.getByRole('button', { name: 'Ghi nhận' }).click();
    await expect(heading).toContainText(stage);
  }

  // An awareness class with the other candidate as attendee.
  await page.goto('/classes?edit=new');
  await page.getByLabel('Tên lớp').fill('Lớp nhận thức về Đảng khóa 1/2026');
  await page.getByLabel('Từ ngày').fill('2026-03-02');
  await page.getByLabel('Đến ngày').fill('2026-03-06');
  await page.getByLabel('Số học viên').fill('30');
  await page.getByLabel('Tìm theo họ tên hoặc số CCCD').fill('cam thi dao');
  await page.getByRole('checkbox', { name: /Cầm Thị Đào/ }).check();
  await page.getByRole('button', { name: 'Lưu lớp' }).click();
  await expect(page.getByText('Đã lưu lớp', { exact: false })).toBeVisible();

  // A quota for the term.
  await page.goto('/targets');
  await page.getByRole('button', { name: 'Thêm chỉ tiêu' }).click();
  const quotaForm = page.getByRole('form', { name: 'Thêm chỉ tiêu kết nạp' });
  await quotaForm.getByLabel('Từ năm').fill('2024');
  await quotaForm.getByLabel('Đến năm').fill('2026');
  await quotaForm.getByLabel('Chỉ tiêu kết nạp').fill('4');
  await quotaForm.getByRole('button', { name: 'Lưu chỉ tiêu' }).click();
  await expect(page.getByRole('table', { name: 'Giai đoạn 2024–2026' })).toBeVisible();

  // Reload: everything is still there.
  await page.reload();
  const quotaRow = page
    .getByRole('table', { name: 'Giai đoạn 2024–2026' })
    .getByRole('row', { name: /Đảng bộ xã Tân Lập/ });
  await expect(quotaRow.getByRole('cell').nth(0)).toHaveText('4');
  await expect(quotaRow.getByRole('cell').nth(1)).toHaveText('1');
  await expect(quotaRow.getByRole('cell').nth(2)).toContainText('25%');

  await page.goto('/classes');
  const classRow = page.getByRole('row', { name: /Lớp nhận thức về Đảng khóa 1\/2026/ });
  await expect(classRow.getByRole('cell').nth(3)).toHaveText('30');
  await expect(classRow.getByRole('cell').nth(4)).toHaveText('1');

  await page.goto(memberUrl);
  await expect(heading).toContainText('Đảng viên chính thức');
  await expect(page.getByText('15/09/2025').first()).toBeVisible();

  // Search without diacritics finds the person; the failed entry was never saved.
  await page.goto('/people');
  await expect(page.getByText('Hiển thị 2 / 2 người')).toBeVisible();
  await page.getByLabel('Tìm theo họ tên hoặc số CCCD').fill('lo thi huong');
  await expect(page.getByText('Hiển thị 1 / 2 người')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Lò Thị Hương' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Người Sai Số' })).toHaveCount(0);

  // Home: the quota against this year's span, and the installation still set up after reload.
  await page.goto('/');
  await page.reload();
  await expect(topBar(page).getByText('Đảng bộ xã Tân Lập')).toBeVisible();
  await expect(page.getByText('25%').first()).toBeVisible();
});
