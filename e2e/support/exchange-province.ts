// The province of the exchange tests: two upper units (An Phú, Bình Minh) with a cell each, two
// people admitted in 2026 in Bình Minh, quotas and member counts.
import type { Page } from '@playwright/test';
import { buildMemberCount, buildPerson, buildTarget, buildUnit } from '../../test/builders';
import { seed } from './seed';

export const NOW = new Date('2026-11-28T09:00:00+07:00');

const province = buildUnit({ name: 'Tỉnh ủy Tân Lập', code: 'TINH', kind: 'province' });
export const anPhu = buildUnit({
  name: 'Đảng bộ xã An Phú',
  code: 'AP',
  kind: 'upper',
  sector: 'commune',
  parentId: province.id,
});
export const anDong = buildUnit({
  name: 'Chi bộ thôn An Đông',
  code: 'AP-1',
  kind: 'cell',
  parentId: anPhu.id,
});
const binhMinh = buildUnit({
  name: 'Đảng bộ phường Bình Minh',
  code: 'BM',
  kind: 'upper',
  sector: 'ward',
  parentId: province.id,
});
const khuPho = buildUnit({
  name: 'Chi bộ khu phố 1',
  code: 'BM-1',
  kind: 'cell',
  parentId: binhMinh.id,
});
export const units = [province, anPhu, anDong, binhMinh, khuPho];

/** Admitted in 2026 in Bình Minh: the province's figure before any file arrives is 2. */
export const admittedBefore = [
  buildPerson({
    unitId: khuPho.id,
    fullName: 'Lê Thị Hồng',
    gender: 'female',
    milestones: { admittedOn: '2026-03-02' },
  }),
  buildPerson({
    unitId: khuPho.id,
    fullName: 'Phạm Văn Đức',
    milestones: { admittedOn: '2026-05-20' },
  }),
];

/** The province's own installation, on 28/11/2026, before any file arrives. */
export async function seedProvince(page: Page): Promise<void> {
  await page.clock.setFixedTime(NOW);
  await seed(page, {
    installation: { kind: 'province', homeUnitId: province.id },
    units,
    people: admittedBefore,
    targets: [
      buildTarget({ unitId: anPhu.id, fromYear: 2026, toYear: 2026, admissions: 4 }),
      buildTarget({ unitId: binhMinh.id, fromYear: 2026, toYear: 2026, admissions: 3 }),
    ],
    memberCounts: [
      buildMemberCount({ unitId: anPhu.id, year: 2026, total: 120 }),
      buildMemberCount({ unitId: binhMinh.id, year: 2026, total: 80 }),
    ],
  });
}
