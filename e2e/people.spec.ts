import { expect, test, type Page } from '@playwright/test';
import type { Person } from '../src/domain/entities';
import { buildPerson, buildUnit } from '../test/builders';
import { PERSON_PAGE, PersonForm } from './support/person-form';
import { seed } from './support/seed';
import { screenshots } from './support/shots';

// Today, for every test: the deadlines and the "no future date" rule depend on it.
const NOW = new Date('2026-11-28T09:00:00+07:00');
const shot = screenshots('people');

const commune = buildUnit({
  name: 'Đảng bộ xã Tân Lập',
  code: 'TL',
  kind: 'grassroots_committee',
  sector: 'commune',
});
const east = buildUnit({ name: 'Chi bộ thôn Đông', code: 'TL-D', parentId: commune.id });
const west = buildUnit({ name: 'Chi bộ thôn Tây', code: 'TL-T', parentId: commune.id });
const units = [commune, east, west];

async function start(page: Page, people: Person[] = []) {
  await page.clock.setFixedTime(NOW);
  await seed(page, { installation: { kind: 'unit', homeUnitId: commune.id }, units, people });
}

test('creates a person through the form, storing an ethnicity alias as its name', async ({
  page,
}) => {
  await start(page);
  await page.goto('/people');
  await expect(page.getByText('Chưa có quần chúng nào trong nguồn.')).toBeVisible();
  await shot(page, 'list-empty');

  await page.getByRole('link', { name: 'Thêm người đầu tiên' }).click();
  await expect(page).toHaveURL(/\/people\/new$/);
  const form = new PersonForm(page);
  await form.fill({
    fullName: 'Nguyễn Văn A',
    gender: 'Nam',
    birthDate: '2000-05-10',
    ethnicity: 'Khmer',
  });
  await expect(page.getByText('Sẽ lưu là: Khơ-me')).toBeVisible();
  await form.fill({
    nationalId: '001200012345',
    unit: east.id,
    occupation: 'Nông dân',
    milestones: { sourcedOn: '2026-03-02' },
  });
  // Enter in a field submits the form.
  await form.fullName.press('Enter');

  await expect(page).toHaveURL(PERSON_PAGE);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Nguyễn Văn A');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Nguồn');
  await expect(page.getByText('Chi bộ thôn Đông')).toBeVisible();
  await expect(page.getByText('Khơ-me')).toBeVisible();
  // The CCCD is masked until asked for.
  await expect(page.getByText('••••••••2345')).toBeVisible();
  await page.getByRole('button', { name: 'Hiện' }).click();
  await expect(page.getByText('001200012345')).toBeVisible();

  await page.goto('/people');
  await expect(page.getByText('Hiển thị 1 / 1 người')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nguyễn Văn A' })).toBeVisible();
});

test('search ignores diacritics and case, and the filters live in the URL', async ({ page }) => {
  await start(page, [
    buildPerson({ fullName: 'Nguyễn Văn A', unitId: east.id }),
    buildPerson({ fullName: 'Nguyễn Văn Bình', unitId: east.id }),
    buildPerson({ fullName: 'Trần Thị Cúc', gender: 'female', ethnicity: 'Tày', unitId: west.id }),
  ]);
  await page.goto('/people');
  await expect(page.getByText('Hiển thị 3 / 3 người')).toBeVisible();

  await page.getByLabel('Tìm theo họ tên hoặc số CCCD').fill('nguyen van a');
  await expect(page.getByText('Hiển thị 1 / 3 người')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nguyễn Văn A' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Trần Thị Cúc' })).toHaveCount(0);
  await expect(page).toHaveURL(/q=nguyen\+van\+a/);

  await page.reload();
  await expect(page.getByLabel('Tìm theo họ tên hoặc số CCCD')).toHaveValue('nguyen van a');
  await expect(page.getByText('Hiển thị 1 / 3 người')).toBeVisible();

  await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
  await page.getByLabel('Dân tộc').selectOption({ label: 'Dân tộc thiểu số (trừ Kinh)' });
  await expect(page.getByText('Hiển thị 1 / 3 người')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Trần Thị Cúc' })).toBeVisible();

  await page.getByLabel('Tìm theo họ tên hoặc số CCCD').fill('khong co ai');
  await expect(page.getByText('Không có ai khớp với bộ lọc.')).toBeVisible();
  await page.getByRole('button', { name: 'Xóa bộ lọc' }).last().click();
  await expect(page.getByText('Hiển thị 3 / 3 người')).toBeVisible();
});

