// The data checks end to end: a province imports two units' files with planted problems through
// the real file input (the preview says what each file would add), /quality counts each problem,
// opens the records and downloads the list; the export card warns without refusing. With
// PTDV_SHOTS_DIR set, screenshots at 1366×768 and 390×844 are written there for review.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { buildClass, buildPerson } from '../test/builders';
import { downloadOf, saveDownload } from './support/downloads';
import { exchangeDocument, inputFile } from './support/exchange-files';
import { anDong, anPhu, seedProvince, units } from './support/exchange-province';
import { seed } from './support/seed';
import { screenshots } from './support/shots';
import { SyncPage } from './support/sync-page';

const shot = screenshots('quality');
const binhMinh = units[3]!;
const khuPho = units[4]!;
const SAME_CCCD = '001095001234';

/** An Phú's file: an over-full class, dates out of order, an under-age vote, one of the twins. */
function anPhuFile(): string {
  const klass = buildClass({
    unitId: anPhu.id,
    title: 'Lớp nhận thức An Phú 2026',
    startOn: '2026-03-02',
    endOn: '2026-03-06',
    attendeeCount: 1,
  });
  const people = [
    buildPerson({
      unitId: anDong.id,
      fullName: 'Trần Văn Bảo',
      birthDate: '1996-02-02',
      nationalId: SAME_CCCD,
    }),
    buildPerson({
      unitId: anDong.id,
      fullName: 'Lê Văn Cảnh',
      birthDate: '1990-03-03',
      decisionNo: '15-QĐ/ĐU',
      milestones: {
        cellResolutionOn: '2026-04-01',
        decisionOn: '2026-06-10',
        admittedOn: '2026-06-01',
      },
    }),
    buildPerson({
      unitId: anDong.id,
      fullName: 'Hoàng Thị Duyên',
      birthDate: '2008-09-20',
      awarenessClassId: klass.id,
      milestones: { awarenessCertOn: '2026-03-06', cellResolutionOn: '2026-08-01' },
    }),
    buildPerson({
      unitId: anDong.id,
      fullName: 'Vũ Văn Em',
      birthDate: '1999-01-01',
      awarenessClassId: klass.id,
    }),
  ];
  return JSON.stringify(
    exchangeDocument({ source: anPhu, units: [anPhu, anDong], people, classes: [klass] }),
  );
}

/** Bình Minh's file: the other twin, and an admission in 2025 with no member count for 2025. */
function binhMinhFile(): string {
  const people = [
    buildPerson({
      unitId: khuPho.id,
      fullName: 'Trần Văn Bảo',
      birthDate: '1996-02-02',
      nationalId: SAME_CCCD,
    }),
    buildPerson({
      unitId: khuPho.id,
      fullName: 'Đặng Thị Giang',
      birthDate: '1994-04-04',
      decisionNo: '7-QĐ/ĐU',
      milestones: {
        cellResolutionOn: '2025-01-05',
        decisionOn: '2025-02-10',
        admittedOn: '2025-03-01',
        officialOn: '2026-03-05',
      },
    }),
  ];
  return JSON.stringify(exchangeDocument({ source: binhMinh, units: [binhMinh, khuPho], people }));
}

function checkRow(page: Page, name: string) {
  return page.getByRole('table').first().getByRole('row').filter({ hasText: name });
}

