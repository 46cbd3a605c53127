// Section "series": the period's admissions by month, quarter and year, a point for each (zeros
// included), for the charts.
import { float64At } from './indicator-arrays';
import { monthKey } from './indicator-calendar';
import type { IndicatorContext } from './indicator-context';
import type { Indicators, SeriesPoint } from './indicator-types';

export function seriesFigures(context: IndicatorContext): Indicators['series'] {
  const { validPeriod, fromMonth, toMonth } = context;
  const { monthlyInPeriod } = context.admissions;
  const monthly: SeriesPoint[] = [];
  const quarterly: SeriesPoint[] = [];
  const yearly: SeriesPoint[] = [];
  for (let month = fromMonth; month <= toMonth && validPeriod; month += 1) {
    const value = float64At(monthlyInPeriod, month - fromMonth);
    monthly.push({ key: monthKey(month), admitted: value });
    const year = Math.floor(month / 12);
    const quarterKey = `${year}-Q${Math.floor((month % 12) / 3) + 1}`;
    const lastQuarter = quarterly[quarterly.length - 1];
    if (lastQuarter?.key === quarterKey) lastQuarter.admitted += value;
    else quarterly.push({ key: quarterKey, admitted: value });
    const lastYearPoint = yearly[yearly.length - 1];
    if (lastYearPoint?.key === String(year)) lastYearPoint.admitted += value;
    else yearly.push({ key: String(year), admitted: value });
  }
  return { monthly, quarterly, yearly };
}
