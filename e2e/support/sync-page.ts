// A page model of /sync: import files through the real file input, read a file's preview card,
// apply it; export (a real download); the province's key pair; the tables of what was imported
// and exported.
import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { downloadOf } from './downloads';
import type { InputFile } from './exchange-files';

export class SyncPage {
  readonly fileInput: Locator;
  readonly exportFullButton: Locator;
  readonly exportChangesButton: Locator;
  readonly imported: Locator;
  readonly exportHistory: Locator;
  /** The province's key pair: made here, its fingerprint shown, restored from its backup. */
  readonly provinceKeys: Locator;
  readonly keyPassphrase: Locator;
  readonly keyPassphraseAgain: Locator;
  readonly createKeysButton: Locator;

  constructor(readonly page: Page) {
    this.fileInput = page.getByLabel('Chọn tệp để nhập');
    this.exportFullButton = page.getByRole('button', { name: 'Xuất toàn bộ' });
    this.exportChangesButton = page.getByRole('button', {
      name: 'Xuất phần thay đổi từ lần xuất trước',
    });
    this.imported = page.getByRole('table', { name: 'Các tệp đã nhập' });
    this.exportHistory = page.getByRole('table', { name: 'Lịch sử xuất tệp' });
    this.provinceKeys = page.getByRole('region', { name: 'Khóa mã hóa của Tỉnh ủy' });
    this.keyPassphrase = page.getByLabel('Mật khẩu bảo vệ bản sao lưu');
    this.keyPassphraseAgain = page.getByLabel('Nhập lại mật khẩu');
    this.createKeysButton = page.getByRole('button', { name: 'Tạo cặp khóa và tải bản sao lưu' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/sync');
    await expect(
      this.page.getByRole('heading', { name: 'Trao đổi dữ liệu', level: 1 }),
    ).toBeVisible();
  }

  /** Chooses files in the file input, as a user would with the file dialog. */
  async importFiles(files: string[] | InputFile[]): Promise<void> {
    await this.fileInput.setInputFiles(files);
  }

  /** Drops a file onto the drop zone, as when dragged from the file manager. */
  async dropFile(file: InputFile): Promise<void> {
    const dataTransfer = await this.page.evaluateHandle(
      ({ name, text }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], name, { type: 'application/json' }));
        return transfer;
      },
      { name: file.name, text: file.buffer.toString('utf8') },
    );
    // The zone's visible button (the file input's label) lies inside it: the drag events land
    // there and reach the zone's handlers as they bubble, as a drop onto the button would.
    const zone = this.page.getByText('Chọn tệp để nhập', { exact: true });
    await zone.dispatchEvent('dragenter', { dataTransfer });
    await zone.dispatchEvent('dragover', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
  }

  card(fileName: string): Locator {
    return this.page.getByRole('article', { name: fileName, exact: true });
  }

  /** The preview's counts of one record type: created, updated, unchanged, stale, out of scope, deleted. */
  counts(fileName: string, typeLabel: string): Locator {
    return this.card(fileName)
      .getByRole('row', { name: new RegExp(`^${typeLabel}`) })
      .getByRole('cell');
  }

  applyButton(fileName: string): Locator {
    return this.card(fileName).getByRole('button', { name: `Áp dụng: ${fileName}` });
  }

  async apply(fileName: string): Promise<void> {
    await this.applyButton(fileName).click();
    await expect(this.card(fileName).getByText('Đã áp dụng', { exact: true })).toBeVisible({
      timeout: 60_000,
    });
  }

  /** "Áp dụng tất cả tệp hợp lệ (n)": n counts the previews that can be applied. */
  applyAllButton(count: number): Locator {
    return this.page.getByRole('button', { name: `Áp dụng tất cả tệp hợp lệ (${count})` });
  }

  /** Before any set-up: on from an applied file to the first-run page. */
  async continueToSetup(): Promise<void> {
    await this.page.getByRole('link', { name: 'Tiếp tục: chọn đơn vị của cài đặt này' }).click();
  }

  /** "Xuất toàn bộ": the export file, as a download. */
  exportFull(): Promise<Download> {
    return downloadOf(this.page, () => this.exportFullButton.click());
  }

  /** The province's file for its units, as a download. */
  exportDown(): Promise<Download> {
    return downloadOf(this.page, () =>
      this.page.getByRole('button', { name: 'Xuất tệp gửi xuống đơn vị' }).click(),
    );
  }

  /** Makes the province's key pair; the backup of its private key comes as a download. */
  createProvinceKeys(passphrase: string, again = passphrase): Promise<Download> {
    return downloadOf(this.page, async () => {
      await this.keyPassphrase.fill(passphrase);
      await this.keyPassphraseAgain.fill(again);
      await this.createKeysButton.click();
    });
  }

  /** The province key's fingerprint as shown ("1a2b 3c4d 5e6f 7a8b"). */
  fingerprint(): Locator {
    return this.provinceKeys.getByRole('code');
  }
}
