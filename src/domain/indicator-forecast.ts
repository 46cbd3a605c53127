// Section "forecast": for the quota span running today that ends first, where the viewed unit and
// each direct child will be at its end, at the pace of the last twelve months.
import { fromParts, yearOf } from './dates';
import { itemAt } from './indicator-arrays';
import { monthIndexOf, wholeMonthsUntil, type Span } from './indicator-calendar';
import { quotaFigure, type IndicatorContext } from './indicator-context';
import { admittedInMonths, candidatesOf, stagesOf } from './indicator-sums';
import type { ForecastFigure, Indicators } from './indicator-types';

export function forecastFigures(context: IndicatorContext): Indicators['forecast'] {
  const { today, view } = context;
  const todayYear = yearOf(today);
  // Of the spans running today, the one that ends first is the one to worry about.
  const span = context.quotas.spans
    .filter((running) => running.fromYear <= todayYear && todayYear <= running.toYear)
    .sort((a, b) => a.toYear - b.toYear || b.fromYear - a.fromYear)[0];
  if (!span) return { root: null, children: [] };
  const children: ForecastFigure[] = [];
  for (const group of view.childOrder) {
    const figure = forecastFor(context, span, itemAt(view.groupIds, group), group);
    if (figure) children.push(figure);
  }
  return { root: forecastFor(context, span, context.rootUnitId, null), children };
}

function forecastFor(
  context: IndicatorContext,
  span: Span,
  unitId: string,
  group: number | null,
): ForecastFigure | null {
  const { today, stages } = context;
  const quota = quotaFigure(context, unitId, group, span);
  if (!quota) return null;
  // The run rate: whole months only (the aggregates are monthly), the 12 before today's month,
  // or fewer when the span began less than a year ago.
  const todayMonth = monthIndexOf(today);
  const windowStart = Math.max(span.fromYear * 12, todayMonth - 12);
  const windowMonths = Math.max(0, todayMonth - windowStart);
  const runRatePerMonth =
    windowMonths > 0
      ? admittedInMonths(context.admissions, group, windowStart, todayMonth - 1) / windowMonths
      : 0;
  const monthsLeft = wholeMonthsUntil(today, fromParts(span.toYear, 12, 31));
  const decided = stagesOf(stages, group, 'decided');
  const pipeline = decided + stagesOf(stages, group, 'resolved');
  let expected = Math.max(runRatePerMonth * monthsLeft, decided);
  // Within a year, only people already known can go the whole way (class, application, two
  // votes, decision, ceremony): the people in the pipeline now bound the projection.
  if (monthsLeft <= 12)
    expected = Math.min(expected, Math.max(candidatesOf(stages, group), decided));
  const forecast = quota.admitted + Math.round(expected);
  return {
    unitId,
    fromYear: span.fromYear,
    toYear: span.toYear,
    quota: quota.quota,
    admittedSoFar: quota.admitted,
    runRatePerMonth,
    monthsLeft,
    pipeline,
    forecast,
    shortfall: Math.max(0, quota.quota - forecast),
  };
}
