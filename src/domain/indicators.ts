// Every dashboard and report figure, computed from the aggregates (domain/admission-stats.ts) and
// a few small tables, never from the people themselves: a province holds a quarter of a million
// of them. One pass over the aggregate rows fills per-group arrays (the viewed unit's own units,
// and each direct child with its subtree); every figure is read off those arrays.
import {
  COLUMN,
  STAT_COLUMNS,
  STAT_WIDTH,
  admissionCell,
  admissionVector,
  type StatColumn,
} from './admission-stats';
import {
  addDays,
  addMonths,
  daysInMonth,
  fromParts,
  parts,
  toDayNumber,
  yearOf,
  type IsoDate,
} from './dates';
import type { Target, Unit } from './entities';
import { rollUp, type RolledUp } from './indicator-rollup';
import { buildViewScope } from './indicator-scope';
import type {
  ForecastFigure,
  IndicatorInput,
  IndicatorOptions,
  Indicators,
  Period,
  QuotaFigure,
  RateFigure,
  SeriesPoint,
  Share,
  TrainingFigures,
  UnitRow,
} from './indicator-types';
import { STAGES, type Stage } from './pipeline-types';

/** The units whose figures count for a view of a unit (see indicator-scope.ts for the rules). */
export function scopeUnitIds(units: Unit[], rootUnitId: string): Set<string> {
  return buildViewScope(units, rootUnitId).unitIds;
}

export interface PeriodPreset {
  key: string;
  labelKey: string;
  labelParams?: Record<string, string | number>;
  period: Period;
}

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

