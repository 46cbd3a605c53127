// What a demo province is asked for, and those options resolved once for every part of the
// generator (the tree, the people, the classes, the quotas).
import { localIsoDate, toDayNumber, yearOf, type IsoDate } from '@/domain/dates';
import type {
  MemberCount,
  Person,
  Place,
  PlaceFigure,
  Target,
  TrainingClass,
  Unit,
} from '@/domain/entities';

export interface GenerateProvinceOptions {
  seed: number;
  /** How many people (candidates and members) to generate. */
  people: number;
  /** How many open upper units (đảng bộ trực thuộc); scaled to the people when absent. */
  units?: number;
  /** How many upper units closed by the 2025 merger (default: 2 from 6 open ones, else 1). */
  closedUnits?: number;
  /** People per leaf unit (cell or chi bộ cơ sở), which sets the size of the tree (default 120). */
  peoplePerLeaf?: number;
  /** The size an awareness class is filled to (default 60; new-member classes ¾ of it). */
  classSize?: number;
  /** First year of admissions (default 2020). */
  fromYear?: number;
  /** Last year of quotas and member counts (default: today's year). */
  toYear?: number;
  /** The day the province is seen from: nothing is dated after it (default: the local today). */
  today?: IsoDate;
}

export interface GeneratedProvince {
  units: Unit[];
  people: Person[];
  classes: TrainingClass[];
  targets: Target[];
  memberCounts: MemberCount[];
  /** Residential areas, high schools and enterprises (about one per 50 people). */
  places: Place[];
  /** Their figures for the last five years up to today: at most one per place and year. */
  placeFigures: PlaceFigure[];
}

/** What is known of a province once its people are drawn. */
export type ProvinceRecords = Pick<
  GeneratedProvince,
  'classes' | 'targets' | 'memberCounts' | 'placeFigures'
>;

/** The day the 2025 reorganisation took effect: the units it closed closed the day before. */
export const REORGANISED_ON = '2025-07-01';
export const CLOSED_ON = '2025-06-30';
/** The last year of the quota span of the 2020–2025 term. */
export const TERM_END_YEAR = 2025;

export interface ProvinceContext {
  options: GenerateProvinceOptions;
  seed: number;
  today: IsoDate;
  todayDay: number;
  fromYear: number;
  toYear: number;
  /** Every record's updatedAt. */
  stamp: string;
  peopleCount: number;
}

export function provinceContext(options: GenerateProvinceOptions): ProvinceContext {
  const today = options.today ?? localIsoDate();
  return {
    options,
    seed: options.seed,
    today,
    todayDay: toDayNumber(today),
    fromYear: options.fromYear ?? 2020,
    toYear: options.toYear ?? yearOf(today),
    stamp: `${today}T00:00:00.000Z`,
    peopleCount: Math.max(0, Math.floor(options.people)),
  };
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}
