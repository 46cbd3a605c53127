// Months and quota spans as the indicators count them: months numbered from year 0, so that month
// arithmetic is subtraction, and spans of whole years (a quota's fromYear–toYear).
import { addMonths, fromParts, toDayNumber, yearOf, type IsoDate } from './dates';
import type { Target } from './entities';

export interface Span {
  fromYear: number;
  toYear: number;
}

/** The distinct spans of some quotas, earliest first. */
export function distinctSpans(targets: readonly Pick<Target, 'fromYear' | 'toYear'>[]): Span[] {
  const spans = new Map<string, Span>();
  for (const { fromYear, toYear } of targets) {
    spans.set(`${fromYear}-${toYear}`, { fromYear, toYear });
  }
  return [...spans.values()].sort((a, b) => a.fromYear - b.fromYear || a.toYear - b.toYear);
}

/** Months counted from year 0: `year * 12 + month - 1`, so that month arithmetic is subtraction. */
export function monthIndexOf(date: IsoDate): number {
  return yearOf(date) * 12 + Number(date.slice(5, 7)) - 1;
}

/** 'YYYY-MM' of a month index. */
export function monthKey(monthIndex: number): string {
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
