// A district's own spreadsheets of places imported through /places/import: a CSV as Excel saves
// it (UTF-8 with BOM, ';', a title above the header, no unit column: the unit is chosen), a
// workbook saved by LibreOffice (date and number cells, units by code), a file with bad lines
// refused whole by line number, and the same file again changing nothing.
// e2e/fixtures/places-enterprises.xlsx was made with
// `soffice --headless --convert-to xlsx doanh-nghiep.csv` from the lines its test expects.
import { expect, test, type Page } from '@playwright/test';
import { buildUnit } from '../test/builders';
import { PlaceImportPage, storedPlaces } from './support/place-import-page';
import { seed } from './support/seed';
import { screenshots } from './support/shots';

const NOW = new Date('2026-12-06T09:00:00+07:00');
const shot = screenshots('places-import');

const district = buildUnit({ code: 'YS', name: 'Đảng bộ huyện Yên Sơn', kind: 'upper' });
const tanLap = buildUnit({
  code: 'TL',
  name: 'Đảng bộ xã Tân Lập',
  kind: 'grassroots_committee',
  sector: 'commune',
  parentId: district.id,
});
const hoaBinh = buildUnit({
  code: 'HB',
  name: 'Đảng bộ xã Hòa Bình',
  kind: 'grassroots_committee',
  sector: 'commune',
  parentId: district.id,
});

async function start(page: Page): Promise<PlaceImportPage> {
  await page.clock.setFixedTime(NOW);
  await seed(page, {
    installation: { kind: 'unit', homeUnitId: district.id },
    units: [district, tanLap, hoaBinh],
  });
  const model = new PlaceImportPage(page);
  await model.goto();
  return model;
}

test('a CSV as Excel saves it: columns guessed, the unit chosen, imported, and again unchanged', async ({
  page,
}) => {
  const importer = await start(page);
  await shot(page, 'file');
  await importer.choose('places-tan-lap.csv');

  // The title and the empty line above the header are skipped; the columns read from its words.
  await expect(page.getByText('places-tan-lap.csv: 8 dòng, 6 cột.')).toBeVisible();
  await expect(page.getByLabel('Dòng tiêu đề')).toHaveValue('3');
  expect(await importer.chosen('Tên địa bàn')).toBe('Cột B: Tên thôn, tổ dân phố');
  expect(await importer.chosen('Loại địa bàn')).toBe('Cột C: Loại');
  expect(await importer.chosen('Số hộ')).toBe('Cột D: Số hộ');
  expect(await importer.chosen('Số đảng viên')).toBe('Cột E: Số đảng viên');
  expect(await importer.chosen('Tổ chức đảng (riêng, ghép, chưa có)')).toBe('Cột F: Tổ chức đảng');
  expect(await importer.chosen('Số học sinh lớp 12')).toBe('— Không nhập —');
  // No unit column: the whole file is the district's until the commune is chosen, by keyboard
  // (the native select's options in the tree's order: Hòa Bình, then Tân Lập).
  expect(await importer.chosen('Đơn vị phụ trách')).toBe('Cả tệp: Đảng bộ huyện Yên Sơn');
  await importer.field('Đơn vị phụ trách').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => importer.chosen('Đơn vị phụ trách')).toBe('Cả tệp: Đảng bộ xã Tân Lập');
  await expect(page.getByLabel('Năm của số liệu')).toHaveValue('2026');
  const sample = page.getByRole('region', {
    name: 'Các dòng đầu của tệp, theo cách ghép cột đã chọn',
  });
  await expect(sample.getByRole('row').nth(5)).toContainText('Thôn Mới; khu tái định cư');
  await shot(page, 'mapping');
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'mapping-phone');
  await page.setViewportSize({ width: 1366, height: 768 });

  await importer.preview();
  await importer.expectCounts({ create: 5, update: 0, unchanged: 0, refused: 0 });
  await expect(page.getByText('Số liệu năm 2026 được ghi cho 5 địa bàn.')).toBeVisible();
  const rows = page.getByRole('region', { name: 'Các dòng sẽ được nhập' });
  await expect(rows.getByRole('row', { name: /Bản Khe Vằn/ })).toContainText('Đảng bộ xã Tân Lập');
  await shot(page, 'preview');
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'preview-phone');
  await page.setViewportSize({ width: 1366, height: 768 });

  await importer.importButton().click();
  await expect(importer.stepHeading).toHaveText('Bước 4/4: Hoàn tất');
  await expect(
    page.getByText('Từ tệp places-tan-lap.csv: 5 địa bàn mới, 0 cập nhật, 0 không đổi.'),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Về danh sách địa bàn' }).first()).toHaveAttribute(
    'href',
    '/places',
  );
  await shot(page, 'done');

  const first = await storedPlaces(page);
  expect(first.places.map((place) => place.name).sort()).toEqual([
    'Bản Khe Vằn',
    'Thôn Mới; khu tái định cư',
    'Thôn Nà Pồng',
    'Thôn Đồng Chằm',
    'Tổ dân phố số 1',
  ]);
  expect(new Set(first.places.map((place) => place.unitId))).toEqual(new Set([tanLap.id]));
  expect(new Set(first.places.map((place) => place.kind))).toEqual(new Set(['residential']));
  const moi = first.places.find((place) => place.name.startsWith('Thôn Mới'))!;
  expect(first.figures.find((figure) => figure.placeId === moi.id)).toMatchObject({
    year: 2026,
    households: 1024,
    partyMembers: 5,
    partyOrganisation: 'shared',
  });

  // The same file again: every line matches its place, nothing to write, nothing written.
  await page.getByRole('button', { name: 'Nhập tệp khác' }).click();
  await importer.choose('places-tan-lap.csv');
  await importer.field('Đơn vị phụ trách').selectOption(`u:${tanLap.id}`);
  await importer.preview();
  await importer.expectCounts({ create: 0, update: 0, unchanged: 5, refused: 0 });
  await expect(page.getByText('Tệp không có gì mới')).toBeVisible();
  await expect(importer.importButton()).toHaveCount(0);
  expect(await storedPlaces(page)).toEqual(first);
});

