// Full backup and restore, end to end: back up through the settings page (a real download),
// open a brand-new browser (nothing stored), restore through the real file input of the
// first-run page, then compare every row of every IndexedDB store with what was there before,
// and look at the screens. Refused files, a restore over data, and the other open tab.
// With PTDV_SHOTS_DIR set, screenshots are written there for review.
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { buildPerson } from '../test/builders';
import { freshBrowser, markDocument, sameDocument, topBar } from './support/app-shell';
import { NOW, commune, dongTam, dumpDatabase, seedStore } from './support/backup-store';
import { DashboardPage } from './support/dashboard-page';
import { seed } from './support/seed';
import { SettingsPage } from './support/settings-page';
import { SetupPage } from './support/setup-page';
import { screenshots } from './support/shots';

const shot = screenshots('backup');
const FIXTURES = fileURLToPath(new URL('./fixtures/', import.meta.url));

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

test('back up, restore into a brand-new browser: every row of every store comes back', async ({
  page,
  browser,
}) => {
  await seedStore(page);
  // The dashboard's aggregates hold the seeded people (rebuilt on first view).
  const dashboard = new DashboardPage(page);
  await dashboard.goto();
  await dashboard.settled();

  const settings = new SettingsPage(page);
  await settings.goto();
  await expect(settings.backup.getByText('Chưa sao lưu lần nào')).toBeVisible();
  await expect(settings.backup.getByText('Lưu trữ bền vững', { exact: true })).toBeVisible();
  await shot(page, 'settings');
  const backup = await settings.backUp();
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
  await expect(settings.backup.getByText(/^28\/11\/2026 \d\d:\d\d \(hôm nay\)$/)).toBeVisible();
  await shot.element(settings.backup, 'section-after');

  const before = await dumpDatabase(page);
  expect(before.people).toHaveLength(3);
  expect(before.unitStats?.length).toBeGreaterThan(0);
  expect(before.settings).toContainEqual({ key: 'lastBackupAt', value: expect.any(String) });

  // A brand-new browser: its own, empty storage. The app sends it to the first-run page.
  const { context, page: fresh } = await freshBrowser(browser, NOW);
  await fresh.goto('/');
  await expect(fresh).toHaveURL(/\/setup$/);
  const { restore } = new SetupPage(fresh);
  await restore.choose(backup.path);

  const preview = restore.preview(backup.name);
  await expect(preview.getByText('Đảng ủy xã Tân Lập (X-TL)')).toBeVisible();
  await expect(preview.getByRole('row', { name: 'Hồ sơ quần chúng, đảng viên 3' })).toBeVisible();
  await expect(preview.getByRole('row', { name: 'Sự kiện trong lịch sử đơn vị 2' })).toBeVisible();
  await expect(preview.getByText('Tổ chức cơ sở (chi bộ, đảng bộ cơ sở…)')).toBeVisible();
  await shot(fresh, 'restore-preview');

  // An empty browser: nothing to replace, so no confirmation.
  await restore.restoreButton(backup.name).click();
  await expect(
    restore.container.getByText(`Đã khôi phục từ tệp “${backup.name}”: 3 hồ sơ, 4 tổ chức đảng`),
  ).toBeVisible();

  const after = await dumpDatabase(fresh);
  // Every store, every row: equal. Rows the fresh browser's app may have written by itself
  // (none expected) would show here as differences.
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  for (const store of Object.keys(before)) {
    expect(after[store], store).toEqual(before[store]);
  }

  // And the screens show the data.
  await restore.container.getByRole('link', { name: 'Mở trang chủ' }).click();
  await expect(fresh).toHaveURL(/\/$/);
  await expect(topBar(fresh).getByText('Đảng ủy xã Tân Lập')).toBeVisible();
  await fresh.goto('/people');
  await expect(fresh.getByRole('link', { name: 'Lò Thị Hoa' })).toBeVisible();
  await expect(fresh.getByRole('link', { name: 'Hà Văn Cường' })).toBeVisible();
  await fresh.goto('/units');
  await fresh.getByRole('button', { name: 'Chi bộ thôn Hòa Bình', exact: true }).click();
  const panel = fresh.getByRole('region', { name: 'Chi tiết đơn vị' });
  await expect(
    panel.getByText('Giải thể/sáp nhập ngày 01/07/2025 vào Chi bộ thôn Đồng Tâm'),
  ).toBeVisible();
  const freshSettings = new SettingsPage(fresh);
  await freshSettings.goto();
  await expect(
    freshSettings.backup.getByText(/^28\/11\/2026 \d\d:\d\d \(hôm nay\)$/),
  ).toBeVisible();
  await context.close();
});

