// What one person contributes to the aggregates the dashboard reads instead of the people
// themselves (a province holds a quarter of a million people; reading them all takes seconds).
// The db layer keeps these aggregates current in the same transaction as the people; the
// indicators sum them. Both sides use these functions, so they cannot disagree.
import { isEthnicMinority, type EducationLevel } from './code-lists';
import { ageOn, fromDayNumber, toDayNumber, type IsoDate } from './dates';
import { deadlinesFor, type Deadline } from './deadlines';
import type { Person } from './entities';
import { STAGES, type Stage } from './pipeline-types';
import { deriveStage } from './stage';

/** Columns of an admission vector: counts of the people admitted, by structure. */
export const STAT_COLUMNS = [
  'admitted',
  'youthUnion',
  'female',
  'minority',
  'religious',
  'highSchoolStudent',
  'universityStudent',
  /** Workers and managers/owners who work in an enterprise (workplaceSector set). */
  'enterprise',
  'enterpriseWorker',
  'enterpriseManager',
  'age18to30',
  'age31to40',
  'age41to50',
  'age51to60',
  /** Under 18 or over 60 at admission, or no birth date: shown, never hidden. */
  'ageOther',
  'educationPrimary',
  'educationLowerSecondary',
  'educationUpperSecondary',
  'educationVocational',
  'educationCollege',
  'educationUniversity',
  'educationPostgraduate',
  'educationUnknown',
] as const;
export type StatColumn = (typeof STAT_COLUMNS)[number];
export const STAT_WIDTH = STAT_COLUMNS.length;
export const COLUMN: Record<StatColumn, number> = Object.fromEntries(
  STAT_COLUMNS.map((name, index) => [name, index]),
) as Record<StatColumn, number>;

const EDUCATION_COLUMN: Record<EducationLevel, StatColumn> = {
  primary: 'educationPrimary',
  lower_secondary: 'educationLowerSecondary',
  upper_secondary: 'educationUpperSecondary',
  vocational: 'educationVocational',
  college: 'educationCollege',
  university: 'educationUniversity',
  postgraduate: 'educationPostgraduate',
};

export type StatPerson = Pick<
  Person,
  | 'unitId'
  | 'gender'
  | 'birthDate'
  | 'ethnicity'
  | 'religion'
  | 'youthUnion'
  | 'occupation'
  | 'workplaceSector'
  | 'education'
  | 'milestones'
  | 'placeId'
>;

/** The admission vector of a person: null for anyone not admitted (candidates never count). */
export function admissionVector(person: StatPerson): number[] | null {
  const admittedOn = person.milestones.admittedOn;
  if (!admittedOn) return null;
  const v = new Array<number>(STAT_WIDTH).fill(0);
  const add = (column: StatColumn) => {
    v[COLUMN[column]] = 1;
  };
  add('admitted');
  if (person.youthUnion) add('youthUnion');
  if (person.gender === 'female') add('female');
  if (isEthnicMinority(person.ethnicity)) add('minority');
  if (person.religion) add('religious');
  if (person.occupation === 'high_school_student') add('highSchoolStudent');
  if (person.occupation === 'university_student') add('universityStudent');
  const inEnterprise =
    (person.occupation === 'worker' || person.occupation === 'enterprise_manager') &&
    Boolean(person.workplaceSector);
  if (inEnterprise) {
    add('enterprise');
    add(person.occupation === 'worker' ? 'enterpriseWorker' : 'enterpriseManager');
  }
  const age = person.birthDate ? ageOn(person.birthDate, admittedOn) : -1;
  if (age >= 18 && age <= 30) add('age18to30');
  else if (age >= 31 && age <= 40) add('age31to40');
  else if (age >= 41 && age <= 50) add('age41to50');
  else if (age >= 51 && age <= 60) add('age51to60');
  else add('ageOther');
  add(person.education ? EDUCATION_COLUMN[person.education] : 'educationUnknown');
  return v;
}

