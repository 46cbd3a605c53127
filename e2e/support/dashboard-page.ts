// A page model of the leadership dashboard (/dashboard): the key figures, the period and unit
// form, the charts with their tables, and the sections by their headings.
import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The value of a figure tile ("Kết nạp đảng viên mới" → "6") inside `container`. A tile is a
 * plain block (label, value, hint) with no role of its own, so the tile and its value are found
 * by their classes; the label picks the tile.
 */
export function statValue(container: Locator, label: string): Locator {
  return container
    .locator('.stat')
    .filter({ has: container.page().getByText(label, { exact: true }) })
    .locator('.stat__value');
}

/** Every figure tile's value inside `container`, in order (same reason for the class). */
export function statValues(container: Locator): Locator {
  return container.locator('.stat__value');
}

export class DashboardPage {
  readonly heading: Locator;
  readonly kpis: Locator;
  readonly training: Locator;
  readonly quotas: Locator;
  readonly units: Locator;
  readonly quickPeriod: Locator;
  readonly from: Locator;
  readonly to: Locator;
  readonly unit: Locator;
  readonly show: Locator;
  /** The notice of the aggregates being summed again, with its progress bar. */
  readonly rebuildNotice: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Bảng số liệu', level: 1 });
    this.kpis = page.getByRole('group', { name: 'Số liệu chính của kỳ' });
    this.training = page.getByRole('region', { name: 'Bồi dưỡng' });
    this.quotas = page.getByRole('region', { name: 'Tiến độ thực hiện chỉ tiêu kết nạp' });
    this.units = page.getByRole('region', { name: 'So sánh các tổ chức đảng trực thuộc' });
    this.quickPeriod = page.getByLabel('Chọn nhanh kỳ');
    this.from = page.getByLabel('Từ ngày');
    this.to = page.getByLabel('Đến ngày');
    this.unit = page.getByLabel('Tổ chức đảng', { exact: true });
    this.show = page.getByRole('button', { name: 'Xem số liệu' });
    this.rebuildNotice = page.getByRole('status').filter({
      has: page.getByRole('progressbar', { name: 'Tiến độ tính lại số liệu tổng hợp' }),
    });
  }

  /** `query`: the view in the URL, e.g. `unit=TU&from=2025-01-01&to=2025-12-31`. */
  async goto(query = ''): Promise<void> {
    await this.page.goto(query ? `/dashboard?${query}` : '/dashboard');
  }

  /**
   * A key figure's value. Figures read while the aggregates are checked (or read again) may be
   * stale: only the group no longer busy counts, so every assertion waits for aria-busy to go.
   */
  tile(label: string): Locator {
    return statValue(this.kpis.and(this.page.locator(':not([aria-busy="true"])')), label);
  }

  /** The training tiles' values: classes and attendees, awareness then new-member. */
  trainingValues(): Locator {
    return statValues(this.training);
  }

  /** Waits until the key figures are final: the aggregates checked (and rebuilt if need be). */
  async settled(): Promise<void> {
    await expect(this.kpis).toBeVisible();
    await expect(this.kpis).not.toHaveAttribute('aria-busy', 'true');
  }

  /** The home unit's "admitted" figure for this year, as a number. */
  async admitted(): Promise<number> {
    await this.goto();
    // The figures shown before the aggregates' check (and a read after a rebuild) may be stale.
    await expect(this.kpis).not.toHaveAttribute('aria-busy', 'true');
    const tile = this.tile('Kết nạp đảng viên mới');
    await expect(tile).toHaveText(/^[\d.]+$/);
    return Number((await tile.innerText()).replace(/\./g, ''));
  }

  /** A chart with its title, its buttons and its table, found by the title. */
  chart(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** Opens a chart's table alternative; returns the table. */
  async chartTable(title: string): Promise<Locator> {
    const chart = this.chart(title);
    await chart.getByRole('button', { name: 'Xem dạng bảng' }).click();
    return chart.getByRole('table');
  }

  /** A date typed into the period form, then "Xem số liệu". */
  async showPeriod(from: string, to?: string): Promise<void> {
    await this.from.fill(from);
    if (to !== undefined) await this.to.fill(to);
    await this.show.click();
  }
}
