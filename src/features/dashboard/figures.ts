// How the computed indicators are laid out on the page: which structure columns form which chart,
// how a series point is labelled, how the per-unit table sorts. No figure is computed here.
import type { StatColumn } from '@/domain/admission-stats';
import type { Indicators, RateFigure, Share, UnitRow } from '@/domain/indicator-types';
import { STAGES, type Stage } from '@/domain/pipeline-types';
import type { Translate } from '@/i18n/i18n';
import type { MessageKey } from '@/i18n/messages';

export interface ShareRow {
  key: string;
  labelKey: MessageKey;
  share: Share;
}

/** The structure of the new members, as the province's report lists it. */
export const STRUCTURE_SHARES: { column: StatColumn; labelKey: MessageKey }[] = [
  { column: 'youthUnion', labelKey: 'dashboard.structure.youthUnion' },
  { column: 'female', labelKey: 'dashboard.structure.female' },
  { column: 'minority', labelKey: 'dashboard.structure.minority' },
  { column: 'religious', labelKey: 'dashboard.structure.religious' },
  { column: 'highSchoolStudent', labelKey: 'dashboard.structure.highSchoolStudent' },
  { column: 'universityStudent', labelKey: 'dashboard.structure.universityStudent' },
  { column: 'enterprise', labelKey: 'dashboard.structure.enterprise' },
];

export const AGE_SHARES: { column: StatColumn; labelKey: MessageKey }[] = [
  { column: 'age18to30', labelKey: 'dashboard.age.18to30' },
  { column: 'age31to40', labelKey: 'dashboard.age.31to40' },
  { column: 'age41to50', labelKey: 'dashboard.age.41to50' },
  { column: 'age51to60', labelKey: 'dashboard.age.51to60' },
  { column: 'ageOther', labelKey: 'dashboard.age.other' },
];

export const EDUCATION_SHARES: { column: StatColumn; labelKey: MessageKey }[] = [
  { column: 'educationPrimary', labelKey: 'education.primary' },
  { column: 'educationLowerSecondary', labelKey: 'education.lower_secondary' },
  { column: 'educationUpperSecondary', labelKey: 'education.upper_secondary' },
  { column: 'educationVocational', labelKey: 'education.vocational' },
  { column: 'educationCollege', labelKey: 'education.college' },
  { column: 'educationUniversity', labelKey: 'education.university' },
  { column: 'educationPostgraduate', labelKey: 'education.postgraduate' },
  { column: 'educationUnknown', labelKey: 'dashboard.education.unknown' },
];

export function shareRows(
  indicators: Pick<Indicators, 'structure'>,
  columns: readonly { column: StatColumn; labelKey: MessageKey }[],
): ShareRow[] {
  return columns.map(({ column, labelKey }) => ({
    key: column,
    labelKey,
    share: indicators.structure[column],
  }));
}

/** Levels nobody reached in the period are left out of a chart, unless all are empty. */
export function withoutEmptyTail(rows: ShareRow[], keep: readonly string[] = []): ShareRow[] {
  const some = rows.filter((row) => row.share.count > 0 || keep.includes(row.key));
  return some.length > 0 ? some : rows;
}

export function enterpriseRows(indicators: Pick<Indicators, 'enterpriseSplit'>): ShareRow[] {
  return [
    {
      key: 'worker',
      labelKey: 'dashboard.enterprise.worker',
      share: indicators.enterpriseSplit.worker,
    },
    {
      key: 'manager',
      labelKey: 'dashboard.enterprise.manager',
      share: indicators.enterpriseSplit.manager,
    },
  ];
}

/** Stages of the funnel, in order; people removed from the source are shown apart. */
export const FUNNEL_STAGES: readonly Stage[] = STAGES.filter((stage) => stage !== 'removed');

export type SeriesGranularity = 'monthly' | 'quarterly' | 'yearly';

const ROMAN = ['I', 'II', 'III', 'IV'];

/** A point's label: 'YYYY-MM' → "03/2026", 'YYYY-Qn' → "Quý I/2026" (via the message), 'YYYY'. */
export function seriesLabel(key: string, t: Translate): string {
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) return `${month[2]}/${month[1]}`;
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) {
    return t('dashboard.series.quarterLabel', {
      quarter: ROMAN[Number(quarter[2]) - 1] ?? quarter[2]!,
      year: quarter[1]!,
    });
  }
  return key;
}

/** The finest grain that keeps a chart readable: months up to two years, quarters up to six. */
export function defaultGranularity(from: string, to: string): SeriesGranularity {
  const months =
    (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 +
    (Number(to.slice(5, 7)) - Number(from.slice(5, 7))) +
    1;
  if (months <= 24) return 'monthly';
  if (months <= 72) return 'quarterly';
  return 'yearly';
}

/**
 * The admission rate shown on a tile: the latest year of the period that has a member count
 * (a rate without members at the start of the year means nothing).
 */
export function headlineRate(rates: readonly RateFigure[]): RateFigure | null {
  for (let index = rates.length - 1; index >= 0; index -= 1) {
    const rate = rates[index]!;
    if (rate.membersAtStart !== null) return rate;
  }
  return rates.at(-1) ?? null;
}

/** The quota on a tile: the span holding the end of the period, else the latest one. */
export function headlineQuota<T extends { fromYear: number; toYear: number }>(
  quotas: readonly T[],
  periodTo: string,
): T | null {
  const year = Number(periodTo.slice(0, 4));
  return (
    quotas.find((quota) => quota.fromYear <= year && year <= quota.toYear) ??
    [...quotas].sort((a, b) => b.toYear - a.toYear)[0] ??
    null
  );
}

export type UnitColumn =
  | 'admitted'
  | 'youthUnion'
  | 'female'
  | 'minority'
  | 'religious'
  | 'quota'
  | 'quotaRatio'
  | 'overdue'
  | 'candidates';

export const UNIT_COLUMNS: readonly UnitColumn[] = [
  'admitted',
  'youthUnion',
  'female',
  'minority',
  'religious',
  'quota',
  'quotaRatio',
  'overdue',
  'candidates',
];

export function unitValue(row: UnitRow, column: UnitColumn): number | null {
  switch (column) {
    case 'admitted':
      return row.admitted;
    case 'youthUnion':
    case 'female':
    case 'minority':
    case 'religious':
      return row.structure[column];
    case 'quota':
      return row.quota && row.quota.quota > 0 ? row.quota.quota : null;
    case 'quotaRatio':
      return row.quota?.ratio ?? null;
    case 'overdue':
      return row.overdue;
    case 'candidates':
      return row.candidates;
  }
}

export type SortDirection = 'ascending' | 'descending';
export interface UnitSort {
  column: UnitColumn | 'name';
  direction: SortDirection;
}

/** Rows sorted by a column; units without a figure ("—") go last either way, ties by name. */
export function sortUnitRows(
  rows: readonly UnitRow[],
  sort: UnitSort,
  nameOf: (unitId: string) => string,
): UnitRow[] {
  const collator = new Intl.Collator('vi');
  const byName = (a: UnitRow, b: UnitRow) => collator.compare(nameOf(a.unitId), nameOf(b.unitId));
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (sort.column === 'name') return sign * byName(a, b);
    const x = unitValue(a, sort.column);
    const y = unitValue(b, sort.column);
    if (x === null || y === null) {
      if (x === y) return byName(a, b);
      return x === null ? 1 : -1;
    }
    return sign * (x - y) || byName(a, b);
  });
}

/** count ÷ base for a table cell; null (shown "—") when the base is 0. */
export function ratioOf(count: number, base: number): number | null {
  return base > 0 ? count / base : null;
}
