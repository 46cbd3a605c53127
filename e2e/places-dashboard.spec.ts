// "Nguồn và địa bàn" end to end: a province receives two committees' files carrying their places,
// the figures of 2026 and the people of those places (through the real file input of /sync), and
// the dashboard and the report show every count and share of the section exactly as computed by
// hand below; the chart's table alternative, the drill-down by unit (same URL state), the empty
// state of a unit without places, the report's paragraph and the places' tables in the CSV and
// XLSX downloads. With PTDV_SHOTS_DIR set, screenshots at 1366×768 and 390×844.
//
// THE HAND COMPUTATION (records in support/places-province.ts; period 01/01–28/11/2026):
// Residential areas, 7: An Phú: An Đông own (12 members), An Tây none (0), An Nam shared (0),
//   An Bắc no figure; Bình Minh: TDP 1 own (2025's "none, 0" does not count), TDP 2 own, TDP 3
//   none (0). Own 3/7 = 42,857% → 42,9%; shared 1/7 → 14,3%; none 2/7 → 28,6%; unknown 1/7 → 14,3%.
//   No member: An Tây and TDP 3 (An Nam's 0 is followed by an admission on 10/06/2026: it is the
//   period's first member instead) → 2, sorted by commune: "phường Bình Minh" < "xã An Phú".
// Schools, 3: An Phú 400 students, 3 sourced in 2026, 2 certified, 1 admitted → 1×1000/400 = 2,5;
//   Bình Minh 600, 1 sourced in 2026 (the other in 2025), 0 certified in 2026, 1 admitted →
//   1000/600 = 1,67 → 1,7; Nguyễn Du 250, nobody → 0. All: 1,250 students, 4 sourced, 2 certified,
//   2 admitted → 2×1000/1250 = 1,6; 1 school admitted no one.
// Enterprises, 5: May An Phú non-state 850 none (0 members, union); Gạch An Phú non-state 120 own
//   (6, union); Sao Mai FDI 1,200 none (2, union); Cơ khí Bình Minh non-state 35 shared (3, no
//   union); Điện lực state 300 own (45, union). With an organisation 3/5 = 60%; non-state 2/3 →
//   66,7%, FDI 0/1, state 1/1 → 100%; unions 4; workers 850+120+1200+35+300 = 2,505; members
//   0+6+2+3+45 = 56 → 56×1000/2505 = 22,36 → 22,4. Non-state: workers 1,005, members 9 →
//   8,96 → 9. Sizes: 10–49: 1 (with 1); 50–199: 1 (with 1); 200+: 3 (with 1, without 2 → 33,3%).
//   Admitted from enterprises: 1 worker (Gạch), 1 manager (Điện lực). Largest without: Sao Mai
//   1.200, May An Phú 850.
// Per unit: An Phú 4 areas, own 1 → 25%, 1 without; 1 school, 400, 1 admitted → 2,5; 2 enterprises,
//   1 with → 50%. Bình Minh 3 areas, own 2 → 66,7%, 1 without; 2 schools, 850, 1 admitted → 1,18 →
//   1,2; 3 enterprises, 2 with → 66,7%.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { DashboardPage, statValue } from './support/dashboard-page';
import { downloadOf } from './support/downloads';
import { seedProvince } from './support/exchange-province';
import { placeFiles } from './support/places-province';
import { screenshots } from './support/shots';
import { SyncPage } from './support/sync-page';
import { xlsxText } from './support/xlsx-text';

const shot = screenshots('places');
const PERIOD = 'from=2026-01-01&to=2026-11-28';

test.describe.configure({ timeout: 180_000 });

async function importPlaces(page: Page): Promise<void> {
  await seedProvince(page);
  const sync = new SyncPage(page);
  await sync.goto();
  const files = placeFiles();
  await sync.importFiles(files);
  await sync.applyAllButton(files.length).click();
  for (const file of files) {
    await expect(sync.card(file.name).getByText('Đã áp dụng', { exact: true })).toBeVisible({
      timeout: 60_000,
    });
  }
}

function placesSection(page: Page) {
  return page.getByRole('region', { name: 'Nguồn và địa bàn', exact: true });
}

