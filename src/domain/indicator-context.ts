// The context every section of the indicators reads (indicators.ts assembles them): built once per
// computation from the whole store's data and the view. The view's tree, the period in months, the
// one pass over the admissions and the one over the units' stages (indicator-sums.ts), and the
// quotas rolled up per span. A section is then a small function of this context alone.
import type { StatPerson } from './admission-stats';
import { yearOf, type IsoDate } from './dates';
import type { Target } from './entities';
import { distinctSpans, monthIndexOf, type Span } from './indicator-calendar';
import { rollUp, type RolledUp } from './indicator-rollup';
import type { ViewScope } from './indicator-scope';
import {
  admittedInSpan,
  sumAdmissions,
  sumStages,
  type AdmissionSums,
  type PeriodBounds,
  type StageSums,
} from './indicator-sums';
import type { IndicatorData, IndicatorOptions, QuotaFigure } from './indicator-types';
import { prepareView, type PreparedView } from './indicator-view';

export interface QuotaBook {
  /** The distinct spans of the viewed subtree's quotas, earliest first. */
  spans: Span[];
  /** Each unit's rolled-up quota, per span ('fromYear-toYear'). */
  bySpan: Map<string, Map<string, RolledUp>>;
  /** The spans overlapping the period (none for a reversed period). */
  overlapping: Span[];
  /** The same in the order a child's row looks for its quota: the period's end first, else the latest. */
  rowSpans: Span[];
}

export interface IndicatorContext extends PeriodBounds {
  data: IndicatorData;
  rootUnitId: string;
  today: IsoDate;
  /** A unit below this share of its quota (pro rata to the time elapsed) is flagged. */
  belowShare: number;
  view: PreparedView;
  /** The groups of the view (indicator-view.ts): the root's own units, then each direct child. */
  groupCount: number;
  admissions: AdmissionSums;
  stages: StageSums;
  quotas: QuotaBook;
}

export function prepareContext(
  data: IndicatorData,
  edgePeople: readonly StatPerson[],
  options: IndicatorOptions,
): IndicatorContext {
  const { rootUnitId, period, today } = options;
  const view = prepareView(data.units, rootUnitId);
  const bounds: PeriodBounds = {
    period,
    validPeriod: period.from <= period.to,
    fromMonth: monthIndexOf(period.from),
    toMonth: monthIndexOf(period.to),
  };
  return {
    ...bounds,
    data,
    rootUnitId,
    today,
    belowShare: options.belowShare ?? 0.8,
    view,
    groupCount: view.groupIds.length,
    admissions: sumAdmissions(data.admissions, edgePeople, view, bounds),
    stages: sumStages(data.unitStats, view, today),
    quotas: quotaBook(data.targets, view.scope, bounds),
  };
}

function quotaBook(
  targets: readonly Target[],
  scope: ViewScope,
  { period, validPeriod }: PeriodBounds,
): QuotaBook {
  const scopedTargets = targets.filter((target) => scope.unitIds.has(target.unitId));
  const spans = distinctSpans(scopedTargets);
  const bySpan = new Map<string, Map<string, RolledUp>>();
  for (const span of spans) {
    const own = new Map<string, number>();
    for (const target of scopedTargets) {
      if (target.fromYear !== span.fromYear || target.toYear !== span.toYear) continue;
      own.set(target.unitId, (own.get(target.unitId) ?? 0) + target.admissions);
    }
    bySpan.set(`${span.fromYear}-${span.toYear}`, rollUp(scope, own));
  }
  const periodFromYear = yearOf(period.from);
  const periodToYear = yearOf(period.to);
  const overlapping = validPeriod
    ? spans.filter((span) => span.fromYear <= periodToYear && span.toYear >= periodFromYear)
    : [];
  const holdsEnd = (span: Span) =>
    span.fromYear <= periodToYear && periodToYear <= span.toYear ? 1 : 0;
  const rowSpans = [...overlapping].sort(
    (a, b) => holdsEnd(b) - holdsEnd(a) || b.toYear - a.toYear || b.fromYear - a.fromYear,
  );
  return { spans, bySpan, overlapping, rowSpans };
}

/**
 * A unit's quota for a span and the admissions of its group (or of the whole view, for null)
 * within the span; null when neither the unit nor any unit below it has a quota for the span.
 */
export function quotaFigure(
  context: IndicatorContext,
  unitId: string,
  group: number | null,
  span: Span,
): QuotaFigure | null {
  const rolled = context.quotas.bySpan.get(`${span.fromYear}-${span.toYear}`)?.get(unitId);
  if (!rolled) return null;
  const spanAdmitted = admittedInSpan(context.admissions, group, span);
  return {
    unitId,
    fromYear: span.fromYear,
    toYear: span.toYear,
    quota: rolled.value,
    source: rolled.source,
    admitted: spanAdmitted,
    ratio: rolled.value > 0 ? spanAdmitted / rolled.value : null,
  };
}
