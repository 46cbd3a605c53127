import { describe, expect, it } from 'vitest';
import {
  buildClass,
  buildMemberCount,
  buildPerson,
  buildTarget,
  buildUnit,
  type PersonOverrides,
} from '../../test/builders';
import {
  COLUMN,
  STAT_COLUMNS,
  STAT_WIDTH,
  admissionCell,
  admissionVector,
  blocksOfRows,
  unitContribution,
  type AdmissionStatsRow,
  type StatPerson,
  type UnitStatsRow,
} from './admission-stats';
import type { MemberCount, Person, Target, TrainingClass, Unit } from './entities';
import type { IndicatorData, IndicatorInput, Indicators, Period } from './indicator-types';
import { elapsedShare, wholeMonthsUntil } from './indicator-calendar';
import { computeIndicators, computeIndicatorsFrom, edgeRanges, periodPresets } from './indicators';
import { subtreeIdsOf } from './unit-tree';

// The db layer's work, done the plain way: each person's vector added to the row of their unit,
// year and month; their stage and pending deadlines to their unit's row; and the people admitted
// in the edge days of the period. The indicators never see anyone else.
function admissionRows(people: readonly StatPerson[]): AdmissionStatsRow[] {
  const rows = new Map<string, AdmissionStatsRow>();
  for (const person of people) {
    const cell = admissionCell(person);
    const vector = admissionVector(person);
    if (!cell || !vector) continue;
    const key = `${cell.unitId}/${cell.year}`;
    let row = rows.get(key);
    if (!row) {
      row = { unitId: cell.unitId, year: cell.year, counts: new Array(12 * STAT_WIDTH).fill(0) };
      rows.set(key, row);
    }
    vector.forEach((value, column) => {
      const index = (cell.month - 1) * STAT_WIDTH + column;
      row.counts[index] = (row.counts[index] ?? 0) + value;
    });
  }
  return [...rows.values()];
}

function unitStatsRows(people: readonly StatPerson[]): UnitStatsRow[] {
  const rows = new Map<string, UnitStatsRow>();
  for (const person of people) {
    const { stage, dues } = unitContribution(person);
    let row = rows.get(person.unitId);
    if (!row) {
      row = { unitId: person.unitId, stages: {}, dues: {} };
      rows.set(person.unitId, row);
    }
    row.stages[stage] = (row.stages[stage] ?? 0) + 1;
    for (const due of dues) row.dues[due] = (row.dues[due] ?? 0) + 1;
  }
  return [...rows.values()];
}

function edgePeopleOf(people: readonly StatPerson[], period: Period): StatPerson[] {
  return people.filter((person) => {
    const day = person.milestones.admittedOn;
    return day && edgeRanges(period).some((range) => range.from <= day && day <= range.to);
  });
}

interface World {
  units: Unit[];
  people?: Person[];
  classes?: TrainingClass[];
  targets?: Target[];
  memberCounts?: MemberCount[];
}

function inputOf(world: World, period: Period): IndicatorInput {
  const people = world.people ?? [];
  return {
    units: world.units,
    admissionStats: admissionRows(people),
    unitStats: unitStatsRows(people),
    edgePeople: edgePeopleOf(people, period),
    classes: world.classes ?? [],
    targets: world.targets ?? [],
    memberCounts: world.memberCounts ?? [],
  };
}

function compute(
  world: World,
  rootUnitId: string,
  period: Period,
  today = '2026-11-28',
  belowShare?: number,
): Indicators {
  return computeIndicators(inputOf(world, period), { rootUnitId, period, today, belowShare });
}

const admittedOn = (unitId: string, day: string, overrides: PersonOverrides = {}) =>
  buildPerson({ ...overrides, unitId, milestones: { admittedOn: day, ...overrides.milestones } });

const year = (y: number): Period => ({ from: `${y}-01-01`, to: `${y}-12-31` });

