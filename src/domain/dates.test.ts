import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addYears,
  ageOn,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  fromParts,
  isIsoDate,
  isLeapYear,
  localIsoDate,
  maxDate,
  minDate,
  parts,
  toDayNumber,
  toUtcMs,
  yearOf,
} from './dates';

describe('isIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2026-01-05')).toBe(true);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-02-30')).toBe(false);
    expect(isIsoDate('2026-04-31')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-00-10')).toBe(false);
    expect(isIsoDate('2026-01-00')).toBe(false);
    expect(isIsoDate('2026-12-31')).toBe(true);
  });

  it('follows the Gregorian leap rule for centuries', () => {
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('2100-02-29')).toBe(false);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2026)).toBe(false);
  });

  it('refuses other shapes and types', () => {
    for (const value of [
      '2026-1-5',
      '05/01/2026',
      '2026-01-05T00:00',
      ' 2026-01-05',
      '',
      null,
      20260105,
    ])
      expect(isIsoDate(value)).toBe(false);
  });
});

describe('calendar arithmetic', () => {
  it('knows the length of every month', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });

  it('splits and joins dates', () => {
    expect(parts('2026-03-09')).toEqual({ year: 2026, month: 3, day: 9 });
    expect(fromParts(2026, 3, 9)).toBe('2026-03-09');
    expect(yearOf('2026-03-09')).toBe(2026);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
    expect(addDays('2026-03-29', 0)).toBe('2026-03-29');
  });

  it('adds months, clamping to the end of a shorter month', () => {
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', 1)).toBe('2026-04-30');
    expect(addMonths('2026-11-15', 2)).toBe('2027-01-15');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2021-03-15', 5)).toBe('2026-03-15');
  });

  it('counts days between dates, signed', () => {
    expect(daysBetween('2026-01-05', '2026-02-23')).toBe(49);
    expect(daysBetween('2026-02-23', '2026-01-05')).toBe(-49);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2026-03-01', '2026-03-01')).toBe(0);
  });

  it('gives the day of the week, 0 = Sunday', () => {
    expect(dayOfWeek('2026-02-17')).toBe(2); // Tết Bính Ngọ, a Tuesday
    expect(dayOfWeek('2026-03-06')).toBe(5);
    expect(dayOfWeek('2026-03-08')).toBe(0);
    expect(dayOfWeek('2000-01-01')).toBe(6);
  });

  it('orders dates as strings', () => {
    expect(minDate('2026-01-05', '2025-12-31')).toBe('2025-12-31');
    expect(maxDate('2026-01-05', '2025-12-31')).toBe('2026-01-05');
  });

  it("takes the user's local calendar day (Asia/Ho_Chi_Minh in tests)", () => {
    // 17:30 UTC on 31/12 is already 00:30 on 01/01 in Việt Nam.
    expect(localIsoDate(new Date('2025-12-31T17:30:00Z'))).toBe('2026-01-01');
    expect(localIsoDate(new Date('2026-11-28T09:00:00+07:00'))).toBe('2026-11-28');
  });
});

describe('ageOn', () => {
  it('counts full years, turning older on the birthday', () => {
    expect(ageOn('2008-05-10', '2026-05-09')).toBe(17);
    expect(ageOn('2008-05-10', '2026-05-10')).toBe(18);
    expect(ageOn('2008-05-10', '2026-12-31')).toBe(18);
    expect(ageOn('1966-01-01', '2026-12-31')).toBe(60);
    expect(ageOn('1965-12-31', '2026-12-31')).toBe(61);
    expect(ageOn('2000-01-01', '2000-01-01')).toBe(0);
  });

  it('makes someone born on 29/02 older on 28/02 in common years', () => {
    expect(ageOn('2008-02-29', '2026-02-27')).toBe(17);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(18);
    expect(ageOn('2008-02-29', '2028-02-28')).toBe(19);
    expect(ageOn('2008-02-29', '2028-02-29')).toBe(20);
  });
});

describe('day numbers', () => {
  it('counts days from 1970-01-01', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(toDayNumber('1970-01-02')).toBe(1);
    expect(toDayNumber('1969-12-31')).toBe(-1);
    expect(toDayNumber('2000-03-01') - toDayNumber('2000-02-28')).toBe(2);
    expect(toDayNumber('1900-03-01') - toDayNumber('1900-02-28')).toBe(1);
  });

  it('agrees with Date.UTC and round-trips, every day from 1899 to 2101', () => {
    for (let day = toDayNumber('1899-01-01'); day <= toDayNumber('2101-12-31'); day += 1) {
      const date = fromDayNumber(day);
      if (!isIsoDate(date) || toDayNumber(date) !== day || toUtcMs(date) !== day * 86_400_000)
        throw new Error(`day ${day} → ${date}`);
    }
  });
});
