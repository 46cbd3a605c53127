// Working days of party bodies: Monday to Friday, less public holidays (holidays.ts), plus the
// Saturdays worked in exchange for a swapped day off. Outside the holiday table only weekends
// are known, so counts there may run short of the real calendar.
//
// The people list computes deadlines for tens of thousands of people on every load, so the
// years of the table are indexed once: every working day in order, and for each calendar day
// how many working days came up to it. A count is then a lookup, not a walk.
import { fromDayNumber, toDayNumber, type IsoDate } from './dates';
import {
  HOLIDAY_YEARS,
  allHolidays,
  allMakeUpWorkdays,
  type Holiday,
  type MakeUpWorkday,
} from './holidays';

export interface WorkingDayCount {
  from: IsoDate;
  workingDays: number;
  due: IsoDate;
  /** Sat/Sun passed over between from (exclusive) and due (inclusive). */
  skippedWeekendDays: number;
  /** Holidays on weekdays passed over in that interval. */
  skippedHolidays: Holiday[];
  /** Saturdays worked in exchange for a swapped day off, counted as working days. */
  workedMakeUpDays: MakeUpWorkday[];
}

/** 1970-01-01 was a Thursday. */
function isWeekendDay(day: number): boolean {
  const weekday = (((day + 4) % 7) + 7) % 7;
  return weekday === 0 || weekday === 6;
}

interface Calendar {
  /** Day numbers of the indexed range [first, last]. */
  first: number;
  last: number;
  /** workingUpTo[day - first]: working days in [first, day]. */
  workingUpTo: Int32Array;
  /** Day numbers of every working day of the range, in order. */
  workingDays: Int32Array;
  /** Holidays on weekdays and make-up Saturdays, with their day numbers, in order. */
  weekdayHolidays: { day: number; holiday: Holiday }[];
  makeUps: { day: number; makeUp: MakeUpWorkday }[];
  holidayDays: Set<number>;
  makeUpDays: Set<number>;
}

let calendar: Calendar | null = null;

function getCalendar(): Calendar {
  if (calendar) return calendar;
  // A year of margin on each side keeps make-up days and year-end counts inside the index.
  const first = toDayNumber(`${HOLIDAY_YEARS.first - 1}-01-01`);
  const last = toDayNumber(`${HOLIDAY_YEARS.last + 1}-12-31`);
  const weekdayHolidays = allHolidays()
    .map((holiday) => ({ day: toDayNumber(holiday.date), holiday }))
    .filter(({ day }) => !isWeekendDay(day));
  const makeUps = allMakeUpWorkdays().map((makeUp) => ({ day: toDayNumber(makeUp.date), makeUp }));
  const holidayDays = new Set(weekdayHolidays.map(({ day }) => day));
  const makeUpDays = new Set(makeUps.map(({ day }) => day));
  const workingUpTo = new Int32Array(last - first + 1);
  const working: number[] = [];
  for (let day = first; day <= last; day += 1) {
    if (isWeekendDay(day) ? makeUpDays.has(day) : !holidayDays.has(day)) working.push(day);
    workingUpTo[day - first] = working.length;
  }
  calendar = {
    first,
    last,
    workingUpTo,
    workingDays: Int32Array.from(working),
    weekdayHolidays,
    makeUps,
    holidayDays,
    makeUpDays,
  };
  return calendar;
}

function workingOn(day: number, cal: Calendar): boolean {
  return isWeekendDay(day) ? cal.makeUpDays.has(day) : !cal.holidayDays.has(day);
}

/** Entries of a day-sorted list with from < day ≤ to. */
function within<T extends { day: number }>(list: readonly T[], from: number, to: number): T[] {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((list[mid] as T).day <= from) low = mid + 1;
    else high = mid;
  }
  const result: T[] = [];
  for (let index = low; index < list.length && (list[index] as T).day <= to; index += 1)
    result.push(list[index] as T);
  return result;
}

/** Not a Saturday or Sunday (unless a make-up Saturday), not a holiday. */
export function isWorkingDay(date: IsoDate): boolean {
  return workingOn(toDayNumber(date), getCalendar());
}

/** Day number of the n-th working day after `start` (n ≥ 1). */
function nthWorkingDayAfter(start: number, n: number, cal: Calendar): number {
  if (start >= cal.first && start <= cal.last) {
    const index = (cal.workingUpTo[start - cal.first] as number) + n - 1;
    if (index < cal.workingDays.length) return cal.workingDays[index] as number;
  }
  // Outside the index: walk (weekends only are known there).
  let day = start;
  for (let counted = 0; counted < n;) {
    day += 1;
    if (workingOn(day, cal)) counted += 1;
  }
  return day;
}

/** The `n`-th working day after `from` (from itself not counted). n = 0 → from. */
export function addWorkingDays(from: IsoDate, n: number): WorkingDayCount {
  if (!Number.isInteger(n) || n < 0)
    throw new RangeError(`addWorkingDays: n must be a whole number ≥ 0, got ${n}`);
  if (n === 0)
    return {
      from,
      workingDays: 0,
      due: from,
      skippedWeekendDays: 0,
      skippedHolidays: [],
      workedMakeUpDays: [],
    };
  const cal = getCalendar();
  const start = toDayNumber(from);
  const end = nthWorkingDayAfter(start, n, cal);
  const skippedHolidays = within(cal.weekdayHolidays, start, end).map((entry) => entry.holiday);
  const workedMakeUpDays = within(cal.makeUps, start, end).map((entry) => entry.makeUp);
  return {
    from,
    workingDays: n,
    due: fromDayNumber(end),
    // Every calendar day passed is a working day (make-up Saturdays included), a weekday
    // holiday, or a weekend day off.
    skippedWeekendDays: end - start - n - skippedHolidays.length,
    skippedHolidays,
    workedMakeUpDays,
  };
}

/** Working days in (from, to]; negative, by symmetry, when `to` is before `from`. */
export function workingDaysBetween(from: IsoDate, to: IsoDate): number {
  const start = toDayNumber(from);
  const end = toDayNumber(to);
  if (end < start) return -workingDaysBetween(to, from);
  const cal = getCalendar();
  if (start >= cal.first && end <= cal.last)
    return (
      (cal.workingUpTo[end - cal.first] as number) - (cal.workingUpTo[start - cal.first] as number)
    );
  let count = 0;
  for (let day = start + 1; day <= end; day += 1) if (workingOn(day, cal)) count += 1;
  return count;
}
