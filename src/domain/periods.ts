// Calendar periods named by the screens: whole years, spans of years, and quarters. One place, so
// that the dashboard's quick choices, the sync board's periods and its default agree.
import { daysInMonth, fromParts, parts, type IsoDate } from './dates';
import type { Period } from './indicator-types';

/** The Roman numerals of the four quarters, as the province writes them ("Quý II/2026"). */
export const QUARTER_NUMERALS = ['I', 'II', 'III', 'IV'] as const;

/** 1 January of `fromYear` to 31 December of `toYear`. */
export function yearsPeriod(fromYear: number, toYear: number): Period {
  return { from: fromParts(fromYear, 1, 1), to: fromParts(toYear, 12, 31) };
}

/** Quarter `quarter` (1–4) of `year`. */
export function quarterPeriod(year: number, quarter: number): Period {
  const lastMonth = quarter * 3;
  return {
    from: fromParts(year, lastMonth - 2, 1),
    to: fromParts(year, lastMonth, daysInMonth(year, lastMonth)),
  };
}

/** The quarter (1–4) a day falls in. */
export function quarterNumberOf(day: IsoDate): number {
  return Math.floor((parts(day).month - 1) / 3) + 1;
}

/** The calendar quarter holding a day. */
export function quarterOf(day: IsoDate): Period {
  return quarterPeriod(parts(day).year, quarterNumberOf(day));
}