/** Where a person's admission vector is added: their unit, the year and the month (1–12). */
export function admissionCell(
  person: StatPerson,
): { unitId: string; year: number; month: number; day: IsoDate } | null {
  const day = person.milestones.admittedOn;
  if (!day) return null;
  return {
    unitId: person.unitId,
    year: Number(day.slice(0, 4)),
    month: Number(day.slice(5, 7)),
    day,
  };
}

/**
 * Due dates of the deadlines a person still has to meet (not the end of probation, which passes
 * by itself). A deadline is overdue on day T when its due date is before T, so a histogram of
 * these dates per unit answers "how many are overdue today" without reading anyone.
 */
export function pendingDueDates(
  person: Pick<Person, 'milestones'>,
  /** The person's deadlines when the caller has them already (as of any day: see below). */
  deadlines: readonly Deadline[] = deadlinesFor(person, '1900-01-01'),
): IsoDate[] {
  // `today` only decides statuses and whether the probation has ended; which other deadlines
  // are unfulfilled does not depend on it.
  return deadlines
    .filter((deadline) => deadline.fulfilledOn === null && deadline.kind !== 'probationEnd')
    .map((deadline) => deadline.due);
}

/** The per-unit snapshot row of one person: stage for the funnel, pending due dates. */
export function unitContribution(
  person: StatPerson,
  deadlines?: readonly Deadline[],
): { stage: Stage; dues: IsoDate[] } {
  return { stage: deriveStage(person.milestones), dues: pendingDueDates(person, deadlines) };
}

/** One stored aggregate row: a unit's admissions in a year, 12 months × STAT_WIDTH counts. */
export interface AdmissionStatsRow {
  unitId: string;
  year: number;
  /** counts[(month - 1) * STAT_WIDTH + column] */
  counts: number[];
}

/** One stored per-unit row: people by stage now, and pending deadlines by due date. */
export interface UnitStatsRow {
  unitId: string;
  stages: Partial<Record<Stage, number>>;
  dues: Record<IsoDate, number>;
}

// --- Packed blocks -----------------------------------------------------------------------------
// The form in which the aggregates are stored and kept in memory: the figures of many units in a
// few typed arrays. IndexedDB reads a record holding typed arrays as one block of bytes, and its
// cost grows with the records, not the bytes: 16 blocks read several times faster than one record
// per unit (measured in Chromium on the 250,000-person demo: ~35 ms against ~190 ms). The
// indicators loop over the arrays without building an object per unit, year or due date.

/** Cells of one year of a unit's admissions: 12 months × STAT_WIDTH columns. */
export const YEAR_CELLS = 12 * STAT_WIDTH;

/**
 * The admissions of several units, every year. Unit `units[i]` holds the pairs
 * [cell, count, cell, count, …] in `counts` from `ends[i - 1]` (0 for the first) to `ends[i]`,
 * cells ascending, zero counts left out, with cell = year × YEAR_CELLS + (month − 1) × STAT_WIDTH
 * + column. Units are sorted (code-unit order) and a unit without any admission is left out, so
 * the same figures always give the same block.
 */
export interface AdmissionBlock {
  units: string[];
  ends: Int32Array;
  counts: Int32Array;
}

/**
 * People by stage now and pending deadlines of several units. Unit `units[i]` has
 * `stages[i × STAGES.length + s]` people at stage STAGES[s] (the order of STAGES is part of the
 * stored format), and the due dates (day numbers, ascending, see dates.toDayNumber) with their
 * counts in `dueDays` / `dueCounts` from `dueEnds[i - 1]` (0 for the first) to `dueEnds[i]`.
 * Units sorted; a unit with nobody left out.
 */
export interface UnitStatsBlock {
  units: string[];
  stages: Int32Array;
  dueEnds: Int32Array;
  dueDays: Int32Array;
  dueCounts: Int32Array;
}

export const STAGE_COUNT = STAGES.length;

