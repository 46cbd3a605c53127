// The import's preview of a file that skips many records: the plan stays in the import worker
// and the page gets its counts and the first 50 records of each list, yet the preview says how
// many are skipped in all, and applying writes exactly what it announced. A preview removed
// from the list is not applied with the others.
// With PTDV_SHOTS_DIR set, a screenshot of the preview is written there for review.
import { expect, test } from '@playwright/test';
import { buildPerson, buildUnit } from '../test/builders';
import { exchangeDocument, inputFile } from './support/exchange-files';
import { seed, storedPeople } from './support/seed';
import { screenshots } from './support/shots';
import { SyncPage } from './support/sync-page';

const shot = screenshots();
const NOW = new Date('2026-11-28T09:00:00+07:00');

const province = buildUnit({ name: 'Tỉnh ủy Tân Lập', code: 'TINH', kind: 'province' });
const anPhu = buildUnit({
  name: 'Đảng bộ xã An Phú',
  code: 'AP',
  kind: 'upper',
  parentId: province.id,
});
const anDong = buildUnit({ name: 'Chi bộ thôn An Đông', code: 'AP-1', parentId: anPhu.id });
const binhMinh = buildUnit({
  name: 'Đảng bộ phường Bình Minh',
  code: 'BM',
  kind: 'upper',
  parentId: province.id,
});
const khuPho = buildUnit({ name: 'Chi bộ khu phố 1', code: 'BM-1', parentId: binhMinh.id });

/** An Phú's file: three of its own people, and 120 of Bình Minh's it may not touch. */
function anPhuFile(name: string) {
  const own = Array.from({ length: 3 }, (_, index) =>
    buildPerson({ unitId: anDong.id, fullName: `Nguyễn Văn An ${index + 1}` }),
  );
  const foreign = Array.from({ length: 120 }, (_, index) =>
    buildPerson({ unitId: khuPho.id, fullName: `Trần Thị Bình ${index + 1}` }),
  );
  const document = exchangeDocument({
    source: anPhu,
    units: [anPhu, anDong],
    people: [...own, ...foreign],
  });
  return inputFile(name, JSON.stringify(document));
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await seed(page, {
    installation: { kind: 'province', homeUnitId: province.id },
    units: [province, anPhu, anDong, binhMinh, khuPho],
  });
});

test('a preview counts every record it skips, lists the first 50, and applies what it said', async ({
  page,
}) => {
  const sync = new SyncPage(page);
  await sync.goto();
  await sync.importFiles([anPhuFile('an-phu.ptdv.json')]);
  await expect(sync.counts('an-phu.ptdv.json', 'Quần chúng, đảng viên')).toHaveText([
    '3',
    '0',
    '0',
    '0',
    '120',
    '0',
  ]);
  // The list is a disclosure (<details>, role group) titled with its count.
  const skipped = sync
    .card('an-phu.ptdv.json')
    .getByRole('group')
    .filter({ hasText: 'Bản ghi ngoài phạm vi của đơn vị gửi (sẽ bỏ qua) — 120' });
  await expect(skipped.getByRole('listitem')).toHaveCount(51);
  await expect(skipped.getByRole('listitem').last()).toHaveText('… và 70 bản ghi khác');
  await expect(skipped.getByRole('listitem').first()).toContainText('Trần Thị Bình 1');
  await shot(page, 'import-preview');

  await sync.apply('an-phu.ptdv.json');
  await expect(sync.card('an-phu.ptdv.json')).toContainText(
    'Đã áp dụng tệp “an-phu.ptdv.json”: tạo mới 3, cập nhật 0, xóa 0 bản ghi.',
  );
  expect(await storedPeople(page)).toBe(3);
});

test('a preview removed from the list is left out of “Áp dụng tất cả”', async ({ page }) => {
  const sync = new SyncPage(page);
  await sync.goto();
  await sync.importFiles([anPhuFile('lan-1.ptdv.json'), anPhuFile('lan-2.ptdv.json')]);
  await expect(sync.applyButton('lan-2.ptdv.json')).toBeEnabled();
  await sync
    .card('lan-1.ptdv.json')
    .getByRole('button', { name: /^Bỏ tệp khỏi danh sách/ })
    .click();
  await expect(sync.card('lan-1.ptdv.json')).toHaveCount(0);
  await expect(sync.applyAllButton(1)).toBeEnabled();
  await sync.applyAllButton(1).click();
  await expect(sync.card('lan-2.ptdv.json').getByText('Đã áp dụng', { exact: true })).toBeVisible();
  expect(await storedPeople(page)).toBe(3);
});