async function checkProvinceSection(page: Page, dashboard: DashboardPage): Promise<void> {
  const section = placesSection(page);
  const tile = (label: string) => statValue(section, label);
  await expect(tile('Thôn, tổ dân phố có chi bộ riêng')).toHaveText('42,9%', { timeout: 60_000 });
  // The charts as they first show, before their tables are opened.
  await expect(section.getByRole('button', { name: 'Lưu ảnh PNG' })).toHaveCount(3);
  await placesShots(page, 'province-charts');
  await expect(section).toContainText('3/7 thôn, tổ dân phố');
  await expect(tile('Thôn, tổ dân phố chưa có đảng viên')).toHaveText('2');
  await expect(tile('Kết nạp trên 1.000 học sinh lớp 12')).toHaveText('1,6');
  await expect(section).toContainText('2 học sinh được kết nạp trong kỳ; 1.250 học sinh lớp 12');
  await expect(tile('Doanh nghiệp có tổ chức đảng')).toHaveText('60%');
  await expect(section).toContainText('3/5 doanh nghiệp');
  await expect(section).toContainText(
    'Chưa có số liệu của năm trong kỳ: 1 thôn, tổ dân phố; 0 trường; 0 doanh nghiệp.',
  );

  // The residential chart's table alternative.
  const residential = await dashboard.chartTable('Thôn, tổ dân phố theo tổ chức đảng');
  const row = (table: typeof residential, name: string | RegExp) =>
    table.getByRole('row', { name });
  await expect(row(residential, /^Có chi bộ riêng/)).toHaveText(/3\s*42,9%/);
  await expect(row(residential, /^Sinh hoạt chi bộ ghép/)).toHaveText(/1\s*14,3%/);
  await expect(row(residential, /^Chưa có chi bộ/)).toHaveText(/2\s*28,6%/);
  await expect(row(residential, /^Chưa rõ/)).toHaveText(/1\s*14,3%/);
  await expect(row(residential, /^Tổng cộng/)).toHaveText(/7\s*100%/);

  const schools = await dashboard.chartTable('Học sinh lớp 12: vào nguồn, bồi dưỡng, kết nạp');
  await expect(row(schools, /Trường THPT An Phú/)).toHaveText(/400\s*3\s*2\s*1\s*2,5$/);
  await expect(row(schools, /Trường THPT Bình Minh/)).toHaveText(/600\s*1\s*0\s*1\s*1,7$/);
  await expect(row(schools, /Trường THPT Nguyễn Du/)).toHaveText(/250\s*0\s*0\s*0\s*0$/);
  await expect(section).toContainText('1 trường chưa kết nạp được học sinh nào trong kỳ.');

  const enterprises = await dashboard.chartTable('Doanh nghiệp theo quy mô và tổ chức đảng');
  await expect(row(enterprises, /^Từ 10 đến 49/)).toHaveText(/1\s*1\s*0\s*0\s*100%$/);
  await expect(row(enterprises, /^Từ 50 đến 199/)).toHaveText(/1\s*1\s*0\s*0\s*100%$/);
  await expect(row(enterprises, /^Từ 200/)).toHaveText(/3\s*1\s*2\s*0\s*33,3%$/);
  await expect(row(enterprises, /^Tổng cộng/)).toHaveText(/5\s*3\s*2\s*0\s*60%$/);
  await expect(section).toContainText(
    'Trong kỳ kết nạp 2 đảng viên là người của doanh nghiệp: 1 công nhân, người lao động; 1 chủ doanh nghiệp, người quản lý; 0 khác.',
  );

  const sectors = section.getByRole('table', { name: 'Doanh nghiệp theo loại hình' });
  await expect(row(sectors, /^Ngoài nhà nước/)).toHaveText(/3\s*2 66,7%\s*1\s*2\s*1\.005\s*9\s*9$/);
  await expect(row(sectors, /^Có vốn đầu tư/)).toHaveText(/1\s*0 0%\s*0\s*1\s*1\.200\s*2\s*1,7$/);
  await expect(row(sectors, /^Nhà nước/)).toHaveText(/1\s*1 100%\s*1\s*1\s*300\s*45\s*150$/);
  await expect(row(sectors, /^Tổng cộng/)).toHaveText(/5\s*3 60%\s*2\s*4\s*2\.505\s*56\s*22,4$/);

  // The lists the province acts on.
  const without = section.getByRole('region', { name: /Thôn, tổ dân phố chưa có đảng viên/ });
  await expect(without.getByRole('listitem')).toHaveText([
    /Tổ dân phố 3\s*Đảng bộ phường Bình Minh/,
    /Thôn An Tây\s*Đảng bộ xã An Phú/,
  ]);
  const first = section.getByRole('region', { name: /Có đảng viên đầu tiên trong kỳ/ });
  await expect(first.getByRole('listitem')).toHaveText([
    /Thôn An Nam.*Đảng bộ xã An Phú.*10\/06\/2026/,
  ]);
  const largest = section.getByRole('region', { name: /Doanh nghiệp lớn nhất chưa có/ });
  await expect(largest.getByRole('row')).toHaveText([
    /Doanh nghiệp/,
    /Công ty TNHH Điện tử Sao Mai\s*Đảng bộ phường Bình Minh\s*Có vốn đầu tư nước ngoài\s*1\.200$/,
    /Công ty TNHH May An Phú\s*Đảng bộ xã An Phú\s*Ngoài nhà nước\s*850$/,
  ]);

  const units = section.getByRole('table', {
    name: 'Nguồn và địa bàn theo tổ chức đảng trực thuộc',
  });
  await expect(row(units, /Đảng bộ xã An Phú/)).toHaveText(
    /4\s*1 25%\s*1\s*1\s*400\s*1\s*2,5\s*2\s*1 50%$/,
  );
  await expect(row(units, /Đảng bộ phường Bình Minh/)).toHaveText(
    /3\s*2 66,7%\s*1\s*2\s*850\s*1\s*1,2\s*3\s*2 66,7%$/,
  );
}

