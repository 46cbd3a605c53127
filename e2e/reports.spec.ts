import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import {
  buildClass,
  buildMemberCount,
  buildPerson,
  buildTarget,
  buildUnit,
} from '../test/builders';
import { mainNavigation, topBar } from './support/app-shell';
import { downloadOf } from './support/downloads';
import { seed } from './support/seed';
import { SetupPage } from './support/setup-page';

// A small province, hand-counted. In 2025: 7 admitted (5 youth union, 4 women, 2 minorities,
// 1 religious), 2 awareness classes for 75, 1 new-member class for 20; a 2023–2025 quota of
// 10 + 6 = 16 of which 8 are admitted over the span; 200 members at the start of 2025.
const province = buildUnit({ code: 'TU', name: 'Tỉnh ủy Tân Lập', kind: 'province' });
const anBinh = buildUnit({
  code: 'DB01',
  name: 'Đảng bộ xã An Bình',
  kind: 'upper',
  parentId: province.id,
});
const hoaLac = buildUnit({
  code: 'DB02',
  name: 'Đảng bộ phường Hòa Lạc',
  kind: 'upper',
  parentId: province.id,
});
const anBinhCell = buildUnit({ code: 'DB01-01', name: 'Chi bộ thôn Đông', parentId: anBinh.id });

const admitted = (admittedOn: string) => ({ admittedOn, decisionOn: admittedOn });
const people = [
  buildPerson({
    unitId: anBinhCell.id,
    gender: 'female',
    ethnicity: 'Tày',
    milestones: admitted('2025-03-10'),
  }),
  buildPerson({
    unitId: anBinhCell.id,
    gender: 'female',
    religion: 'Công giáo',
    milestones: admitted('2025-05-20'),
  }),
  buildPerson({ unitId: anBinhCell.id, milestones: admitted('2025-07-01') }),
  buildPerson({ unitId: anBinhCell.id, youthUnion: false, milestones: admitted('2025-12-31') }),
  buildPerson({
    unitId: anBinh.id,
    gender: 'female',
    ethnicity: 'Mường',
    milestones: admitted('2025-01-01'),
  }),
  buildPerson({
    unitId: hoaLac.id,
    gender: 'female',
    youthUnion: false,
    milestones: admitted('2025-08-15'),
  }),
  buildPerson({ unitId: hoaLac.id, milestones: admitted('2025-10-10') }),
  // Outside 2025: in the quota span (2024) or after it (2026); candidates never count.
  buildPerson({ unitId: anBinh.id, gender: 'female', milestones: admitted('2024-06-01') }),
  buildPerson({ unitId: hoaLac.id, gender: 'female', milestones: admitted('2026-01-02') }),
  buildPerson({ unitId: anBinhCell.id, gender: 'female', milestones: { sourcedOn: '2025-02-01' } }),
  buildPerson({
    unitId: hoaLac.id,
    gender: 'female',
    milestones: { awarenessCertOn: '2025-04-01', cellResolutionOn: '2025-09-01' },
  }),
];

const classes = [
  buildClass({ unitId: anBinh.id, startOn: '2025-03-02', endOn: '2025-03-06', attendeeCount: 40 }),
  buildClass({ unitId: hoaLac.id, startOn: '2025-06-02', endOn: '2025-06-06', attendeeCount: 35 }),
  buildClass({
    unitId: anBinh.id,
    kind: 'new_member',
    title: 'Lớp bồi dưỡng đảng viên mới khóa 1',
    startOn: '2025-09-08',
    endOn: '2025-09-12',
    attendeeCount: 20,
  }),
  // Ends in 2026: not a 2025 class.
  buildClass({ unitId: hoaLac.id, startOn: '2025-12-29', endOn: '2026-01-05', attendeeCount: 50 }),
];

