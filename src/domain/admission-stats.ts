// What one person contributes to the aggregates the dashboard reads instead of the people
// themselves (a province holds a quarter of a million people; reading them all takes seconds).
// The db layer keeps these aggregates current in the same transaction as the people; the
// indicators sum them. Both sides use these functions, so they cannot disagree.
import { isEthnicMinority, type EducationLevel } from './code-lists';
import { ageOn, type IsoDate } from './dates';
import { deadlinesFor } from './deadlines';
import type { Person } from './entities';
import type { Stage } from './pipeline-types';
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
export function pendingDueDates(person: Pick<Person, 'milestones'>): IsoDate[] {
  // `today` only decides statuses; which deadlines are unfulfilled does not depend on it.
  return deadlinesFor(person, '1900-01-01')
    .filter((deadline) => deadline.fulfilledOn === null && deadline.kind !== 'probationEnd')
    .map((deadline) => deadline.due);
}

/** The per-unit snapshot row of one person: stage for the funnel, pending due dates. */
export function unitContribution(person: StatPerson): { stage: Stage; dues: IsoDate[] } {
  return { stage: deriveStage(person.milestones), dues: pendingDueDates(person) };
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
