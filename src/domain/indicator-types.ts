// The shape of every dashboard and report figure. indicators.ts computes them (pure functions);
// the dashboard and the report only render them. A ratio is a fraction (0.544), or null where it
// has no meaning (a division by zero): the screens show "—" for null.
import type { IsoDate } from './dates';
import type { MemberCount, Target, TrainingClass, Unit } from './entities';
import type {
  AdmissionBlock,
  AdmissionStatsRow,
  StatColumn,
  StatPerson,
  UnitStatsBlock,
  UnitStatsRow,
} from './admission-stats';
import type { Stage } from './pipeline-types';

export interface Period {
  from: IsoDate;
  to: IsoDate;
}

/** Everything the indicators need, read by the db layer without reading every person. */
export interface IndicatorInput {
  units: Unit[];
  admissionStats: AdmissionStatsRow[];
  unitStats: UnitStatsRow[];
  /**
   * People admitted in the first and last month of the period but outside it, when the period
   * does not start on the 1st or end on the last day of a month: the monthly aggregates count
   * them, the indicators take them out again. Empty for month-aligned periods.
   */
  edgePeople: StatPerson[];
  classes: TrainingClass[];
  targets: Target[];
  memberCounts: MemberCount[];
}

/**
 * Everything the indicators need, for every view at once: the whole store's aggregates as packed
 * blocks and its few small tables. The dashboard reads it once per page load and keeps it in
 * memory, so that a change of unit or period is computation alone (computeIndicatorsFrom).
 */
export interface IndicatorData {
  units: readonly Unit[];
  admissions: readonly AdmissionBlock[];
  unitStats: readonly UnitStatsBlock[];
  classes: readonly TrainingClass[];
  targets: readonly Target[];
  memberCounts: readonly MemberCount[];
}

export interface IndicatorOptions {
  /** The unit viewed: its figures include its whole subtree (and closed units merged into it). */
  rootUnitId: string;
  period: Period;
  /** Today, for overdue counts and the forecast. */
  today: IsoDate;
  /** A unit below this share of its quota (pro rata to the time elapsed) is flagged. Default 0.8. */
  belowShare?: number;
}

export interface Share {
  count: number;
  /** count ÷ base, null when the base is 0. */
  ratio: number | null;
}

export interface TrainingFigures {
  /** Classes that start and end within the period. */
  awarenessClasses: number;
  awarenessAttendees: number;
  newMemberClasses: number;
  newMemberAttendees: number;
  otherClasses: number;
  otherAttendees: number;
}

export interface QuotaFigure {
  unitId: string;
  /** The span of the quota (a span overlapping the period). */
  fromYear: number;
  toYear: number;
  /** The unit's own quota, or the sum of its units' quotas for the span when it has none. */
  quota: number;
  /** 'own' when the unit has a quota of its own for the span, 'sum' when summed from below. */
  source: 'own' | 'sum';
  /** Admissions of the unit's subtree within the whole span (not just the period). */
  admitted: number;
  /** admitted ÷ quota; null when the quota is 0. */
  ratio: number | null;
}

export interface RateFigure {
  year: number;
  /** Members at the start of the year (own count, or the sum of the subtree's counts). */
  membersAtStart: number | null;
  admitted: number;
  /** admitted ÷ membersAtStart; null without a count. The province aims at 0.03–0.04. */
  ratio: number | null;
}

export interface ForecastFigure {
  unitId: string;
  fromYear: number;
  toYear: number;
  quota: number;
  admittedSoFar: number;
  /** Admissions per month over the last 12 months before today (or the span so far if shorter). */
  runRatePerMonth: number;
  monthsLeft: number;
  /** People with a decision or a chi bộ resolution, likely admitted before the span ends. */
  pipeline: number;
  /** admittedSoFar + runRate × monthsLeft, at least admittedSoFar + the decided people. */
  forecast: number;
  /** max(0, quota − forecast). */
  shortfall: number;
}

export interface UnitRow {
  /** A direct child of the viewed unit (its figures include its own subtree). */
  unitId: string;
  admitted: number;
  structure: Record<StatColumn, number>;
  quota: QuotaFigure | null;
  overdue: number;
  /** People in the pipeline now (source … decided). */
  candidates: number;
}

export interface SeriesPoint {
  /** 'YYYY-MM', 'YYYY-Qn' or 'YYYY'. */
  key: string;
  admitted: number;
}

export interface Indicators {
  rootUnitId: string;
  period: Period;
  /** The units whose figures are included. */
  unitIds: ReadonlySet<string>;
  admitted: number;
  /** Every structure column as count and share of the admitted. */
  structure: Record<StatColumn, Share>;
  /** Within the people working in enterprises: workers and managers/owners, share of them. */
  enterpriseSplit: { worker: Share; manager: Share };
  training: TrainingFigures;
  quotas: {
    /** The viewed unit's quota for each span overlapping the period. */
    root: QuotaFigure[];
    /** Each direct child's quota for the same spans. */
    children: QuotaFigure[];
  };
  rates: RateFigure[];
  /** People by stage now in the viewed subtree (not limited to the period). */
  funnel: Record<Stage, number>;
  forecast: { root: ForecastFigure | null; children: ForecastFigure[] };
  coverage: {
    /** Direct children (open in the period) with no admission in the period. */
    withoutAdmission: string[];
    /** Direct children whose quota progress is below the share expected by now. */
    belowShare: { unitId: string; ratio: number | null; expected: number }[];
    /** Overdue milestones today, per direct child, highest first (zeros left out). */
    overdue: { unitId: string; count: number }[];
    overdueTotal: number;
  };
  series: { monthly: SeriesPoint[]; quarterly: SeriesPoint[]; yearly: SeriesPoint[] };
  perUnit: UnitRow[];
}