async function seedProvince(page: Page) {
  await seed(page, {
    installation: { kind: 'province', homeUnitId: province.id },
    units: [province, anBinh, hoaLac, anBinhCell],
    people,
    classes,
    targets: [
      buildTarget({ unitId: anBinh.id, fromYear: 2023, toYear: 2025, admissions: 10 }),
      buildTarget({ unitId: hoaLac.id, fromYear: 2023, toYear: 2025, admissions: 6 }),
    ],
    memberCounts: [buildMemberCount({ unitId: province.id, year: 2025, total: 200 })],
  });
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-28T09:00:00+07:00'));
});

test('the report of a province for a year: prose, tables, CSV, Excel and print', async ({
  page,
}) => {
  await seedProvince(page);
  await page.goto('/reports?unit=TU&from=2025-01-01&to=2025-12-31');

  const report = page.getByRole('article', { name: /BÁO CÁO/ });
  await expect(report).toContainText(
    'Năm 2025, các đảng bộ trực thuộc đã tổ chức 2 lớp bồi dưỡng nhận thức về Đảng cho 75 ' +
      'quần chúng; 1 lớp bồi dưỡng đảng viên mới cho 20 đảng viên mới; kết nạp được 7 đảng viên ' +
      'mới, trong đó: 5 đảng viên mới là đoàn viên thanh niên, chiếm 71,4%; 4 là nữ, chiếm ' +
      '57,1%; 2 là người dân tộc thiểu số, chiếm 28,6%; 1 là người có đạo, chiếm 14,3%.',
  );
  await expect(report).toContainText(
    'Kết quả thực hiện chỉ tiêu giai đoạn 2023–2025: kết nạp 8/16 đảng viên, đạt 50%.',
  );
  await expect(report).toContainText(
    'Tỷ lệ kết nạp so với tổng số đảng viên đầu năm (mục tiêu 3–4% mỗi năm): năm 2025 đạt 3,5% ' +
      '(7/200 đảng viên).',
  );
  await expect(report).toContainText('Ngày lập báo cáo: 28/11/2026');
  await expect(report).toContainText('Kỳ báo cáo: từ ngày 01/01/2025 đến ngày 31/12/2025');

  // The quota table: An Bình admitted 6 of its 10 over 2023–2025 (the 2024 admission included).
  const quota = report.getByRole('table', { name: /Thực hiện chỉ tiêu/ });
  await expect(quota.getByRole('row', { name: /Đảng bộ xã An Bình/ })).toHaveText(
    /Đảng bộ xã An Bình\s*Giai đoạn 2023–2025\s*10\s*6\s*60%/,
  );
  const structure = report.getByRole('table', { name: /cơ cấu/ });
  await expect(structure.getByRole('row', { name: 'Đoàn viên thanh niên' })).toHaveText(
    /Đoàn viên thanh niên\s*5\s*71,4%/,
  );
  // The URL's unit is in the picker; the quick choice of the year is marked.
  await expect(page.getByRole('combobox', { name: /^Đơn vị/ })).toHaveValue(province.id);
  await expect(page.getByLabel('Từ ngày')).toHaveValue('2025-01-01');

  const csv = await downloadOf(page, () => page.getByRole('button', { name: 'Tải CSV' }).click());
  expect(csv.suggestedFilename()).toBe('bao-cao-TU-2025-01-01-2025-12-31.csv');
  const csvBytes = await readFile(await csv.path());
  expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  // In Vietnamese the first CSV is the Vietnamese-locale one: semicolons and a decimal comma.
  const csvText = csvBytes.toString('utf8');
  expect(csvText).toContain('Đoàn viên thanh niên;5;71,4');
  expect(csvText).toContain('Đảng bộ xã An Bình;Giai đoạn 2023–2025;10;6;60');
  const international = await downloadOf(page, () =>
    page.getByRole('button', { name: 'CSV quốc tế (dấu phẩy)' }).click(),
  );
  const internationalText = (await readFile(await international.path())).toString('utf8');
  expect(internationalText.startsWith('\uFEFF')).toBe(true);
  expect(internationalText).toContain('Đoàn viên thanh niên,5,71.4');
  expect(internationalText).toContain('Đảng bộ xã An Bình,Giai đoạn 2023–2025,10,6,60');

  const xlsx = await downloadOf(page, () =>
    page.getByRole('button', { name: 'Tải Excel (.xlsx)' }).click(),
  );
  expect(xlsx.suggestedFilename()).toBe('bao-cao-TU-2025-01-01-2025-12-31.xlsx');
  const xlsxBytes = await readFile(await xlsx.path());
  expect(xlsxBytes.subarray(0, 2).toString('latin1')).toBe('PK');

  await page.emulateMedia({ media: 'print' });
  await expect(mainNavigation(page)).toBeHidden();
  await expect(page.getByRole('button', { name: 'Lập báo cáo' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'In báo cáo' })).toBeHidden();
  await expect(report).toBeVisible();
});