test('a workbook saved by LibreOffice: units by code, dates and numbers as cells', async ({
  page,
}) => {
  const importer = await start(page);
  await importer.choose('places-enterprises.xlsx');
  expect(await importer.chosen('Tên địa bàn')).toBe('Cột A: Tên doanh nghiệp');
  expect(await importer.chosen('Mã (mã số thuế, mã trường)')).toBe('Cột B: Mã số thuế');
  expect(await importer.chosen('Đơn vị phụ trách')).toBe('Cột D: Đơn vị');
  // No kind column: "Tên doanh nghiệp" says it.
  expect(await importer.chosen('Loại địa bàn')).toBe('Cả tệp: Doanh nghiệp');
  expect(await importer.chosen('Công đoàn cơ sở')).toBe('Cột I: Công đoàn');
  await importer.preview();
  await importer.expectCounts({ create: 3, update: 0, unchanged: 0, refused: 0 });
  await importer.importButton().click();
  await expect(importer.stepHeading).toHaveText('Bước 4/4: Hoàn tất');

  const { places, figures } = await storedPlaces(page);
  const sao = places.find((place) => place.code === '2300777888')!;
  expect(sao).toMatchObject({
    name: 'Công ty TNHH Điện tử Sao Việt',
    kind: 'enterprise',
    unitId: tanLap.id,
    enterpriseSector: 'fdi',
    openedOn: '2019-11-20',
  });
  expect(places.find((place) => place.code === '2300654321')?.unitId).toBe(hoaBinh.id);
  expect(figures.find((figure) => figure.placeId === sao.id)).toMatchObject({
    workers: 2400,
    partyMembers: 0,
    partyOrganisation: 'none',
    tradeUnion: false,
  });
});

test('a file with bad lines is refused whole, by line number, and writes nothing', async ({
  page,
}) => {
  const importer = await start(page);
  // A CSV saved in a Windows code page (Excel's plain "CSV"): refused, saying how to save it.
  await page.getByLabel('Chọn tệp CSV hoặc Excel').setInputFiles({
    name: 'thon-1258.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from([
      ...Buffer.from('STT;T'),
      0xea,
      ...Buffer.from('n th'),
      0xf4,
      ...Buffer.from('n\r\n1;Th'),
      0xf4,
      ...Buffer.from('n A\r\n'),
    ]),
  });
  await expect(page.getByRole('alert')).toContainText('Tệp CSV “thon-1258.csv” không ở mã UTF-8');
  await expect(importer.stepHeading).toHaveText('Bước 1/4: Chọn tệp');
  await shot(page, 'file-error');

  await importer.choose('places-tan-lap-bad.csv');
  await importer.field('Đơn vị phụ trách').selectOption(`u:${tanLap.id}`);
  await importer.preview();
  await importer.expectCounts({ create: 4, update: 0, unchanged: 0, refused: 2 });
  await expect(page.getByRole('alert')).toContainText('Chưa nhập gì: 2 dòng bị từ chối.');
  const refused = page.getByRole('region', { name: 'Các dòng bị từ chối' }).getByRole('listitem');
  await expect(refused).toHaveText([
    'Dòng 5: số hộ phải là số nguyên không âm (“khoảng 140”)',
    /^Dòng 9: dòng tổng cộng \(“Tổng cộng”\)/,
  ]);
  await expect(importer.importButton()).toBeDisabled();
  await shot(page, 'refused');
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'refused-phone');
  expect((await storedPlaces(page)).places).toEqual([]);

  // A required field left without a column says so, on the field, before any preview.
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByRole('button', { name: 'Quay lại ghép cột' }).click();
  await importer.field('Tên địa bàn').selectOption('');
  await page.getByRole('button', { name: 'Xem trước', exact: true }).click();
  await expect(importer.field('Tên địa bàn')).toBeFocused();
  await expect(page.getByText('Chọn cột ghi tên địa bàn.')).toBeVisible();
  await shot(page, 'mapping-error');
});
