// Every dashboard and report figure, computed from the aggregates (domain/admission-stats.ts) and
// a few small tables, never from the people themselves: a province holds a quarter of a million
// of them. One pass over the aggregate blocks fills per-group arrays (the viewed unit's own units,
// and each direct child with its subtree: indicator-context.ts); every figure is read off those
// arrays by one function per section (indicator-structure.ts, -training, -quotas, -rates, -funnel,
// -forecast, -units, -series). A new section is one such function and one line in
// computeIndicatorsFrom.
import { blocksOfRows, type StatPerson } from './admission-stats';
import { addDays, daysInMonth, fromParts, parts, yearOf, type IsoDate } from './dates';
import type { Target, Unit } from './entities';
import { distinctSpans } from './indicator-calendar';
import { prepareContext } from './indicator-context';
import { forecastFigures } from './indicator-forecast';
import { funnelFigures } from './indicator-funnel';
import { quotaFigures } from './indicator-quotas';
import { rateFigures } from './indicator-rates';
import { buildViewScope } from './indicator-scope';
import { seriesFigures } from './indicator-series';
import { structureFigures } from './indicator-structure';
import { trainingFigures } from './indicator-training';
import type {
  IndicatorData,
  IndicatorInput,
  IndicatorOptions,
  Indicators,
  Period,
} from './indicator-types';
import { unitFigures } from './indicator-units';
import { QUARTER_NUMERALS, quarterPeriod, yearsPeriod } from './periods';

/** The units whose figures count for a view of a unit (see indicator-scope.ts for the rules). */
export function scopeUnitIds(units: Unit[], rootUnitId: string): Set<string> {
  return buildViewScope(units, rootUnitId).unitIds;
}

/** A preset's label (messages/dashboard.ts): i18n checks these where it translates them. */
export type PresetLabelKey =
  `dashboard.preset.${'thisYear' | 'quarter' | 'lastYear' | 'term' | 'span' | 'spanYear'}`;

export interface PeriodPreset {
  key: string;
  labelKey: PresetLabelKey;
  labelParams?: Record<string, string | number>;
  period: Period;
}

/**
 * Quick choices of period: this year, its quarters, last year, the party congress terms
 * 2020–2025 and 2025–2030, and every quota span. Years go into the labels as strings, so that
 * no number format turns 2026 into "2.026".
 */
export function periodPresets(today: IsoDate, targets: Target[]): PeriodPreset[] {
  const year = yearOf(today);
  const presets: PeriodPreset[] = [
    {
      key: 'thisYear',
      labelKey: 'dashboard.preset.thisYear',
      labelParams: { year: String(year) },
      period: yearsPeriod(year, year),
    },
  ];
  QUARTER_NUMERALS.forEach((roman, index) => {
    presets.push({
      key: `q${index + 1}`,
      labelKey: 'dashboard.preset.quarter',
      labelParams: { quarter: String(index + 1), roman, year: String(year) },
      period: quarterPeriod(year, index + 1),
    });
  });
  presets.push(
    {
      key: 'lastYear',
      labelKey: 'dashboard.preset.lastYear',
      labelParams: { year: String(year - 1) },
      period: yearsPeriod(year - 1, year - 1),
    },
    {
      key: 'term2020',
      labelKey: 'dashboard.preset.term',
      labelParams: { from: '2020', to: '2025' },
      period: yearsPeriod(2020, 2025),
    },
    {
      key: 'term2025',
      labelKey: 'dashboard.preset.term',
      labelParams: { from: '2025', to: '2030' },
      period: yearsPeriod(2025, 2030),
    },
  );
  for (const span of distinctSpans(targets)) {
    presets.push({
      key: `span-${span.fromYear}-${span.toYear}`,
      labelKey:
        span.fromYear === span.toYear ? 'dashboard.preset.spanYear' : 'dashboard.preset.span',
      labelParams:
        span.fromYear === span.toYear
          ? { year: String(span.fromYear) }
          : { from: String(span.fromYear), to: String(span.toYear) },
      period: yearsPeriod(span.fromYear, span.toYear),
    });
  }
  return presets;
}

/**
 * The days of the period's first and last month that lie outside it. The aggregates count whole
 * months, so the people admitted on those days (edgePeople) are taken out again.
 */
export function edgeRanges(period: Period): { from: IsoDate; to: IsoDate }[] {
  if (period.from > period.to) return [];
  const ranges: { from: IsoDate; to: IsoDate }[] = [];
  const start = parts(period.from);
  if (start.day > 1) {
    ranges.push({ from: fromParts(start.year, start.month, 1), to: addDays(period.from, -1) });
  }
  const end = parts(period.to);
  const lastDay = daysInMonth(end.year, end.month);
  if (end.day < lastDay) {
    ranges.push({ from: addDays(period.to, 1), to: fromParts(end.year, end.month, lastDay) });
  }
  return ranges;
}

/**
 * The figures of a view from rows read for it (the contract's rows, as the report and the tests
 * hand them in): packed into blocks, then computed like the dashboard's (computeIndicatorsFrom).
 */
export function computeIndicators(input: IndicatorInput, options: IndicatorOptions): Indicators {
  const { admissions, unitStats } = blocksOfRows(input.admissionStats, input.unitStats);
  return computeIndicatorsFrom(
    {
      units: input.units,
      admissions: [admissions],
      unitStats: [unitStats],
      classes: input.classes,
      targets: input.targets,
      memberCounts: input.memberCounts,
    },
    input.edgePeople,
    options,
  );
}

/**
 * Every figure of a view from the whole store's data (IndicatorData, kept in memory by the
 * dashboard) and the people admitted in the edge days of the period (see edgeRanges; none for a
 * period that follows month ends). One pass over the packed admissions, one over the units' stages
 * and due dates, then every figure is read off per-group arrays: a few milliseconds for a province.
 */
export function computeIndicatorsFrom(
  data: IndicatorData,
  edgePeople: readonly StatPerson[],
  options: IndicatorOptions,
): Indicators {
  const context = prepareContext(data, edgePeople, options);
  const units = unitFigures(context);
  return {
    rootUnitId: context.rootUnitId,
    period: context.period,
    unitIds: context.view.scope.unitIds,
    ...structureFigures(context),
    training: trainingFigures(context),
    quotas: quotaFigures(context),
    rates: rateFigures(context),
    funnel: funnelFigures(context),
    forecast: forecastFigures(context),
    coverage: units.coverage,
    series: seriesFigures(context),
    perUnit: units.perUnit,
  };
}
