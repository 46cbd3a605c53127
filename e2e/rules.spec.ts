// The rules as dated data: a person's deadline says which regulation it was counted by, one on
// each side of the day 294-QĐ/TW took effect; the table of regulations is on a page of its own.
import { expect, test, type Page } from '@playwright/test';
import { buildPerson, buildUnit } from '../test/builders';
import { seed } from './support/seed';
import { screenshots } from './support/shots';

const NOW = new Date('2026-12-06T09:00:00+07:00');
const shot = screenshots('rules');

const commune = buildUnit({
  name: 'Đảng bộ xã Tân Lập',
  code: 'TL',
  kind: 'grassroots_committee',
  sector: 'commune',
});
// The chi bộ voted on the last day of 232-QĐ/TW and on the first of 294-QĐ/TW.
const before = buildPerson({
  unitId: commune.id,
  fullName: 'Lò Văn Trước',
  birthDate: '1995-04-02',
  milestones: { sourcedOn: '2024-10-01', cellResolutionOn: '2025-06-30' },
});
const after = buildPerson({
  unitId: commune.id,
  fullName: 'Lò Thị Sau',
  gender: 'female',
  birthDate: '1996-09-12',
  milestones: { sourcedOn: '2024-10-01', cellResolutionOn: '2025-07-01' },
});

async function start(page: Page) {
  await page.clock.setFixedTime(NOW);
  await seed(page, {
    installation: { kind: 'unit', homeUnitId: commune.id },
    units: [commune],
    people: [before, after],
  });
}

test('a deadline names the regulation in force on the day its count started', async ({ page }) => {
  await start(page);
  await page.goto(`/people/${before.id}`);
  const decision = page.getByRole('listitem').filter({ hasText: 'Quyết định kết nạp' }).first();
  await expect(decision).toContainText('Tính theo Quy định 232-QĐ/TW.');
  await page.goto(`/people/${after.id}`);
  await expect(
    page.getByRole('listitem').filter({ hasText: 'Quyết định kết nạp' }).first(),
  ).toContainText('Tính theo Quy định 294-QĐ/TW.');
  await shot(page, 'person-deadlines');

  await page.getByRole('link', { name: 'Xem bảng các quy định về thời hạn' }).click();
  await expect(page).toHaveURL(/\/rules$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quy định về thời hạn');
  const rows = page.getByRole('region', { name: 'Bảng các quy định' }).getByRole('row');
  // The header and one row per regulation, newest first.
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('Quy định 294-QĐ/TW ngày 26/05/2025');
  await expect(rows.nth(1)).toContainText('Hướng dẫn 06-HD/TW ngày 09/06/2025');
  await expect(rows.nth(1)).toContainText('01/07/2025');
  await expect(rows.nth(1)).toContainText('Đang áp dụng');
  await expect(rows.nth(2)).toContainText('Quy định 232-QĐ/TW');
  await expect(rows.nth(2)).toContainText('20/01/2025');
  await expect(rows.nth(3)).toContainText('Quy định 24-QĐ/TW');
  await shot(page, 'rules-table');
});
