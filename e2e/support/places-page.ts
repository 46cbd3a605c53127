// A page model of /places (Địa bàn và nguồn): the list with its filters, the place form and the
// closing form, and the yearly figures' grid, each found by its role and Vietnamese label.
import { expect, type Locator, type Page } from '@playwright/test';

export type PlaceKindLabel = 'Thôn, tổ dân phố' | 'Trường có lớp 12' | 'Doanh nghiệp';

const KIND_OPTIONS: Record<PlaceKindLabel, string> = {
  'Thôn, tổ dân phố': 'residential',
  'Trường có lớp 12': 'school',
  'Doanh nghiệp': 'enterprise',
};

export interface PlaceFields {
  name?: string;
  kind?: PlaceKindLabel;
  /** The code, whatever the kind calls it (tax code, school code). */
  code?: string;
  sector?: 'Ngoài nhà nước' | 'Có vốn đầu tư nước ngoài' | 'Nhà nước';
  /** The unit in charge, by its name. */
  unit?: string;
  openedOn?: string;
}

export class PlacesPage {
  readonly search: Locator;
  readonly showClosed: Locator;
  readonly list: Locator;
  readonly grid: Locator;

  constructor(readonly page: Page) {
    this.search = page.getByLabel('Tìm theo tên hoặc mã');
    this.showClosed = page.getByLabel('Hiện cả địa bàn đã đóng');
    this.list = page.getByRole('region', { name: 'Danh sách địa bàn' });
    this.grid = page.getByRole('grid');
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(`/places${query}`);
    await expect(
      this.page.getByRole('heading', { level: 1, name: 'Địa bàn và nguồn' }),
    ).toBeVisible();
  }

  /** The line "Hiển thị n / m địa bàn" (numbers as the page writes them: "2.000"). */
  count(shown: number | string, total: number | string): Locator {
    return this.page.getByText(`Hiển thị ${shown} / ${total} địa bàn`);
  }

  /** A row of the list, by the place's name (its row header). */
  row(name: string): Locator {
    return this.list.getByRole('row').filter({
      has: this.page.getByRole('rowheader', { name, exact: true }),
    });
  }

  async openAdd(): Promise<void> {
    await this.page.getByRole('link', { name: 'Thêm địa bàn' }).first().click();
    await expect(this.page.getByRole('heading', { name: 'Thêm địa bàn' })).toBeVisible();
  }

  async openEdit(name: string): Promise<void> {
    await this.page.getByRole('link', { name: `Sửa ${name}`, exact: true }).click();
    await expect(this.page.getByRole('heading', { name: `Sửa địa bàn “${name}”` })).toBeVisible();
  }

  /** Fills the place form; the code field is found by the label its kind gives it. */
  async fill(fields: PlaceFields): Promise<void> {
    const page = this.page;
    if (fields.name !== undefined) await page.getByLabel('Tên địa bàn').fill(fields.name);
    if (fields.kind !== undefined)
      await page.getByLabel('Loại địa bàn').selectOption(KIND_OPTIONS[fields.kind]);
    if (fields.code !== undefined)
      await page.getByLabel(/^(Mã \(nếu có\)|Mã trường|Mã số thuế)$/).fill(fields.code);
    if (fields.sector !== undefined)
      await page
        .getByLabel('Khu vực kinh tế của doanh nghiệp')
        .selectOption({ label: fields.sector });
    if (fields.unit !== undefined)
      await page.getByLabel('Tổ chức đảng phụ trách').selectOption({ label: fields.unit });
    if (fields.openedOn !== undefined)
      await page.getByLabel('Thành lập từ ngày').fill(fields.openedOn);
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lưu địa bàn' }).click();
  }

  /** Adds a place and waits for the list to say so. */
  async add(fields: PlaceFields): Promise<void> {
    await this.openAdd();
    await this.fill(fields);
    await this.save();
    await expect(this.page.getByText(`Đã lưu địa bàn “${fields.name}”.`)).toBeVisible();
  }

  /** Closes a place on a day, into a successor (by name) or none. */
  async close(name: string, closedOn: string, successor?: string): Promise<void> {
    await this.page.getByRole('link', { name: `Đóng ${name}`, exact: true }).click();
    await expect(this.page.getByRole('heading', { name: `Đóng địa bàn “${name}”` })).toBeVisible();
    await this.page.getByLabel('Ngày đóng').fill(closedOn);
    if (successor) await this.page.getByLabel('Nơi tiếp nhận').selectOption({ label: successor });
    await this.page.getByRole('button', { name: 'Đóng địa bàn' }).click();
  }

  // ---- the figures grid ----

  async gotoFigures(kind: 'residential' | 'school' | 'enterprise', year: number): Promise<void> {
    await this.goto(`?view=figures&kind=${kind}&year=${year}`);
    await expect(this.grid).toBeVisible();
  }

  /** A cell of the grid, by its accessible name: "<place>, <figure>". */
  cell(place: string, figure: string): Locator {
    return this.grid.getByRole('textbox', { name: `${place}, ${figure}`, exact: true });
  }

  /**
   * Pastes text into a cell as a spreadsheet's copy arrives: a paste ClipboardEvent carrying
   * text/plain, dispatched on the focused cell (no clipboard permission needed; the bench may
   * reuse it).
   */
  async paste(cell: Locator, text: string): Promise<void> {
    await cell.focus();
    await cell.evaluate((input, data) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', data);
      input.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
    }, text);
  }

  async saveFigures(year: number): Promise<void> {
    await this.page.getByRole('button', { name: `Lưu số liệu năm ${year}` }).click();
  }

  /** Every cell's text, row by row, in the grid's order (the grid draws them all up to 150 rows). */
  gridValues(): Promise<string[][]> {
    return this.grid.evaluate((table) =>
      Array.from(table.querySelectorAll('tbody tr:not([aria-hidden])'), (row) =>
        Array.from(row.querySelectorAll('input'), (input) => input.value),
      ),
    );
  }
}
