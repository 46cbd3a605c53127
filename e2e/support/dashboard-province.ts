// A small province whose dashboard figures are computed by hand in the comments below. The
// seed writes around the repositories, so the dashboard must first rebuild its aggregates.
import type { Page } from '@playwright/test';
import {
  buildClass,
  buildMemberCount,
  buildPerson,
  buildTarget,
  buildUnit,
} from '../../test/builders';
import { seed } from './seed';

export const NOW = new Date('2026-11-28T09:00:00+07:00');

export const province = buildUnit({ name: 'Tỉnh ủy Tân Lập', code: 'TINH', kind: 'province' });
const upperA = buildUnit({
  name: 'Đảng bộ xã An Phú',
  code: 'AP',
  kind: 'grassroots_committee',
  parentId: province.id,
});
export const upperB = buildUnit({
  name: 'Đảng bộ phường Bình Minh',
  code: 'BM',
  kind: 'grassroots_committee',
  parentId: province.id,
});
// Merged into Bình Minh on 30/06/2025: its figures count under Bình Minh today.
const closedC = buildUnit({
  name: 'Đảng bộ xã Cát Tiên',
  code: 'CT',
  kind: 'grassroots_committee',
  parentId: province.id,
  closedOn: '2025-06-30',
  successorId: upperB.id,
});
export const cellA1 = buildUnit({ name: 'Chi bộ thôn An Đông', code: 'AP-1', parentId: upperA.id });
const cellA2 = buildUnit({ name: 'Chi bộ thôn An Tây', code: 'AP-2', parentId: upperA.id });
export const cellB1 = buildUnit({ name: 'Chi bộ khu phố 1', code: 'BM-1', parentId: upperB.id });
export const units = [province, upperA, upperB, closedC, cellA1, cellA2, cellB1];

// Admitted in 2026 (the default period): six people, three in An Phú, three in Bình Minh.
// Youth union 4/6 = 66,7%; women 3/6 = 50%; minorities 1/6 = 16,7%; religious 1/6 = 16,7%.
const admitted2026 = [
  buildPerson({
    unitId: cellA1.id,
    fullName: 'Nguyễn Thị Lan',
    gender: 'female',
    birthDate: '2000-04-01',
    occupation: 'university_student',
    education: 'university',
    milestones: { admittedOn: '2026-03-10' },
  }),
  buildPerson({
    unitId: cellA1.id,
    fullName: 'Hoàng Văn Sơn',
    ethnicity: 'Tày',
    birthDate: '1990-01-01',
    occupation: 'worker',
    workplaceSector: 'non_state',
    milestones: { admittedOn: '2026-05-20' },
  }),
  buildPerson({
    unitId: cellA2.id,
    fullName: 'Trần Thị Mai',
    gender: 'female',
    youthUnion: false,
    religion: 'Công giáo',
    birthDate: '1980-06-01',
    occupation: 'enterprise_manager',
    workplaceSector: 'fdi',
    education: 'college',
    milestones: { admittedOn: '2026-09-01' },
  }),
  buildPerson({
    unitId: cellB1.id,
    fullName: 'Lê Thị Hồng',
    gender: 'female',
    birthDate: '2001-02-02',
    milestones: { admittedOn: '2026-11-02' },
  }),
  buildPerson({
    unitId: cellB1.id,
    fullName: 'Phạm Văn Đức',
    birthDate: '2007-12-01',
    occupation: 'high_school_student',
    milestones: { admittedOn: '2026-01-15' },
  }),
  buildPerson({
    unitId: cellB1.id,
    fullName: 'Vũ Văn Hải',
    youthUnion: false,
    birthDate: '1975-03-03',
    occupation: 'civil_servant',
    education: 'university',
    milestones: { admittedOn: '2026-07-07' },
  }),
];
// Admitted in the 2023–2025 quota span: one in An Phú, two counted under Bình Minh (one of them
// in the closed Cát Tiên).
const admittedBefore = [
  buildPerson({
    unitId: cellA1.id,
    fullName: 'Đỗ Văn Tùng',
    milestones: { admittedOn: '2024-05-05', officialOn: '2025-05-10' },
  }),
  buildPerson({
    unitId: cellB1.id,
    fullName: 'Bùi Thị Thu',
    gender: 'female',
    milestones: { admittedOn: '2025-08-15', officialOn: '2026-08-20' },
  }),
  buildPerson({
    unitId: closedC.id,
    fullName: 'Lò Văn Pản',
    ethnicity: 'Thái',
    milestones: { admittedOn: '2025-03-01', officialOn: '2026-03-05' },
  }),
];
// Candidates never count as admitted. Overdue today: An Phú 2 (decision late since 25/08/2025,
// ceremony late since 12/11/2026), Bình Minh 1 (certificate expired 01/03/2026).
const candidates = [
  buildPerson({
    unitId: cellA1.id,
    fullName: 'Ngô Văn Bình',
    milestones: {
      awarenessCertOn: '2025-01-10',
      applicationOn: '2025-02-01',
      cellResolutionOn: '2025-06-02',
    },
  }),
  buildPerson({
    unitId: cellA2.id,
    fullName: 'Đinh Thị Yến',
    gender: 'female',
    milestones: {
      awarenessCertOn: '2026-04-10',
      applicationOn: '2026-06-01',
      cellResolutionOn: '2026-08-03',
      decisionOn: '2026-10-01',
    },
  }),
  buildPerson({
    unitId: cellB1.id,
    fullName: 'Cao Văn Long',
    milestones: { sourcedOn: '2026-01-05' },
  }),
  buildPerson({
    unitId: cellB1.id,
    fullName: 'Mai Thị Nga',
    gender: 'female',
    milestones: { awarenessCertOn: '2021-03-01' },
  }),
  buildPerson({
    unitId: cellA2.id,
    fullName: 'Tạ Văn Quý',
    milestones: { sourcedOn: '2025-01-01', removedOn: '2025-12-01' },
  }),
];