test('invalid input shows the Vietnamese errors and saves nothing', async ({ page }) => {
  await start(page, [buildPerson({ fullName: 'Lê Thị Hoa', unitId: east.id })]);
  const form = new PersonForm(page);
  await form.gotoNew();
  await form.fill({
    fullName: 'Phạm Văn Dũng',
    gender: 'Nam',
    birthDate: '2008-04-15', // 17 years 11 months at the vote, counted in months
    ethnicity: 'Kinh',
    nationalId: '00120001234',
    unit: west.id,
    occupation: 'Sinh viên',
    milestones: {
      cellResolutionOn: '2026-03-14',
      decisionOn: '2026-04-01',
      admittedOn: '2026-03-20',
    },
  });
  await form.save();

  await expect(page.getByText('Số CCCD phải gồm đúng 12 chữ số.')).toBeVisible();
  await expect(
    page.getByText('Tuổi đời khi chi bộ biểu quyết phải từ đủ 18 đến 60 tuổi.'),
  ).toBeVisible();
  await expect(
    page.getByText('Ngày kết nạp không được trước ngày quyết định kết nạp.'),
  ).toBeVisible();
  await expect(page.getByText('Chưa lưu: hồ sơ còn 3 lỗi.', { exact: false })).toBeVisible();
  // The first invalid field has the focus, and what was typed is still there.
  await expect(form.nationalId).toBeFocused();
  await expect(form.fullName).toHaveValue('Phạm Văn Dũng');
  await expect(page).toHaveURL(/\/people\/new$/);
  await shot(page, 'form-errors');

  await page.goto('/people');
  await page.reload();
  await expect(page.getByText('Hiển thị 1 / 1 người')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Phạm Văn Dũng' })).toHaveCount(0);
});

test('an edit survives a reload', async ({ page }) => {
  const person = buildPerson({ fullName: 'Hoàng Văn Nam', unitId: east.id });
  await start(page, [person]);
  await page.goto(`/people/${person.id}`);
  await page.getByRole('link', { name: 'Sửa' }).click();
  await expect(page).toHaveURL(new RegExp(`/people/${person.id}/edit$`));
  const form = new PersonForm(page);
  await form.fill({ fullName: 'Hoàng Văn Nam Anh', religion: 'Phật giáo' });
  await form.save();
  await expect(page).toHaveURL(new RegExp(`/people/${person.id}$`));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hoàng Văn Nam Anh');
  // The saved record's heading has the focus (not the document), so the keyboard and a screen
  // reader go on from the record just saved.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

  await page.reload();
  // A plain visit of the page leaves the focus where the browser puts it.
  await expect(page.getByRole('heading', { level: 1 })).not.toBeFocused();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hoàng Văn Nam Anh');
  await expect(page.getByText('Phật giáo')).toBeVisible();
});

test('a person moves through every milestone to official membership', async ({ page }) => {
  const person = buildPerson({ fullName: 'Vũ Thị Lan', gender: 'female', unitId: west.id });
  await start(page, [person]);
  await page.goto(`/people/${person.id}`);
  const heading = page.getByRole('heading', { level: 1 });
  await expect(heading).toContainText('Nguồn');

  const steps: [label: string, date: string, stage: string][] = [
    ['Ngày vào danh sách nguồn', '2025-01-10', 'Nguồn'],
    ['Ngày giấy chứng nhận lớp nhận thức về Đảng', '2025-03-14', 'Đã học lớp nhận thức'],
    ['Ngày đơn xin vào Đảng', '2025-05-05', 'Đã có đơn'],
    ['Ngày nghị quyết chi bộ', '2025-07-07', 'Chi bộ đã biểu quyết'],
    ['Ngày quyết định kết nạp', '2025-08-11', 'Đã có quyết định kết nạp'],
    ['Ngày lễ kết nạp (ngày vào Đảng)', '2025-09-02', 'Đảng viên dự bị'],
    ['Ngày chuyển đảng chính thức', '2026-09-03', 'Đảng viên chính thức'],
  ];
  for (const [label, date, stage] of steps) {
    await page.getByLabel(label, { exact: true }).fill(date);
    await page.getByRole('button', { name: 'Ghi nhận' }).click();
    await expect(heading).toContainText(stage);
  }
  await expect(page.getByRole('button', { name: 'Ghi nhận' })).toHaveCount(0);
  const timeline = page.getByRole('list', { name: 'Các mốc phát triển đảng viên' });
  await expect(timeline.getByText('03/09/2026')).toBeVisible();

  await page.reload();
  await expect(heading).toContainText('Đảng viên chính thức');
});

test('the detail page shows an overdue ceremony in red, and the list flags it', async ({
  page,
}) => {
  // Decision on 01/09/2026: the ceremony was due within 30 working days, long before 28/11/2026.
  const person = buildPerson({
    fullName: 'Đặng Văn Quý',
    unitId: east.id,
    nationalId: '036095001234',
    milestones: {
      sourcedOn: '2025-10-01',
      awarenessCertOn: '2025-12-05',
      applicationOn: '2026-02-02',
      cellResolutionOn: '2026-07-06',
      decisionOn: '2026-09-01',
    },
    decisionNo: '125-QĐ/ĐU',
  });
  await start(page, [person]);
  await page.goto(`/people/${person.id}`);
  const ceremony = page
    .getByRole('listitem')
    .filter({ hasText: 'Hạn:' })
    .filter({
      has: page.getByText('Quá hạn', { exact: true }),
    });
  await expect(ceremony).toHaveCount(1);
  const badge = ceremony.getByText('Quá hạn', { exact: true });
  await expect(badge).toHaveCSS('color', 'rgb(179, 38, 30)');
  await expect(ceremony).toContainText('ngày làm việc');
  await shot(page, 'detail');

  await page.getByRole('link', { name: 'Về danh sách' }).click();
  await expect(page.getByRole('row', { name: /Đặng Văn Quý/ })).toContainText('Quá hạn');
});

test('deleting asks first, then leaves the list; an unknown id says so', async ({ page }) => {
  const person = buildPerson({ fullName: 'Bùi Thị Mai', unitId: east.id });
  await start(page, [person]);
  await page.goto(`/people/${person.id}`);
  await page.getByRole('button', { name: 'Xóa', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Xóa hồ sơ của Bùi Thị Mai?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Hủy' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Xóa', exact: true }).click();
  await dialog.getByRole('button', { name: 'Xóa hồ sơ' }).click();
  await expect(page).toHaveURL(/\/people$/);
  await expect(page.getByText('Chưa có quần chúng nào trong nguồn.')).toBeVisible();

  await page.goto(`/people/${person.id}`);
  await expect(page.getByText('Không tìm thấy người này.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Về danh sách' })).toBeVisible();
});