/** Tỉnh ủy → Đảng bộ xã An Phú → chi bộ thôn 1, thôn 2; Tỉnh ủy → Đảng bộ phường Bình Minh → chi bộ khu phố 1. */
function smallProvince() {
  const province = buildUnit({ name: 'Tỉnh ủy', kind: 'province' });
  const commune = buildUnit({ name: 'Đảng bộ xã An Phú', kind: 'upper', parentId: province.id });
  const village1 = buildUnit({ name: 'Chi bộ thôn 1', parentId: commune.id });
  const village2 = buildUnit({ name: 'Chi bộ thôn 2', parentId: commune.id });
  const ward = buildUnit({
    name: 'Đảng bộ phường Bình Minh',
    kind: 'upper',
    parentId: province.id,
  });
  const block = buildUnit({ name: 'Chi bộ khu phố 1', parentId: ward.id });
  return {
    province,
    commune,
    village1,
    village2,
    ward,
    block,
    units: [province, commune, village1, village2, ward, block],
  };
}

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

describe('structure of the new members', () => {
  const t = smallProvince();
  const on = (day: string, overrides: PersonOverrides) => admittedOn(t.village1.id, day, overrides);
  const base = { youthUnion: false, gender: 'male', ethnicity: 'Kinh', religion: null } as const;
  const people = [
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
  const world = { units: t.units, people };

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

describe('training', () => {
  const t = smallProvince();
  const classes = [
    buildClass({
      unitId: t.village1.id,
      kind: 'awareness',
      startOn: '2026-03-02',
      endOn: '2026-03-06',
      attendeeCount: 40,
    }),
    buildClass({
      unitId: t.commune.id,
      kind: 'awareness',
      startOn: '2026-01-01',
      endOn: '2026-01-05',
      attendeeCount: 35,
    }),
    // Straddles the turn of the year: it counts in neither year.
    buildClass({
      unitId: t.village1.id,
      kind: 'awareness',
      startOn: '2025-12-29',
      endOn: '2026-01-03',
      attendeeCount: 30,
    }),
    buildClass({
      unitId: t.village2.id,
      kind: 'new_member',
      startOn: '2026-12-28',
      endOn: '2026-12-31',
      attendeeCount: 25,
    }),
    buildClass({
      unitId: t.village2.id,
      kind: 'other',
      startOn: '2026-07-01',
      endOn: '2026-07-01',
      attendeeCount: 10,
    }),
    buildClass({
      unitId: t.block.id,
      kind: 'new_member',
      startOn: '2026-05-01',
      endOn: '2026-05-03',
      attendeeCount: 18,
    }),
  ];
  const world = { units: t.units, classes };

  it('counts the classes held wholly within the period, and their attendees', () => {
    expect(compute(world, t.province.id, year(2026)).training).toEqual({
      awarenessClasses: 2,
      awarenessAttendees: 75,
      newMemberClasses: 2,
      newMemberAttendees: 43,
      otherClasses: 1,
      otherAttendees: 10,
    });
    expect(compute(world, t.province.id, year(2025)).training.awarenessClasses).toBe(0);
    expect(
      compute(world, t.province.id, { from: '2025-12-01', to: '2026-01-31' }).training,
    ).toMatchObject({ awarenessClasses: 2, awarenessAttendees: 65 });
  });

  it('counts only the classes of the viewed subtree', () => {
    expect(compute(world, t.commune.id, year(2026)).training).toMatchObject({
      awarenessClasses: 2,
      newMemberClasses: 1,
      newMemberAttendees: 25,
    });
    expect(compute(world, t.ward.id, year(2026)).training).toMatchObject({
      awarenessClasses: 0,
      newMemberClasses: 1,
      newMemberAttendees: 18,
    });
  });
});

describe('quotas', () => {
  // Province (no own 2023–2025 quota; own 2026 quota 50)
  //   commune (own 100, and its village 1 has 60: nested, not added again) → village 1, village 2
  //   ward (none) → block (40), block 2 (20), block 3 (none)
  //   company (own 0)
  function world() {
    const t = smallProvince();
    const block2 = buildUnit({ name: 'Chi bộ khu phố 2', parentId: t.ward.id });
    const block3 = buildUnit({ name: 'Chi bộ khu phố 3', parentId: t.ward.id });
    const company = buildUnit({
      name: 'Đảng bộ Công ty Sông Hồng',
      kind: 'grassroots_committee',
      parentId: t.province.id,
    });
    const span = { fromYear: 2023, toYear: 2025 };
    const targets = [
      buildTarget({ unitId: t.commune.id, ...span, admissions: 100 }),
      buildTarget({ unitId: t.village1.id, ...span, admissions: 60 }),
      buildTarget({ unitId: t.block.id, ...span, admissions: 40 }),
      buildTarget({ unitId: block2.id, ...span, admissions: 20 }),
      buildTarget({ unitId: company.id, ...span, admissions: 0 }),
      buildTarget({ unitId: t.province.id, fromYear: 2026, toYear: 2026, admissions: 50 }),
    ];
    const people = [
      admittedOn(t.village1.id, '2023-02-01'),
      admittedOn(t.village1.id, '2023-09-01'),
      admittedOn(t.village1.id, '2025-12-31'),
      admittedOn(t.village2.id, '2024-04-04'),
      admittedOn(t.block.id, '2022-12-31'),
      admittedOn(t.block.id, '2024-05-05'),
      admittedOn(block3.id, '2025-01-01'),
      admittedOn(company.id, '2024-08-08'),
      admittedOn(t.village2.id, '2026-02-02'),
    ];
    return {
      t,
      block2,
      block3,
      company,
      units: [...t.units, block2, block3, company],
      targets,
      people,
    };
  }

  it('sums the highest quotas below a unit without its own, never a nested one twice', () => {
    const w = world();
    const result = compute(w, w.t.province.id, year(2024));
    expect(result.quotas.root).toEqual([
      {
        unitId: w.t.province.id,
        fromYear: 2023,
        toYear: 2025,
        quota: 160,
        source: 'sum',
        // Admissions of the whole subtree across the whole span, not only in 2024.
        admitted: 7,
        ratio: 7 / 160,
      },
    ]);
    const children = Object.fromEntries(result.quotas.children.map((q) => [q.unitId, q]));
    expect(children[w.t.commune.id]).toMatchObject({
      quota: 100,
      source: 'own',
      admitted: 4,
      ratio: 0.04,
    });
    expect(children[w.t.ward.id]).toMatchObject({
      quota: 60,
      source: 'sum',
      admitted: 2,
      ratio: 2 / 60,
    });
    expect(children[w.company.id]).toMatchObject({
      quota: 0,
      source: 'own',
      admitted: 1,
      ratio: null,
    });
    expect(result.perUnit.find((row) => row.unitId === w.t.ward.id)?.quota?.quota).toBe(60);
  });

  it("uses the viewed unit's own quota when it has one", () => {
    const w = world();
    const targets = [...w.targets, buildTarget({ unitId: w.t.province.id, admissions: 150 })];
    const [root] = compute({ ...w, targets }, w.t.province.id, year(2025)).quotas.root;
    expect(root).toMatchObject({ quota: 150, source: 'own', admitted: 7, ratio: 7 / 150 });
    const [village] = compute({ ...w, targets }, w.t.village1.id, year(2025)).quotas.root;
    expect(village).toMatchObject({ quota: 60, source: 'own', admitted: 3, ratio: 0.05 });
  });

  it('gives a figure for every span overlapping the period, and none for others', () => {
    const w = world();
    const period = { from: '2025-06-01', to: '2026-03-31' };
    const result = compute(w, w.t.province.id, period);
    expect(result.quotas.root.map((q) => [q.fromYear, q.toYear, q.quota, q.admitted])).toEqual([
      [2023, 2025, 160, 7],
      [2026, 2026, 50, 1],
    ]);
    // The children have no 2026 quota: their rows show the 2023–2025 one.
    expect(result.quotas.children.every((q) => q.fromYear === 2023)).toBe(true);
    expect(result.perUnit.find((row) => row.unitId === w.t.commune.id)?.quota?.toYear).toBe(2025);
    expect(compute(w, w.t.province.id, year(2022)).quotas).toEqual({ root: [], children: [] });
    // A unit with no quota anywhere in its subtree has no figure.
    expect(compute(w, w.block3.id, year(2024)).quotas.root).toEqual([]);
  });

  it("prefers, in a child's row, the span that holds the period's end", () => {
    const w = world();
    const targets = [
      ...w.targets,
      buildTarget({ unitId: w.t.commune.id, fromYear: 2026, toYear: 2026, admissions: 20 }),
    ];
    const result = compute({ ...w, targets }, w.t.province.id, {
      from: '2025-06-01',
      to: '2026-03-31',
    });
    expect(result.perUnit.find((row) => row.unitId === w.t.commune.id)?.quota).toMatchObject({
      fromYear: 2026,
      quota: 20,
      admitted: 1,
      ratio: 0.05,
    });
    // The province's own 2026 quota stops the descent: the commune's 20 is not added to it.
    expect(result.quotas.root.find((q) => q.fromYear === 2026)?.quota).toBe(50);
  });
});

describe('admission rate', () => {
  const t = smallProvince();
  const block2 = buildUnit({ parentId: t.ward.id });
  const units = [...t.units, block2];
  const people = [
    ...Array.from({ length: 30 }, () => admittedOn(t.village1.id, '2026-04-01')),
    ...Array.from({ length: 6 }, () => admittedOn(t.block.id, '2026-09-09')),
    admittedOn(t.block.id, '2025-03-03'),
  ];
  const memberCounts = [
    buildMemberCount({ unitId: t.commune.id, year: 2026, total: 1000 }),
    buildMemberCount({ unitId: t.village1.id, year: 2026, total: 400 }),
    buildMemberCount({ unitId: t.block.id, year: 2026, total: 200 }),
  ];
  const world = { units, people, memberCounts };

  it('divides the year’s admissions by the members at its start, summing the highest counts below', () => {
    const [rate] = compute(world, t.province.id, year(2026)).rates;
    expect(rate).toEqual({ year: 2026, membersAtStart: 1200, admitted: 36, ratio: 0.03 });
  });

  it("uses the unit's own count when it has one", () => {
    const own = [
      ...memberCounts,
      buildMemberCount({ unitId: t.province.id, year: 2026, total: 1800 }),
    ];
    const [rate] = compute({ ...world, memberCounts: own }, t.province.id, year(2026)).rates;
    expect(rate).toEqual({ year: 2026, membersAtStart: 1800, admitted: 36, ratio: 0.02 });
    const [ward] = compute(world, t.ward.id, year(2026)).rates;
    expect(ward).toEqual({ year: 2026, membersAtStart: 200, admitted: 6, ratio: 0.03 });
  });

  it('has no rate without a count, one figure per calendar year of the period', () => {
    const rates = compute(world, t.province.id, { from: '2025-01-01', to: '2026-12-31' }).rates;
    expect(rates).toEqual([
      { year: 2025, membersAtStart: null, admitted: 1, ratio: null },
      { year: 2026, membersAtStart: 1200, admitted: 36, ratio: 0.03 },
    ]);
    const zero = [buildMemberCount({ unitId: block2.id, year: 2026, total: 0 })];
    const [empty] = compute({ ...world, memberCounts: zero }, block2.id, year(2026)).rates;
    expect(empty).toEqual({ year: 2026, membersAtStart: 0, admitted: 0, ratio: null });
  });

  it('counts in a part-year period only the admissions within it', () => {
    const [rate] = compute(world, t.province.id, { from: '2026-01-01', to: '2026-06-30' }).rates;
    expect(rate).toEqual({ year: 2026, membersAtStart: 1200, admitted: 30, ratio: 0.025 });
  });
});

describe('funnel', () => {
  it('counts the people of the viewed subtree by stage now, whatever the period', () => {
    const t = smallProvince();
    const person = (unitId: string, milestones: PersonOverrides['milestones']) =>
      buildPerson({ unitId, milestones });
    const people = [
      person(t.village1.id, { sourcedOn: '2026-01-01' }),
      person(t.village1.id, { sourcedOn: '2026-01-01' }),
      person(t.village1.id, { awarenessCertOn: '2026-02-01' }),
      person(t.village2.id, { applicationOn: '2026-03-01' }),
      person(t.village2.id, { cellResolutionOn: '2026-04-01' }),
      person(t.village2.id, { decisionOn: '2026-05-01' }),
      person(t.village2.id, { admittedOn: '2026-06-01' }),
      person(t.village2.id, { admittedOn: '2024-06-01', officialOn: '2025-06-01' }),
      person(t.village2.id, { admittedOn: '2024-06-01', removedOn: '2025-01-01' }),
      person(t.block.id, { decisionOn: '2026-05-01' }),
    ];
    const world = { units: t.units, people };
    expect(compute(world, t.province.id, year(2020)).funnel).toEqual({
      source: 2,
      certified: 1,
      applied: 1,
      resolved: 1,
      decided: 2,
      probation: 1,
      official: 1,
      removed: 1,
    });
    expect(compute(world, t.commune.id, year(2026)).funnel.decided).toBe(1);
    const rows = compute(world, t.province.id, year(2026)).perUnit;
    expect(rows.map((row) => [row.unitId, row.candidates])).toEqual([
      [t.ward.id, 1],
      [t.commune.id, 6],
    ]);
  });
});

/** An aggregate row with only admission counts: month (1–12) → people admitted. */
function countsRow(unitId: string, y: number, byMonth: Record<number, number>): AdmissionStatsRow {
  const counts = new Array<number>(12 * STAT_WIDTH).fill(0);
  for (const [month, count] of Object.entries(byMonth)) {
    counts[(Number(month) - 1) * STAT_WIDTH + COLUMN.admitted] = count;
  }
  return { unitId, year: y, counts };
}

function bareInput(units: Unit[], overrides: Partial<IndicatorInput>): IndicatorInput {
  return {
    units,
    admissionStats: [],
    unitStats: [],
    edgePeople: [],
    classes: [],
    targets: [],
    memberCounts: [],
    ...overrides,
  };
}

describe('forecast', () => {
  const t = smallProvince();

  it('projects the run rate over the whole months left, at least the decided people', () => {
    const input = bareInput(t.units, {
      targets: [
        buildTarget({ unitId: t.commune.id, fromYear: 2025, toYear: 2027, admissions: 200 }),
        buildTarget({ unitId: t.ward.id, fromYear: 2025, toYear: 2027, admissions: 50 }),
      ],
      admissionStats: [
        // Before the 12-month window: counts as admitted so far, not in the run rate.
        countsRow(t.village1.id, 2025, { 3: 40, 11: 6, 12: 6 }),
        countsRow(t.village1.id, 2026, {
          1: 6,
          2: 6,
          3: 6,
          4: 6,
          5: 6,
          6: 6,
          7: 6,
          8: 6,
          9: 6,
          10: 6,
          11: 3,
        }),
        countsRow(t.block.id, 2026, { 5: 2 }),
      ],
      unitStats: [
        { unitId: t.village2.id, stages: { decided: 4, resolved: 3, source: 20 }, dues: {} },
        { unitId: t.block.id, stages: { decided: 9, applied: 1 }, dues: {} },
      ],
    });
    const result = computeIndicators(input, {
      rootUnitId: t.province.id,
      period: year(2026),
      today: '2026-11-28',
    });
    // Window: 11/2025 … 10/2026, 12 months, 72 + 2 admissions. 13 whole months to 31/12/2027.
    const rootRate = 74 / 12;
    expect(result.forecast.root).toEqual({
      unitId: t.province.id,
      fromYear: 2025,
      toYear: 2027,
      quota: 250,
      admittedSoFar: 40 + 12 + 63 + 2,
      runRatePerMonth: rootRate,
      monthsLeft: 13,
      pipeline: 16,
      forecast: 117 + Math.round(rootRate * 13),
      shortfall: 250 - (117 + Math.round(rootRate * 13)),
    });
    const [ward, commune] = result.forecast.children;
    expect(commune).toMatchObject({
      unitId: t.commune.id,
      admittedSoFar: 115,
      runRatePerMonth: 6,
      pipeline: 7,
      forecast: 115 + 78,
      shortfall: 7,
    });
    // The ward's run rate (2 / 12 × 13 ≈ 2) is below its 9 decided people: they count instead.
    expect(ward).toMatchObject({ admittedSoFar: 2, forecast: 11, pipeline: 9, shortfall: 39 });
  });

  it('uses the span so far when it began less than a year ago, and caps the last year by the pipeline', () => {
    const input = bareInput(t.units, {
      targets: [
        buildTarget({ unitId: t.commune.id, fromYear: 2026, toYear: 2026, admissions: 30 }),
      ],
      admissionStats: [
        countsRow(t.village1.id, 2026, { 1: 2, 2: 2, 3: 2, 4: 2, 5: 2, 6: 2, 7: 2, 8: 1 }),
      ],
      unitStats: [{ unitId: t.village1.id, stages: { decided: 3, resolved: 2 }, dues: {} }],
    });
    const result = computeIndicators(input, {
      rootUnitId: t.commune.id,
      period: year(2026),
      today: '2026-08-15',
    });
    // Window 01–07/2026: 14 in 7 months. 4 whole months left (15/08 → 15/12). 2 × 4 = 8, but only
    // 5 people are on the way.
    expect(result.forecast.root).toMatchObject({
      admittedSoFar: 15,
      runRatePerMonth: 2,
      monthsLeft: 4,
      pipeline: 5,
      forecast: 20,
      shortfall: 10,
    });
  });

  it('has no forecast without a quota span running today', () => {
    const input = bareInput(t.units, {
      targets: [buildTarget({ unitId: t.commune.id, fromYear: 2023, toYear: 2025 })],
    });
    const result = computeIndicators(input, {
      rootUnitId: t.province.id,
      period: year(2026),
      today: '2026-11-28',
    });
    expect(result.forecast).toEqual({ root: null, children: [] });
  });

  it('counts whole months and the elapsed share of a span', () => {
    expect(wholeMonthsUntil('2026-11-28', '2026-12-31')).toBe(1);
    expect(wholeMonthsUntil('2026-10-31', '2026-12-31')).toBe(2);
    expect(wholeMonthsUntil('2026-12-31', '2026-12-31')).toBe(0);
    expect(wholeMonthsUntil('2027-01-01', '2026-12-31')).toBe(0);
    expect(wholeMonthsUntil('2026-01-01', '2026-12-31')).toBe(11);
    expect(elapsedShare({ fromYear: 2026, toYear: 2026 }, '2026-07-02')).toBe(183 / 365);
    expect(elapsedShare({ fromYear: 2026, toYear: 2026 }, '2025-12-31')).toBe(0);
    expect(elapsedShare({ fromYear: 2023, toYear: 2025 }, '2026-11-28')).toBe(1);
  });
});

describe('coverage', () => {
  const t = smallProvince();
  const company = buildUnit({
    name: 'Đảng bộ Công ty Sông Hồng',
    kind: 'upper',
    parentId: t.province.id,
  });
  const dissolved = buildUnit({
    name: 'Đảng bộ Nông trường',
    kind: 'upper',
    parentId: t.province.id,
    closedOn: '2024-01-01',
  });
  const newcomer = buildUnit({
    name: 'Đảng bộ Khu công nghiệp',
    kind: 'upper',
    parentId: t.province.id,
    openedOn: '2027-01-01',
  });
  const units = [...t.units, company, dissolved, newcomer];
  const span = { fromYear: 2026, toYear: 2026 };
  const input = bareInput(units, {
    targets: [
      buildTarget({ unitId: t.commune.id, ...span, admissions: 10 }),
      buildTarget({ unitId: t.ward.id, ...span, admissions: 10 }),
      buildTarget({ unitId: company.id, ...span, admissions: 0 }),
    ],
    admissionStats: [
      countsRow(t.village1.id, 2026, { 3: 8 }),
      countsRow(company.id, 2026, { 2: 1 }),
    ],
    unitStats: [
      {
        unitId: t.village1.id,
        stages: {},
        dues: { '2026-06-30': 2, '2026-07-01': 1, '2026-08-01': 4 },
      },
      { unitId: t.block.id, stages: {}, dues: { '2026-01-01': 3 } },
      { unitId: t.province.id, stages: {}, dues: { '2026-01-01': 1 } },
    ],
  });
  const result = computeIndicators(input, {
    rootUnitId: t.province.id,
    period: year(2026),
    today: '2026-07-01',
  });

  it('names the direct children open in the period without an admission', () => {
    expect(result.coverage.withoutAdmission).toEqual([t.ward.id]);
    // The dissolved unit, gone before the period, and the one opened after it have nothing to
    // show and are no rows; the others come by name.
    expect(result.perUnit.map((row) => row.unitId)).toEqual([company.id, t.ward.id, t.commune.id]);
  });

  it('flags the children behind their quota pro rata to the time elapsed', () => {
    // By 01/07/2026, 182 of 365 days: expected 0.8 × 182/365 ≈ 0.399. The commune (0.8) is on
    // track; the ward (0) is not; the company's quota of 0 expects nothing.
    expect(result.coverage.belowShare).toEqual([
      { unitId: t.ward.id, ratio: 0, expected: expect.closeTo(0.8 * (182 / 365), 12) },
    ]);
    const strict = computeIndicators(input, {
      rootUnitId: t.province.id,
      period: year(2026),
      today: '2026-12-31',
      belowShare: 1,
    });
    expect(strict.coverage.belowShare.map((row) => [row.unitId, row.ratio])).toEqual([
      [t.ward.id, 0],
      [t.commune.id, 0.8],
    ]);
  });

  it('counts overdue deadlines per child (due before today), highest first', () => {
    expect(result.coverage.overdue).toEqual([
      { unitId: t.ward.id, count: 3 },
      { unitId: t.commune.id, count: 2 },
    ]);
    expect(result.coverage.overdueTotal).toBe(6);
    expect(result.perUnit.find((row) => row.unitId === t.commune.id)?.overdue).toBe(2);
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

describe('against a person-by-person count', () => {
  it('agrees with counting every person, for random units, periods and people', () => {
    let seed = 20_260_101;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    };
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const t = smallProvince();
    const days = Array.from({ length: 900 }, (_, i) => {
      const date = new Date(Date.UTC(2024, 0, 1) + i * 86_400_000);
      return date.toISOString().slice(0, 10);
    });
    const people = Array.from({ length: 400 }, () =>
      buildPerson({
        unitId: pick(t.units).id,
        gender: pick(['male', 'female'] as const),
        youthUnion: random() < 0.6,
        milestones: random() < 0.8 ? { admittedOn: pick(days) } : { decisionOn: pick(days) },
      }),
    );
    for (let round = 0; round < 40; round += 1) {
      const [a, b] = [pick(days), pick(days)].sort() as [string, string];
      const root = pick(t.units);
      const period = { from: a, to: b };
      const ids = subtreeIdsOf(t.units, root.id);
      const expected = people.filter((person) => {
        const day = person.milestones.admittedOn;
        return day !== null && day >= a && day <= b && ids.has(person.unitId);
      });
      const result = compute({ units: t.units, people }, root.id, period);
      expect(result.admitted).toBe(expected.length);
      expect(result.structure.female.count).toBe(
        expected.filter((person) => person.gender === 'female').length,
      );
      expect(result.series.monthly.reduce((sum, point) => sum + point.admitted, 0)).toBe(
        expected.length,
      );
    }
  });
});

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
    const rows = new Map<string, AdmissionStatsRow>();
    const add = (person: StatPerson) => {
      const cell = admissionCell(person);
      const vector = admissionVector(person);
      if (!cell || !vector) return;
      const key = `${cell.unitId}/${cell.year}`;
      let row = rows.get(key);
      if (!row) {
        row = { unitId: cell.unitId, year: cell.year, counts: new Array(12 * STAT_WIDTH).fill(0) };
        rows.set(key, row);
      }
      for (let column = 0; column < STAT_WIDTH; column += 1) {
        const index = (cell.month - 1) * STAT_WIDTH + column;
        row.counts[index] = (row.counts[index] ?? 0) + (vector[column] ?? 0);
      }
    };
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
    const classes: TrainingClass[] = [];
    const attendees = (total: number, count: number, index: number) =>
      Math.floor(total / count) + (index < total % count ? 1 : 0);
    for (let i = 0; i < 380; i += 1) {
      classes.push(
        buildClass({
          unitId: (uppers[i % uppers.length] as Unit).id,
          kind: 'awareness',
          startOn: `${2020 + (i % 6)}-03-02`,
          endOn: `${2020 + (i % 6)}-03-06`,
          attendeeCount: attendees(26_492, 380, i),
        }),
      );
    }
    for (let i = 0; i < 212; i += 1) {
      classes.push(
        buildClass({
          unitId: (uppers[i % uppers.length] as Unit).id,
          kind: 'new_member',
          startOn: `${2020 + (i % 6)}-09-07`,
          endOn: `${2020 + (i % 6)}-09-11`,
          attendeeCount: attendees(14_154, 212, i),
        }),
      );
    }
    // A class that ends after the term does not count.
    classes.push(
      buildClass({
        unitId: province.id,
        kind: 'awareness',
        startOn: '2025-12-29',
        endOn: '2026-01-02',
        attendeeCount: 50,
      }),
    );
    const targets = uppers.map((upper) =>
      buildTarget({ unitId: upper.id, fromYear: 2023, toYear: 2025, admissions: 1015 }),
    );
    return bareInput(units, { admissionStats: [...rows.values()], classes, targets });
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

describe('computeIndicatorsFrom: the whole store in packed blocks', () => {
  let seed = 20_261_128;
  const random = () => {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    return seed / 2_147_483_648;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const t = smallProvince();
  const days = Array.from({ length: 2_000 }, (_, i) =>
    new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
  );
  const people = Array.from({ length: 600 }, () =>
    buildPerson({
      unitId: pick(t.units).id,
      gender: pick(['male', 'female'] as const),
      youthUnion: random() < 0.6,
      ethnicity: random() < 0.2 ? 'Tày' : 'Kinh',
      milestones:
        random() < 0.7
          ? { admittedOn: pick(days) }
          : { cellResolutionOn: pick(days), decisionOn: random() < 0.5 ? pick(days) : null },
    }),
  );
  const targets = [
    buildTarget({ unitId: t.commune.id, fromYear: 2020, toYear: 2025, admissions: 90 }),
    buildTarget({ unitId: t.ward.id, fromYear: 2026, toYear: 2026, admissions: 20 }),
  ];
  const memberCounts = [buildMemberCount({ unitId: t.commune.id, year: 2023, total: 300 })];
  const whole = { units: t.units, people, targets, memberCounts };

  /** The whole store's rows packed in one block per unit, as the shards of the db layer hold. */
  function shardedData(): IndicatorData {
    const admissions = admissionRows(people);
    const units = unitStatsRows(people);
    const blocks = t.units.map((unit) =>
      blocksOfRows(
        admissions.filter((row) => row.unitId === unit.id),
        units.filter((row) => row.unitId === unit.id),
      ),
    );
    return {
      units: t.units,
      admissions: blocks.map((block) => block.admissions),
      unitStats: blocks.map((block) => block.unitStats),
      classes: [],
      targets,
      memberCounts,
    };
  }

  it('gives the figures of the rows read for each view, whatever the unit and period', () => {
    const data = shardedData();
    for (let round = 0; round < 45; round += 1) {
      const [a, b] = [pick(days), pick(days)].sort() as [string, string];
      // Whole months, whole years, and days within months alike.
      const period =
        round % 3 === 0
          ? { from: `${a.slice(0, 4)}-01-01`, to: `${b.slice(0, 4)}-12-31` }
          : round % 3 === 1
            ? { from: `${a.slice(0, 7)}-01`, to: b }
            : { from: a, to: b };
      const root = pick(t.units);
      const today = pick(days);
      const expected = compute(whole, root.id, period, today);
      const edgePeople = edgePeopleOf(people, period);
      const actual = computeIndicatorsFrom(data, edgePeople, {
        rootUnitId: root.id,
        period,
        today,
      });
      expect(actual).toEqual(expected);
    }
    // 45 views of 600 people, each also computed from its rows: seconds on a busy machine.
  }, 30_000);

  it('leaves out the cells of a month without an admission, as the rows do', () => {
    // A hand-made row: cells in March with nobody admitted in March.
    const counts = new Array<number>(12 * STAT_WIDTH).fill(0);
    counts[2 * STAT_WIDTH + COLUMN.female] = 4;
    counts[4 * STAT_WIDTH + COLUMN.admitted] = 2;
    counts[4 * STAT_WIDTH + COLUMN.female] = 1;
    const input: IndicatorInput = {
      units: t.units,
      admissionStats: [{ unitId: t.village1.id, year: 2025, counts }],
      unitStats: [],
      edgePeople: [],
      classes: [],
      targets: [],
      memberCounts: [],
    };
    const figures = computeIndicators(input, {
      rootUnitId: t.province.id,
      period: year(2025),
      today: '2026-11-28',
    });
    expect(figures.admitted).toBe(2);
    expect(figures.structure.female.count).toBe(1);
  });
});