test('the places of two committees’ files, on the dashboard and in the report', async ({
  page,
}) => {
  await importPlaces(page);
  const dashboard = new DashboardPage(page);
  await dashboard.goto(`unit=TINH&${PERIOD}`);
  await dashboard.settled();
  await checkProvinceSection(page, dashboard);
  await placesShots(page, 'province');

  // Drill-down: An Phú for the same period, from the per-unit table.
  await placesSection(page).getByRole('link', { name: 'Đảng bộ xã An Phú' }).click();
  await expect(page).toHaveURL(new RegExp(`unit=AP&${PERIOD}`));
  const section = placesSection(page);
  const tile = (label: string) => statValue(section, label);
  // 1/4 own; An Tây; 1 admitted of 400; 1 of 2 enterprises.
  await expect(tile('Thôn, tổ dân phố có chi bộ riêng')).toHaveText('25%', { timeout: 60_000 });
  await expect(tile('Thôn, tổ dân phố chưa có đảng viên')).toHaveText('1');
  await expect(tile('Kết nạp trên 1.000 học sinh lớp 12')).toHaveText('2,5');
  await expect(tile('Doanh nghiệp có tổ chức đảng')).toHaveText('50%');
  await expect(section.getByRole('row', { name: /Đảng bộ xã An Phú \(trực tiếp\)/ })).toBeVisible();

  // A cell that holds no place: the section says what to do instead of showing zeros.
  await section.getByRole('link', { name: 'Chi bộ thôn An Đông' }).click();
  await expect(page).toHaveURL(new RegExp(`unit=AP-1&${PERIOD}`));
  await expect(placesSection(page)).toContainText('Chưa có địa bàn nào', { timeout: 60_000 });
  await expect(placesSection(page).getByRole('link', { name: 'Địa bàn và nguồn' })).toHaveAttribute(
    'href',
    '/places',
  );
  await expect(placesSection(page).locator('.stat')).toHaveCount(0);
  await placesShots(page, 'empty');

  await checkReport(page);
});

async function checkReport(page: Page): Promise<void> {
  await page.goto(`/reports?unit=TINH&${PERIOD}`);
  const report = page.getByRole('article', { name: /BÁO CÁO/ });
  await expect(report).toContainText('III. NGUỒN VÀ ĐỊA BÀN', { timeout: 60_000 });
  await expect(report).toContainText(
    'Toàn tỉnh có 7 thôn, tổ dân phố, trong đó 3 có chi bộ riêng (42,9%), 1 sinh hoạt chi bộ ' +
      'ghép (14,3%), 2 chưa có chi bộ (28,6%), 1 chưa rõ (14,3%); còn 2 thôn, tổ dân phố chưa ' +
      'có đảng viên (Tổ dân phố 3 – Đảng bộ phường Bình Minh, Thôn An Tây – Đảng bộ xã An Phú); ' +
      'trong kỳ, 1 thôn, tổ dân phố có đảng viên đầu tiên (Thôn An Nam – Đảng bộ xã An Phú). ' +
      '3 trường có 1.250 học sinh lớp 12; trong kỳ, 4 học sinh vào nguồn, 2 học sinh có giấy ' +
      'chứng nhận bồi dưỡng nhận thức về Đảng, kết nạp 2 học sinh (1,6 trên 1.000 học sinh lớp ' +
      '12); 1 trường chưa kết nạp được học sinh nào. Có 3 doanh nghiệp ngoài nhà nước, trong đó ' +
      '2 có tổ chức đảng (66,7%); 1 doanh nghiệp có vốn đầu tư nước ngoài, chưa có doanh ' +
      'nghiệp nào có tổ chức đảng; 1 doanh nghiệp nhà nước, trong đó 1 có tổ chức đảng (100%); ' +
      'các doanh nghiệp có 2.505 lao động, 56 đảng viên (22,4 đảng viên trên 1.000 lao động), ' +
      '4 doanh nghiệp có công đoàn cơ sở; trong kỳ kết nạp 2 đảng viên là người của doanh ' +
      'nghiệp (1 công nhân, người lao động; 1 chủ doanh nghiệp, người quản lý); 2 doanh nghiệp ' +
      'chưa có tổ chức đảng, lớn nhất là Công ty TNHH Điện tử Sao Mai (1.200 lao động) và Công ' +
      'ty TNHH May An Phú (850 lao động).',
  );
  const table = (title: string) => report.getByRole('table', { name: new RegExp(title) });
  const residential = table('Thôn, tổ dân phố: tổ chức đảng và đảng viên');
  await expect(residential.getByRole('row', { name: /có chi bộ riêng/ })).toHaveText(/3\s*42,9%/);
  await expect(residential.getByRole('row', { name: /^Chưa có đảng viên/ })).toHaveText(
    /2\s*28,6%/,
  );
  await expect(
    table('Học sinh lớp 12 và kết nạp').getByRole('row', { name: /Tổng cộng/ }),
  ).toHaveText(/1\.250\s*4\s*2\s*2\s*1,6/);
  await reportShots(page);
  await checkDownloads(page);
}

