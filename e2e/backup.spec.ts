// Full backup and restore, end to end: back up through the settings page (a real download),
// open a brand-new browser (nothing stored), restore through the real file input of the
// first-run page, then compare every row of every IndexedDB store with what was there before,
// and look at the screens. The reminder shows when the last backup is old, and goes after one.
// With PTDV_SHOTS_DIR set, screenshots are written there for review.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import {
  buildClass,
  buildMemberCount,
  buildPerson,
  buildTarget,
  buildUnit,
} from '../test/builders';
import { putRows, seed } from './support/seed';

const SHOTS = process.env.PTDV_SHOTS_DIR;
const NOW = new Date('2026-11-28T09:00:00+07:00');
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

const province = buildUnit({ code: 'TINH', name: 'Tỉnh ủy Tân Sơn', kind: 'province' });
const commune = buildUnit({
  code: 'X-TL',
  name: 'Đảng ủy xã Tân Lập',
  kind: 'grassroots_committee',
  sector: 'commune',
  parentId: province.id,
});
const dongTam = buildUnit({ code: 'TL-1', name: 'Chi bộ thôn Đồng Tâm', parentId: commune.id });
/** Merged into Đồng Tâm on 1 July 2025: a closed unit with its history. */
const hoaBinh = buildUnit({
  code: 'TL-2',
  name: 'Chi bộ thôn Hòa Bình',
  parentId: commune.id,
  closedOn: '2025-07-01',
  successorId: dongTam.id,
  updatedAt: '2025-07-01T03:00:00.000Z',
});
const awareness = buildClass({
  unitId: commune.id,
  title: 'Lớp nhận thức về Đảng khóa 3/2026',
  startOn: '2026-03-02',
  endOn: '2026-03-06',
  attendeeCount: 35,
});
const people = [
  buildPerson({
    unitId: dongTam.id,
    fullName: 'Lò Thị Hoa',
    gender: 'female',
    ethnicity: 'Thái',
    religion: 'Phật giáo',
    nationalId: '001200012345',
    awarenessClassId: awareness.id,
    milestones: {
      sourcedOn: '2025-01-10',
      awarenessCertOn: '2026-03-06',
      decisionOn: '2026-05-20',
      admittedOn: '2026-06-01',
    },
    decisionNo: '45-QĐ/ĐU',
  }),
  buildPerson({
    unitId: dongTam.id,
    fullName: 'Nguyễn Văn Bình',
    awarenessClassId: awareness.id,
    milestones: { sourcedOn: '2026-02-01', awarenessCertOn: '2026-03-06' },
  }),
  buildPerson({
    unitId: hoaBinh.id,
    fullName: 'Hà Văn Cường',
    milestones: { sourcedOn: '2024-04-01', admittedOn: '2024-12-15', officialOn: '2025-12-15' },
  }),
];

type Rows = Record<string, unknown[]>;

/** Every row of every store of the app's database, read raw; key objects named, not opened. */
async function dumpDatabase(page: Page): Promise<Rows> {
  return page.evaluate(async () => {
    const open = indexedDB.open('ptdv');
    const database: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const out: Record<string, unknown[]> = {};
    for (const name of Array.from(database.objectStoreNames)) {
      const request = database.transaction(name).objectStore(name).getAll();
      out[name] = await new Promise((resolve, reject) => {
        request.onsuccess = () => resolve(request.result as unknown[]);
        request.onerror = () => reject(request.error);
      });
    }
    database.close();
    return JSON.parse(
      JSON.stringify(out, (_key, value: unknown) =>
        value instanceof CryptoKey ? { cryptoKey: value.type } : value,
      ),
    ) as Record<string, unknown[]>;
  });
}

