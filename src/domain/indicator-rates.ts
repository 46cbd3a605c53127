// Section "admission rate": each calendar year of the period, its admissions against the members
// at its start (the viewed unit's own count, or the highest counts below it summed).
import { yearOf } from './dates';
import { float64At } from './indicator-arrays';
import type { IndicatorContext } from './indicator-context';
import { rollUp } from './indicator-rollup';
import type { RateFigure } from './indicator-types';

export function rateFigures(context: IndicatorContext): RateFigure[] {
  const { data, view, rootUnitId, period, validPeriod, fromMonth, toMonth } = context;
  const { monthlyInPeriod } = context.admissions;
  const rates: RateFigure[] = [];
  const lastYear = yearOf(period.to);
  for (let year = yearOf(period.from); validPeriod && year <= lastYear; year += 1) {
    const own = new Map<string, number>();
    for (const count of data.memberCounts) {
      if (count.year !== year || !view.scope.unitIds.has(count.unitId)) continue;
      own.set(count.unitId, (own.get(count.unitId) ?? 0) + count.total);
    }
    const members = rollUp(view.scope, own).get(rootUnitId)?.value ?? null;
    let yearAdmitted = 0;
    const lastMonth = Math.min(toMonth, year * 12 + 11);
    for (let month = Math.max(fromMonth, year * 12); month <= lastMonth; month += 1) {
      yearAdmitted += float64At(monthlyInPeriod, month - fromMonth);
    }
    rates.push({
      year,
      membersAtStart: members,
      admitted: yearAdmitted,
      ratio: members !== null && members > 0 ? yearAdmitted / members : null,
    });
  }
  return rates;
}
