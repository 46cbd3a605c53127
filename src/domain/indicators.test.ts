// The figures of a view: who counts as admitted in a period, the structure of the new members,
// the series, the closed and merged units, and the quick choices of period.
import { describe, expect, it } from 'vitest';
import { buildPerson, buildTarget, buildUnit, type PersonOverrides } from '../../test/builders';
import { STAT_COLUMNS } from './admission-stats';
import type { Person } from './entities';
import {
  admittedOn,
  compute,
  inputOf,
  smallProvince,
  year,
  type SmallProvince,
} from './indicator-test-world';
import { computeIndicators, edgeRanges, periodPresets } from './indicators';

describe('admitted in the period', () => {
  const t = smallProvince();
  const people = [
    admittedOn(t.village1.id, '2026-01-01'),
    admittedOn(t.village1.id, '2026-01-10'),
    admittedOn(t.village1.id, '2026-06-15', { milestones: { removedOn: '2026-09-01' } }),
    admittedOn(t.village1.id, '2026-06-20'),
    admittedOn(t.village2.id, '2026-12-31'),
    admittedOn(t.village2.id, '2025-12-31'),
    admittedOn(t.block.id, '2027-01-01'),
    // Candidates never count.
    buildPerson({ unitId: t.village1.id, milestones: { decisionOn: '2026-05-01' } }),
    buildPerson({ unitId: t.village1.id, milestones: { cellResolutionOn: '2026-04-01' } }),
  ];
  const world = { units: t.units, people };

  it('counts admissions on both boundary days, none outside, no candidate, the struck-off too', () => {
    expect(compute(world, t.province.id, year(2026)).admitted).toBe(5);
    expect(compute(world, t.province.id, year(2025)).admitted).toBe(1);
    expect(compute(world, t.province.id, year(2027)).admitted).toBe(1);
    expect(compute(world, t.commune.id, year(2026)).admitted).toBe(5);
    expect(compute(world, t.ward.id, year(2026)).admitted).toBe(0);
  });

  it('takes the edge days out of a period that does not follow month ends', () => {
    const period = { from: '2026-01-10', to: '2026-06-15' };
    expect(edgeRanges(period)).toEqual([
      { from: '2026-01-01', to: '2026-01-09' },
      { from: '2026-06-16', to: '2026-06-30' },
    ]);
    const result = compute(world, t.province.id, period);
    expect(result.admitted).toBe(2);
    expect(result.structure.youthUnion.count).toBe(2);
    expect(result.series.monthly.map((point) => [point.key, point.admitted])).toEqual([
      ['2026-01', 1],
      ['2026-02', 0],
      ['2026-03', 0],
      ['2026-04', 0],
      ['2026-05', 0],
      ['2026-06', 1],
    ]);
    expect(result.perUnit.find((row) => row.unitId === t.commune.id)?.admitted).toBe(2);
  });

  it('handles a period inside one month, and a single day', () => {
    expect(compute(world, t.province.id, { from: '2026-06-15', to: '2026-06-19' }).admitted).toBe(
      1,
    );
    expect(compute(world, t.province.id, { from: '2026-06-20', to: '2026-06-20' }).admitted).toBe(
      1,
    );
    expect(edgeRanges({ from: '2026-06-15', to: '2026-06-19' })).toEqual([
      { from: '2026-06-01', to: '2026-06-14' },
      { from: '2026-06-20', to: '2026-06-30' },
    ]);
  });

  it('has no edge ranges for month-aligned periods, and counts nothing in a reversed period', () => {
    expect(edgeRanges({ from: '2024-02-01', to: '2024-02-29' })).toEqual([]);
    expect(edgeRanges({ from: '2026-03-01', to: '2026-01-31' })).toEqual([]);
    const reversed = compute(world, t.province.id, { from: '2026-12-31', to: '2026-01-01' });
    expect(reversed.admitted).toBe(0);
    expect(reversed.series.monthly).toEqual([]);
  });

  it('ignores edge people who are in fact inside the period or in other units', () => {
    const period = { from: '2026-01-10', to: '2026-06-15' };
    const input = inputOf(world, period);
    input.edgePeople = [
      ...input.edgePeople,
      admittedOn(t.village1.id, '2026-03-03'),
      admittedOn('00000000-0000-4000-8000-ffffffffffff', '2026-01-02'),
    ];
    const result = computeIndicators(input, {
      rootUnitId: t.province.id,
      period,
      today: '2026-11-28',
    });
    expect(result.admitted).toBe(2);
  });
});