async function seedStore(page: Page, extra: Rows = {}): Promise<void> {
  await seed(page, {
    installation: { kind: 'unit', homeUnitId: commune.id },
    units: [province, commune, dongTam, hoaBinh],
    people,
    classes: [awareness],
    targets: [buildTarget({ unitId: commune.id, fromYear: 2025, toYear: 2030, admissions: 40 })],
    memberCounts: [buildMemberCount({ unitId: commune.id, year: 2026, total: 212 })],
  });
  await putRows(page, {
    unitEvents: [
      {
        id: 'ev-hoa-binh-created',
        unitId: hoaBinh.id,
        at: '2020-01-01T00:00:00.000Z',
        kind: 'created',
        changes: { name: [null, hoaBinh.name] },
      },
      {
        id: 'ev-hoa-binh-closed',
        unitId: hoaBinh.id,
        at: hoaBinh.updatedAt,
        kind: 'closed',
        changes: { closedOn: [null, '2025-07-01'], successorId: [null, dongTam.id] },
      },
    ],
    tombstones: [
      {
        type: 'person',
        id: '00000000-0000-4000-8000-00000000dead',
        deletedAt: '2026-10-01T02:00:00.000Z',
        unitId: dongTam.id,
      },
    ],
    exportLog: [
      {
        exportId: '00000000-0000-4000-9000-0000000e0001',
        exportedAt: '2026-10-15T01:00:00.000Z',
        fileName: 'ptdv-x-tl-2026-10-15-full.ptdv.json',
        rootUnitId: commune.id,
        content: 'subtree',
        scope: { type: 'full' },
        asOf: '2026-10-15T01:00:00.000Z',
        fileCounts: { units: 3, people: 3 },
        sealed: false,
      },
    ],
    settings: [
      { key: 'sync.reminderDays', value: 10 },
      { key: 'backupReminderDays', value: 7 },
    ],
    ...extra,
  });
}

/** Waits until the dashboard's aggregates hold the seeded people (rebuilt on first view). */
async function settleAggregates(page: Page): Promise<void> {
  await page.goto('/dashboard');
  const kpis = page.getByRole('group', { name: 'Số liệu chính của kỳ' });
  await expect(kpis).toBeVisible();
  await expect(kpis).not.toHaveAttribute('aria-busy', 'true');
}

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  await page.screenshot({ path: `${SHOTS}/backup-${name}.png`, fullPage: true });
}

