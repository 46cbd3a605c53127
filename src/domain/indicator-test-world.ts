// The world the indicators' tests compute from: a small province, people, and the db layer's work
// done the plain way, so that every figure is checked against a computation from scratch.
import { buildPerson, buildUnit, type PersonOverrides } from '../../test/builders';
import {
  COLUMN,
  STAT_WIDTH,
  admissionCell,
  admissionVector,
  unitContribution,
  type AdmissionStatsRow,
  type StatPerson,
  type UnitStatsRow,
} from './admission-stats';
import type { MemberCount, Person, Target, TrainingClass, Unit } from './entities';
import type { IndicatorInput, Indicators, Period } from './indicator-types';
import { computeIndicators, edgeRanges } from './indicators';

// The db layer's work, done the plain way: each person's vector added to the row of their unit,
// year and month; their stage and pending deadlines to their unit's row; and the people admitted
// in the edge days of the period. The indicators never see anyone else.
export function admissionRows(people: readonly StatPerson[]): AdmissionStatsRow[] {
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

export function unitStatsRows(people: readonly StatPerson[]): UnitStatsRow[] {
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

export function edgePeopleOf(people: readonly StatPerson[], period: Period): StatPerson[] {
  return people.filter((person) => {
    const day = person.milestones.admittedOn;
    return day && edgeRanges(period).some((range) => range.from <= day && day <= range.to);
  });
}

export interface World {
  units: Unit[];
  people?: Person[];
  classes?: TrainingClass[];
  targets?: Target[];
  memberCounts?: MemberCount[];
}

export function inputOf(world: World, period: Period): IndicatorInput {
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

export function compute(
  world: World,
  rootUnitId: string,
  period: Period,
  today = '2026-11-28',
  belowShare?: number,
): Indicators {
  return computeIndicators(inputOf(world, period), { rootUnitId, period, today, belowShare });
}

export const admittedOn = (unitId: string, day: string, overrides: PersonOverrides = {}) =>
  buildPerson({ ...overrides, unitId, milestones: { admittedOn: day, ...overrides.milestones } });

export const year = (y: number): Period => ({ from: `${y}-01-01`, to: `${y}-12-31` });

/** Tỉnh ủy → Đảng bộ xã An Phú → chi bộ thôn 1, thôn 2; Tỉnh ủy → Đảng bộ phường Bình Minh → chi bộ khu phố 1. */
export function smallProvince() {
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

/** An aggregate row with only admission counts: month (1–12) → people admitted. */
export function countsRow(
  unitId: string,
  y: number,
  byMonth: Record<number, number>,
): AdmissionStatsRow {
  const counts = new Array<number>(12 * STAT_WIDTH).fill(0);
  for (const [month, count] of Object.entries(byMonth)) {
    counts[(Number(month) - 1) * STAT_WIDTH + COLUMN.admitted] = count;
  }
  return { unitId, year: y, counts };
}

export function bareInput(units: Unit[], overrides: Partial<IndicatorInput>): IndicatorInput {
  // Without people, no period has edge people: any period will do.
  return { ...inputOf({ units }, year(2026)), ...overrides };
}

/** A fixed pseudo-random sequence (an LCG) and a pick from a list: the same draws on every run. */
export function seeded(seed: number) {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  return { random, pick };
}

export type SmallProvince = ReturnType<typeof smallProvince>;
