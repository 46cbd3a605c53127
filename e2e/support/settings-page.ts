// A page model of /settings: the full backup (a real download) and its restore, and the app lock.
import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';
import { downloadOf, saveDownload, type SavedFile } from './downloads';
import { RestoreBackup } from './restore-backup';

export class SettingsPage {
  /** The section "Sao lưu và khôi phục": the backup, its last date, and the restore. */
  readonly backup: Locator;
  readonly restore: RestoreBackup;
  /** The section "Khóa ứng dụng". */
  readonly lock: Locator;

  constructor(readonly page: Page) {
    this.backup = page.getByRole('region', { name: 'Sao lưu và khôi phục' });
    this.restore = new RestoreBackup(this.backup);
    this.lock = page.getByRole('region', { name: 'Khóa ứng dụng' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/settings');
  }

  /** Backs up; returns the downloaded file's path, name and text. */
  async backUp(): Promise<SavedFile & { text: string }> {
    const file = await saveDownload(
      await downloadOf(this.page, () =>
        this.backup.getByRole('button', { name: 'Sao lưu toàn bộ' }).click(),
      ),
    );
    // The instant is recorded after the download: the notice says the file is made.
    await expect(this.backup.getByText(`Đã tạo tệp “${file.name}”`)).toBeVisible();
    return { ...file, text: await readFile(file.path, 'utf8') };
  }

  /** The lock form's first passphrase field (the label "Mật khẩu" alone, not "Nhập lại…"). */
  get lockPassphrase(): Locator {
    return this.lock.getByRole('textbox', { name: 'Mật khẩu', exact: true });
  }

  /** Turns the app lock on with `passphrase`, the warning acknowledged. */
  async turnLockOn(passphrase: string): Promise<void> {
    await this.lockPassphrase.fill(passphrase);
    await this.lock.getByLabel('Nhập lại mật khẩu').fill(passphrase);
    await this.lock.getByLabel(/Tôi đã hiểu/).check();
    await this.lock.getByRole('button', { name: 'Bật khóa ứng dụng' }).click();
    await expect(this.lock.getByText('Đã bật khóa ứng dụng.', { exact: false })).toBeVisible({
      timeout: 30_000,
    });
  }
}