/** Seven people admitted to village 1 in 2026 with every attribute the structure counts, and a candidate. */
function newMembers(t: SmallProvince): Person[] {
  const on = (day: string, overrides: PersonOverrides) => admittedOn(t.village1.id, day, overrides);
  const base = { youthUnion: false, gender: 'male', ethnicity: 'Kinh', religion: null } as const;
  return [
    // a: woman, youth union, high-school student, 18, upper secondary
    on('2026-03-10', {
      ...base,
      gender: 'female',
      youthUnion: true,
      occupation: 'high_school_student',
      birthDate: '2007-05-01',
      education: 'upper_secondary',
    }),
    // b: woman, youth union, Tày, Catholic, university student, 22, college
    on('2026-04-01', {
      ...base,
      gender: 'female',
      youthUnion: true,
      ethnicity: 'Tày',
      religion: 'Công giáo',
      occupation: 'university_student',
      birthDate: '2004-01-01',
      education: 'college',
    }),
    // c: enterprise worker, 35, vocational
    on('2026-05-05', {
      ...base,
      occupation: 'worker',
      workplaceSector: 'non_state',
      birthDate: '1990-06-01',
      education: 'vocational',
    }),
    // d: H'Mông worker outside any enterprise, 46, lower secondary
    on('2026-05-06', {
      ...base,
      ethnicity: 'HMông',
      occupation: 'worker',
      workplaceSector: null,
      birthDate: '1980-01-01',
      education: 'lower_secondary',
    }),
    // e: woman, Buddhist, enterprise manager, 56, university
    on('2026-05-07', {
      ...base,
      gender: 'female',
      religion: 'Phật giáo',
      occupation: 'enterprise_manager',
      workplaceSector: 'fdi',
      birthDate: '1970-02-01',
      education: 'university',
    }),
    // f: youth union, farmer, 64 (outside 18–60), education unknown
    on('2026-05-08', {
      ...base,
      youthUnion: true,
      occupation: 'farmer',
      birthDate: '1962-01-01',
      education: null,
    }),
    // g: woman, youth union, Thái, enterprise worker, 31, upper secondary
    on('2026-06-01', {
      ...base,
      gender: 'female',
      youthUnion: true,
      ethnicity: 'Thái',
      occupation: 'worker',
      workplaceSector: 'state',
      birthDate: '1995-01-01',
      education: 'upper_secondary',
    }),
    // A candidate with every attribute counts in nothing.
    buildPerson({
      unitId: t.village1.id,
      gender: 'female',
      youthUnion: true,
      ethnicity: 'Thái',
      milestones: { decisionOn: '2026-05-01' },
    }),
  ];
}

describe('structure of the new members', () => {
  const t = smallProvince();
  const world = { units: t.units, people: newMembers(t) };

  it('gives every column as a count and a share of the admitted', () => {
    const result = compute(world, t.province.id, year(2026));
    const counts = Object.fromEntries(
      STAT_COLUMNS.map((column) => [column, result.structure[column].count]),
    );
    expect(counts).toEqual({
      admitted: 7,
      youthUnion: 4,
      female: 4,
      minority: 3,
      religious: 2,
      highSchoolStudent: 1,
      universityStudent: 1,
      enterprise: 3,
      enterpriseWorker: 2,
      enterpriseManager: 1,
      age18to30: 2,
      age31to40: 2,
      age41to50: 1,
      age51to60: 1,
      ageOther: 1,
      educationPrimary: 0,
      educationLowerSecondary: 1,
      educationUpperSecondary: 2,
      educationVocational: 1,
      educationCollege: 1,
      educationUniversity: 1,
      educationPostgraduate: 0,
      educationUnknown: 1,
    });
    expect(result.structure.admitted.ratio).toBe(1);
    expect(result.structure.youthUnion.ratio).toBe(4 / 7);
    expect(result.structure.minority.ratio).toBe(3 / 7);
    expect(result.structure.religious.ratio).toBe(2 / 7);
    expect(result.structure.enterprise.ratio).toBe(3 / 7);
    expect(result.structure.educationPrimary).toEqual({ count: 0, ratio: 0 });
  });

  it('splits the enterprise people into workers and managers, as shares of them', () => {
    const result = compute(world, t.province.id, year(2026));
    expect(result.enterpriseSplit).toEqual({
      worker: { count: 2, ratio: 2 / 3 },
      manager: { count: 1, ratio: 1 / 3 },
    });
  });
});

