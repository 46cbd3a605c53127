// The dashboard's view lives in the URL (/dashboard?unit=<code>&from=YYYY-MM-DD&to=YYYY-MM-DD)
// so that leadership can bookmark and share it. Units are named by code, not id: a code is what
// people read and type. A value that cannot be used is reported and replaced by its default.
import { isIsoDate, yearOf, type IsoDate } from '@/domain/dates';
import type { Unit } from '@/domain/entities';
import type { Period } from '@/domain/indicator-types';

export type ViewProblem = 'unitUnknown' | 'fromInvalid' | 'toInvalid' | 'rangeReversed';

export interface DashboardView {
  unit: Unit;
  period: Period;
  /** Keys of the problems found in the URL (each shown once, the defaults used instead). */
  problems: { problem: ViewProblem; value: string }[];
}

/** The whole calendar year of today: the view when the URL names no period. */
export function defaultPeriod(today: IsoDate): Period {
  const year = yearOf(today);
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/**
 * The unit a code names among the units one may view. Codes are unique among open units only
 * (a closed unit may keep a code reused since), so an open unit wins over a closed one.
 */
export function unitByCode(units: readonly Unit[], code: string): Unit | undefined {
  const matches = units.filter((unit) => unit.code === code);
  return matches.find((unit) => !unit.closedOn) ?? matches[0];
}

export function readView(
  params: URLSearchParams,
  units: readonly Unit[],
  defaultUnit: Unit,
  today: IsoDate,
): DashboardView {
  const problems: DashboardView['problems'] = [];
  const fallback = defaultPeriod(today);

  const code = params.get('unit');
  let unit = defaultUnit;
  if (code !== null && code !== '') {
    const found = unitByCode(units, code);
    if (found) unit = found;
    else problems.push({ problem: 'unitUnknown', value: code });
  }

  const read = (key: 'from' | 'to', problem: ViewProblem): IsoDate | null => {
    const value = params.get(key);
    if (value === null || value === '') return null;
    if (isIsoDate(value)) return value;
    problems.push({ problem, value });
    return null;
  };
  const from = read('from', 'fromInvalid');
  const to = read('to', 'toInvalid');
  let period: Period = { from: from ?? fallback.from, to: to ?? fallback.to };
  if (period.from > period.to) {
    problems.push({ problem: 'rangeReversed', value: `${period.from} – ${period.to}` });
    period = fallback;
  }
  return { unit, period, problems };
}

/** The query string of a view, in a fixed order so equal views have equal URLs. */
export function viewSearch(unitCode: string, period: Period): string {
  const params = new URLSearchParams();
  params.set('unit', unitCode);
  params.set('from', period.from);
  params.set('to', period.to);
  return `?${params.toString()}`;
}

/** The period form of the toolbar; its values become the URL's from and to. */
export interface PeriodFormValues {
  from: IsoDate;
  to: IsoDate;
}

/**
 * The toolbar's period checked: each field's message key, none when the period is valid. Plain
 * code rather than a Zod schema, so that the dashboard (opened first thing by leadership) does
 * not load Zod for two dates.
 */
export function periodFormErrors(values: {
  from: unknown;
  to: unknown;
}): Partial<Record<keyof PeriodFormValues, string>> {
  const errors: Partial<Record<keyof PeriodFormValues, string>> = {};
  if (!isIsoDate(values.from)) errors.from = 'validation.date';
  if (!isIsoDate(values.to)) errors.to = 'validation.date';
  else if (isIsoDate(values.from) && values.to < values.from)
    errors.to = 'validation.endBeforeStart';
  return errors;
}