/** Backs up on the settings page; returns the downloaded file's path, name and text. */
async function backUpThroughSettings(page: Page) {
  const section = page.getByRole('region', { name: 'Sao lưu và khôi phục' });
  const download = page.waitForEvent('download');
  await section.getByRole('button', { name: 'Sao lưu toàn bộ' }).click();
  const file = await download;
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  // The instant is recorded after the download: the notice says the file is made.
  await expect(section.getByText(`Đã tạo tệp “${file.suggestedFilename()}”`)).toBeVisible();
  return { path, name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

test('back up, restore into a brand-new browser: every row of every store comes back', async ({
  page,
  browser,
}) => {
  await seedStore(page);
  await settleAggregates(page);

  await page.goto('/settings');
  const section = page.getByRole('region', { name: 'Sao lưu và khôi phục' });
  await expect(section.getByText('Chưa sao lưu lần nào')).toBeVisible();
  await expect(section.getByText('Lưu trữ bền vững', { exact: true })).toBeVisible();
  await shot(page, 'settings');
  const backup = await backUpThroughSettings(page);
  expect(backup.name).toBe('ptdv-sao-luu-x-tl-2026-11-28.ptdv.json');

  // The file is a version-1 exchange document, a full export of the home unit, plus the backup.
  const file = JSON.parse(backup.text) as Record<string, unknown> & {
    people: unknown[];
    installationBackup: { format: string; counts: Record<string, number> };
  };
  expect(file).toMatchObject({
    format: 'ptdv-exchange',
    version: 1,
    scope: { type: 'full' },
    source: { unitId: commune.id, unitCode: 'X-TL' },
  });
  expect(file.people).toHaveLength(3);
  expect(file.installationBackup).toMatchObject({
    format: 'ptdv-installation-backup',
    counts: { units: 4, people: 3, classes: 1, tombstones: 1, unitEvents: 2, exportLog: 1 },
  });
  await expect(section.getByText(/^28\/11\/2026 \d\d:\d\d \(hôm nay\)$/)).toBeVisible();
  if (SHOTS) await section.screenshot({ path: `${SHOTS}/backup-section-after.png` });

  const before = await dumpDatabase(page);
  expect(before.people).toHaveLength(3);
  expect(before.unitStats?.length).toBeGreaterThan(0);
  expect(before.settings).toContainEqual({ key: 'lastBackupAt', value: expect.any(String) });

  // A brand-new browser: its own, empty storage. The app sends it to the first-run page.
  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.clock.setFixedTime(NOW);
  await fresh.goto('/');
  await expect(fresh).toHaveURL(/\/setup$/);
  const card = fresh.getByRole('region', { name: 'Khôi phục từ bản sao lưu' });
  await card.getByLabel('Chọn tệp sao lưu…').setInputFiles(backup.path);

  const preview = card.getByRole('region', { name: `Tệp “${backup.name}”` });
  await expect(preview.getByText('Đảng ủy xã Tân Lập (X-TL)')).toBeVisible();
  await expect(preview.getByRole('row', { name: 'Hồ sơ quần chúng, đảng viên 3' })).toBeVisible();
  await expect(preview.getByRole('row', { name: 'Sự kiện trong lịch sử đơn vị 2' })).toBeVisible();
  await expect(preview.getByText('Tổ chức cơ sở (chi bộ, đảng bộ cơ sở…)')).toBeVisible();
  await shot(fresh, 'restore-preview');

  // An empty browser: nothing to replace, so no confirmation.
  await preview.getByRole('button', { name: 'Khôi phục' }).click();
  await expect(
    card.getByText(`Đã khôi phục từ tệp “${backup.name}”: 3 hồ sơ, 4 tổ chức đảng`),
  ).toBeVisible();

  const after = await dumpDatabase(fresh);
  // Every store, every row: equal. Rows the fresh browser's app may have written by itself
  // (none expected) would show here as differences.
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  for (const store of Object.keys(before)) {
    expect(after[store], store).toEqual(before[store]);
  }

  // And the screens show the data.
  await card.getByRole('link', { name: 'Mở trang chủ' }).click();
  await expect(fresh).toHaveURL(/\/$/);
  await expect(fresh.locator('.topbar').getByText('Đảng ủy xã Tân Lập')).toBeVisible();
  await fresh.goto('/people');
  await expect(fresh.getByRole('link', { name: 'Lò Thị Hoa' })).toBeVisible();
  await expect(fresh.getByRole('link', { name: 'Hà Văn Cường' })).toBeVisible();
  await fresh.goto('/units');
  await fresh.getByRole('button', { name: 'Chi bộ thôn Hòa Bình', exact: true }).click();
  const panel = fresh.getByRole('region', { name: 'Chi tiết đơn vị' });
  await expect(
    panel.getByText('Giải thể/sáp nhập ngày 01/07/2025 vào Chi bộ thôn Đồng Tâm'),
  ).toBeVisible();
  await fresh.goto('/settings');
  await expect(
    fresh
      .getByRole('region', { name: 'Sao lưu và khôi phục' })
      .getByText(/^28\/11\/2026 \d\d:\d\d \(hôm nay\)$/),
  ).toBeVisible();
  await context.close();
});

test('the reminder shows when the last backup is old, and goes after a backup', async ({
  page,
}) => {
  await seedStore(page, {});
  await putRows(page, { settings: [{ key: 'lastBackupAt', value: '2026-11-18T02:00:00.000Z' }] });
  await page.goto('/');
  const reminder = page.getByRole('complementary', { name: 'Nhắc sao lưu dữ liệu' });
  await expect(reminder).toContainText('Lần sao lưu gần nhất: 10 ngày trước (18/11/2026).');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await shot(page, 'reminder');

  // It follows the user from page to page, and leads to the backup section.
  await page.getByRole('link', { name: 'Quần chúng & đảng viên', exact: true }).click();
  await expect(reminder).toBeVisible();
  await reminder.getByRole('link', { name: 'Sao lưu ngay' }).click();
  await expect(page).toHaveURL(/\/settings#sao-luu$/);
  await expect(page.getByRole('heading', { name: 'Sao lưu và khôi phục', level: 2 })).toBeFocused();

  await backUpThroughSettings(page);
  await expect(reminder).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sao lưu và khôi phục', level: 2 })).toBeVisible();
  await expect(reminder).toHaveCount(0);
});

test('the reminder can be hidden until tomorrow; a fresh installation and the demo get none', async ({
  page,
}) => {
  await seedStore(page);
  await page.goto('/');
  const reminder = page.getByRole('complementary', { name: 'Nhắc sao lưu dữ liệu' });
  await expect(reminder).toContainText('Chưa sao lưu dữ liệu lần nào');
  await reminder.getByRole('button', { name: 'Ẩn đến mai' }).click();
  await expect(reminder).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(reminder).toHaveCount(0);

  // The next day it is back.
  await page.clock.setFixedTime(new Date('2026-11-29T09:00:00+07:00'));
  await page.reload();
  await expect(reminder).toBeVisible();

  // A set-up done today, with data: no reminder before the days have passed.
  await putRows(page, {
    settings: [
      {
        key: 'installation',
        value: { kind: 'unit', homeUnitId: commune.id, setUpAt: '2026-11-28T01:00:00.000Z' },
      },
    ],
  });
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(reminder).toHaveCount(0);

  // The demo province, however old: never.
  await putRows(page, {
    settings: [
      {
        key: 'installation',
        value: { kind: 'unit', homeUnitId: commune.id, setUpAt: '2026-01-01T00:00:00.000Z' },
      },
      { key: 'demo', value: { rootUnitId: province.id, loadedAt: '2026-01-01T00:00:00.000Z' } },
    ],
  });
  await page.reload();
  await expect(page.locator('.topbar').getByText('Dữ liệu mẫu')).toBeVisible();
  await expect(reminder).toHaveCount(0);
});

test('a file that is not a backup is refused by name; a restore over data asks first', async ({
  page,
}) => {
  await seedStore(page);
  await page.goto('/settings');
  const section = page.getByRole('region', { name: 'Sao lưu và khôi phục' });
  const backup = await backUpThroughSettings(page);
  const input = section.getByLabel('Chọn tệp sao lưu…');

  // A plain exchange file (the fixture of version 1): not a backup.
  await input.setInputFiles(`${FIXTURES}v1-unit-file.ptdv.json`);
  await expect(section.getByRole('alert')).toContainText(
    'Tệp “v1-unit-file.ptdv.json” là tệp trao đổi dữ liệu, không phải tệp sao lưu',
  );
  // A truncated backup.
  await input.setInputFiles({
    name: 'cat-do.ptdv.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup.text.slice(0, 900)),
  });
  await expect(section.getByRole('alert')).toContainText('cat-do.ptdv.json');
  await expect(section.getByRole('alert')).toContainText('bị cắt cụt');
  // A backup whose extra member was edited.
  const edited = JSON.parse(backup.text) as { installationBackup: { counts: { people: number } } };
  edited.installationBackup.counts.people = 99;
  await input.setInputFiles({
    name: 'da-sua.ptdv.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(edited)),
  });
  await expect(section.getByRole('alert')).toContainText(
    'không phải tệp sao lưu hợp lệ: phần “installationBackup.counts.people”',
  );
  if (SHOTS) await section.screenshot({ path: `${SHOTS}/backup-refused.png` });

  // A sound backup over a store that holds data: a warning, then a confirmation.
  await input.setInputFiles(backup.path);
  const preview = section.getByRole('region', { name: `Tệp “${backup.name}”` });
  await expect(
    preview.getByText('Máy này đang có dữ liệu (3 hồ sơ, 4 tổ chức đảng)'),
  ).toBeVisible();
  await preview.getByRole('button', { name: 'Khôi phục' }).click();
  const dialog = page.getByRole('dialog', { name: 'Thay toàn bộ dữ liệu trên máy này?' });
  await expect(dialog).toBeVisible();
  await shot(page, 'confirm');
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog).toBeHidden();
  await preview.getByRole('button', { name: 'Khôi phục' }).click();
  await dialog.getByRole('button', { name: 'Thay toàn bộ dữ liệu' }).click();
  await expect(section.getByText(`Đã khôi phục từ tệp “${backup.name}”`)).toBeVisible();
});

test('a restore in one tab shows in the other open tab without a reload', async ({
  page,
  context,
}) => {
  await seedStore(page);
  await page.goto('/settings');
  const backup = await backUpThroughSettings(page);
  // Typed in after the backup: the restore takes the store back to before it.
  const later = buildPerson({ unitId: dongTam.id, fullName: 'Đinh Văn Sau' });
  await seed(page, { people: [later] });

  const other = await context.newPage();
  await other.clock.setFixedTime(NOW);
  await other.goto('/people');
  await expect(other.getByText('Hiển thị 4 / 4 người')).toBeVisible();
  await expect(other.getByRole('link', { name: 'Đinh Văn Sau' })).toBeVisible();
  await other.evaluate(() => {
    (window as unknown as { e2eMark?: boolean }).e2eMark = true;
  });

  const section = page.getByRole('region', { name: 'Sao lưu và khôi phục' });
  await section.getByLabel('Chọn tệp sao lưu…').setInputFiles(backup.path);
  await section
    .getByRole('region', { name: `Tệp “${backup.name}”` })
    .getByRole('button', { name: 'Khôi phục' })
    .click();
  await page
    .getByRole('dialog', { name: 'Thay toàn bộ dữ liệu trên máy này?' })
    .getByRole('button', { name: 'Thay toàn bộ dữ liệu' })
    .click();
  await expect(section.getByText(`Đã khôi phục từ tệp “${backup.name}”`)).toBeVisible();

  // The other tab follows: the person typed in after the backup is gone from its list.
  await expect(other.getByText('Hiển thị 3 / 3 người')).toBeVisible();
  await expect(other.getByRole('link', { name: 'Đinh Văn Sau' })).toHaveCount(0);
  await expect(other.getByRole('link', { name: 'Lò Thị Hoa' })).toBeVisible();
  expect(
    await other.evaluate(() => (window as unknown as { e2eMark?: boolean }).e2eMark === true),
  ).toBe(true);
  await shot(other, 'other-tab-after-restore');
});

test('a province backup carries its key under its passphrase; the restore asks for it', async ({
  page,
  browser,
}) => {
  await seed(page, {
    installation: { kind: 'province', homeUnitId: province.id },
    units: [province, commune, dongTam, hoaBinh],
    people: people.slice(0, 2),
    classes: [awareness],
  });
  await page.goto('/sync');
  const passphrase = 'Tỉnh ủy Tân Sơn 2026';
  await page.getByLabel('Mật khẩu bảo vệ bản sao lưu').fill(passphrase);
  await page.getByLabel('Nhập lại mật khẩu').fill(passphrase);
  const keyDownload = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tạo cặp khóa và tải bản sao lưu' }).click();
  await keyDownload;
  const keys = page.getByRole('region', { name: 'Khóa mã hóa của Tỉnh ủy' });
  const fingerprint = await keys.locator('code').innerText();
  expect(fingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);

  await page.goto('/settings');
  const backup = await backUpThroughSettings(page);
  // The private key is in the file only under the passphrase.
  expect(backup.text).not.toMatch(/"d"\s*:/);
  expect(backup.text).toContain('ptdv-key-backup');

  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.clock.setFixedTime(NOW);
  await fresh.goto('/setup');
  const card = fresh.getByRole('region', { name: 'Khôi phục từ bản sao lưu' });
  await card.getByLabel('Chọn tệp sao lưu…').setInputFiles(backup.path);
  const preview = card.getByRole('region', { name: `Tệp “${backup.name}”` });
  await expect(preview.getByText('Văn phòng Tỉnh ủy')).toBeVisible();
  const field = preview.getByLabel('Mật khẩu khóa của Tỉnh ủy');
  await preview.getByRole('button', { name: 'Khôi phục' }).click();
  await expect(
    preview.getByText('Nhập mật khẩu, hoặc chọn khôi phục không kèm khóa.'),
  ).toBeVisible();
  await expect(field).toBeFocused();
  await shot(fresh, 'restore-passphrase');

  await field.fill('không phải mật khẩu này');
  await preview.getByRole('button', { name: 'Khôi phục' }).click();
  await expect(card.getByRole('alert')).toContainText('Mật khẩu khóa của Tỉnh ủy không đúng');
  expect(await dumpDatabase(fresh).then((rows) => rows.units?.length ?? 0)).toBe(0);

  await field.fill(passphrase);
  await preview.getByRole('button', { name: 'Khôi phục' }).click();
  await expect(
    card.getByText('Khóa của Tỉnh ủy đã được khôi phục.', { exact: false }),
  ).toBeVisible();
  await fresh.goto('/sync');
  await expect(
    fresh.getByRole('region', { name: 'Khóa mã hóa của Tỉnh ủy' }).locator('code'),
  ).toHaveText(fingerprint);
  await context.close();
});

test('under the app lock the CCCDs stay sealed in the file; after a restore the lock asks first', async ({
  page,
  browser,
}) => {
  const passphrase = 'Chi bộ thôn Đồng Tâm họp ngày 5';
  await seedStore(page);
  await settleAggregates(page);
  await page.goto('/settings');
  const lock = page.getByRole('region', { name: 'Khóa ứng dụng' });
  await lock.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(passphrase);
  await lock.getByLabel('Nhập lại mật khẩu').fill(passphrase);
  await lock.getByLabel(/Tôi đã hiểu/).check();
  await lock.getByRole('button', { name: 'Bật khóa ứng dụng' }).click();
  await expect(lock.getByText('Đã bật khóa ứng dụng.', { exact: false })).toBeVisible({
    timeout: 30_000,
  });
  const backup = await backUpThroughSettings(page);
  expect(backup.text).not.toContain('001200012345');
  const before = await dumpDatabase(page);

  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.clock.setFixedTime(NOW);
  await fresh.goto('/setup');
  const card = fresh.getByRole('region', { name: 'Khôi phục từ bản sao lưu' });
  await card.getByLabel('Chọn tệp sao lưu…').setInputFiles(backup.path);
  const preview = card.getByRole('region', { name: `Tệp “${backup.name}”` });
  await expect(preview.getByText('Máy sao lưu có bật khóa ứng dụng')).toBeVisible();
  await preview.getByRole('button', { name: 'Khôi phục' }).click();

  // The restored lock is on: the lock screen asks for its passphrase before anything shows.
  await expect(fresh.getByRole('heading', { name: 'Ứng dụng đang khóa' })).toBeVisible();
  const after = await dumpDatabase(fresh);
  for (const store of Object.keys(before)) {
    if (store === 'settings') continue;
    expect(after[store], store).toEqual(before[store]);
  }
  const field = fresh.getByRole('textbox', { name: 'Mật khẩu', exact: true });
  await field.fill(passphrase);
  await field.press('Enter');
  await expect(fresh.getByRole('heading', { name: 'Ứng dụng đang khóa' })).toHaveCount(0);
  await fresh.goto(`/people/${people[0]?.id ?? ''}`);
  await fresh.getByRole('textbox', { name: 'Mật khẩu', exact: true }).fill(passphrase);
  await fresh.getByRole('textbox', { name: 'Mật khẩu', exact: true }).press('Enter');
  // Opened with the restored lock's keys: masked, then shown on demand.
  await expect(fresh.getByText('••••••••2345')).toBeVisible();
  await fresh.getByRole('button', { name: 'Hiện' }).click();
  await expect(fresh.getByText('001200012345')).toBeVisible();
  await context.close();
});

/** Long tasks (over 50 ms) of the page's main thread since the observer started. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const tasks: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = tasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
}

async function longestTask(page: Page): Promise<number> {
  return page.evaluate(() =>
    Math.max(0, ...(window as unknown as { longTasks: number[] }).longTasks),
  );
}

// A measurement, not a check of behaviour: PTDV_BENCH_BACKUP=1 runs it (a few minutes).
test('a province of 250,000 people: backup and restore times, and the page stays responsive', async ({
  page,
  browser,
}) => {
  test.skip(!process.env.PTDV_BENCH_BACKUP, 'set PTDV_BENCH_BACKUP=1 to measure');
  test.setTimeout(20 * 60_000);
  await page.goto('/setup');
  await page.getByRole('radio', { name: /Quy mô cả tỉnh/ }).check();
  await page.getByRole('button', { name: 'Tạo dữ liệu mẫu' }).click();
  await expect(page).toHaveURL(/\/dashboard/, { timeout: 10 * 60_000 });
  await page.goto('/settings');
  const section = page.getByRole('region', { name: 'Sao lưu và khôi phục' });
  await expect(section.getByRole('button', { name: 'Sao lưu toàn bộ' })).toBeEnabled();
  await watchLongTasks(page);
  const started = Date.now();
  const download = page.waitForEvent('download', { timeout: 10 * 60_000 });
  await section.getByRole('button', { name: 'Sao lưu toàn bộ' }).click();
  const file = await download;
  const backupMs = Date.now() - started;
  const path = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(path);
  const backupLongest = await longestTask(page);
  const size = (await readFile(path)).length;

  const context = await browser.newContext();
  const fresh = await context.newPage();
  await fresh.goto('/setup');
  await watchLongTasks(fresh);
  const card = fresh.getByRole('region', { name: 'Khôi phục từ bản sao lưu' });
  const previewStarted = Date.now();
  await card.getByLabel('Chọn tệp sao lưu…').setInputFiles(path);
  const preview = card.getByRole('region', { name: `Tệp “${file.suggestedFilename()}”` });
  await expect(
    preview.getByRole('row', { name: 'Hồ sơ quần chúng, đảng viên 250.000' }),
  ).toBeVisible({ timeout: 10 * 60_000 });
  const previewMs = Date.now() - previewStarted;
  const restoreStarted = Date.now();
  await preview.getByRole('button', { name: 'Khôi phục' }).click();
  await expect(card.getByText(/Đã khôi phục từ tệp/)).toBeVisible({ timeout: 10 * 60_000 });
  const restoreMs = Date.now() - restoreStarted;
  const restoreLongest = await longestTask(fresh);
  console.log(
    JSON.stringify({
      people: 250_000,
      fileMB: Math.round(size / 1e5) / 10,
      backupSeconds: backupMs / 1000,
      backupLongestTaskMs: backupLongest,
      previewSeconds: previewMs / 1000,
      restoreSeconds: restoreMs / 1000,
      restoreLongestTaskMs: restoreLongest,
    }),
  );
  await context.close();
});