const EMPTY = new Int32Array(0);
const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A unit's dense counts by year (any order) as sorted [cell, count] pairs, zeros left out. */
export function admissionPairs(years: ReadonlyMap<number, ArrayLike<number>>): Int32Array {
  const ordered = [...years.entries()].sort(([a], [b]) => a - b);
  let cells = 0;
  for (const [, dense] of ordered) {
    for (let index = 0; index < YEAR_CELLS; index += 1) if ((dense[index] ?? 0) !== 0) cells += 1;
  }
  const pairs = new Int32Array(cells * 2);
  let at = 0;
  for (const [year, dense] of ordered) {
    const base = year * YEAR_CELLS;
    for (let index = 0; index < YEAR_CELLS; index += 1) {
      const value = dense[index] ?? 0;
      if (value === 0) continue;
      pairs[at] = base + index;
      pairs[at + 1] = value;
      at += 2;
    }
  }
  return pairs;
}

/** The dense counts by year of a unit's pairs. */
export function admissionYears(pairs: ArrayLike<number>): Map<number, Int32Array> {
  const years = new Map<number, Int32Array>();
  for (let at = 0; at < pairs.length; at += 2) {
    const cell = pairs[at] ?? 0;
    const year = Math.floor(cell / YEAR_CELLS);
    let dense = years.get(year);
    if (!dense) {
      dense = new Int32Array(YEAR_CELLS);
      years.set(year, dense);
    }
    dense[cell - year * YEAR_CELLS] = pairs[at + 1] ?? 0;
  }
  return years;
}

/** One block of the units' pairs; units with no pair are left out. */
export function admissionBlock(byUnit: ReadonlyMap<string, ArrayLike<number>>): AdmissionBlock {
  const units = [...byUnit.keys()].filter((unit) => (byUnit.get(unit)?.length ?? 0) > 0);
  units.sort(byCodeUnit);
  const ends = new Int32Array(units.length);
  let total = 0;
  units.forEach((unit, index) => {
    total += byUnit.get(unit)?.length ?? 0;
    ends[index] = total;
  });
  const counts = new Int32Array(total);
  let at = 0;
  for (const unit of units) {
    const pairs = byUnit.get(unit) ?? EMPTY;
    counts.set(pairs, at);
    at += pairs.length;
  }
  return { units, ends, counts };
}

/** Each unit's pairs in a block (views of its arrays, not copies). */
export function admissionsByUnit(block: AdmissionBlock): Map<string, Int32Array> {
  const byUnit = new Map<string, Int32Array>();
  let start = 0;
  block.units.forEach((unit, index) => {
    const end = block.ends[index] ?? start;
    byUnit.set(unit, block.counts.subarray(start, end));
    start = end;
  });
  return byUnit;
}

/** One unit's people by stage (in STAGES order) and pending due dates (ascending). */
export interface UnitStatsEntry {
  stages: Int32Array;
  dueDays: Int32Array;
  dueCounts: Int32Array;
}

function isEmptyEntry(entry: UnitStatsEntry): boolean {
  if (entry.dueDays.length > 0) return false;
  for (let stage = 0; stage < STAGE_COUNT; stage += 1) if (entry.stages[stage] !== 0) return false;
  return true;
}

/** One block of the units' entries; units with nobody are left out. */
export function unitStatsBlock(byUnit: ReadonlyMap<string, UnitStatsEntry>): UnitStatsBlock {
  const units = [...byUnit.keys()].filter((unit) => {
    const entry = byUnit.get(unit);
    return entry !== undefined && !isEmptyEntry(entry);
  });
  units.sort(byCodeUnit);
  const stages = new Int32Array(units.length * STAGE_COUNT);
  const dueEnds = new Int32Array(units.length);
  let total = 0;
  units.forEach((unit, index) => {
    const entry = byUnit.get(unit) as UnitStatsEntry;
    stages.set(entry.stages.subarray(0, STAGE_COUNT), index * STAGE_COUNT);
    total += entry.dueDays.length;
    dueEnds[index] = total;
  });
  const dueDays = new Int32Array(total);
  const dueCounts = new Int32Array(total);
  let at = 0;
  for (const unit of units) {
    const entry = byUnit.get(unit) as UnitStatsEntry;
    dueDays.set(entry.dueDays, at);
    dueCounts.set(entry.dueCounts, at);
    at += entry.dueDays.length;
  }
  return { units, stages, dueEnds, dueDays, dueCounts };
}

