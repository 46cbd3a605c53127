// Section "per unit and coverage": a row for each direct child (its admissions and structure, its
// quota, its overdue deadlines and candidates), and what the rows show of the coverage: children
// open in the period without an admission, children behind their quota, overdue deadlines.
import { COLUMN, STAT_COLUMNS, STAT_WIDTH, type StatColumn } from './admission-stats';
import type { Unit } from './entities';
import { float64At, itemAt } from './indicator-arrays';
import { elapsedShare } from './indicator-calendar';
import { quotaFigure, type IndicatorContext } from './indicator-context';
import { candidatesOf } from './indicator-sums';
import type { Indicators, Period, QuotaFigure, UnitRow } from './indicator-types';

type ActiveRow = UnitRow & { active: boolean };

export function unitFigures(context: IndicatorContext): Pick<Indicators, 'coverage' | 'perUnit'> {
  const rows = unitRows(context);
  return {
    coverage: coverageOf(context, rows),
    perUnit: rows.map(({ active: _active, ...row }) => row),
  };
}

function unitRows(context: IndicatorContext): ActiveRow[] {
  const { view, admissions, stages, quotas } = context;
  const active = activeGroups(context);
  const rows: ActiveRow[] = [];
  for (const group of view.childOrder) {
    const childId = itemAt(view.groupIds, group);
    const vector = admissions.periodVectors.subarray(group * STAT_WIDTH, (group + 1) * STAT_WIDTH);
    let quota: QuotaFigure | null = null;
    for (const span of quotas.rowSpans) {
      quota = quotaFigure(context, childId, group, span);
      if (quota) break;
    }
    const row = {
      unitId: childId,
      admitted: float64At(vector, COLUMN.admitted),
      structure: Object.fromEntries(
        STAT_COLUMNS.map((column) => [column, float64At(vector, COLUMN[column])]),
      ) as Record<StatColumn, number>,
      quota,
      overdue: float64At(stages.groupOverdue, group),
      candidates: candidatesOf(stages, group),
      active: active[group] === 1,
    };
    // A unit gone before the period, with nothing to show, is no row of it.
    if (row.active || row.admitted > 0 || row.candidates > 0 || row.overdue > 0 || row.quota) {
      rows.push(row);
    }
  }
  return rows;
}

/** 1 for each group with a unit open during the period. */
function activeGroups({ view, period, validPeriod, groupCount }: IndicatorContext): Uint8Array {
  const active = new Uint8Array(groupCount);
  if (!validPeriod) return active;
  for (const unitId of view.scope.unitIds) {
    const group = view.groupOfUnit.get(unitId);
    if (group !== undefined && isOpenDuring(view.unitById.get(unitId), period)) active[group] = 1;
  }
  return active;
}

function isOpenDuring(unit: Unit | undefined, period: Period): boolean {
  if (!unit) return false;
  return (
    (!unit.openedOn || unit.openedOn <= period.to) &&
    (!unit.closedOn || unit.closedOn > period.from)
  );
}

function coverageOf(context: IndicatorContext, rows: readonly ActiveRow[]): Indicators['coverage'] {
  const withoutAdmission = rows
    .filter((row) => row.active && row.admitted === 0)
    .map((row) => row.unitId);
  const belowShare = rows
    .flatMap((row) => {
      const quota = row.quota;
      if (!quota || quota.ratio === null) return [];
      const expected = context.belowShare * elapsedShare(quota, context.today);
      return quota.ratio < expected ? [{ unitId: row.unitId, ratio: quota.ratio, expected }] : [];
    })
    .sort((a, b) => (a.ratio ?? 0) - (b.ratio ?? 0));
  const overdue = rows
    .filter((row) => row.overdue > 0)
    .map((row) => ({ unitId: row.unitId, count: row.overdue }))
    .sort((a, b) => b.count - a.count);
  const { groupOverdue } = context.stages;
  let overdueTotal = 0;
  for (let group = 0; group < context.groupCount; group += 1) {
    overdueTotal += float64At(groupOverdue, group);
  }
  return { withoutAdmission, belowShare, overdue, overdueTotal };
}
