// The page model of /places/import (Nhập địa bàn từ bảng tính): a real file input, the mapping's
// selects by their labels, the preview's counts, and the stores read straight from IndexedDB.
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';

export const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

export class PlaceImportPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('/places/import');
    await expect(
      this.page.getByRole('heading', { name: 'Nhập địa bàn từ bảng tính' }),
    ).toBeVisible();
  }

  /** Chooses a file in the real <input type="file"> (labelled by the visible button). */
  async choose(fileName: string): Promise<void> {
    await this.page.getByLabel('Chọn tệp CSV hoặc Excel').setInputFiles(`${FIXTURES}${fileName}`);
    await expect(this.stepHeading).toHaveText('Bước 2/4: Ghép cột');
  }

  get stepHeading(): Locator {
    return this.page.getByRole('heading', { level: 2, name: /^Bước \d\/4/ });
  }

  /** A field's select on the mapping step, by its Vietnamese label. */
  field(label: string): Locator {
    return this.page.getByRole('combobox', { name: label, exact: true });
  }

  /** The text of a select's chosen option. */
  async chosen(label: string): Promise<string> {
    return (await this.field(label).locator('option:checked').textContent())?.trim() ?? '';
  }

  async preview(): Promise<void> {
    await this.page.getByRole('button', { name: 'Xem trước', exact: true }).click();
    await expect(this.stepHeading).toHaveText('Bước 3/4: Xem trước');
    await expect(this.count('Tạo mới')).toBeVisible();
  }

  /** A count of the preview (Tạo mới, Cập nhật, Không đổi, Bị từ chối). */
  count(label: string): Locator {
    return this.page
      .locator('.stat')
      .filter({ has: this.page.getByText(label, { exact: true }) })
      .locator('.stat__value');
  }

  async expectCounts(counts: Record<'create' | 'update' | 'unchanged' | 'refused', number>) {
    await expect(this.count('Tạo mới')).toHaveText(String(counts.create));
    await expect(this.count('Cập nhật')).toHaveText(String(counts.update));
    await expect(this.count('Không đổi')).toHaveText(String(counts.unchanged));
    await expect(this.count('Bị từ chối')).toHaveText(String(counts.refused));
  }

  importButton(): Locator {
    return this.page.getByRole('button', { name: /^Nhập \d+ địa bàn$/ });
  }
}

export interface StoredPlace {
  id: string;
  name: string;
  kind: string;
  unitId: string;
  code: string | null;
  enterpriseSector: string | null;
  openedOn: string | null;
  updatedAt: string;
}

export interface StoredFigure {
  placeId: string;
  year: number;
  households: number | null;
  workers: number | null;
  partyMembers: number | null;
  partyOrganisation: string | null;
  tradeUnion: boolean | null;
  updatedAt: string;
}

/** Every place and place figure in the store, read with raw IndexedDB (not through the app). */
export function storedPlaces(
  page: Page,
): Promise<{ places: StoredPlace[]; figures: StoredFigure[] }> {
  return page.evaluate(async () => {
    const open = indexedDB.open('ptdv');
    const database: IDBDatabase = await new Promise((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const all = <T>(store: string) =>
      new Promise<T[]>((resolve, reject) => {
        const request = database.transaction(store).objectStore(store).getAll();
        request.onsuccess = () => resolve(request.result as T[]);
        request.onerror = () => reject(request.error);
      });
    const result = {
      places: await all<StoredPlace>('places'),
      figures: await all<StoredFigure>('placeFigures'),
    };
    database.close();
    return result;
  });
}
