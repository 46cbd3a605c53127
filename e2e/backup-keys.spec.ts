// A backup and the secrets of an installation: the province's private key travels in the file
// only under its passphrase; under the app lock the CCCDs stay sealed in the file, and the
// restored installation asks for the lock's passphrase before anything shows.
// With PTDV_SHOTS_DIR set, screenshots are written there for review.
import { expect, test } from '@playwright/test';
import { freshBrowser } from './support/app-shell';
import {
  NOW,
  awareness,
  commune,
  dongTam,
  dumpDatabase,
  hoaBinh,
  people,
  province,
  seedStore,
} from './support/backup-store';
import { DashboardPage } from './support/dashboard-page';
import { seed } from './support/seed';
import { SettingsPage } from './support/settings-page';
import { SetupPage } from './support/setup-page';
import { screenshots } from './support/shots';
import { SyncPage } from './support/sync-page';

const shot = screenshots('backup');

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
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
  const sync = new SyncPage(page);
  await sync.goto();
  const passphrase = 'Tỉnh ủy Tân Sơn 2026';
  await sync.createProvinceKeys(passphrase);
  const fingerprint = await sync.fingerprint().innerText();
  expect(fingerprint).toMatch(/^[0-9a-f]{4}( [0-9a-f]{4}){3}$/);

  const settings = new SettingsPage(page);
  await settings.goto();
  const backup = await settings.backUp();
  // The private key is in the file only under the passphrase.
  expect(backup.text).not.toMatch(/"d"\s*:/);
  expect(backup.text).toContain('ptdv-key-backup');

  const { context, page: fresh } = await freshBrowser(browser, NOW);
  const setup = new SetupPage(fresh);
  await setup.goto();
  const { restore } = setup;
  await restore.choose(backup.path);
  const preview = restore.preview(backup.name);
  await expect(preview.getByText('Văn phòng Tỉnh ủy')).toBeVisible();
  const field = preview.getByLabel('Mật khẩu khóa của Tỉnh ủy');
  await restore.restoreButton(backup.name).click();
  await expect(
    preview.getByText('Nhập mật khẩu, hoặc chọn khôi phục không kèm khóa.'),
  ).toBeVisible();
  await expect(field).toBeFocused();
  await shot(fresh, 'restore-passphrase');

  await field.fill('không phải mật khẩu này');
  await restore.restoreButton(backup.name).click();
  await expect(restore.container.getByRole('alert')).toContainText(
    'Mật khẩu khóa của Tỉnh ủy không đúng',
  );
  expect(await dumpDatabase(fresh).then((rows) => rows.units?.length ?? 0)).toBe(0);

  await field.fill(passphrase);
  await restore.restoreButton(backup.name).click();
  await expect(
    restore.container.getByText('Khóa của Tỉnh ủy đã được khôi phục.', { exact: false }),
  ).toBeVisible();
  await fresh.goto('/sync');
  await expect(new SyncPage(fresh).fingerprint()).toHaveText(fingerprint);
  await context.close();
});

test('under the app lock the CCCDs stay sealed in the file; after a restore the lock asks first', async ({
  page,
  browser,
}) => {
  const passphrase = 'Chi bộ thôn Đồng Tâm họp ngày 5';
  await seedStore(page);
  const dashboard = new DashboardPage(page);
  await dashboard.goto();
  await dashboard.settled();
  const settings = new SettingsPage(page);
  await settings.goto();
  await settings.turnLockOn(passphrase);
  const backup = await settings.backUp();
  expect(backup.text).not.toContain('001200012345');
  const before = await dumpDatabase(page);

  const { context, page: fresh } = await freshBrowser(browser, NOW);
  const setup = new SetupPage(fresh);
  await setup.goto();
  await setup.restore.choose(backup.path);
  await expect(
    setup.restore.preview(backup.name).getByText('Máy sao lưu có bật khóa ứng dụng'),
  ).toBeVisible();
  await setup.restore.restoreButton(backup.name).click();

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
