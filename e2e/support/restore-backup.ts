// A page model of the restore of a full backup, the same card on the first-run page and in the
// settings: choose the file, read its preview, restore.
import type { Locator } from '@playwright/test';
import type { InputFile } from './exchange-files';

export class RestoreBackup {
  /** `container`: the region holding the card ("Khôi phục từ bản sao lưu", "Sao lưu và khôi phục"). */
  constructor(readonly container: Locator) {}

  get fileInput(): Locator {
    return this.container.getByLabel('Chọn tệp sao lưu…');
  }

  /** Chooses the file in the file input, as a user would with the file dialog. */
  async choose(file: string | InputFile): Promise<void> {
    await this.fileInput.setInputFiles(file);
  }

  /** The preview of the chosen file. */
  preview(fileName: string): Locator {
    return this.container.getByRole('region', { name: `Tệp “${fileName}”` });
  }

  restoreButton(fileName: string): Locator {
    return this.preview(fileName).getByRole('button', { name: 'Khôi phục' });
  }

  /** The notice of a restore done (it may go on with what was restored). */
  restored(fileName: string): Locator {
    return this.container.getByText(`Đã khôi phục từ tệp “${fileName}”`);
  }
}
