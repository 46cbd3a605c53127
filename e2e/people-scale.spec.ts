import { expect, test } from '@playwright/test';
import { buildPerson, buildUnit } from '../test/builders';
import { seed } from './support/seed';
import { screenshots } from './support/shots';

// A list of a few thousand people, read from the list's aggregate (rebuilt by the app's first
// check, since the seed writes the people around it): the rows scroll in as the list is
// scrolled, and a search or a filter narrows the whole list, not only the rows drawn.
const NOW = new Date('2026-11-28T09:00:00+07:00');
const PEOPLE = 3_000;
const shot = screenshots('people-scale');

const commune = buildUnit({ name: 'Đảng bộ xã Hòa Bình', code: 'HB', sector: 'commune' });
const cells = ['Bắc', 'Nam', 'Đông', 'Tây'].map((name, index) =>
  buildUnit({ name: `Chi bộ thôn ${name}`, code: `HB-${index}`, parentId: commune.id }),
);

/** Three letters for index i ('Baa', 'Bab', …): the list sorts by given name, so by index. */
function given(index: number): string {
  const letter = (n: number) => String.fromCharCode(97 + n);
  const word = `${letter(1 + Math.floor(index / 676))}${letter(Math.floor(index / 26) % 26)}${letter(index % 26)}`;
  return word[0]!.toUpperCase() + word.slice(1);
}

const people = Array.from({ length: PEOPLE }, (_, index) =>
  buildPerson({
    fullName: `Trần Văn ${given(index)}`,
    unitId: cells[index % cells.length]!.id,
    milestones:
      index % 3 === 0
        ? { cellResolutionOn: '2025-01-10', decisionOn: '2025-02-10', admittedOn: '2025-03-01' }
        : { sourcedOn: '2026-01-05' },
  }),
);

test('a list of 3,000 people scrolls to its last row, and a search finds one of them', async ({
  page,
}) => {
  await page.clock.setFixedTime(NOW);
  await seed(page, {
    installation: { kind: 'unit', homeUnitId: commune.id },
    units: [commune, ...cells],
    people,
  });
  await page.goto('/people');
  await expect(page.getByText('Hiển thị 3.000 / 3.000 người')).toBeVisible();
  const table = page.getByRole('table', { name: 'Danh sách quần chúng và đảng viên' });
  await expect(table).toHaveAttribute('aria-rowcount', String(PEOPLE + 1));
  await expect(page.getByRole('link', { name: `Trần Văn ${given(0)}`, exact: true })).toBeVisible();
  // Only the rows in view are drawn.
  expect(await table.getByRole('row').count()).toBeLessThan(100);
  await shot(page, 'list');

  const last = page.getByRole('link', { name: `Trần Văn ${given(PEOPLE - 1)}`, exact: true });
  await expect(last).toHaveCount(0);
  await table.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
  await expect(last).toBeVisible();
  await expect(page.getByRole('row').filter({ has: last })).toHaveAttribute(
    'aria-rowindex',
    String(PEOPLE + 1),
  );

  const wanted = given(1234);
  await page.getByLabel('Tìm theo họ tên hoặc số CCCD').fill(`tran van ${wanted.toLowerCase()}`);
  await expect(page.getByText('Hiển thị 1 / 3.000 người')).toBeVisible();
  await expect(page.getByRole('link', { name: `Trần Văn ${wanted}`, exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Xóa bộ lọc' }).click();
  await page.getByLabel('Giai đoạn').selectOption({ label: 'Đảng viên dự bị' });
  await expect(page.getByText('Hiển thị 1.000 / 3.000 người')).toBeVisible();
  await expect(page).toHaveURL(/stage=probation/);
  await shot(page, 'filtered');
});
