// A large store written around the repositories (as the seed does): the dashboard's aggregates
// no longer match the people, so the first view sums them again and shows its progress.
import { expect, test } from '@playwright/test';
import { buildPerson } from '../test/builders';
import { DashboardPage } from './support/dashboard-page';
import { NOW, cellA1, cellB1, province, units } from './support/dashboard-province';
import { seed } from './support/seed';

test('a large store written around the repositories is summed again, with progress', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await page.clock.setFixedTime(NOW);
  // 30,000 people: six chunks of the rebuild, each reported.
  const many = Array.from({ length: 30_000 }, (_, i) =>
    buildPerson({
      unitId: i % 2 ? cellA1.id : cellB1.id,
      fullName: `Người thứ ${i + 1}`,
      gender: i % 3 ? 'male' : 'female',
      milestones: i % 4 ? { sourcedOn: '2026-02-01' } : { admittedOn: '2026-06-15' },
    }),
  );
  await seed(page, {
    units,
    people: many,
    installation: { kind: 'province', homeUnitId: province.id },
  });
  // Whatever the machine's speed, every progress message shown is kept: the text of the status
  // that holds the rebuild's progress bar, each time it changes.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const status = document
        .querySelector('progress[aria-label="Tiến độ tính lại số liệu tổng hợp"]')
        ?.closest('[role="status"]');
      const text = status?.textContent ?? '';
      if (text && seen.at(-1) !== text) seen.push(text);
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
  const dashboard = new DashboardPage(page);
  await dashboard.goto();
  await expect(dashboard.tile('Kết nạp đảng viên mới')).toHaveText('7.500', { timeout: 120_000 });
  await expect(dashboard.tile('Là nữ')).toHaveText('33,3%');
  const seen = await page.evaluate(
    () => (window as unknown as { progressSeen: string[] }).progressSeen,
  );
  expect(seen.length).toBeGreaterThan(0);
  expect(seen[0]).toMatch(
    /Đang tính lại số liệu tổng hợp sau khi dữ liệu thay đổi: [\d.]+\/30.000 người/,
  );
  await expect(dashboard.rebuildNotice).toHaveCount(0);
});
