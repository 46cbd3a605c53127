// A page model of the first-run page (/setup): the kind of installation, the home unit (typed
// in, or picked from a tree already imported), the demo data, and the restore of a backup.
import type { Locator, Page } from '@playwright/test';
import { RestoreBackup } from './restore-backup';

export type InstallationKind = 'unit' | 'province';

const KIND_CHOICES: Record<InstallationKind, string> = {
  unit: 'Tổ chức cơ sở (chi bộ, đảng bộ cơ sở…)',
  province: 'Văn phòng Tỉnh ủy',
};

export type DemoSize = 'small' | 'province';

const DEMO_SIZES: Record<DemoSize, RegExp> = {
  small: /^Tỉnh nhỏ/,
  province: /^Quy mô cả tỉnh/,
};

export interface SetupChoices {
  kind?: InstallationKind;
  /** A new home unit, typed in. */
  code?: string;
  name?: string;
  /** Or the home unit picked from a tree already on this machine: its id, or its option. */
  homeUnit?: string | { label: string };
}

export class SetupPage {
  readonly heading: Locator;
  readonly code: Locator;
  readonly name: Locator;
  readonly unitKind: Locator;
  readonly sector: Locator;
  readonly homeUnit: Locator;
  readonly submit: Locator;
  readonly demoTitle: Locator;
  readonly restore: RestoreBackup;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Thiết lập ban đầu', level: 1 });
    this.code = page.getByLabel('Mã đơn vị');
    this.name = page.getByLabel('Tên đơn vị');
    this.unitKind = page.getByLabel('Loại tổ chức đảng');
    this.sector = page.getByLabel('Lĩnh vực');
    this.homeUnit = page.getByLabel('Đơn vị gốc của cài đặt này');
    this.submit = page.getByRole('button', { name: 'Hoàn tất thiết lập' });
    this.demoTitle = page.getByRole('heading', { name: 'Xem thử với dữ liệu mẫu' });
    this.restore = new RestoreBackup(
      page.getByRole('region', { name: 'Khôi phục từ bản sao lưu' }),
    );
  }

  async goto(): Promise<void> {
    await this.page.goto('/setup');
  }

  kind(kind: InstallationKind): Locator {
    return this.page.getByRole('radio', { name: KIND_CHOICES[kind] });
  }

  /** Fills in what is given: the kind, the unit typed in or the home unit picked. */
  async choose(choices: SetupChoices): Promise<void> {
    if (choices.kind) await this.kind(choices.kind).check();
    if (choices.code !== undefined) await this.code.fill(choices.code);
    if (choices.name !== undefined) await this.name.fill(choices.name);
    if (choices.homeUnit !== undefined) await this.homeUnit.selectOption(choices.homeUnit);
  }

  /** Fills in the choices and finishes the set-up (where the app goes next is the test's). */
  async setUp(choices: SetupChoices): Promise<void> {
    await this.choose(choices);
    await this.submit.click();
  }

  demoSize(size: DemoSize): Locator {
    return this.page
      .getByRole('group', { name: 'Quy mô dữ liệu mẫu' })
      .getByRole('radio', { name: DEMO_SIZES[size] });
  }

  /** Starts the demo data of the given size (the app opens the dashboard when it is written). */
  async loadDemo(size: DemoSize): Promise<void> {
    await this.demoSize(size).check({ timeout: 30_000 });
    await this.page.getByRole('button', { name: 'Tạo dữ liệu mẫu' }).click();
  }
}
