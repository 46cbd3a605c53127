// The province exchange end to end, through the /sync page: the format's fixture files import
// into a fresh browser (every run, forever); refused files leave the store as it was; a unit is
// reminded of changes it has not sent; the province's key and its backup. (A unit and the
// province trading files is exchange-sealed.spec.ts; a tab closed mid-import, crash.spec.ts.)
// With PTDV_SHOTS_DIR set, screenshots of the page are written there for review.
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import type { Person } from '../src/domain/entities';
import { buildPerson, testId } from '../test/builders';
import { DashboardPage } from './support/dashboard-page';
import { saveDownload } from './support/downloads';
import { exchangeDocument, inputFile } from './support/exchange-files';
import {
  NOW,
  admittedBefore,
  anDong,
  anPhu,
  seedProvince,
  units,
} from './support/exchange-province';
import { seed, storedPeople } from './support/seed';
import { SetupPage } from './support/setup-page';
import { screenshots } from './support/shots';
import { SyncPage } from './support/sync-page';

const shot = screenshots('sync');
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

function admittedPeople(count: number, unitId: string): Person[] {
  return Array.from({ length: count }, (_, index) =>
    buildPerson({
      id: testId(7),
      unitId,
      fullName: `Nguyễn Văn Thử ${index + 1}`,
      birthDate: '1995-06-15',
      milestones: { admittedOn: '2026-06-01' },
    }),
  );
}

test('the version-1 fixture files import into a fresh browser', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  const unitPath = join(FIXTURES, 'v1-unit-file.ptdv.json');
  const provincePath = join(FIXTURES, 'v1-province-file.ptdv.json');
  const unitFile = JSON.parse(await readFile(unitPath, 'utf8')) as {
    units: { name: string }[];
    people: { fullName: string }[];
  };
  const provinceFile = JSON.parse(await readFile(provincePath, 'utf8')) as {
    units: { id: string; name: string; kind: string; parentId: string | null }[];
  };

  const sync = new SyncPage(page);
  await sync.goto();
  await expect(page.getByText('Cài đặt này chưa được thiết lập.', { exact: false })).toBeVisible();
  await shot(page, 'fresh');

  // Both files at once, as the province office receives them.
  await sync.importFiles([provincePath, unitPath]);
  const provinceName = basename(provincePath);
  const unitName = basename(unitPath);
  await expect(sync.card(provinceName)).toContainText('Tệp của Tỉnh ủy');
  await expect(sync.counts(provinceName, 'Đơn vị').first()).toHaveText(
    String(provinceFile.units.length),
  );
  await expect(sync.card(unitName)).toContainText('Tệp của đơn vị');
  // Every person of the unit's file is new here.
  await expect(sync.counts(unitName, 'Quần chúng, đảng viên').first()).toHaveText(
    String(unitFile.people.length),
  );
  await shot(page, 'fixture-preview');
  await sync.applyAllButton(2).click();
  for (const name of [provinceName, unitName]) {
    await expect(sync.card(name).getByText('Đã áp dụng', { exact: true })).toBeVisible();
  }
  await expect(sync.imported).toContainText(unitName);
  await expect(sync.imported).toContainText(provinceName);

  // On to the first-run choice, with the imported tree: the province's root as home.
  await sync.continueToSetup();
  await expect(page).toHaveURL(/\/setup$/);
  const root = provinceFile.units.find((unit) => unit.parentId === null);
  expect(root).toBeDefined();
  await new SetupPage(page).setUp({ kind: 'province', homeUnit: root?.id ?? '' });
  await expect(page).not.toHaveURL(/\/setup$/);

  await page.goto('/people');
  for (const person of unitFile.people.slice(0, 3)) {
    await expect(page.getByText(person.fullName.normalize('NFC')).first()).toBeVisible();
  }
  await page.goto('/units');
  for (const unit of provinceFile.units.slice(0, 3)) {
    await expect(page.getByText(unit.name.normalize('NFC')).first()).toBeVisible();
  }
});

test('a truncated file and a file with one invalid record are refused, the store unchanged', async ({
  page,
}) => {
  await seedProvince(page);
  const dashboard = new DashboardPage(page);
  const before = await dashboard.admitted();

  const people = admittedPeople(100, anDong.id);
  const document = exchangeDocument({ source: anPhu, units: [anPhu, anDong], people });
  const bad = structuredClone(document) as { people: { id: string; birthDate: string }[] };
  const badRecord = bad.people[57];
  if (!badRecord) throw new Error('no record 57');
  badRecord.birthDate = '1999-02-30';
  const whole = JSON.stringify(document, null, 2);

  const sync = new SyncPage(page);
  await sync.goto();
  // One through the file input, one dropped onto the page.
  await sync.importFiles([
    inputFile('cat-doi.ptdv.json', whole.slice(0, Math.floor(whole.length / 2))),
  ]);
  await sync.dropFile(inputFile('sai-ngay-sinh.ptdv.json', JSON.stringify(bad, null, 2)));
  await expect(sync.card('cat-doi.ptdv.json').getByRole('alert')).toHaveText(
    /^Tệp “cat-doi\.ptdv\.json” bị từ chối: tệp bị cắt cụt, kết thúc giữa chừng/,
  );
  await expect(sync.card('sai-ngay-sinh.ptdv.json').getByRole('alert')).toHaveText(
    `Tệp “sai-ngay-sinh.ptdv.json” bị từ chối: bản ghi people[57] (id ${badRecord.id}) — trường “birthDate”: cần một ngày dạng YYYY-MM-DD, nhận được “1999-02-30”.`,
  );
  for (const name of ['cat-doi.ptdv.json', 'sai-ngay-sinh.ptdv.json']) {
    await expect(sync.card(name).getByText('Bị từ chối', { exact: true })).toBeVisible();
    await expect(sync.card(name).getByRole('button', { name: /^Áp dụng/ })).toHaveCount(0);
  }
  await expect(sync.applyAllButton(0)).toBeDisabled();
  await shot(page, 'refused');

  expect(await storedPeople(page)).toBe(admittedBefore.length);
  expect(await dashboard.admitted()).toBe(before);
});

