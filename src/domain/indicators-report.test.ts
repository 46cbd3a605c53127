// The indicators against the province's report on the 2020–2025 term: its counts and
// percentages, exactly.
import { describe, expect, it } from 'vitest';
import { buildClass, buildTarget, buildUnit } from '../../test/builders';
import type { StatPerson } from './admission-stats';
import type { TrainingClass, Unit } from './entities';
import { admissionRows, bareInput } from './indicator-test-world';
import type { IndicatorInput } from './indicator-types';
import { computeIndicators } from './indicators';

describe('the provincial report', () => {
  // The figures of the province's report on the 2020–2025 term: 23,596 admitted, of whom 14,866
  // youth union members, 12,839 women, 4,174 ethnic minorities, 520 religious; 380 awareness
  // classes for 26,492 people; 212 new-member classes for 14,154; a 2023–2025 quota of 24,360.
  const province = buildUnit({ name: 'Tỉnh ủy', kind: 'province' });
  const uppers = Array.from({ length: 24 }, (_, i) =>
    buildUnit({ name: `Đảng bộ ${i + 1}`, kind: 'upper', parentId: province.id }),
  );
  const cells = uppers.flatMap((upper) =>
    Array.from({ length: 5 }, () => buildUnit({ parentId: upper.id })),
  );
  const units = [province, ...uppers, ...cells];

  function reportInput(): IndicatorInput {
    const people: StatPerson[] = [];
    const add = (person: StatPerson) => people.push(person);
    const person = (i: number, day: string | null): StatPerson => ({
      unitId: (cells[i % cells.length] as Unit).id,
      gender: (i * 7) % 23_596 < 12_839 ? 'female' : 'male',
      birthDate: '1998-01-01',
      ethnicity: (i * 11) % 23_596 < 4_174 ? 'Tày' : 'Kinh',
      religion: (i * 13) % 23_596 < 520 ? 'Phật giáo' : null,
      youthUnion: i < 14_866,
      occupation: 'farmer',
      workplaceSector: null,
      education: 'upper_secondary',
      placeId: null,
      milestones: {
        sourcedOn: null,
        awarenessCertOn: null,
        applicationOn: null,
        cellResolutionOn: day ? null : '2025-10-01',
        decisionOn: null,
        admittedOn: day,
        officialOn: null,
        removedOn: null,
      },
    });
    for (let i = 0; i < 23_596; i += 1) {
      const y = 2020 + (i % 6);
      const month = 1 + ((i * 5) % 12);
      add(
        person(
          i,
          `${y}-${String(month).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        ),
      );
    }
    // Admissions outside the term and candidates, mixed in: none may count.
    for (let i = 0; i < 700; i += 1) add(person(i, i % 2 ? '2019-12-31' : '2026-01-01'));
    for (let i = 0; i < 500; i += 1) add(person(i, null));
    const attendees = (total: number, count: number, index: number) =>
      Math.floor(total / count) + (index < total % count ? 1 : 0);
    // Held in turn by the upper units, across the term's years; the attendees spread over them.
    const held = (
      kind: TrainingClass['kind'],
      count: number,
      total: number,
      days: [string, string],
    ) =>
      Array.from({ length: count }, (_, i) =>
        buildClass({
          unitId: (uppers[i % uppers.length] as Unit).id,
          kind,
          startOn: `${2020 + (i % 6)}-${days[0]}`,
          endOn: `${2020 + (i % 6)}-${days[1]}`,
          attendeeCount: attendees(total, count, i),
        }),
      );
    const classes: TrainingClass[] = [
      ...held('awareness', 380, 26_492, ['03-02', '03-06']),
      ...held('new_member', 212, 14_154, ['09-07', '09-11']),
      // A class that ends after the term does not count.
      buildClass({
        unitId: province.id,
        kind: 'awareness',
        startOn: '2025-12-29',
        endOn: '2026-01-02',
        attendeeCount: 50,
      }),
    ];
    const targets = uppers.map((upper) =>
      buildTarget({ unitId: upper.id, fromYear: 2023, toYear: 2025, admissions: 1015 }),
    );
    return bareInput(units, { admissionStats: admissionRows(people), classes, targets });
  }

  it('gives exactly the report’s counts and percentages', () => {
    const result = computeIndicators(reportInput(), {
      rootUnitId: province.id,
      period: { from: '2020-01-01', to: '2025-12-31' },
      today: '2026-11-28',
    });
    expect(result.admitted).toBe(23_596);
    const { youthUnion, female, minority, religious } = result.structure;
    expect([youthUnion.count, female.count, minority.count, religious.count]).toEqual([
      14_866, 12_839, 4_174, 520,
    ]);
    expect(youthUnion.ratio).toBe(14_866 / 23_596);
    expect(female.ratio).toBe(12_839 / 23_596);
    expect(minority.ratio).toBe(4_174 / 23_596);
    expect(religious.ratio).toBe(520 / 23_596);
    // One decimal, as the screens show them: 63,0% · 54,4% · 17,7% · 2,2%.
    const percent = (ratio: number | null) => Math.round((ratio ?? 0) * 1000) / 10;
    expect([youthUnion, female, minority, religious].map((s) => percent(s.ratio))).toEqual([
      63, 54.4, 17.7, 2.2,
    ]);
    expect(result.training).toMatchObject({
      awarenessClasses: 380,
      awarenessAttendees: 26_492,
      newMemberClasses: 212,
      newMemberAttendees: 14_154,
    });
    expect(result.quotas.root).toHaveLength(1);
    expect(result.quotas.root[0]).toMatchObject({ quota: 24_360, source: 'sum' });
    expect(result.perUnit).toHaveLength(24);
    expect(result.perUnit.reduce((sum, row) => sum + row.admitted, 0)).toBe(23_596);
    expect(result.series.yearly.map((point) => point.key)).toEqual([
      '2020',
      '2021',
      '2022',
      '2023',
      '2024',
      '2025',
    ]);
  });
});