describe('structure of the new members: an empty period, and each direct child', () => {
  const t = smallProvince();
  const world = { units: t.units, people: newMembers(t) };

  it('has no ratio at all in an empty period (no division by zero)', () => {
    const result = compute(world, t.province.id, year(2030));
    expect(result.admitted).toBe(0);
    for (const column of STAT_COLUMNS) {
      expect(result.structure[column]).toEqual({ count: 0, ratio: null });
    }
    expect(result.enterpriseSplit.worker.ratio).toBeNull();
    expect(result.enterpriseSplit.manager.ratio).toBeNull();
    expect(result.rates.every((rate) => rate.ratio === null)).toBe(true);
  });

  it('gives each direct child its structure counts', () => {
    const result = compute(world, t.province.id, year(2026));
    // By name: "phường Bình Minh" before "xã An Phú".
    expect(result.perUnit.map((row) => row.unitId)).toEqual([t.ward.id, t.commune.id]);
    const commune = result.perUnit[1];
    expect(commune?.admitted).toBe(7);
    expect(commune?.structure.female).toBe(4);
    expect(commune?.structure.enterpriseManager).toBe(1);
    expect(commune?.candidates).toBe(1);
    expect(result.perUnit[0]?.admitted).toBe(0);
  });
});

describe('series', () => {
  it('has a point for every month, quarter and year of the period, zeros included', () => {
    const t = smallProvince();
    const people = [
      admittedOn(t.village1.id, '2025-11-20'),
      admittedOn(t.village1.id, '2025-11-21'),
      admittedOn(t.block.id, '2026-02-02'),
      admittedOn(t.block.id, '2026-04-30'),
      admittedOn(t.block.id, '2026-05-01'),
    ];
    const { series } = compute({ units: t.units, people }, t.province.id, {
      from: '2025-11-01',
      to: '2026-04-30',
    });
    expect(series.monthly).toEqual([
      { key: '2025-11', admitted: 2 },
      { key: '2025-12', admitted: 0 },
      { key: '2026-01', admitted: 0 },
      { key: '2026-02', admitted: 1 },
      { key: '2026-03', admitted: 0 },
      { key: '2026-04', admitted: 1 },
    ]);
    expect(series.quarterly).toEqual([
      { key: '2025-Q4', admitted: 2 },
      { key: '2026-Q1', admitted: 1 },
      { key: '2026-Q2', admitted: 1 },
    ]);
    expect(series.yearly).toEqual([
      { key: '2025', admitted: 2 },
      { key: '2026', admitted: 2 },
    ]);
  });
});

