// A page model of /sync: import files through the real file input, read a file's preview card,
// apply it.
import { expect, type Locator, type Page } from '@playwright/test';
import type { InputFile } from './exchange-files';

export class SyncPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/sync');
    await expect(
      this.page.getByRole('heading', { name: 'Trao đổi dữ liệu', level: 1 }),
    ).toBeVisible();
  }

  /** Chooses files in the file input, as a user would with the file dialog. */
  async importFiles(files: string[] | InputFile[]): Promise<void> {
    await this.page.getByLabel('Chọn tệp để nhập').setInputFiles(files);
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
    const zone = this.page.locator('.sync-drop');
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
}
