// The leadership dashboard on a small province whose figures are computed by hand (see
// support/dashboard-province.ts). The seed writes around the repositories, so the dashboard must
// first rebuild its aggregates.
// With PTDV_SHOTS_DIR set, screenshots are written there for review.
import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { languagePicker } from './support/app-shell';
import { DashboardPage } from './support/dashboard-page';
import { NOW, province, seedProvince, upperB } from './support/dashboard-province';
import { downloadOf } from './support/downloads';
import { seed } from './support/seed';
import { screenshots } from './support/shots';

const shot = screenshots('dashboard');

test('the figures of the year, from aggregates rebuilt after a seed', async ({ page }) => {
  await seedProvince(page);
  const dashboard = new DashboardPage(page);
  await dashboard.goto();
  await expect(dashboard.heading).toBeVisible();

  await expect(dashboard.tile('Kết nạp đảng viên mới')).toHaveText('6');
  await expect(dashboard.tile('Là đoàn viên thanh niên')).toHaveText('66,7%');
  await expect(dashboard.tile('Là nữ')).toHaveText('50%');
  await expect(dashboard.tile('Là người dân tộc thiểu số')).toHaveText('16,7%');
  await expect(dashboard.tile('Là người có đạo')).toHaveText('16,7%');
  await expect(dashboard.tile('Đạt chỉ tiêu kết nạp')).toHaveText('66,7%');
  await expect(dashboard.tile('Tỷ lệ kết nạp')).toHaveText('2%');
  await expect(dashboard.tile('Mốc thủ tục quá hạn')).toHaveText('3');
  await expect(page.getByText('6/9 (chỉ tiêu 2026)')).toBeVisible();

  await expect(dashboard.trainingValues()).toHaveText(['2', '65', '1', '12']);

  // The structure chart's table alternative holds the same figures.
  const table = dashboard.chart('Tỷ lệ trong số đảng viên mới').getByRole('table');
  await expect(table).toBeHidden();
  await dashboard.chartTable('Tỷ lệ trong số đảng viên mới');
  await expect(table).toBeVisible();
  await expect(table.getByRole('row', { name: /Đoàn viên thanh niên/ })).toHaveText(
    /Đoàn viên thanh niên\s*4\s*66,7%/,
  );
  await expect(table.getByRole('row', { name: /Nữ/ })).toHaveText(/Nữ\s*3\s*50%/);
  await expect(table.getByRole('row', { name: /Học sinh/ })).toHaveText(/Học sinh\s*1\s*16,7%/);

  // Within enterprises: one worker, one manager.
  const enterprise = await dashboard.chartTable('Trong doanh nghiệp: công nhân và quản lý');
  await expect(enterprise.getByRole('row', { name: /Công nhân/ })).toHaveText(/1\s*50%/);

  // The funnel today, people removed apart.
  const funnel = await dashboard.chartTable('Quy trình phát triển đảng viên hiện nay');
  await expect(funnel.getByRole('cell')).toHaveText(['1', '1', '0', '1', '1', '6', '3', '1']);

  // Quotas: the province sums its units' quotas; the per-unit table compares them.
  const { quotas, units } = dashboard;
  await expect(quotas.getByRole('row', { name: /Tỉnh ủy Tân Lập/ })).toHaveText(/6\s*9\s*66,7%/);
  await expect(quotas.getByRole('row', { name: /An Phú/ })).toHaveText(/3\s*5\s*60%/);
  await expect(quotas.getByRole('row', { name: /Bình Minh/ })).toHaveText(/3\s*4\s*75%/);

  // Admitted, youth union, women, minorities, religious, quota, achieved, overdue, in progress.
  await expect(units.getByRole('row', { name: /Bình Minh/ }).getByRole('cell')).toHaveText([
    '3',
    '2 66,7%',
    '1 33,3%',
    '0 0%',
    '0 0%',
    '4',
    '75%',
    '1',
    '2',
  ]);

  // Sorting: by overdue, descending, then ascending.
  const overdueHeader = units.getByRole('columnheader', { name: /Quá hạn/ });
  await expect(overdueHeader).toHaveAttribute('aria-sort', 'none');
  await overdueHeader.getByRole('button').click();
  await expect(overdueHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(units.getByRole('rowheader')).toHaveText([
    'Đảng bộ xã An Phú',
    'Đảng bộ phường Bình Minh',
  ]);
  await overdueHeader.getByRole('button').click();
  await expect(overdueHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(units.getByRole('rowheader')).toHaveText([
    'Đảng bộ phường Bình Minh',
    'Đảng bộ xã An Phú',
  ]);

  await shot.laptopScreens(page, 'data');
});

test('the view lives in the URL: period, reload, drill down, back', async ({ page }) => {
  await seedProvince(page);
  const dashboard = new DashboardPage(page);
  const admitted = dashboard.tile('Kết nạp đảng viên mới');
  await dashboard.goto();
  await expect(admitted).toHaveText('6');

  // A quick choice: the 2023–2025 quota span.
  await dashboard.quickPeriod.selectOption({ label: 'Giai đoạn chỉ tiêu 2023–2025' });
  await expect(page).toHaveURL(/\/dashboard\?unit=TINH&from=2023-01-01&to=2025-12-31$/);
  await expect(admitted).toHaveText('3');
  await expect(dashboard.tile('Đạt chỉ tiêu kết nạp')).toHaveText('16,7%');

  // A period typed in.
  await dashboard.showPeriod('2026-04-01', '2026-09-30');
  await expect(page).toHaveURL(/\?unit=TINH&from=2026-04-01&to=2026-09-30$/);
  // 20/05, 07/07 and 01/09 fall in it.
  await expect(admitted).toHaveText('3');

  await page.reload();
  await expect(dashboard.from).toHaveValue('2026-04-01');
  await expect(dashboard.to).toHaveValue('2026-09-30');
  await expect(admitted).toHaveText('3');

  // Drill down into Bình Minh: its code in the URL, its own figures (07/07 only).
  await dashboard.units.getByRole('link', { name: 'Đảng bộ phường Bình Minh' }).click();
  await expect(page).toHaveURL(/\?unit=BM&from=2026-04-01&to=2026-09-30$/);
  await expect(dashboard.unit).toHaveValue(upperB.id);
  await expect(admitted).toHaveText('1');

  await page.goBack();
  await expect(page).toHaveURL(/\?unit=TINH&from=2026-04-01&to=2026-09-30$/);
  await expect(admitted).toHaveText('3');

  // A closed unit counts under its successor; viewed on its own, it shows its open years.
  await dashboard.goto('unit=BM&from=2025-01-01&to=2025-12-31');
  await expect(admitted).toHaveText('2');
  await dashboard.goto('unit=CT&from=2025-01-01&to=2025-12-31');
  await expect(admitted).toHaveText('1');
  await expect(
    page.getByText(/Đảng bộ xã Cát Tiên đã giải thể\/sáp nhập ngày 30\/06\/2025/),
  ).toBeVisible();
  await page.goBack();

  // A wrong period in the form is refused where it was typed, and the view stays.
  await dashboard.showPeriod('2026-10-01');
  await expect(page.getByText('Ngày kết thúc không được trước ngày bắt đầu.')).toBeVisible();
  await expect(page).toHaveURL(/\?unit=BM&from=2025-01-01&to=2025-12-31$/);
});

test('an empty period shows 0 and "—", and a bad URL says so', async ({ page }) => {
  await seedProvince(page);
  const dashboard = new DashboardPage(page);
  await dashboard.goto('unit=TINH&from=2019-01-01&to=2019-12-31');
  await expect(dashboard.tile('Kết nạp đảng viên mới')).toHaveText('0');
  await expect(dashboard.tile('Là đoàn viên thanh niên')).toHaveText('—');
  await expect(dashboard.tile('Là nữ')).toHaveText('—');
  await expect(dashboard.tile('Tỷ lệ kết nạp')).toHaveText('—');
  await expect(
    page.getByText(/Không có đảng viên mới nào được kết nạp trong kỳ này/),
  ).toBeVisible();
  await shot.laptopScreens(page, 'empty-period');

  await dashboard.goto('unit=TINH&from=2026-13-01&to=2026-12-31');
  await expect(
    page.getByText('Ngày bắt đầu “2026-13-01” trên đường dẫn không hợp lệ', { exact: false }),
  ).toBeVisible();
  // The default start (01/01 of this year) is used instead.
  await expect(dashboard.from).toHaveValue('2026-01-01');
  await expect(dashboard.tile('Kết nạp đảng viên mới')).toHaveText('6');

  await dashboard.goto('unit=KHONGCO');
  await expect(
    page.getByText('Không tìm thấy tổ chức đảng có mã “KHONGCO”', { exact: false }),
  ).toBeVisible();
  await expect(dashboard.unit).toHaveValue(province.id);
});

test('a chart is saved as a PNG file that says what it shows: title, total, unit, period', async ({
  page,
}) => {
  await seedProvince(page);
  // Every text the dashboard draws on a canvas, recorded as it is drawn.
  await page.addInitScript(() => {
    const drawn: string[] = [];
    (window as unknown as { drawnTexts: string[] }).drawnTexts = drawn;
    const fillText = CanvasRenderingContext2D.prototype.fillText;
    CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) {
      drawn.push(text);
      return fillText.call(this, text, ...rest);
    };
  });
  const dashboard = new DashboardPage(page);
  await dashboard.goto();
  await expect(dashboard.heading).toBeVisible();
  await expect(dashboard.tile('Kết nạp đảng viên mới')).toHaveText('6');
  const title = 'Tỷ lệ trong số đảng viên mới';
  const frame = page.getByRole('region', { name: title, exact: true });
  // The chart's surface: the largest SVG in the frame (legend icons are SVGs too).
  const chart = await frame.getByRole('img', { name: /^Biểu đồ:/ }).evaluate((element) => {
    const boxes = Array.from(element.querySelectorAll('svg')).map((svg) =>
      svg.getBoundingClientRect(),
    );
    return boxes.sort((a, b) => b.width * b.height - a.width * a.height)[0]?.toJSON() as
      { width: number; height: number } | undefined;
  });
  const file = await downloadOf(page, () =>
    page.getByRole('button', { name: `Lưu ảnh PNG: ${title}` }).click(),
  );
  expect(file.suggestedFilename()).toBe('co-cau-dang-vien-moi.png');
  const bytes = await readFile(await file.path());
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

  // The caption drawn: the title, the total it is out of, the unit and the period.
  const drawn = (
    await page.evaluate(() => (window as unknown as { drawnTexts: string[] }).drawnTexts)
  ).join(' ');
  expect(drawn).toContain(title);
  expect(drawn).toContain('Trên tổng số 6 đảng viên mới kết nạp trong kỳ');
  expect(drawn).toContain(province.name);
  expect(drawn).toContain('từ 01/01/2026 đến 31/12/2026');

  // The image (drawn at twice the size) is taller than the chart by the caption's lines, and
  // those lines hold ink: at least three bands of dark pixels (title, total, unit and period).
  const width = bytes.readUInt32BE(16) / 2;
  const height = bytes.readUInt32BE(20) / 2;
  expect(width).toBeGreaterThanOrEqual(chart?.width ?? Infinity);
  expect(height).toBeGreaterThanOrEqual((chart?.height ?? Infinity) + 22 + 2 * 18);
  const bands = await page.evaluate(
    async ({ data, captionRows }) => {
      const raw = Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([raw], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, captionRows);
      const context = canvas.getContext('2d');
      if (!context) return 0;
      context.drawImage(bitmap, 0, 0);
      const pixels = context.getImageData(0, 0, bitmap.width, captionRows).data;
      let count = 0;
      let inked = false;
      for (let row = 0; row < captionRows; row += 1) {
        let dark = false;
        for (let x = 0; x < bitmap.width && !dark; x += 1) {
          const at = (row * bitmap.width + x) * 4;
          dark = (pixels[at] ?? 255) + (pixels[at + 1] ?? 255) + (pixels[at + 2] ?? 255) < 300;
        }
        if (dark && !inked) count += 1;
        inked = dark;
      }
      return count;
    },
    {
      data: bytes.toString('base64'),
      captionRows: Math.round((height - (chart?.height ?? 0) - 16) * 2),
    },
  );
  expect(bands).toBeGreaterThanOrEqual(3);
  await shot.file('saved-chart', bytes);
});

test('in English, no message key shows', async ({ page }) => {
  await seedProvince(page);
  await new DashboardPage(page).goto();
  await languagePicker(page).selectOption('en');
  await expect(page.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Key figures of the period' })).toBeVisible();
  await expect(page.getByText('Drawing the charts…')).toHaveCount(0);
  const text = await page.getByRole('main').innerText();
  expect(text).not.toMatch(/\b[a-z]+\.[a-z]+[A-Za-z]*\.[a-zA-Z.]+\b/);
  await expect(page.getByText('66.7%').first()).toBeVisible();
  await shot.laptopScreens(page, 'english');
});

test('a fresh install with no units is told what to do', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await seed(page, { installation: { kind: 'province', homeUnitId: province.id } });
  await new DashboardPage(page).goto();
  await expect(page.getByRole('heading', { name: 'Chưa có tổ chức đảng nào' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Đến trang Tổ chức đảng' })).toBeVisible();
});