describe('closed and merged units', () => {
  // Province → district X (closed 2024, merged into Y) → cell X1 (closed, merged into Y)
  //          → district Y (closed 07/2025, merged into commune Z) → cell Y1 (still open)
  //          → commune Z (open).
  const province = buildUnit({ name: 'Tỉnh ủy', kind: 'province' });
  const z = buildUnit({ name: 'Đảng bộ xã Z', kind: 'upper', parentId: province.id });
  const y = buildUnit({
    name: 'Huyện ủy Y',
    kind: 'upper',
    parentId: province.id,
    closedOn: '2025-07-01',
    successorId: z.id,
  });
  const x = buildUnit({
    name: 'Huyện ủy X',
    kind: 'upper',
    parentId: province.id,
    closedOn: '2024-01-01',
    successorId: y.id,
  });
  const x1 = buildUnit({ parentId: x.id, closedOn: '2024-01-01', successorId: y.id });
  const y1 = buildUnit({ parentId: y.id });
  const units = [province, z, y, x, x1, y1];
  const people = [
    admittedOn(x.id, '2023-03-01'),
    admittedOn(x1.id, '2023-05-01'),
    admittedOn(y.id, '2024-03-01'),
    admittedOn(y.id, '2024-04-01'),
    admittedOn(y1.id, '2025-03-01'),
    admittedOn(z.id, '2026-03-01'),
  ];
  const targets = [buildTarget({ unitId: y.id, fromYear: 2023, toYear: 2025, admissions: 12 })];
  const world = { units, people, targets };
  const term = { from: '2020-01-01', to: '2026-12-31' };

  it("counts a closed unit's figures under its successor in the current tree", () => {
    const result = compute(world, province.id, term);
    expect(result.admitted).toBe(6);
    expect(result.perUnit.map((row) => [row.unitId, row.admitted])).toEqual([[z.id, 6]]);
    expect(compute(world, z.id, term).admitted).toBe(6);
    // Y's quota for 2023–2025 went to Z with Y's figures.
    expect(compute(world, z.id, term).quotas.root).toEqual([
      {
        unitId: z.id,
        fromYear: 2023,
        toYear: 2025,
        quota: 12,
        source: 'sum',
        admitted: 5,
        ratio: 5 / 12,
      },
    ]);
  });

  it('still shows a closed unit on its own for its open years', () => {
    expect(compute(world, y.id, year(2024)).admitted).toBe(2);
    // Y as it was: itself, its cell and what had merged into it (X and X's cell).
    expect(compute(world, y.id, term).admitted).toBe(5);
    expect(compute(world, x.id, term).admitted).toBe(2);
    expect(compute(world, x.id, term).perUnit.map((row) => [row.unitId, row.admitted])).toEqual([
      [x1.id, 1],
    ]);
  });

  it('counts a person moved between units under their current unit', () => {
    const moved = admittedOn(z.id, '2022-06-01');
    const before = { ...moved, unitId: y1.id };
    expect(compute({ units, people: [before] }, y.id, year(2022)).admitted).toBe(1);
    expect(compute({ units, people: [moved] }, y.id, year(2022)).admitted).toBe(0);
    expect(compute({ units, people: [moved] }, z.id, year(2022)).admitted).toBe(1);
    expect(compute({ units, people: [moved] }, province.id, year(2022)).admitted).toBe(1);
  });
});

describe('periodPresets', () => {
  it('offers this year, its quarters, last year, the terms and every quota span', () => {
    const targets = [
      buildTarget({ fromYear: 2023, toYear: 2025 }),
      buildTarget({ fromYear: 2023, toYear: 2025 }),
      buildTarget({ fromYear: 2026, toYear: 2026 }),
      buildTarget({ fromYear: 2020, toYear: 2022 }),
    ];
    const presets = periodPresets('2026-11-28', targets);
    expect(presets.map((preset) => [preset.key, preset.period.from, preset.period.to])).toEqual([
      ['thisYear', '2026-01-01', '2026-12-31'],
      ['q1', '2026-01-01', '2026-03-31'],
      ['q2', '2026-04-01', '2026-06-30'],
      ['q3', '2026-07-01', '2026-09-30'],
      ['q4', '2026-10-01', '2026-12-31'],
      ['lastYear', '2025-01-01', '2025-12-31'],
      ['term2020', '2020-01-01', '2025-12-31'],
      ['term2025', '2025-01-01', '2030-12-31'],
      ['span-2020-2022', '2020-01-01', '2022-12-31'],
      ['span-2023-2025', '2023-01-01', '2025-12-31'],
      ['span-2026-2026', '2026-01-01', '2026-12-31'],
    ]);
    expect(presets[1]).toMatchObject({
      labelKey: 'dashboard.preset.quarter',
      labelParams: { quarter: '1', roman: 'I', year: '2026' },
    });
    expect(presets[9]).toMatchObject({
      labelKey: 'dashboard.preset.span',
      labelParams: { from: '2023', to: '2025' },
    });
    expect(presets[10]).toMatchObject({
      labelKey: 'dashboard.preset.spanYear',
      labelParams: { year: '2026' },
    });
  });

  it('ends February on its last day in a leap year', () => {
    const q1 = periodPresets('2028-02-10', []).find((preset) => preset.key === 'q1');
    expect(q1?.period).toEqual({ from: '2028-01-01', to: '2028-03-31' });
  });
});