/** Each unit's entry in a block (views of its arrays, not copies). */
export function unitStatsByUnit(block: UnitStatsBlock): Map<string, UnitStatsEntry> {
  const byUnit = new Map<string, UnitStatsEntry>();
  let start = 0;
  block.units.forEach((unit, index) => {
    const end = block.dueEnds[index] ?? start;
    byUnit.set(unit, {
      stages: block.stages.subarray(index * STAGE_COUNT, (index + 1) * STAGE_COUNT),
      dueDays: block.dueDays.subarray(start, end),
      dueCounts: block.dueCounts.subarray(start, end),
    });
    start = end;
  });
  return byUnit;
}

/** An entry from counts by stage and by due date; zero counts left out. */
export function unitStatsEntry(
  stages: Partial<Record<Stage, number>>,
  dues: ReadonlyMap<number, number>,
): UnitStatsEntry {
  const stageCounts = new Int32Array(STAGE_COUNT);
  STAGES.forEach((stage, index) => {
    stageCounts[index] = stages[stage] ?? 0;
  });
  const days = [...dues.entries()].filter(([, count]) => count !== 0).sort(([a], [b]) => a - b);
  return {
    stages: stageCounts,
    dueDays: Int32Array.from(days, ([day]) => day),
    dueCounts: Int32Array.from(days, ([, count]) => count),
  };
}

/** The contract's row of an entry. */
export function unitStatsRowOf(unitId: string, entry: UnitStatsEntry): UnitStatsRow {
  const stages: Partial<Record<Stage, number>> = {};
  STAGES.forEach((stage, index) => {
    const count = entry.stages[index] ?? 0;
    if (count !== 0) stages[stage] = count;
  });
  const dues: Record<IsoDate, number> = {};
  entry.dueDays.forEach((day, index) => {
    dues[fromDayNumber(day)] = entry.dueCounts[index] ?? 0;
  });
  return { unitId, stages, dues };
}

/**
 * The blocks of the contract's rows (several rows of a unit, or of a unit and year, are summed):
 * what the indicators compute from, whichever way the rows were read.
 */
export function blocksOfRows(
  admissionRows: readonly AdmissionStatsRow[],
  unitRows: readonly UnitStatsRow[],
): { admissions: AdmissionBlock; unitStats: UnitStatsBlock } {
  const years = new Map<string, Map<number, Int32Array>>();
  for (const row of admissionRows) {
    let unit = years.get(row.unitId);
    if (!unit) {
      unit = new Map();
      years.set(row.unitId, unit);
    }
    let dense = unit.get(row.year);
    if (!dense) {
      dense = new Int32Array(YEAR_CELLS);
      unit.set(row.year, dense);
    }
    for (let index = 0; index < YEAR_CELLS; index += 1) {
      dense[index] = (dense[index] ?? 0) + (row.counts[index] ?? 0);
    }
  }
  const pairs = new Map<string, Int32Array>();
  for (const [unitId, unit] of years) pairs.set(unitId, admissionPairs(unit));

  const stages = new Map<string, Partial<Record<Stage, number>>>();
  const dues = new Map<string, Map<number, number>>();
  for (const row of unitRows) {
    const unitStages = stages.get(row.unitId) ?? {};
    for (const stage of STAGES) {
      const count = row.stages[stage];
      if (count) unitStages[stage] = (unitStages[stage] ?? 0) + count;
    }
    stages.set(row.unitId, unitStages);
    const unitDues = dues.get(row.unitId) ?? new Map<number, number>();
    for (const [due, count] of Object.entries(row.dues)) {
      const day = toDayNumber(due);
      unitDues.set(day, (unitDues.get(day) ?? 0) + count);
    }
    dues.set(row.unitId, unitDues);
  }
  const entries = new Map<string, UnitStatsEntry>();
  for (const [unitId, unitStages] of stages) {
    entries.set(unitId, unitStatsEntry(unitStages, dues.get(unitId) ?? new Map()));
  }
  return { admissions: admissionBlock(pairs), unitStats: unitStatsBlock(entries) };
}
