// The two passes of a computation, over the whole store's packed blocks: the admissions summed per
// group and month (and per group over the period), the people by stage and the overdue deadlines
// per group. Every section reads its figures off these arrays; the lookups below are how.
import {
  STAGE_COUNT,
  STAT_WIDTH,
  admissionCell,
  admissionVector,
  type AdmissionBlock,
  type StatPerson,
  type UnitStatsBlock,
} from './admission-stats';
import { toDayNumber, type IsoDate } from './dates';
import { addAt, float64At, int32At, itemAt } from './indicator-arrays';
import { addUnitMonths, monthRange, prepareBlock } from './indicator-blocks';
import type { Span } from './indicator-calendar';
import type { Period } from './indicator-types';
import type { PreparedView } from './indicator-view';
import { STAGES, type Stage } from './pipeline-types';

/** The period of a view in month indexes (indicator-calendar.ts monthIndexOf). */
export interface PeriodBounds {
  period: Period;
  /** False for a reversed period, which counts nothing. */
  validPeriod: boolean;
  fromMonth: number;
  toMonth: number;
}

export interface AdmissionSums {
  /** The January the month arrays start at, and the months they cover (whole years). */
  firstMonth: number;
  monthsCovered: number;
  /** Admissions per group and month over every month the data covers (quotas, run rate). */
  groupMonths: Float64Array;
  totalMonths: Float64Array;
  /** Structure vectors per group (STAT_WIDTH each), admissions within the period. */
  periodVectors: Float64Array;
  /** Admissions of the view per month of the period. */
  monthlyInPeriod: Float64Array;
}

/**
 * One pass over the admission blocks: each unit's months, and its pairs within the period; then
 * the people admitted in the edge days outside the period taken out again.
 */
export function sumAdmissions(
  blocks: readonly AdmissionBlock[],
  edgePeople: readonly StatPerson[],
  view: PreparedView,
  bounds: PeriodBounds,
): AdmissionSums {
  const { groupOfUnit } = view;
  const groupCount = view.groupIds.length;
  const { validPeriod, fromMonth, toMonth } = bounds;
  const prepared = blocks.map(prepareBlock);
  // Whole years, as the quotas' spans are.
  const range = monthRange(prepared);
  const firstMonth = Math.floor(range.first / 12) * 12;
  const monthsCovered =
    range.last >= range.first ? Math.floor(range.last / 12) * 12 + 12 - firstMonth : 0;
  const sums: AdmissionSums = {
    firstMonth,
    monthsCovered,
    groupMonths: new Float64Array(groupCount * monthsCovered),
    totalMonths: new Float64Array(monthsCovered),
    periodVectors: new Float64Array(groupCount * STAT_WIDTH),
    monthlyInPeriod: new Float64Array(validPeriod ? toMonth - fromMonth + 1 : 0),
  };
  const { groupMonths, totalMonths, periodVectors, monthlyInPeriod } = sums;
  for (let index = 0; index < blocks.length; index += 1) {
    const block = itemAt(prepared, index);
    const { pairEnds, months, admitted, monthEnds } = block;
    const { units } = itemAt(blocks, index);
    let pairStart = 0;
    let monthStart = 0;
    for (let unit = 0; unit < units.length; unit += 1) {
      const pairEnd = int32At(pairEnds, unit);
      const monthEnd = int32At(monthEnds, unit);
      const group = groupOfUnit.get(itemAt(units, unit));
      if (group !== undefined) {
        const groupBase = group * monthsCovered - firstMonth;
        for (let listed = monthStart; listed < monthEnd; listed += 1) {
          const month = int32At(months, listed);
          const count = int32At(admitted, listed);
          addAt(groupMonths, groupBase + month, count);
          addAt(totalMonths, month - firstMonth, count);
          if (validPeriod && month >= fromMonth && month <= toMonth) {
            addAt(monthlyInPeriod, month - fromMonth, count);
          }
        }
        if (validPeriod) {
          addUnitMonths(
            block,
            unit,
            pairStart,
            fromMonth,
            toMonth,
            periodVectors,
            group * STAT_WIDTH,
          );
        }
      }
      pairStart = pairEnd;
      monthStart = monthEnd;
    }
  }
  if (validPeriod) takeOutEdgePeople(sums, edgePeople, view, bounds);
  return sums;
}

