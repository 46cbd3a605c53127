// Every dashboard and report figure, computed from the aggregates (domain/admission-stats.ts) and
// a few small tables, never from the people themselves: a province holds a quarter of a million
// of them. One pass over the aggregate rows fills per-group arrays (the viewed unit's own units,
// and each direct child with its subtree); every figure is read off those arrays.
import {
  COLUMN,
  STAT_COLUMNS,
  STAT_WIDTH,
  YEAR_CELLS,
  admissionCell,
  admissionVector,
  blocksOfRows,
  type AdmissionBlock,
  type StatColumn,
  type StatPerson,
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
import { buildViewScope, type ViewScope } from './indicator-scope';
import type {
  ForecastFigure,
  IndicatorData,
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
import { QUARTER_NUMERALS, quarterPeriod, yearsPeriod } from './periods';
import { STAGES, type Stage } from './pipeline-types';

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

/** What a view of a unit needs of the tree: its scope, its groups and their order. */
interface PreparedView {
  scope: ViewScope;
  unitById: Map<string, Unit>;
  /** Group 0: the viewed unit's own units; group i + 1: direct child i with its subtree. */
  groupIds: string[];
  groupOfUnit: Map<string, number>;
  /** The groups of the direct children, by name. */
  childOrder: number[];
}

// The tree of a view depends only on the unit list and the viewed unit: kept per list (a list is
// never changed in place; react-query hands a new one after a write), so that a change of period
// costs no walk of the tree and no sort of names.
const preparedViews = new WeakMap<readonly Unit[], Map<string, PreparedView>>();

function prepareView(units: readonly Unit[], rootUnitId: string): PreparedView {
  let byRoot = preparedViews.get(units);
  if (!byRoot) {
    byRoot = new Map();
    preparedViews.set(units, byRoot);
  }
  const known = byRoot.get(rootUnitId);
  if (known) return known;

  const scope = buildViewScope(units, rootUnitId);
  const unitById = new Map(units.map((unit) => [unit.id, unit]));
  const groupIds = [rootUnitId, ...scope.childIds];
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
  const prepared = { scope, unitById, groupIds, groupOfUnit, childOrder };
  byRoot.set(rootUnitId, prepared);
  return prepared;
}

/**
 * A block of admissions made ready for summing, once per block (the dashboard keeps its blocks for
 * the page load). A cell is monthIndex × STAT_WIDTH + column (YEAR_CELLS = 12 × STAT_WIDTH), so a
 * unit's pairs, ascending by cell, are ascending by month: the pairs of a period are found by a
 * binary search and read in one run. Each unit's admitted count per month is listed apart: the
 * quotas and the run rate sum it over any months.
 */
interface PreparedBlock {
  /** The block's pairs, less those of months without an admission (stored data has none). */
  pairs: Int32Array;
  /** Where each unit's pairs end in `pairs`. */
  pairEnds: Int32Array;
  /** Each unit's months with an admission, ascending, and the people admitted in each. */
  months: Int32Array;
  admitted: Int32Array;
  /** Where each unit's months end in `months`. */
  monthEnds: Int32Array;
  /** The block's first year and how many years follow it (0 for an empty block). */
  firstYear: number;
  yearCount: number;
  /**
   * Each unit's structure vectors summed over its years, running: unit u's sum of the years
   * before firstYear + y starts at ((u × (yearCount + 1)) + y) × STAT_WIDTH. The whole years of a
   * period then cost one subtraction per column, whatever their number.
   */
  yearSums: Float64Array;
}

const preparedBlocks = new WeakMap<AdmissionBlock, PreparedBlock>();

function prepareBlock(block: AdmissionBlock): PreparedBlock {
  const known = preparedBlocks.get(block);
  if (known) return known;
  const prepared =
    prepareCounts(block.ends, block.counts) ?? prepareCounts(...withoutOrphans(block));
  if (!prepared) throw new Error('prepareBlock: cells left after removing the orphans');
  preparedBlocks.set(block, prepared);
  return prepared;
}

/**
 * The pairs of a block less those of months without an 'admitted' cell: every admitted person
 * adds 1 to it, so the other cells of such a month are not counted. Stored data holds none; only
 * hand-made rows can.
 */
function withoutOrphans(block: AdmissionBlock): [Int32Array, Int32Array] {
  const { ends, counts } = block;
  const pairs: number[] = [];
  const pairEnds = new Int32Array(ends.length);
  let start = 0;
  for (let unit = 0; unit < ends.length; unit += 1) {
    const end = ends[unit] as number;
    let admittedMonth = -1;
    for (let at = start; at < end; at += 2) {
      const cell = counts[at] as number;
      const month = Math.floor(cell / STAT_WIDTH);
      if (cell - month * STAT_WIDTH === ADMITTED) admittedMonth = month;
      else if (month !== admittedMonth) continue;
      pairs.push(cell, counts[at + 1] as number);
    }
    pairEnds[unit] = pairs.length;
    start = end;
  }
  return [pairEnds, Int32Array.from(pairs)];
}

/** One pass over a block's pairs; null when a month has cells but no 'admitted' one. */
function prepareCounts(ends: Int32Array, counts: Int32Array): PreparedBlock | null {
  // Years first (each unit's pairs are ascending: its first and last pair bound them).
  let firstYear = Infinity;
  let lastYear = -Infinity;
  let start = 0;
  for (let unit = 0; unit < ends.length; unit += 1) {
    const end = ends[unit] as number;
    if (end > start) {
      firstYear = Math.min(firstYear, Math.floor((counts[start] as number) / YEAR_CELLS));
      lastYear = Math.max(lastYear, Math.floor((counts[end - 2] as number) / YEAR_CELLS));
    }
    start = end;
  }
  const yearCount = lastYear >= firstYear ? lastYear - firstYear + 1 : 0;
  if (yearCount === 0) firstYear = 0;
  const stride = (yearCount + 1) * STAT_WIDTH;
  const yearSums = new Float64Array(ends.length * stride);
  // At most one month per 'admitted' cell: sized for the worst case, trimmed below.
  const months = new Int32Array(counts.length / 2);
  const admitted = new Int32Array(counts.length / 2);
  const monthEnds = new Int32Array(ends.length);
  let listed = 0;
  start = 0;
  for (let unit = 0; unit < ends.length; unit += 1) {
    const end = ends[unit] as number;
    const base = unit * stride - (firstYear - 1) * STAT_WIDTH;
    let admittedMonth = -1;
    for (let at = start; at < end; at += 2) {
      const cell = counts[at] as number;
      const value = counts[at + 1] as number;
      const month = Math.floor(cell / STAT_WIDTH);
      const column = cell - month * STAT_WIDTH;
      if (column === ADMITTED) {
        admittedMonth = month;
        months[listed] = month;
        admitted[listed] = value;
        listed += 1;
      } else if (month !== admittedMonth) {
        return null;
      }
      // Added to the sum after its year; the running sums are completed below.
      addAt(yearSums, base + Math.floor(month / 12) * STAT_WIDTH + column, value);
    }
    const unitBase = unit * stride;
    for (let slot = STAT_WIDTH; slot < stride; slot += 1) {
      addAt(yearSums, unitBase + slot, yearSums[unitBase + slot - STAT_WIDTH] as number);
    }
    monthEnds[unit] = listed;
    start = end;
  }
  return {
    pairs: counts,
    pairEnds: ends,
    months: months.subarray(0, listed),
    admitted: admitted.subarray(0, listed),
    monthEnds,
    firstYear,
    yearCount,
    yearSums,
  };
}

/**
 * Adds to `vector` (from `target`) a unit's structure counts over the months [from, to]: its
 * running year sums for the whole years within, its pairs for the months around them.
 */
function addUnitMonths(
  block: PreparedBlock,
  unit: number,
  pairStart: number,
  from: number,
  to: number,
  vector: Float64Array,
  target: number,
): void {
  const { pairs, pairEnds, firstYear, yearCount, yearSums } = block;
  const pairEnd = pairEnds[unit] as number;
  const addPairs = (fromMonth: number, toMonth: number) => {
    const endCell = (toMonth + 1) * STAT_WIDTH;
    for (
      let at = firstPairFrom(pairs, pairStart, pairEnd, fromMonth * STAT_WIDTH);
      at < pairEnd && (pairs[at] as number) < endCell;
      at += 2
    ) {
      addAt(vector, target + ((pairs[at] as number) % STAT_WIDTH), pairs[at + 1] as number);
    }
  };
  // Whole years of the period, within the years the block holds.
  const wholeFrom = Math.max(Math.ceil(from / 12), firstYear);
  const wholeTo = Math.min(Math.floor((to + 1) / 12) - 1, firstYear + yearCount - 1);
  if (wholeFrom > wholeTo) {
    addPairs(from, to);
    return;
  }
  const base = unit * (yearCount + 1) * STAT_WIDTH;
  const after = base + (wholeTo - firstYear + 1) * STAT_WIDTH;
  const before = base + (wholeFrom - firstYear) * STAT_WIDTH;
  for (let column = 0; column < STAT_WIDTH; column += 1) {
    addAt(
      vector,
      target + column,
      (yearSums[after + column] as number) - (yearSums[before + column] as number),
    );
  }
  if (from < wholeFrom * 12) addPairs(from, wholeFrom * 12 - 1);
  if (to > wholeTo * 12 + 11) addPairs(wholeTo * 12 + 12, to);
}

/** The first index in [from, to) (steps of 2) whose pair's cell is at least `cell`. */
function firstPairFrom(pairs: Int32Array, from: number, to: number, cell: number): number {
  let low = from / 2;
  let high = to / 2;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((pairs[middle * 2] as number) < cell) low = middle + 1;
    else high = middle;
  }
  return low * 2;
}

/** The first and last month with an admission in the blocks (0, -1 when there is none). */
function monthRange(blocks: readonly PreparedBlock[]): { first: number; last: number } {
  let first = Infinity;
  let last = -Infinity;
  for (const { months, monthEnds } of blocks) {
    let start = 0;
    for (let unit = 0; unit < monthEnds.length; unit += 1) {
      const end = monthEnds[unit] as number;
      if (end > start) {
        first = Math.min(first, months[start] as number);
        last = Math.max(last, months[end - 1] as number);
      }
      start = end;
    }
  }
  return last >= first ? { first, last } : { first: 0, last: -1 };
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
  const { rootUnitId, period, today } = options;
  const belowShare = options.belowShare ?? 0.8;
  const { scope, unitById, groupIds, groupOfUnit, childOrder } = prepareView(
    data.units,
    rootUnitId,
  );
  // The root's figures are the sum of every group.
  const groupCount = groupIds.length;

  const validPeriod = period.from <= period.to;
  const fromMonth = monthIndexOf(period.from);
  const toMonth = monthIndexOf(period.to);
  const periodMonths = validPeriod ? toMonth - fromMonth + 1 : 0;

  // --- Admissions: each unit's months, and its pairs within the period ----------------------
  const blocks = data.admissions.map(prepareBlock);
  // Whole years, as the quotas' spans are.
  const range = monthRange(blocks);
  const firstMonth = Math.floor(range.first / 12) * 12;
  const monthsCovered =
    range.last >= range.first ? Math.floor(range.last / 12) * 12 + 12 - firstMonth : 0;
  /** Admissions per group and month over every month the data covers (quotas, run rate). */
  const groupMonths = new Float64Array(groupCount * monthsCovered);
  const totalMonths = new Float64Array(monthsCovered);
  /** Structure vectors per group, admissions within the period. */
  const periodVectors = new Float64Array(groupCount * STAT_WIDTH);
  const monthlyInPeriod = new Float64Array(periodMonths);

  data.admissions.forEach((block, index) => {
    const prepared = blocks[index] as PreparedBlock;
    const { pairEnds, months, admitted, monthEnds } = prepared;
    const { units } = block;
    let pairStart = 0;
    let monthStart = 0;
    for (let unit = 0; unit < units.length; unit += 1) {
      const pairEnd = pairEnds[unit] as number;
      const monthEnd = monthEnds[unit] as number;
      const group = groupOfUnit.get(units[unit] as string);
      if (group !== undefined) {
        const groupBase = group * monthsCovered - firstMonth;
        for (let at = monthStart; at < monthEnd; at += 1) {
          const month = months[at] as number;
          const count = admitted[at] as number;
          addAt(groupMonths, groupBase + month, count);
          addAt(totalMonths, month - firstMonth, count);
          if (validPeriod && month >= fromMonth && month <= toMonth) {
            addAt(monthlyInPeriod, month - fromMonth, count);
          }
        }
        if (validPeriod) {
          addUnitMonths(
            prepared,
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
  });

  // The first and last months were counted whole: take out the people admitted outside the period.
  if (validPeriod) {
    for (const person of edgePeople) {
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
  for (const trainingClass of data.classes) {
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
  // A deadline is overdue on the day after its due date; a unit's due dates are ascending.
  const todayDay = toDayNumber(today);
  for (const { units, stages, dueEnds, dueDays, dueCounts } of data.unitStats) {
    let start = 0;
    for (let unit = 0; unit < units.length; unit += 1) {
      const end = dueEnds[unit] as number;
      const group = groupOfUnit.get(units[unit] as string);
      if (group !== undefined) {
        for (let stage = 0; stage < stageCount; stage += 1) {
          addAt(
            groupStages,
            group * stageCount + stage,
            stages[unit * stageCount + stage] as number,
          );
        }
        for (let at = start; at < end && (dueDays[at] as number) < todayDay; at += 1) {
          addAt(groupOverdue, group, dueCounts[at] as number);
        }
      }
      start = end;
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
  const scopedTargets = data.targets.filter((target) => scope.unitIds.has(target.unitId));
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
    for (const count of data.memberCounts) {
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