test('a file that is not a backup is refused by name; a restore over data asks first', async ({
  page,
}) => {
  await seedStore(page);
  const settings = new SettingsPage(page);
  await settings.goto();
  const section = settings.backup;
  const backup = await settings.backUp();
  const { restore } = settings;

  // A plain exchange file (the fixture of version 1): not a backup.
  await restore.choose(`${FIXTURES}v1-unit-file.ptdv.json`);
  await expect(section.getByRole('alert')).toContainText(
    'Tệp “v1-unit-file.ptdv.json” là tệp trao đổi dữ liệu, không phải tệp sao lưu',
  );
  // A truncated backup.
  await restore.choose({
    name: 'cat-do.ptdv.json',
    mimeType: 'application/json',
    buffer: Buffer.from(backup.text.slice(0, 900)),
  });
  await expect(section.getByRole('alert')).toContainText('cat-do.ptdv.json');
  await expect(section.getByRole('alert')).toContainText('bị cắt cụt');
  // A backup whose extra member was edited.
  const edited = JSON.parse(backup.text) as { installationBackup: { counts: { people: number } } };
  edited.installationBackup.counts.people = 99;
  await restore.choose({
    name: 'da-sua.ptdv.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(edited)),
  });
  await expect(section.getByRole('alert')).toContainText(
    'không phải tệp sao lưu hợp lệ: phần “installationBackup.counts.people”',
  );
  await shot.element(section, 'refused');

  // A sound backup over a store that holds data: a warning, then a confirmation.
  await restore.choose(backup.path);
  await expect(
    restore.preview(backup.name).getByText('Máy này đang có dữ liệu (3 hồ sơ, 4 tổ chức đảng)'),
  ).toBeVisible();
  await restore.restoreButton(backup.name).click();
  const dialog = page.getByRole('dialog', { name: 'Thay toàn bộ dữ liệu trên máy này?' });
  await expect(dialog).toBeVisible();
  await shot(page, 'confirm');
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog).toBeHidden();
  await restore.restoreButton(backup.name).click();
  await dialog.getByRole('button', { name: 'Thay toàn bộ dữ liệu' }).click();
  await expect(restore.restored(backup.name)).toBeVisible();
});

test('a restore in one tab shows in the other open tab without a reload', async ({
  page,
  context,
}) => {
  await seedStore(page);
  const settings = new SettingsPage(page);
  await settings.goto();
  const backup = await settings.backUp();
  // Typed in after the backup: the restore takes the store back to before it.
  const later = buildPerson({ unitId: dongTam.id, fullName: 'Đinh Văn Sau' });
  await seed(page, { people: [later] });

  const other = await context.newPage();
  await other.clock.setFixedTime(NOW);
  await other.goto('/people');
  await expect(other.getByText('Hiển thị 4 / 4 người')).toBeVisible();
  await expect(other.getByRole('link', { name: 'Đinh Văn Sau' })).toBeVisible();
  await markDocument(other);

  await settings.restore.choose(backup.path);
  await settings.restore.restoreButton(backup.name).click();
  await page
    .getByRole('dialog', { name: 'Thay toàn bộ dữ liệu trên máy này?' })
    .getByRole('button', { name: 'Thay toàn bộ dữ liệu' })
    .click();
  await expect(settings.restore.restored(backup.name)).toBeVisible();

  // The other tab follows: the person typed in after the backup is gone from its list.
  await expect(other.getByText('Hiển thị 3 / 3 người')).toBeVisible();
  await expect(other.getByRole('link', { name: 'Đinh Văn Sau' })).toHaveCount(0);
  await expect(other.getByRole('link', { name: 'Lò Thị Hoa' })).toBeVisible();
  expect(await sameDocument(other)).toBe(true);
  await shot(other, 'other-tab-after-restore');
});