test('a unit and period chosen in the form go to the URL, and a bad period is refused', async ({
  page,
}) => {
  await seedProvince(page);
  await page.goto('/reports?unit=TU&from=2025-01-01&to=2025-12-31');
  await expect(page.getByRole('article')).toContainText('kết nạp được 7 đảng viên mới');

  await page.getByRole('combobox', { name: /^Đơn vị/ }).selectOption(hoaLac.id);
  await page.getByLabel('Từ ngày').fill('2025-07-01');
  await page.getByLabel('Đến ngày').fill('2025-06-30');
  await page.getByLabel('Đến ngày').press('Enter');
  await expect(page.getByText('Ngày kết thúc phải bằng hoặc sau ngày bắt đầu.')).toBeVisible();
  await expect(page.getByLabel('Đến ngày')).toBeFocused();
  await expect(page).toHaveURL(/unit=TU&/);

  await page.getByLabel('Đến ngày').fill('2025-12-31');
  await page.getByLabel('Đến ngày').press('Enter');
  await expect(page).toHaveURL(/unit=DB02&from=2025-07-01&to=2025-12-31/);
  // Hòa Lạc, 01/07–31/12/2025: one admission of two in its cell-less committee.
  await expect(page.getByRole('article')).toContainText(
    'Từ ngày 01/07/2025 đến ngày 31/12/2025, Đảng bộ phường Hòa Lạc chưa tổ chức lớp bồi ' +
      'dưỡng nhận thức về Đảng hay lớp bồi dưỡng đảng viên mới nào; kết nạp được 2 đảng viên ' +
      'mới, trong đó: 1 đảng viên mới là đoàn viên thanh niên, chiếm 50%; 1 là nữ, chiếm 50%.',
  );
});

test('the demo province: loaded from a fresh install, marked, removed from the settings', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await expect(page).toHaveURL(/\/setup$/);
  const setup = new SetupPage(page);
  await expect(setup.demoTitle).toBeVisible();
  // The small province is chosen unless the user picks the whole province.
  await expect(setup.demoSize('small')).toBeChecked();
  await setup.loadDemo('small');
  await expect(page).toHaveURL(/\/dashboard/, { timeout: 90_000 });
  await expect(topBar(page).getByText('Dữ liệu mẫu')).toBeVisible();

  // The report of the demo province says on paper that its figures are not real.
  const nav = mainNavigation(page);
  await nav.getByRole('link', { name: 'Báo cáo', exact: true }).click();
  const report = page.getByRole('article');
  await expect(report).toContainText('DỮ LIỆU MẪU');
  await expect(report).toContainText(/kết nạp được [\d.]+ đảng viên mới/);

  await nav.getByRole('link', { name: 'Cài đặt', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Đang dùng dữ liệu mẫu' })).toBeVisible();
  await page.getByRole('button', { name: 'Xóa dữ liệu mẫu' }).click();
  const dialog = page.getByRole('dialog', { name: 'Xóa dữ liệu mẫu?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Xóa toàn bộ' }).click();
  await expect(page).toHaveURL(/\/setup$/);
  await expect(setup.demoTitle).toBeVisible();
  await expect(topBar(page).getByText('Dữ liệu mẫu')).toHaveCount(0);
});