function yearsPeriod(fromYear: number, toYear: number): Period {
  return { from: fromParts(fromYear, 1, 1), to: fromParts(toYear, 12, 31) };
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
  ROMAN.forEach((roman, index) => {
    const lastMonth = (index + 1) * 3;
    presets.push({
      key: `q${index + 1}`,
      labelKey: 'dashboard.preset.quarter',
      labelParams: { quarter: String(index + 1), roman, year: String(year) },
      period: {
        from: fromParts(year, lastMonth - 2, 1),
        to: fromParts(year, lastMonth, daysInMonth(year, lastMonth)),
      },
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

interface Span {
  fromYear: number;
  toYear: number;
}

function distinctSpans(targets: readonly Pick<Target, 'fromYear' | 'toYear'>[]): Span[] {
  const spans = new Map<string, Span>();
  for (const { fromYear, toYear } of targets) {
    spans.set(`${fromYear}-${toYear}`, { fromYear, toYear });
  }
  return [...spans.values()].sort((a, b) => a.fromYear - b.fromYear || a.toYear - b.toYear);
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

/** Months counted from year 0: `year * 12 + month - 1`, so that month arithmetic is subtraction. */
function monthIndexOf(date: IsoDate): number {
  return yearOf(date) * 12 + Number(date.slice(5, 7)) - 1;
}

function monthKey(monthIndex: number): string {
  return `${Math.floor(monthIndex / 12)}-${String((monthIndex % 12) + 1).padStart(2, '0')}`;
}

/** Whole months from `today` until the end of `lastDay` (0 once it has passed). */
export function wholeMonthsUntil(today: IsoDate, lastDay: IsoDate): number {
  if (today > lastDay) return 0;
  let months = monthIndexOf(lastDay) - monthIndexOf(today);
  if (addMonths(today, months) > lastDay) months -= 1;
  return months;
}

/** The share of a span's days gone by `today` (today counted as gone), between 0 and 1. */
export function elapsedShare(span: Span, today: IsoDate): number {
  const start = toDayNumber(fromParts(span.fromYear, 1, 1));
  const end = toDayNumber(fromParts(span.toYear, 12, 31));
  const gone = toDayNumber(today) - start + 1;
  return Math.min(1, Math.max(0, gone / (end - start + 1)));
}

const ADMITTED = COLUMN.admitted;
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

/** `array[index] += value` for a typed array under noUncheckedIndexedAccess. */
function addAt(array: Float64Array, index: number, value: number): void {
  array[index] = (array[index] as number) + value;
}

function share(count: number, base: number): Share {
  return { count, ratio: base > 0 ? count / base : null };
}

function isOpenDuring(unit: Unit | undefined, period: Period): boolean {
  if (!unit) return false;
  return (
    (!unit.openedOn || unit.openedOn <= period.to) &&
    (!unit.closedOn || unit.closedOn > period.from)
  );
}

export function computeIndicators(input: IndicatorInput, options: IndicatorOptions): Indicators {
  const { rootUnitId, period, today } = options;
  const belowShare = options.belowShare ?? 0.8;
  const scope = buildViewScope(input.units, rootUnitId);
  const unitById = new Map(input.units.map((unit) => [unit.id, unit]));

  // Group 0 holds the viewed unit's own units (itself, and units merged into it); group i + 1
  // holds direct child i with its subtree. The root's figures are the sum of every group.
  const groupIds = [rootUnitId, ...scope.childIds];
  const groupCount = groupIds.length;
  const groupIndexOfId = new Map(groupIds.map((id, index) => [id, index]));
  const groupOfUnit = new Map<string, number>();
  for (const [unitId, groupId] of scope.groupOf) {
    groupOfUnit.set(unitId, groupIndexOfId.get(groupId) as number);
  }

  // Children are listed by name (Vietnamese collation), as in the unit pickers.
  const collator = new Intl.Collator('vi');
  const nameOf = (unitId: string) => unitById.get(unitId)?.name ?? '';
  const childOrder = scope.childIds
    .map((_, index) => index + 1)
    .sort((a, b) => collator.compare(nameOf(groupIds[a] as string), nameOf(groupIds[b] as string)));

  const validPeriod = period.from <= period.to;
  const fromMonth = monthIndexOf(period.from);
  const toMonth = monthIndexOf(period.to);
  const periodMonths = validPeriod ? toMonth - fromMonth + 1 : 0;

  // --- Admissions: one pass over the aggregate rows -------------------------------------------
  let firstYear = Infinity;
  let lastYear = -Infinity;
  for (const row of input.admissionStats) {
    if (!groupOfUnit.has(row.unitId)) continue;
    if (row.year < firstYear) firstYear = row.year;
    if (row.year > lastYear) lastYear = row.year;
  }
  const yearsCovered = lastYear >= firstYear ? lastYear - firstYear + 1 : 0;
  const firstMonth = firstYear * 12;
  const monthsCovered = yearsCovered * 12;
  /** Admissions per group and month over every month the rows cover (quotas, run rate). */
  const groupMonths = new Float64Array(groupCount * monthsCovered);
  const totalMonths = new Float64Array(monthsCovered);
  /** Structure vectors per group, admissions within the period. */
  const periodVectors = new Float64Array(groupCount * STAT_WIDTH);
  const monthlyInPeriod = new Float64Array(periodMonths);

  for (const row of input.admissionStats) {
    const group = groupOfUnit.get(row.unitId);
    if (group === undefined) continue;
    const counts = row.counts;
    for (let month = 0; month < 12; month += 1) {
      const offset = month * STAT_WIDTH;
      const admitted = counts[offset + ADMITTED] ?? 0;
      // Each admitted person adds 1 to the 'admitted' column: a month without one is all zeros.
      if (admitted === 0) continue;
      const monthIndex = row.year * 12 + month;
      addAt(groupMonths, group * monthsCovered + monthIndex - firstMonth, admitted);
      addAt(totalMonths, monthIndex - firstMonth, admitted);
      if (monthIndex < fromMonth || monthIndex > toMonth || !validPeriod) continue;
      addAt(monthlyInPeriod, monthIndex - fromMonth, admitted);
      const target = group * STAT_WIDTH;
      for (let column = 0; column < STAT_WIDTH; column += 1) {
        addAt(periodVectors, target + column, counts[offset + column] ?? 0);
      }
    }
  }

  // The first and last months were counted whole: take out the people admitted outside the period.
  if (validPeriod) {
    for (const person of input.edgePeople) {
      const cell = admissionCell(person);
      if (!cell || (cell.day >= period.from && cell.day <= period.to)) continue;
      const monthIndex = cell.year * 12 + cell.month - 1;
      if (monthIndex !== fromMonth && monthIndex !== toMonth) continue;
      const group = groupOfUnit.get(cell.unitId);
      const vector = admissionVector(person);
      if (group === undefined || !vector) continue;
      addAt(monthlyInPeriod, monthIndex - fromMonth, -1);
      const target = group * STAT_WIDTH;
      for (let column = 0; column < STAT_WIDTH; column += 1) {
        addAt(periodVectors, target + column, -(vector[column] ?? 0));
      }
    }
  }

  const totalVector = new Float64Array(STAT_WIDTH);
  for (let group = 0; group < groupCount; group += 1) {
    for (let column = 0; column < STAT_WIDTH; column += 1) {
      addAt(totalVector, column, periodVectors[group * STAT_WIDTH + column] as number);
    }
  }
  const admitted = totalVector[ADMITTED] as number;
  const structure = Object.fromEntries(
    STAT_COLUMNS.map((column) => [column, share(totalVector[COLUMN[column]] as number, admitted)]),
  ) as Record<StatColumn, Share>;
  const enterprise = totalVector[COLUMN.enterprise] as number;
  const enterpriseSplit = {
    worker: share(totalVector[COLUMN.enterpriseWorker] as number, enterprise),
    manager: share(totalVector[COLUMN.enterpriseManager] as number, enterprise),
  };

  /** Admissions of a group (or of every group, for null) in the months [from, to]. */
  const admittedInMonths = (group: number | null, from: number, to: number): number => {
    if (monthsCovered === 0) return 0;
    const start = Math.max(from, firstMonth) - firstMonth;
    const end = Math.min(to, firstMonth + monthsCovered - 1) - firstMonth;
    const months = group === null ? totalMonths : groupMonths;
    const base = group === null ? 0 : group * monthsCovered;
    let sum = 0;
    for (let month = start; month <= end; month += 1) sum += months[base + month] as number;
    return sum;
  };
  const admittedInSpan = (group: number | null, span: Span): number =>
    admittedInMonths(group, span.fromYear * 12, span.toYear * 12 + 11);

  // --- Training ---------------------------------------------------------------------------------
  const training: TrainingFigures = {
    awarenessClasses: 0,
    awarenessAttendees: 0,
    newMemberClasses: 0,
    newMemberAttendees: 0,
    otherClasses: 0,
    otherAttendees: 0,
  };
  for (const trainingClass of input.classes) {
    if (!scope.unitIds.has(trainingClass.unitId)) continue;
    // A class counts in the period that holds it whole: one straddling a boundary counts in neither.
    if (trainingClass.startOn < period.from || trainingClass.endOn > period.to) continue;
    if (trainingClass.kind === 'awareness') {
      training.awarenessClasses += 1;
      training.awarenessAttendees += trainingClass.attendeeCount;
    } else if (trainingClass.kind === 'new_member') {
      training.newMemberClasses += 1;
      training.newMemberAttendees += trainingClass.attendeeCount;
    } else {
      training.otherClasses += 1;
      training.otherAttendees += trainingClass.attendeeCount;
    }
  }

  // --- People by stage now, and overdue deadlines ------------------------------------------
  const stageCount = STAGES.length;
  const groupStages = new Float64Array(groupCount * stageCount);
  const groupOverdue = new Float64Array(groupCount);
  for (const row of input.unitStats) {
    const group = groupOfUnit.get(row.unitId);
    if (group === undefined) continue;
    for (const stage of STAGES) {
      addAt(groupStages, group * stageCount + STAGE_INDEX[stage], row.stages[stage] ?? 0);
    }
    for (const due in row.dues) {
      // A deadline is overdue on the day after its due date.
      if (due < today) addAt(groupOverdue, group, row.dues[due] ?? 0);
    }
  }
  const stagesOf = (group: number | null, stage: Stage): number => {
    if (group !== null) return groupStages[group * stageCount + STAGE_INDEX[stage]] as number;
    let sum = 0;
    for (let g = 0; g < groupCount; g += 1)
      sum += groupStages[g * stageCount + STAGE_INDEX[stage]] as number;
    return sum;
  };
  const candidatesOf = (group: number | null): number =>
    CANDIDATE_STAGES.reduce((sum, stage) => sum + stagesOf(group, stage), 0);
  const funnel = Object.fromEntries(
    STAGES.map((stage) => [stage, stagesOf(null, stage)]),
  ) as Record<Stage, number>;

  // --- Quotas -----------------------------------------------------------------------------------
  const scopedTargets = input.targets.filter((target) => scope.unitIds.has(target.unitId));
  const spans = distinctSpans(scopedTargets);
  const quotasBySpan = new Map<string, Map<string, RolledUp>>();
  for (const span of spans) {
    const own = new Map<string, number>();
    for (const target of scopedTargets) {
      if (target.fromYear !== span.fromYear || target.toYear !== span.toYear) continue;
      own.set(target.unitId, (own.get(target.unitId) ?? 0) + target.admissions);
    }
    quotasBySpan.set(`${span.fromYear}-${span.toYear}`, rollUp(scope, own));
  }
  const quotaFigure = (unitId: string, group: number | null, span: Span): QuotaFigure | null => {
    const rolled = quotasBySpan.get(`${span.fromYear}-${span.toYear}`)?.get(unitId);
    if (!rolled) return null;
    const spanAdmitted = admittedInSpan(group, span);
    return {
      unitId,
      fromYear: span.fromYear,
      toYear: span.toYear,
      quota: rolled.value,
      source: rolled.source,
      admitted: spanAdmitted,
      ratio: rolled.value > 0 ? spanAdmitted / rolled.value : null,
    };
  };
  const periodFromYear = yearOf(period.from);
  const periodToYear = yearOf(period.to);
  const overlapping = validPeriod
    ? spans.filter((span) => span.fromYear <= periodToYear && span.toYear >= periodFromYear)
    : [];
  const rootQuotas = overlapping
    .map((span) => quotaFigure(rootUnitId, null, span))
    .filter((figure): figure is QuotaFigure => figure !== null);
  const childQuotas: QuotaFigure[] = [];
  for (const span of overlapping) {
    childOrder.forEach((group) => {
      const figure = quotaFigure(groupIds[group] as string, group, span);
      if (figure) childQuotas.push(figure);
    });
  }
  // A child's row shows one quota: the span holding the period's end first, else the latest.
  const rowSpans = [...overlapping].sort((a, b) => {
    const holdsEnd = (span: Span) =>
      span.fromYear <= periodToYear && periodToYear <= span.toYear ? 1 : 0;
    return holdsEnd(b) - holdsEnd(a) || b.toYear - a.toYear || b.fromYear - a.fromYear;
  });

  // --- Admission rate ---------------------------------------------------------------------------
  const rates: RateFigure[] = [];
  for (let year = periodFromYear; validPeriod && year <= periodToYear; year += 1) {
    const own = new Map<string, number>();
    for (const count of input.memberCounts) {
      if (count.year !== year || !scope.unitIds.has(count.unitId)) continue;
      own.set(count.unitId, (own.get(count.unitId) ?? 0) + count.total);
    }
    const members = rollUp(scope, own).get(rootUnitId)?.value ?? null;
    let yearAdmitted = 0;
    for (
      let month = Math.max(fromMonth, year * 12);
      month <= Math.min(toMonth, year * 12 + 11);
      month += 1
    ) {
      yearAdmitted += monthlyInPeriod[month - fromMonth] as number;
    }
    rates.push({
      year,
      membersAtStart: members,
      admitted: yearAdmitted,
      ratio: members !== null && members > 0 ? yearAdmitted / members : null,
    });
  }

  // --- Forecast ---------------------------------------------------------------------------------
  const todayYear = yearOf(today);
  const todayMonth = monthIndexOf(today);
  // Of the spans running today, the one that ends first is the one to worry about.
  const forecastSpan =
    spans
      .filter((span) => span.fromYear <= todayYear && todayYear <= span.toYear)
      .sort((a, b) => a.toYear - b.toYear || b.fromYear - a.fromYear)[0] ?? null;
  const forecastFor = (unitId: string, group: number | null): ForecastFigure | null => {
    if (!forecastSpan) return null;
    const quota = quotaFigure(unitId, group, forecastSpan);
    if (!quota) return null;
    // The run rate: whole months only (the aggregates are monthly), the 12 before today's month,
    // or fewer when the span began less than a year ago.
    const windowStart = Math.max(forecastSpan.fromYear * 12, todayMonth - 12);
    const windowMonths = Math.max(0, todayMonth - windowStart);
    const runRatePerMonth =
      windowMonths > 0 ? admittedInMonths(group, windowStart, todayMonth - 1) / windowMonths : 0;
    const monthsLeft = wholeMonthsUntil(today, fromParts(forecastSpan.toYear, 12, 31));
    const decided = stagesOf(group, 'decided');
    const pipeline = decided + stagesOf(group, 'resolved');
    let expected = Math.max(runRatePerMonth * monthsLeft, decided);
    // Within a year, only people already known can go the whole way (class, application, two
    // votes, decision, ceremony): the people in the pipeline now bound the projection.
    if (monthsLeft <= 12) expected = Math.min(expected, Math.max(candidatesOf(group), decided));
    const forecast = quota.admitted + Math.round(expected);
    return {
      unitId,
      fromYear: forecastSpan.fromYear,
      toYear: forecastSpan.toYear,
      quota: quota.quota,
      admittedSoFar: quota.admitted,
      runRatePerMonth,
      monthsLeft,
      pipeline,
      forecast,
      shortfall: Math.max(0, quota.quota - forecast),
    };
  };
  const childForecasts = childOrder
    .map((group) => forecastFor(groupIds[group] as string, group))
    .filter((figure): figure is ForecastFigure => figure !== null);

  // --- Per unit and coverage ------------------------------------------------------------------
  const activeInPeriod = new Uint8Array(groupCount);
  if (validPeriod) {
    for (const unitId of scope.unitIds) {
      if (isOpenDuring(unitById.get(unitId), period)) {
        activeInPeriod[groupOfUnit.get(unitId) as number] = 1;
      }
    }
  }
  const rows: (UnitRow & { active: boolean })[] = [];
  childOrder.forEach((group) => {
    const childId = groupIds[group] as string;
    const vector = periodVectors.subarray(group * STAT_WIDTH, (group + 1) * STAT_WIDTH);
    const rowQuota =
      rowSpans.map((span) => quotaFigure(childId, group, span)).find((figure) => figure !== null) ??
      null;
    const row = {
      unitId: childId,
      admitted: vector[ADMITTED] as number,
      structure: Object.fromEntries(
        STAT_COLUMNS.map((column) => [column, vector[COLUMN[column]] as number]),
      ) as Record<StatColumn, number>,
      quota: rowQuota,
      overdue: groupOverdue[group] as number,
      candidates: candidatesOf(group),
      active: activeInPeriod[group] === 1,
    };
    // A unit gone before the period, with nothing to show, is no row of it.
    if (row.active || row.admitted > 0 || row.candidates > 0 || row.overdue > 0 || row.quota) {
      rows.push(row);
    }
  });

  const withoutAdmission = rows
    .filter((row) => row.active && row.admitted === 0)
    .map((row) => row.unitId);
  const belowShareRows = rows
    .flatMap((row) => {
      const quota = row.quota;
      if (!quota || quota.ratio === null) return [];
      const expected = belowShare * elapsedShare(quota, today);
      return quota.ratio < expected ? [{ unitId: row.unitId, ratio: quota.ratio, expected }] : [];
    })
    .sort((a, b) => (a.ratio ?? 0) - (b.ratio ?? 0));
  const overdue = rows
    .filter((row) => row.overdue > 0)
    .map((row) => ({ unitId: row.unitId, count: row.overdue }))
    .sort((a, b) => b.count - a.count);
  let overdueTotal = 0;
  for (let group = 0; group < groupCount; group += 1) overdueTotal += groupOverdue[group] as number;

  // --- Series -----------------------------------------------------------------------------------
  const monthly: SeriesPoint[] = [];
  const quarterly: SeriesPoint[] = [];
  const yearly: SeriesPoint[] = [];
  for (let month = fromMonth; month <= toMonth && validPeriod; month += 1) {
    const value = monthlyInPeriod[month - fromMonth] as number;
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

  return {
    rootUnitId,
    period,
    unitIds: scope.unitIds,
    admitted,
    structure,
    enterpriseSplit,
    training,
    quotas: { root: rootQuotas, children: childQuotas },
    rates,
    funnel,
    forecast: { root: forecastFor(rootUnitId, null), children: childForecasts },
    coverage: { withoutAdmission, belowShare: belowShareRows, overdue, overdueTotal },
    series: { monthly, quarterly, yearly },
    perUnit: rows.map(({ active: _active, ...row }) => row),
  };
}
