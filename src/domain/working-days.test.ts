import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, daysBetween } from './dates';
import { addWorkingDays, isWorkingDay, workingDaysBetween } from './working-days';

const dates = (count: { skippedHolidays: { date: string }[] }) =>
  count.skippedHolidays.map((day) => day.date);

describe('isWorkingDay', () => {
  it('is Monday to Friday, less holidays, plus make-up Saturdays', () => {
    expect(isWorkingDay('2026-03-06')).toBe(true); // Friday
    expect(isWorkingDay('2026-03-07')).toBe(false); // Saturday
    expect(isWorkingDay('2026-03-08')).toBe(false); // Sunday
    expect(isWorkingDay('2026-02-17')).toBe(false); // mùng 1 Tết
    expect(isWorkingDay('2026-04-27')).toBe(false); // nghỉ bù Giỗ Tổ
    expect(isWorkingDay('2026-01-02')).toBe(false); // swapped day off
    expect(isWorkingDay('2026-01-10')).toBe(true); // the Saturday worked for it
    expect(isWorkingDay('2026-09-03')).toBe(true);
  });
});

describe('addWorkingDays', () => {
  it('returns the start itself for n = 0, even on a day off', () => {
    expect(addWorkingDays('2026-03-07', 0)).toEqual({
      from: '2026-03-07',
      workingDays: 0,
      due: '2026-03-07',
      skippedWeekendDays: 0,
      skippedHolidays: [],
      workedMakeUpDays: [],
    });
  });

  it('goes from a Friday to the Monday after', () => {
    const count = addWorkingDays('2026-03-06', 1);
    expect(count.due).toBe('2026-03-09');
    expect(count.skippedWeekendDays).toBe(2);
    expect(count.skippedHolidays).toEqual([]);
    expect(addWorkingDays('2026-03-07', 1).due).toBe('2026-03-09'); // from a Saturday
    expect(addWorkingDays('2026-03-02', 4).due).toBe('2026-03-06');
    expect(addWorkingDays('2026-03-02', 5).due).toBe('2026-03-09');
  });

  it('passes over Tết 2026', () => {
    const count = addWorkingDays('2026-02-13', 1);
    expect(count.due).toBe('2026-02-23');
    expect(count.skippedWeekendDays).toBe(4);
    expect(dates(count)).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
  });

  it('passes over Giỗ Tổ, 30/4–1/5 and Quốc khánh 2026', () => {
    // Friday 24/04 → weekend → Monday 27/04 is nghỉ bù Giỗ Tổ → Tuesday 28/04.
    expect(addWorkingDays('2026-04-24', 1).due).toBe('2026-04-28');
    // Wednesday 29/04 → 30/04 and 01/05 → weekend → Monday 04/05.
    const may = addWorkingDays('2026-04-29', 1);
    expect(may.due).toBe('2026-05-04');
    expect(dates(may)).toEqual(['2026-04-30', '2026-05-01']);
    expect(may.skippedWeekendDays).toBe(2);
    // Monday 31/08 → 01/09 and 02/09 → Thursday 03/09.
    expect(addWorkingDays('2026-08-31', 1).due).toBe('2026-09-03');
  });

  it('counts a make-up Saturday and skips a swapped weekday (2025)', () => {
    const saturday = addWorkingDays('2025-04-25', 1);
    expect(saturday.due).toBe('2025-04-26');
    expect(saturday.workedMakeUpDays.map((day) => day.date)).toEqual(['2025-04-26']);
    expect(saturday.skippedWeekendDays).toBe(0);
    expect(addWorkingDays('2025-04-25', 2).due).toBe('2025-04-28');
    // 30/04, 01/05, swapped 02/05, weekend → Monday 05/05.
    const may = addWorkingDays('2025-04-29', 1);
    expect(may.due).toBe('2025-05-05');
    expect(may.skippedHolidays.map((day) => day.kind)).toEqual(['holiday', 'holiday', 'swap']);
  });

  // Counted by hand on a calendar; each interval checks as working + weekend + holiday days.
  it('counts 30 working days from Monday 05/01/2026, with the Saturday worked on 10/01', () => {
    const count = addWorkingDays('2026-01-05', 30);
    expect(count.due).toBe('2026-02-13');
    expect(count.skippedWeekendDays).toBe(9);
    expect(count.skippedHolidays).toEqual([]);
    expect(count.workedMakeUpDays.map((day) => day.date)).toEqual(['2026-01-10']);
    // The Saturday worked is one of the 30 working days.
    expect(daysBetween('2026-01-05', count.due)).toBe(30 + 9);
  });

  it('counts 30 and 60 working days from Monday 12/01/2026, across Tết', () => {
    const thirty = addWorkingDays('2026-01-12', 30);
    expect(thirty.due).toBe('2026-03-02');
    expect(thirty.skippedWeekendDays).toBe(14);
    expect(thirty.skippedHolidays).toHaveLength(5);
    expect(daysBetween('2026-01-12', thirty.due)).toBe(30 + 14 + 5);

    const sixty = addWorkingDays('2026-01-12', 60);
    expect(sixty.due).toBe('2026-04-13');
    expect(sixty.skippedWeekendDays).toBe(26);
    expect(sixty.skippedHolidays).toHaveLength(5);
    expect(daysBetween('2026-01-12', sixty.due)).toBe(60 + 26 + 5);
  });

  it('counts 30 working days from Monday 17/08/2026, across Quốc khánh', () => {
    const count = addWorkingDays('2026-08-17', 30);
    expect(count.due).toBe('2026-09-30');
    expect(count.skippedWeekendDays).toBe(12);
    expect(dates(count)).toEqual(['2026-09-01', '2026-09-02']);
  });

  it('counts 60 working days across the 2024 Tết with its weekend inside', () => {
    // From Thursday 04/01/2024: 19 working days left in January, 16 in February (21 weekdays
    // less 5 of Tết), 21 in March: 56; then 01/04–04/04 → Thursday 04/04/2024.
    const count = addWorkingDays('2024-01-04', 60);
    expect(count.due).toBe('2024-04-04');
    expect(dates(count)).toEqual([
      '2024-02-08',
      '2024-02-09',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
    ]);
  });

  it('refuses a negative or fractional count', () => {
    expect(() => addWorkingDays('2026-01-05', -1)).toThrow(RangeError);
    expect(() => addWorkingDays('2026-01-05', 1.5)).toThrow(RangeError);
  });

  it('agrees with a day-by-day walk, inside the holiday table and beyond its ends', () => {
    const walk = (from: string, n: number) => {
      let date = from;
      let weekends = 0;
      for (let counted = 0; counted < n;) {
        date = addDays(date, 1);
        if (isWorkingDay(date)) counted += 1;
        else if (dayOfWeek(date) === 0 || dayOfWeek(date) === 6) weekends += 1;
      }
      return { due: date, weekends };
    };
    for (const from of [
      '2012-12-20',
      '2013-12-24',
      '2014-12-26',
      '2019-12-30',
      '2040-12-20',
      '2041-12-27',
      '2043-03-01',
    ])
      for (const n of [1, 5, 30, 60]) {
        const count = addWorkingDays(from, n);
        const expected = walk(from, n);
        expect(count.due, `${from} + ${n}`).toBe(expected.due);
        expect(count.skippedWeekendDays, `${from} + ${n}`).toBe(expected.weekends);
        expect(workingDaysBetween(from, count.due), `${from} + ${n}`).toBe(n);
      }
  });

  it('falls on a working day that workingDaysBetween counts back to n', () => {
    let from = '2015-01-01';
    for (let step = 0; step < 400; step += 1) {
      from = addDays(from, 17 + (step % 11));
      const n = (step * 7) % 70;
      const { due } = addWorkingDays(from, n);
      if (n > 0) expect(isWorkingDay(due), `${from} + ${n}`).toBe(true);
      expect(workingDaysBetween(from, due), `${from} + ${n}`).toBe(n);
    }
  });
});

describe('workingDaysBetween', () => {
  it('counts working days in (from, to]', () => {
    expect(workingDaysBetween('2026-03-06', '2026-03-09')).toBe(1);
    expect(workingDaysBetween('2026-03-06', '2026-03-06')).toBe(0);
    expect(workingDaysBetween('2026-02-13', '2026-02-23')).toBe(1);
    expect(workingDaysBetween('2026-01-05', '2026-02-13')).toBe(30);
    expect(workingDaysBetween('2026-02-13', '2026-01-05')).toBe(-30);
  });

  it('counts a whole year: 2026 has 261 weekdays, 12 of them off, and one Saturday worked', () => {
    // 11 statutory weekdays off (nghỉ bù included) and the swapped Friday 02/01.
    expect(workingDaysBetween('2025-12-31', '2026-12-31')).toBe(261 - 12 + 1);
  });

  it('knows only weekends outside the holiday table', () => {
    expect(isWorkingDay('2041-01-01')).toBe(true); // a Tuesday, not in the table
    expect(workingDaysBetween('2041-01-04', '2041-01-11')).toBe(5);
  });
});
