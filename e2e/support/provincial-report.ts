// A province whose figures are those of the provincial report for the 2020–2025 term:
// 23,596 admitted, of whom 14,866 youth-union members, 12,839 women, 4,174 ethnic minorities and
// 520 religious; 380 awareness classes for 26,492 people; 212 new-member classes for 14,154; a
// 2023–2025 quota of 24,360 across the upper units. Candidates, admissions outside the term and a
// class straddling its end are mixed in, and must not count.
import type { Seed } from './seed';
import type { Person, TrainingClass } from '../../src/domain/entities';
import {
  buildClass,
  buildMemberCount,
  buildPerson,
  buildTarget,
  buildUnit,
} from '../../test/builders';

export const REPORT = {
  from: '2020-01-01',
  to: '2025-12-31',
  admitted: 23_596,
  youthUnion: 14_866,
  women: 12_839,
  minorities: 4_174,
  religious: 520,
  awarenessClasses: 380,
  awarenessAttendees: 26_492,
  newMemberClasses: 212,
  newMemberAttendees: 14_154,
  quota: 24_360,
} as const;

const UPPER = 10;

export const province = buildUnit({ code: 'TU', name: 'Tỉnh ủy Tân Lập', kind: 'province' });
export const uppers = Array.from({ length: UPPER }, (_, i) =>
  buildUnit({
    code: `DB${String(i + 1).padStart(2, '0')}`,
    name: `Đảng bộ ${['xã', 'phường'][i % 2]} ${['An Bình', 'Hòa Lạc', 'Tân Phú', 'Đồng Xuân', 'Mường Khương', 'Sơn Thủy', 'Bắc Hà', 'Ea Súp', 'Châu Thành', 'Phú Quý'][i]}`,
    kind: 'upper',
    sector: i % 2 ? 'ward' : 'commune',
    parentId: province.id,
  }),
);

function day(year: number, index: number): string {
  const month = 1 + (index % 12);
  const date = 1 + (index % 28);
  return `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

/** The admitted person number i of the term: flags drawn so that every count is exact. */
function member(i: number): Person {
  const year = 2020 + (i % 6);
  const admittedOn = day(year, i);
  return buildPerson({
    unitId: uppers[i % UPPER]!.id,
    fullName: `Đảng viên ${i}`,
    gender: i >= REPORT.admitted - REPORT.women ? 'female' : 'male',
    birthDate: `${year - 25}-06-15`,
    youthUnion: i < REPORT.youthUnion,
    ethnicity: i >= 5_000 && i < 5_000 + REPORT.minorities ? 'Tày' : 'Kinh',
    religion: i >= 10_000 && i < 10_000 + REPORT.religious ? 'Phật giáo' : null,
    occupation: 'farmer',
    milestones: { decisionOn: admittedOn, admittedOn },
  });
}

/** Admissions in 2023–2025 among the term's members (year = 2020 + i mod 6). */
export const ADMITTED_2023_2025 = Array.from({ length: REPORT.admitted }, (_, i) => i).filter(
  (i) => i % 6 >= 3,
).length;

function classes(
  kind: 'awareness' | 'new_member',
  count: number,
  attendees: number,
): TrainingClass[] {
  const base = Math.floor(attendees / count);
  const extra = attendees - base * count;
  return Array.from({ length: count }, (_, i) => {
    const start = day(2020 + (i % 6), i);
    return buildClass({
      kind,
      unitId: uppers[i % UPPER]!.id,
      title: `${kind === 'awareness' ? 'Lớp nhận thức' : 'Lớp đảng viên mới'} ${i + 1}`,
      startOn: start,
      endOn: start,
      attendeeCount: base + (i < extra ? 1 : 0),
    });
  });
}

export function provincialReportSeed(): Seed {
  const people: Person[] = Array.from({ length: REPORT.admitted }, (_, i) => member(i));
  // Admitted outside the term: 2019 and January–September 2026; they must not count in the term.
  for (let i = 0; i < 300; i += 1) {
    const admittedOn = i % 2 ? day(2019, i) : `2026-0${1 + (i % 9)}-10`;
    people.push(
      buildPerson({
        unitId: uppers[i % UPPER]!.id,
        fullName: `Ngoài nhiệm kỳ ${i}`,
        youthUnion: true,
        gender: 'female',
        milestones: { decisionOn: admittedOn, admittedOn },
      }),
    );
  }
  // Candidates at every stage before admission: never counted as admitted.
  for (let i = 0; i < 1_000; i += 1) {
    people.push(
      buildPerson({
        unitId: uppers[i % UPPER]!.id,
        fullName: `Quần chúng ${i}`,
        milestones: {
          sourcedOn: '2025-01-10',
          awarenessCertOn: i % 5 >= 1 ? '2025-03-14' : null,
          applicationOn: i % 5 >= 2 ? '2025-05-06' : null,
          cellResolutionOn: i % 5 >= 3 ? '2025-07-08' : null,
          decisionOn: i % 5 >= 4 ? '2025-08-12' : null,
        },
      }),
    );
  }
  const straddling = buildClass({
    kind: 'awareness',
    unitId: uppers[0]!.id,
    title: 'Lớp vắt qua cuối nhiệm kỳ',
    startOn: '2025-12-29',
    endOn: '2026-01-05',
    attendeeCount: 50,
  });
  const before = buildClass({
    kind: 'new_member',
    unitId: uppers[1]!.id,
    title: 'Lớp năm 2019',
    startOn: '2019-05-06',
    endOn: '2019-05-10',
    attendeeCount: 40,
  });
  const quota = REPORT.quota / UPPER;
  return {
    installation: { kind: 'province', homeUnitId: province.id },
    units: [province, ...uppers],
    people,
    classes: [
      ...classes('awareness', REPORT.awarenessClasses, REPORT.awarenessAttendees),
      ...classes('new_member', REPORT.newMemberClasses, REPORT.newMemberAttendees),
      straddling,
      before,
    ],
    targets: uppers.map((unit) =>
      buildTarget({ unitId: unit.id, fromYear: 2023, toYear: 2025, admissions: quota }),
    ),
    memberCounts: uppers.map((unit) =>
      buildMemberCount({ unitId: unit.id, year: 2025, total: 23_300 }),
    ),
  };
}