// Quotas: 2023–2025 (An Phú 10, Bình Minh 8) and 2026 (An Phú 5, Bình Minh 4); the province has
// none of its own, so its quota is the sum: 18 and 9. 2026: 6/9 = 66,7%.
const targets = [
  buildTarget({ unitId: upperA.id, fromYear: 2023, toYear: 2025, admissions: 10 }),
  buildTarget({ unitId: upperB.id, fromYear: 2023, toYear: 2025, admissions: 8 }),
  buildTarget({ unitId: upperA.id, fromYear: 2026, toYear: 2026, admissions: 5 }),
  buildTarget({ unitId: upperB.id, fromYear: 2026, toYear: 2026, admissions: 4 }),
];
// Members at the start of 2026: 200 + 100 = 300; admission rate 6/300 = 2%.
const memberCounts = [
  buildMemberCount({ unitId: upperA.id, year: 2026, total: 200 }),
  buildMemberCount({ unitId: upperB.id, year: 2026, total: 100 }),
];
// 2026: two awareness classes (40 + 25 = 65 attendees) and one new-member class (12); a class
// that started in 2025 does not count in 2026.
const classes = [
  buildClass({ unitId: upperA.id, startOn: '2026-03-02', endOn: '2026-03-06', attendeeCount: 40 }),
  buildClass({ unitId: upperB.id, startOn: '2026-04-06', endOn: '2026-04-10', attendeeCount: 25 }),
  buildClass({
    unitId: upperA.id,
    kind: 'new_member',
    title: 'Lớp bồi dưỡng đảng viên mới 2026',
    startOn: '2026-10-05',
    endOn: '2026-10-09',
    attendeeCount: 12,
  }),
  buildClass({ unitId: upperB.id, startOn: '2025-12-29', endOn: '2026-01-02', attendeeCount: 30 }),
];

/** The province above, seen on 28/11/2026. */
export async function seedProvince(page: Page): Promise<void> {
  await page.clock.setFixedTime(NOW);
  await seed(page, {
    units,
    people: [...admitted2026, ...admittedBefore, ...candidates],
    classes,
    targets,
    memberCounts,
    installation: { kind: 'province', homeUnitId: province.id },
  });
}
