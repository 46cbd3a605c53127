// The figures of the provincial report, end to end: a province built to hold exactly those
// numbers, with candidates, admissions outside the term and a class straddling its end mixed in,
// must show exactly them on the dashboard and in the printed report.
import { expect, test } from '@playwright/test';
import { DashboardPage } from './support/dashboard-page';
import { ADMITTED_2023_2025, REPORT, provincialReportSeed } from './support/provincial-report';
import { seed } from './support/seed';

const NOW = new Date('2026-11-28T09:00:00+07:00');
const TERM = `unit=TU&from=${REPORT.from}&to=${REPORT.to}`;

const vi = (n: number) => new Intl.NumberFormat('vi-VN').format(n);
const pct = (ratio: number) =>
  `${new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(Math.round(ratio * 1000) / 10)}%`;

test.describe.configure({ timeout: 180_000 });

test('the dashboard and the report show exactly the provincial report’s figures', async ({
  page,
}) => {
  await page.clock.setFixedTime(NOW);
  await seed(page, provincialReportSeed());

  // Dashboard for the term (the seed wrote around the repositories: aggregates are rebuilt).
  const dashboard = new DashboardPage(page);
  await dashboard.goto(TERM);
  await expect(dashboard.tile('Kết nạp đảng viên mới')).toHaveText('23.596', { timeout: 60_000 });
  await expect(dashboard.tile('Là đoàn viên thanh niên')).toHaveText('63%');
  await expect(dashboard.tile('Là nữ')).toHaveText('54,4%');
  await expect(dashboard.tile('Là người dân tộc thiểu số')).toHaveText('17,7%');
  await expect(dashboard.tile('Là người có đạo')).toHaveText('2,2%');
  await expect(dashboard.trainingValues()).toHaveText(['380', '26.492', '212', '14.154']);

  const table = await dashboard.chartTable('Tỷ lệ trong số đảng viên mới');
  await expect(table.getByRole('row', { name: /Đoàn viên thanh niên/ })).toHaveText(
    /14\.866\s*63%/,
  );
  await expect(table.getByRole('row', { name: /Nữ/ })).toHaveText(/12\.839\s*54,4%/);
  await expect(table.getByRole('row', { name: /Dân tộc thiểu số/ })).toHaveText(/4\.174\s*17,7%/);
  await expect(table.getByRole('row', { name: /Người có đạo/ })).toHaveText(/520\s*2,2%/);

  const { quotas } = dashboard;
  await expect(quotas.getByRole('row', { name: /Tỉnh ủy Tân Lập/ }).first()).toContainText(
    vi(REPORT.quota),
  );
  await expect(quotas.getByRole('row', { name: /Tỉnh ủy Tân Lập/ }).first()).toContainText(
    pct(ADMITTED_2023_2025 / REPORT.quota),
  );

  // The printed report for the same unit and term.
  await page.goto(`/reports?${TERM}`);
  const report = page.getByRole('article', { name: /BÁO CÁO/ });
  await expect(report).toContainText(
    'Từ đầu nhiệm kỳ đến nay (01/01/2020 – 31/12/2025), các đảng bộ trực thuộc đã tổ chức 380 ' +
      'lớp bồi dưỡng nhận thức về Đảng cho 26.492 quần chúng; 212 lớp bồi dưỡng đảng viên mới ' +
      'cho 14.154 đảng viên mới; kết nạp được 23.596 đảng viên mới, trong đó: 14.866 đảng viên ' +
      'mới là đoàn viên thanh niên, chiếm 63%; 12.839 là nữ, chiếm 54,4%; 4.174 là người dân ' +
      'tộc thiểu số, chiếm 17,7%; 520 là người có đạo, chiếm 2,2%',
    { timeout: 60_000 },
  );
  await expect(report).toContainText(
    `Kết quả thực hiện chỉ tiêu giai đoạn 2023–2025: kết nạp ${vi(ADMITTED_2023_2025)}/24.360 ` +
      `đảng viên, đạt ${pct(ADMITTED_2023_2025 / REPORT.quota)}.`,
  );
});