test('a list of 50,000 people scrolls with only the visible rows in the page', async ({ page }) => {
  test.setTimeout(240_000);
  const given = ['An', 'Bình', 'Cường', 'Dung', 'Giang', 'Hà', 'Khánh', 'Linh', 'Minh', 'Phúc'];
  const family = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
  const people: Person[] = [];
  for (let i = 0; i < 49_999; i += 1) {
    people.push(
      buildPerson({
        fullName: `${family[i % family.length]} Văn ${given[i % given.length]}`,
        gender: i % 2 === 0 ? 'male' : 'female',
        unitId: i % 2 === 0 ? east.id : west.id,
        milestones: i % 5 === 0 ? { sourcedOn: '2025-06-02' } : {},
      }),
    );
  }
  // "Yến" sorts after every other given name: the very last row.
  people.push(buildPerson({ fullName: 'Đỗ Thị Yến', gender: 'female', unitId: west.id }));
  await start(page);
  await seed(page, { people });

  await page.goto('/people');
  await expect(page.getByText('Hiển thị 50.000 / 50.000 người')).toBeVisible({ timeout: 60_000 });
  const table = page.getByRole('table', { name: 'Danh sách quần chúng và đảng viên' });
  await expect(table).toHaveAttribute('aria-rowcount', '50001');
  await shot(page, 'list-50000');

  await table.evaluate((element) => {
    element.scrollTop = element.scrollHeight;
  });
  await expect(page.getByRole('link', { name: 'Đỗ Thị Yến' })).toBeVisible();
  const rendered = await page.getByRole('row').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(100);

  // Typing stays responsive: the search narrows 50,000 rows.
  await page.getByLabel('Tìm theo họ tên hoặc số CCCD').fill('do thi yen');
  await expect(page.getByText('Hiển thị 1 / 50.000 người')).toBeVisible();
});
