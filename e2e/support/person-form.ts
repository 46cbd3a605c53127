// A page model of the person form (/people/new and /people/<id>/edit): its fields by label, a
// fill in the form's own order, and the save.
import { expect, type Locator, type Page } from '@playwright/test';

/** A choice in a <select>: its value (an id), or the option a user reads. */
export type SelectChoice = string | { label: string };

export type MilestoneField =
  | 'sourcedOn'
  | 'awarenessCertOn'
  | 'applicationOn'
  | 'cellResolutionOn'
  | 'decisionOn'
  | 'admittedOn';

const MILESTONE_LABELS: Record<MilestoneField, string> = {
  sourcedOn: 'Vào danh sách nguồn',
  awarenessCertOn: 'Giấy chứng nhận lớp nhận thức về Đảng',
  applicationOn: 'Đơn xin vào Đảng',
  cellResolutionOn: 'Nghị quyết chi bộ',
  decisionOn: 'Quyết định kết nạp',
  admittedOn: 'Lễ kết nạp (ngày vào Đảng)',
};

/** What a user types or picks; dates as the date inputs take them (YYYY-MM-DD). */
export interface PersonFields {
  fullName?: string;
  gender?: 'Nam' | 'Nữ';
  birthDate?: string;
  ethnicity?: string;
  religion?: string;
  nationalId?: string;
  unit?: SelectChoice;
  /** The occupation as the list reads it ("Nông dân"). */
  occupation?: string;
  /** The education as the list reads it ("Đại học"). */
  education?: string;
  milestones?: Partial<Record<MilestoneField, string>>;
  decisionNo?: string;
}

/** The page a save leads to: the person's own page. */
export const PERSON_PAGE = /\/people\/[0-9a-f-]{36}$/;

export class PersonForm {
  readonly fullName: Locator;
  readonly gender: Locator;
  readonly birthDate: Locator;
  readonly ethnicity: Locator;
  readonly religion: Locator;
  readonly nationalId: Locator;
  readonly unit: Locator;
  readonly occupation: Locator;
  readonly education: Locator;
  readonly decisionNo: Locator;
  readonly saveButton: Locator;

  constructor(readonly page: Page) {
    this.fullName = page.getByLabel('Họ và tên');
    this.gender = page.getByLabel('Giới tính');
    this.birthDate = page.getByLabel('Ngày sinh');
    this.ethnicity = page.getByLabel('Dân tộc');
    this.religion = page.getByLabel('Tôn giáo');
    this.nationalId = page.getByLabel('Số CCCD');
    this.unit = page.getByLabel('Tổ chức đảng');
    this.occupation = page.getByLabel('Nghề nghiệp');
    this.education = page.getByLabel('Trình độ học vấn');
    this.decisionNo = page.getByLabel('Số quyết định kết nạp');
    this.saveButton = page.getByRole('button', { name: 'Lưu', exact: true });
  }

  /** The date field of a milestone ("Nghị quyết chi bộ", not the detail page's "Ngày …"). */
  milestone(field: MilestoneField): Locator {
    return this.page.getByLabel(MILESTONE_LABELS[field], { exact: true });
  }

  /** The button that shows the milestones the form keeps folded (the steps still to come). */
  get moreMilestones(): Locator {
    return this.page.getByRole('button', { name: /^Nhập các mốc khác/ });
  }

  /** A milestone's field, unfolding the others first when the form keeps it folded. */
  async shownMilestone(field: MilestoneField): Promise<Locator> {
    const input = this.milestone(field);
    if ((await input.count()) === 0) await this.moreMilestones.click();
    return input;
  }

  async gotoNew(): Promise<void> {
    await this.page.goto('/people/new');
  }

  async gotoEdit(personId: string): Promise<void> {
    await this.page.goto(`/people/${personId}/edit`);
  }

  /** Types and picks the given fields, top to bottom as the form lists them. */
  async fill(fields: PersonFields): Promise<void> {
    if (fields.fullName !== undefined) await this.fullName.fill(fields.fullName);
    if (fields.gender !== undefined) await this.gender.selectOption({ label: fields.gender });
    if (fields.birthDate !== undefined) await this.birthDate.fill(fields.birthDate);
    if (fields.ethnicity !== undefined) await this.ethnicity.fill(fields.ethnicity);
    if (fields.religion !== undefined) await this.religion.selectOption(fields.religion);
    if (fields.nationalId !== undefined) await this.nationalId.fill(fields.nationalId);
    if (fields.unit !== undefined) await this.unit.selectOption(fields.unit);
    if (fields.occupation !== undefined) {
      await this.occupation.selectOption({ label: fields.occupation });
    }
    if (fields.education !== undefined) {
      await this.education.selectOption({ label: fields.education });
    }
    for (const field of Object.keys(MILESTONE_LABELS) as MilestoneField[]) {
      const date = fields.milestones?.[field];
      if (date !== undefined) await (await this.shownMilestone(field)).fill(date);
    }
    if (fields.decisionNo !== undefined) {
      if ((await this.decisionNo.count()) === 0) await this.moreMilestones.click();
      await this.decisionNo.fill(fields.decisionNo);
    }
  }

  async save(): Promise<void> {
    await this.saveButton.click();
  }

  /** Saves a valid form: the app opens the saved person's page. */
  async saveAndOpen(): Promise<void> {
    await this.save();
    await expect(this.page).toHaveURL(PERSON_PAGE);
  }

  /** Fills a new person's form and saves it. */
  async addPerson(fields: PersonFields): Promise<void> {
    await this.gotoNew();
    await this.fill(fields);
    await this.saveAndOpen();
  }
}