test('a unit is reminded of changes not sent for more than the chosen days', async ({ page }) => {
  await page.clock.setFixedTime(NOW);
  await seed(page, {
    installation: { kind: 'unit', homeUnitId: anPhu.id },
    units,
    people: [
      buildPerson({
        unitId: anDong.id,
        fullName: 'Đinh Văn Nam',
        updatedAt: '2026-11-01T08:00:00+07:00',
        milestones: { sourcedOn: '2026-10-20' },
      }),
    ],
  });
  const sync = new SyncPage(page);
  await sync.goto();
  await expect(page.getByText('Chưa xuất lần nào')).toBeVisible();
  await expect(page.getByText('Chưa nhập tệp nào')).toBeVisible();
  await expect(sync.exportChangesButton).toBeDisabled();
  // No key from the province yet: the file can only be plain, and the page says why.
  await expect(page.getByText('Chưa thể mã hóa', { exact: false })).toBeVisible();
  await expect(
    page.getByText('Có thay đổi chưa gửi Tỉnh ủy từ 01/11/2026 (27 ngày).', { exact: false }),
  ).toBeVisible();
  await shot(page, 'unit-reminder');

  // A longer delay silences it; a wrong one is refused where it was typed.
  const days = page.getByLabel('Số ngày');
  await days.fill('0');
  await page.getByRole('button', { name: 'Lưu', exact: true }).click();
  await expect(page.getByText('Nhập số ngày nguyên từ 1 đến 365.')).toBeVisible();
  await expect(days).toBeFocused();
  await days.fill('30');
  await days.press('Enter');
  await expect(page.getByText('Đã lưu: nhắc khi thay đổi chưa gửi quá 30 ngày.')).toBeVisible();
  await expect(page.getByText(/^Có thay đổi chưa gửi Tỉnh ủy từ/)).toBeHidden();

  // After a (plain) export everything is sent.
  expect((await sync.exportFull()).suggestedFilename()).toBe('ptdv-ap-2026-11-28-full.ptdv.json');
  await expect(page.getByText('Mọi thay đổi đã được xuất.')).toBeVisible();
  const row = sync.exportHistory.getByRole('row').nth(1);
  await expect(row).toContainText('2 tổ chức đảng, 1 người');
  await expect(row).toContainText('Không');
});

test('the province key: a weak passphrase is refused, the backup restores the key', async ({
  page,
}) => {
  await seedProvince(page);
  const sync = new SyncPage(page);
  await sync.goto();
  await sync.keyPassphrase.fill('ngắn');
  await sync.keyPassphraseAgain.fill('ngắn');
  await sync.createKeysButton.click();
  await expect(page.getByText('Mật khẩu quá ngắn: cần ít nhất 10 ký tự.')).toBeVisible();
  await expect(sync.keyPassphrase).toBeFocused();
  await sync.keyPassphrase.fill('một mật khẩu đủ dài');
  await sync.keyPassphraseAgain.fill('một mật khẩu khác hẳn');
  await sync.createKeysButton.click();
  await expect(page.getByText('Hai mật khẩu không khớp.')).toBeVisible();
  const backup = await saveDownload(
    await sync.createProvinceKeys('một mật khẩu đủ dài', 'một mật khẩu đủ dài'),
  );
  const keys = sync.provinceKeys;
  const fingerprint = await sync.fingerprint().innerText();
  expect(fingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);

  await keys.getByText('Khôi phục khóa từ bản sao lưu').click();
  await keys.getByLabel('Tệp sao lưu khóa (.ptdv-key.json)').setInputFiles(backup.path);
  await keys.getByLabel('Mật khẩu của bản sao lưu').fill('sai mật khẩu rồi');
  await keys.getByRole('button', { name: 'Khôi phục khóa' }).click();
  await expect(
    keys.getByText('Sai mật khẩu, hoặc bản sao lưu đã bị sửa.', { exact: false }),
  ).toBeVisible();
  await keys.getByLabel('Tệp sao lưu khóa (.ptdv-key.json)').setInputFiles(backup.path);
  await keys.getByLabel('Mật khẩu của bản sao lưu').fill('một mật khẩu đủ dài');
  await keys.getByRole('button', { name: 'Khôi phục khóa' }).click();
  await expect(keys.getByText(`Đã khôi phục khóa (mã ${fingerprint}).`)).toBeVisible();
});