/** The first and last months were counted whole: takes out the people admitted outside the period. */
function takeOutEdgePeople(
  sums: AdmissionSums,
  edgePeople: readonly StatPerson[],
  view: PreparedView,
  { period, fromMonth, toMonth }: PeriodBounds,
): void {
  for (const person of edgePeople) {
    const cell = admissionCell(person);
    if (!cell || (cell.day >= period.from && cell.day <= period.to)) continue;
    const monthIndex = cell.year * 12 + cell.month - 1;
    if (monthIndex !== fromMonth && monthIndex !== toMonth) continue;
    const group = view.groupOfUnit.get(cell.unitId);
    const vector = admissionVector(person);
    if (group === undefined || !vector) continue;
    addAt(sums.monthlyInPeriod, monthIndex - fromMonth, -1);
    const target = group * STAT_WIDTH;
    for (let column = 0; column < STAT_WIDTH; column += 1) {
      addAt(sums.periodVectors, target + column, -(vector[column] ?? 0));
    }
  }
}

/** Admissions of a group (or of every group, for null) in the months [from, to]. */
export function admittedInMonths(
  sums: AdmissionSums,
  group: number | null,
  from: number,
  to: number,
): number {
  const { firstMonth, monthsCovered } = sums;
  if (monthsCovered === 0) return 0;
  const start = Math.max(from, firstMonth) - firstMonth;
  const end = Math.min(to, firstMonth + monthsCovered - 1) - firstMonth;
  const months = group === null ? sums.totalMonths : sums.groupMonths;
  const base = group === null ? 0 : group * monthsCovered;
  let sum = 0;
  for (let month = start; month <= end; month += 1) sum += float64At(months, base + month);
  return sum;
}

/** Admissions of a group (or of every group, for null) within a quota span. */
export function admittedInSpan(sums: AdmissionSums, group: number | null, span: Span): number {
  return admittedInMonths(sums, group, span.fromYear * 12, span.toYear * 12 + 11);
}

export interface StageSums {
  /** People per group and stage now (STAGE_COUNT per group, in the order of STAGES). */
  groupStages: Float64Array;
  /** Deadlines overdue today per group. */
  groupOverdue: Float64Array;
}

/** One pass over the unit stats: people by stage now, and deadlines overdue today, per group. */
export function sumStages(
  blocks: readonly UnitStatsBlock[],
  view: PreparedView,
  today: IsoDate,
): StageSums {
  const groupCount = view.groupIds.length;
  const groupStages = new Float64Array(groupCount * STAGE_COUNT);
  const groupOverdue = new Float64Array(groupCount);
  // A deadline is overdue on the day after its due date; a unit's due dates are ascending.
  const todayDay = toDayNumber(today);
  for (const { units, stages, dueEnds, dueDays, dueCounts } of blocks) {
    let start = 0;
    for (let unit = 0; unit < units.length; unit += 1) {
      const end = int32At(dueEnds, unit);
      const group = view.groupOfUnit.get(itemAt(units, unit));
      if (group !== undefined) {
        for (let stage = 0; stage < STAGE_COUNT; stage += 1) {
          addAt(
            groupStages,
            group * STAGE_COUNT + stage,
            int32At(stages, unit * STAGE_COUNT + stage),
          );
        }
        for (let due = start; due < end && int32At(dueDays, due) < todayDay; due += 1) {
          addAt(groupOverdue, group, int32At(dueCounts, due));
        }
      }
      start = end;
    }
  }
  return { groupStages, groupOverdue };
}

const STAGE_INDEX = Object.fromEntries(STAGES.map((stage, index) => [stage, index])) as Record<
  Stage,
  number
>;
/** Stages of the people still on the way to admission. */
const CANDIDATE_STAGES: readonly Stage[] = [
  'source',
  'certified',
  'applied',
  'resolved',
  'decided',
];

/** People at a stage now in a group (or in every group, for null). */
export function stagesOf(sums: StageSums, group: number | null, stage: Stage): number {
  const { groupStages } = sums;
  if (group !== null) return float64At(groupStages, group * STAGE_COUNT + STAGE_INDEX[stage]);
  let sum = 0;
  for (let g = 0; g < sums.groupOverdue.length; g += 1) {
    sum += float64At(groupStages, g * STAGE_COUNT + STAGE_INDEX[stage]);
  }
  return sum;
}

/** People on the way to admission now in a group (or in every group, for null). */
export function candidatesOf(sums: StageSums, group: number | null): number {
  return CANDIDATE_STAGES.reduce((sum, stage) => sum + stagesOf(sums, group, stage), 0);
}