async function checkDownloads(page: Page): Promise<void> {
  const csv = await downloadOf(page, () =>
    page.getByRole('button', { name: 'CSV quốc tế (dấu phẩy)' }).click(),
  );
  const csvText = (await readFile(await csv.path())).toString('utf8');
  // Shares as numbers with a point (a spreadsheet computes with them), as the other tables;
  // years as numbers, dates in ISO (no locale reads 2026-06-10 as another day).
  for (const line of [
    '"Thôn, tổ dân phố: tổ chức đảng và đảng viên"',
    '"Tổng số thôn, tổ dân phố",7,100',
    '– có chi bộ riêng,3,42.9',
    '– sinh hoạt chi bộ ghép,1,14.3',
    'Chưa có đảng viên,2,28.6',
    'Tổ dân phố 3,Đảng bộ phường Bình Minh,2026',
    'Thôn An Tây,Đảng bộ xã An Phú,2026',
    'Thôn An Nam,Đảng bộ xã An Phú,2026-06-10',
    'Trường THPT An Phú,Đảng bộ xã An Phú,400,3,2,1,2.5',
    'Tổng cộng,,1250,4,2,2,1.6',
    'Tổng số doanh nghiệp,5,3,60,2,4,2505,56,22.4',
    'Ngoài nhà nước,3,2,66.7,1,2,1005,9,9',
    'Công ty TNHH Điện tử Sao Mai,Đảng bộ phường Bình Minh,Có vốn đầu tư nước ngoài,1200',
  ]) {
    expect(csvText).toContain(`\r\n${line}\r\n`);
  }

  const xlsx = await downloadOf(page, () =>
    page.getByRole('button', { name: 'Tải Excel (.xlsx)' }).click(),
  );
  const text = xlsxText(await readFile(await xlsx.path()));
  for (const sheet of [
    'Thôn, tổ dân phố',
    'Chưa có đảng viên',
    'Đảng viên đầu tiên',
    'Học sinh lớp 12',
    'Doanh nghiệp',
    'DN chưa có tổ chức đảng',
  ]) {
    expect(text).toContain(`name="${sheet}"`);
  }
  expect(text).toContain('Toàn tỉnh có 7 thôn, tổ dân phố, trong đó 3 có chi bộ riêng (42,9%)');
  expect(text).toContain('Công ty TNHH Điện tử Sao Mai');
  expect(text).toContain('Thôn An Tây');
}

async function placesShots(page: Page, name: string): Promise<void> {
  const section = placesSection(page);
  await section.scrollIntoViewIfNeeded();
  await shot.element(section, `${name}-1366`);
  await page.setViewportSize({ width: 390, height: 844 });
  await shot.element(section, `${name}-390`);
  await page.setViewportSize({ width: 1366, height: 768 });
}

async function reportShots(page: Page): Promise<void> {
  const heading = page.getByRole('heading', { name: 'III. NGUỒN VÀ ĐỊA BÀN' });
  for (const [width, height] of [
    [1366, 768],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await heading.evaluate((element) => element.scrollIntoView({ block: 'start' }));
    await shot.window(page, `report-${width}`);
    await shot(page, `report-full-${width}`);
  }
  await page.setViewportSize({ width: 1366, height: 768 });
}