test('a province sees the planted problems of two files, opens them and downloads the list', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await seedProvince(page);
  const sync = new SyncPage(page);
  await sync.goto();
  await sync.importFiles([
    inputFile('an-phu.ptdv.json', anPhuFile()),
    inputFile('binh-minh.ptdv.json', binhMinhFile()),
  ]);
  // The preview counts what each file would add, before anything is applied.
  const anPhuChecks = page.getByRole('region', {
    name: 'Kiểm tra dữ liệu của tệp: an-phu.ptdv.json',
  });
  await expect(anPhuChecks).toContainText('KT03 — Mốc thời gian sai thứ tự: 1');
  await expect(anPhuChecks).toContainText('KT05 — Tuổi khi chi bộ xét ngoài 18–60: 1');
  await expect(anPhuChecks).toContainText('KT09 — Lớp có nhiều người hơn sĩ số: 1');
  await shot.element(sync.card('an-phu.ptdv.json'), 'import-preview');
  await sync.applyAllButton(2).click();
  for (const name of ['an-phu.ptdv.json', 'binh-minh.ptdv.json']) {
    await expect(sync.card(name).getByText('Đã áp dụng', { exact: true })).toBeVisible();
  }

  await page
    .getByRole('navigation', { name: 'Điều hướng chính' })
    .getByRole('link', { name: 'Kiểm tra dữ liệu' })
    .click();

  await expect(page.getByRole('heading', { name: 'Kiểm tra dữ liệu', level: 1 })).toBeVisible();
  const counts: [string, string][] = [
    ['Trùng số CCCD', '1'],
    ['Mốc thời gian sai thứ tự', '1'],
    ['Tuổi khi chi bộ xét ngoài 18–60', '1'],
    ['Lớp có nhiều người hơn sĩ số', '1'],
    ['Có kết nạp nhưng thiếu số đảng viên đầu năm', '1'],
  ];
  for (const [name, count] of counts) {
    await expect(checkRow(page, name).getByRole('cell').last()).toHaveText(count);
  }
  await shot.laptopScreens(page, 'summary');

  // Open a check: its records, each with the reason and a link.
  await page
    .getByRole('link', { name: /^Tuổi khi chi bộ xét ngoài 18–60: Xem 1 trường hợp/ })
    .click();
  const list = page.getByRole('region', { name: 'Tuổi khi chi bộ xét ngoài 18–60', exact: true });
  await expect(list).toContainText('Hoàng Thị Duyên');
  await expect(list).toContainText('Chưa đủ 18 tuổi khi chi bộ xét ngày 01/08/2026');
  await shot(page, 'check-open');

  // The duplicate pair links each person and the merge screen.
  await page.getByRole('link', { name: /^Trùng số CCCD: Xem 1 trường hợp/ }).click();
  const pairs = page.getByRole('region', { name: 'Trùng số CCCD', exact: true });
  await expect(pairs.getByRole('link', { name: 'So sánh và gộp' })).toHaveAttribute(
    'href',
    /\/quality\/merge\?a=.+&b=.+/,
  );

  // The whole list as CSV: a real download, with the codes, reasons and links.
  await page.getByRole('link', { name: /^Tuổi khi chi bộ xét ngoài 18–60/ }).click();
  await page.getByRole('button', { name: 'Đóng danh sách' }).click();
  const download = await downloadOf(page, () =>
    page.getByRole('button', { name: 'Tải CSV' }).click(),
  );
  const saved = await saveDownload(download);
  expect(saved.name).toMatch(/^kiem-tra-du-lieu-tinh-2026-11-28\.csv$/);
  const text = await readFile(saved.path, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(text).toContain('KT01;Trùng số CCCD;Lỗi');
  expect(text).toContain('Hoàng Thị Duyên');
  expect(text).toContain('/quality/merge?a=');

  // The record link opens the person.
  await page.getByRole('link', { name: /^Mốc thời gian sai thứ tự/ }).click();
  await page
    .getByRole('region', { name: 'Mốc thời gian sai thứ tự', exact: true })
    .getByRole('link', { name: 'Lê Văn Cảnh' })
    .click();
  await expect(page.getByRole('heading', { name: 'Lê Văn Cảnh', level: 1 })).toBeVisible();

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/quality?unit=TINH&check=ageAtVote');
  await expect(
    page.getByRole('region', { name: 'Tuổi khi chi bộ xét ngoài 18–60', exact: true }),
  ).toContainText('Hoàng Thị Duyên');
  await shot(page, 'phone');
});

test('a province with clean data is told no problem was found', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-28T09:00:00+07:00'));
  await seed(page, { installation: { kind: 'province', homeUnitId: units[0]!.id }, units });
  await page.goto('/quality');
  await expect(page.getByRole('heading', { name: 'Không phát hiện vấn đề' })).toBeVisible();
  await shot(page, 'empty');
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'empty-phone');
});

test('a unit is warned before exporting a file with problems, and can still export', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-11-28T09:00:00+07:00'));
  await seed(page, {
    installation: { kind: 'unit', homeUnitId: anPhu.id },
    units: [units[0]!, anPhu, anDong],
    people: [
      buildPerson({
        unitId: anDong.id,
        fullName: 'Hoàng Thị Duyên',
        birthDate: '2008-09-20',
        milestones: { cellResolutionOn: '2026-08-01' },
      }),
    ],
  });
  const sync = new SyncPage(page);
  await sync.goto();
  const card = page.locator('section[aria-labelledby="sync-export"]');
  await expect(card).toContainText(
    'Dữ liệu sắp xuất có 1 vấn đề cần xem lại. Vẫn có thể xuất tệp.',
  );
  await expect(sync.exportFullButton).toBeEnabled();
  await shot.element(card, 'export-warning');
  await card.getByRole('link', { name: 'Xem trang Kiểm tra dữ liệu' }).click();
  await expect(page).toHaveURL(/\/quality\?unit=AP$/);
  await expect(
    checkRow(page, 'Tuổi khi chi bộ xét ngoài 18–60').getByRole('cell').last(),
  ).toHaveText('1');
  // The warning never blocks: the export goes out.
  await sync.goto();
  const download = await sync.exportFull();
  expect(download.suggestedFilename()).toMatch(/\.ptdv\.json$/);
});
