// The backup reminder: it shows when the last backup is old, follows the user from page to page
// and leads to the backup; it goes after a backup, or until tomorrow when hidden; a fresh
// installation and the demo data get none.
// With PTDV_SHOTS_DIR set, screenshots are written there for review.
import { expect, test } from '@playwright/test';
import { topBar } from './support/app-shell';
import { NOW, commune, province, seedStore } from './support/backup-store';
import { putRows } from './support/seed';
import { SettingsPage } from './support/settings-page';
import { screenshots } from './support/shots';

const shot = screenshots('backup');

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
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

  await new SettingsPage(page).backUp();
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
  await expect(topBar(page).getByText('Dữ liệu mẫu')).toBeVisible();
  await expect(reminder).toHaveCount(0);
});
