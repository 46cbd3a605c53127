import { describe, expect, it } from 'vitest';
import { dayOfWeek, daysBetween } from './dates';
import {
  HOLIDAY_YEARS,
  HUNG_KINGS_DAY,
  LUNAR_NEW_YEAR,
  holidayLabel,
  holidayOn,
  holidaysOf,
  makeUpWorkdayOn,
  makeUpWorkdaysOf,
  type Holiday,
} from './holidays';

const isWeekend = (date: string) => dayOfWeek(date) === 0 || dayOfWeek(date) === 6;
const weekdaysOff = (year: number, occasion?: Holiday['occasion']) =>
  holidaysOf(year)
    .filter((day) => !isWeekend(day.date) && (!occasion || day.occasion === occasion))
    .map((day) => day.date);
const years = Array.from(
  { length: HOLIDAY_YEARS.last - HOLIDAY_YEARS.first + 1 },
  (_, index) => HOLIDAY_YEARS.first + index,
);

describe('lunar dates', () => {
  it('covers at least 2015–2035', () => {
    expect(HOLIDAY_YEARS.first).toBeLessThanOrEqual(2015);
    expect(HOLIDAY_YEARS.last).toBeGreaterThanOrEqual(2035);
    for (const year of years) {
      expect(LUNAR_NEW_YEAR[year]?.startsWith(`${year}-`)).toBe(true);
      expect(HUNG_KINGS_DAY[year]?.startsWith(`${year}-`)).toBe(true);
    }
  });

  it('has mùng 1 Tết where the Vietnamese calendar puts it', () => {
    expect(LUNAR_NEW_YEAR[2020]).toBe('2020-01-25');
    expect(LUNAR_NEW_YEAR[2024]).toBe('2024-02-10');
    expect(LUNAR_NEW_YEAR[2025]).toBe('2025-01-29');
    expect(LUNAR_NEW_YEAR[2026]).toBe('2026-02-17');
    expect(LUNAR_NEW_YEAR[2027]).toBe('2027-02-06');
    // The new moon falls at 23:07 on 02/02/2030 in UTC+7, after midnight in China (03/02).
    expect(LUNAR_NEW_YEAR[2030]).toBe('2030-02-02');
    expect(LUNAR_NEW_YEAR[2035]).toBe('2035-02-08');
  });

  it('keeps every Tết between 21/01 and 20/02', () => {
    for (const year of years) {
      const tet = LUNAR_NEW_YEAR[year] as string;
      expect(tet >= `${year}-01-21` && tet <= `${year}-02-20`, tet).toBe(true);
    }
  });

  it('puts 10/3 âm lịch 68 ± 1 days after Tết, or a lunar month later in a leap year', () => {
    for (const year of years) {
      const gap = daysBetween(LUNAR_NEW_YEAR[year] as string, HUNG_KINGS_DAY[year] as string);
      // Leap month 1 or 2 (2023: tháng 2 nhuận) pushes it 29–30 days later.
      const ok = (gap >= 67 && gap <= 69) || (gap >= 96 && gap <= 99);
      expect(ok, `${year}: ${gap} days`).toBe(true);
    }
    expect(HUNG_KINGS_DAY[2023]).toBe('2023-04-29');
    expect(HUNG_KINGS_DAY[2026]).toBe('2026-04-26');
  });
});

describe('holidaysOf', () => {
  it('is sorted, one entry per date, and empty outside the table', () => {
    for (const year of years) {
      const dates = holidaysOf(year).map((day) => day.date);
      expect([...dates].sort()).toEqual(dates);
      expect(new Set(dates).size).toBe(dates.length);
      expect(dates.every((date) => date.startsWith(`${year}-`))).toBe(true);
    }
    expect(holidaysOf(HOLIDAY_YEARS.first - 1)).toEqual([]);
    expect(holidaysOf(HOLIDAY_YEARS.last + 1)).toEqual([]);
  });

  it('gives every year 11 weekdays off from 2021 (10 before), plus any swapped day', () => {
    for (const year of years) {
      const swapped = holidaysOf(year).filter((day) => day.kind === 'swap').length;
      // Tết Dương lịch 1 + Tết 5 + Giỗ Tổ 1 + 30/4 + 1/5 + Quốc khánh 1 (2 from 2021).
      const statutory = year >= 2021 ? 11 : 10;
      expect(weekdaysOff(year).length, String(year)).toBe(statutory + swapped);
      expect(weekdaysOff(year, 'tet').length, String(year)).toBe(5 + (year === 2015 ? 1 : 0));
    }
  });

  it('follows the published Tết schedules', () => {
    // 2024: 08/02–14/02, the weekend in the middle.
    expect(weekdaysOff(2024, 'tet')).toEqual([
      '2024-02-08',
      '2024-02-09',
      '2024-02-12',
      '2024-02-13',
      '2024-02-14',
    ]);
    expect(holidayOn('2024-02-10')?.name).toBe('Tết Nguyên đán');
    // 2025: 25/01–02/02, the five weekdays in between.
    expect(weekdaysOff(2025, 'tet')).toEqual([
      '2025-01-27',
      '2025-01-28',
      '2025-01-29',
      '2025-01-30',
      '2025-01-31',
    ]);
    // 2026: 14/02–22/02 (29 Chạp to mùng 4 on weekdays).
    expect(weekdaysOff(2026, 'tet')).toEqual([
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
    ]);
    expect(holidayOn('2026-02-14')).toBeUndefined();
  });

  it('computes Tết by the rule after the published years: last day of the year + 4, with nghỉ bù', () => {
    // Tết Đinh Mùi on Saturday 06/02/2027: 05/02 to 09/02, the weekend made up on 10–11/02.
    expect(holidaysOf(2027).filter((day) => day.occasion === 'tet')).toEqual([
      expect.objectContaining({ date: '2027-02-05', kind: 'holiday' }),
      expect.objectContaining({ date: '2027-02-06', kind: 'holiday' }),
      expect.objectContaining({ date: '2027-02-07', kind: 'holiday' }),
      expect.objectContaining({ date: '2027-02-08', kind: 'holiday' }),
      expect.objectContaining({ date: '2027-02-09', kind: 'holiday' }),
      expect.objectContaining({
        date: '2027-02-10',
        kind: 'compensatory',
        name: 'Nghỉ bù Tết Nguyên đán',
      }),
      expect.objectContaining({ date: '2027-02-11', kind: 'compensatory' }),
    ]);
  });

  it('gives a compensatory day after a holiday on a weekend, skipping other holidays', () => {
    // Giỗ Tổ on Sunday 26/04/2026.
    expect(holidayOn('2026-04-26')).toMatchObject({ name: 'Giỗ Tổ Hùng Vương', kind: 'holiday' });
    expect(holidayOn('2026-04-27')).toMatchObject({
      name: 'Nghỉ bù Giỗ Tổ Hùng Vương',
      nameEn: 'Compensatory day off (Hung Kings Commemoration Day)',
      kind: 'compensatory',
      occasion: 'hungKings',
    });
    // 2023: Giỗ Tổ on Saturday 29/04, 30/04 on Sunday, 01/05 on Monday: made up on 02/05 and 03/05.
    expect(holidayOn('2023-05-01')?.occasion).toBe('labour');
    expect(holidayOn('2023-05-02')).toMatchObject({ kind: 'compensatory', occasion: 'hungKings' });
    expect(holidayOn('2023-05-03')).toMatchObject({
      kind: 'compensatory',
      occasion: 'reunification',
    });
    expect(holidayOn('2023-05-04')).toBeUndefined();
    // 2022: 30/04 and 01/05 both on the weekend.
    expect(holidayOn('2022-05-02')?.kind).toBe('compensatory');
    expect(holidayOn('2022-05-03')?.kind).toBe('compensatory');
    // Tết Dương lịch 2022 on a Saturday.
    expect(holidayOn('2022-01-03')?.name).toBe('Nghỉ bù Tết Dương lịch');
  });

  it('gives Quốc khánh one day until 2020 and two from 2021, joined to the weekend', () => {
    expect(weekdaysOff(2019, 'nationalDay')).toEqual(['2019-09-02']);
    expect(weekdaysOff(2021, 'nationalDay')).toEqual(['2021-09-02', '2021-09-03']);
    expect(weekdaysOff(2022, 'nationalDay')).toEqual(['2022-09-01', '2022-09-02']);
    // 2023: 02/09 on a Saturday, with 01/09; made up on Monday 04/09.
    expect(weekdaysOff(2023, 'nationalDay')).toEqual(['2023-09-01', '2023-09-04']);
    expect(weekdaysOff(2024, 'nationalDay')).toEqual(['2024-09-02', '2024-09-03']);
    expect(weekdaysOff(2025, 'nationalDay')).toEqual(['2025-09-01', '2025-09-02']);
    expect(weekdaysOff(2026, 'nationalDay')).toEqual(['2026-09-01', '2026-09-02']);
    // 2029: 02/09 on a Sunday: 03/09 and the nghỉ bù on 04/09.
    expect(weekdaysOff(2029, 'nationalDay')).toEqual(['2029-09-03', '2029-09-04']);
    for (const year of years.filter((y) => y >= 2021))
      expect(weekdaysOff(year, 'nationalDay'), String(year)).toHaveLength(2);
  });

  it('includes the published swaps: a weekday off, a Saturday worked', () => {
    expect(holidayOn('2025-05-02')).toMatchObject({
      kind: 'swap',
      name: 'Nghỉ hoán đổi dịp Ngày Chiến thắng',
      workedOn: '2025-04-26',
    });
    expect(makeUpWorkdayOn('2025-04-26')).toEqual({
      date: '2025-04-26',
      occasion: 'reunification',
      replaces: '2025-05-02',
    });
    expect(holidayOn('2024-04-29')?.kind).toBe('swap');
    expect(makeUpWorkdayOn('2024-05-04')?.replaces).toBe('2024-04-29');
    expect(holidayOn('2026-01-02')?.workedOn).toBe('2026-01-10');
    expect(makeUpWorkdaysOf(2026).map((day) => day.date)).toEqual(['2026-01-10']);
    expect(makeUpWorkdayOn('2026-01-17')).toBeUndefined();
    for (const year of years)
      for (const day of makeUpWorkdaysOf(year)) expect(dayOfWeek(day.date)).toBe(6);
  });

  it('never puts a compensatory or swapped day on a weekend', () => {
    for (const year of years)
      for (const day of holidaysOf(year))
        if (day.kind !== 'holiday') expect(isWeekend(day.date), day.date).toBe(false);
  });

  it('names a holiday in either language through messages', () => {
    const t = (key: string, params?: Record<string, string | number>) =>
      params ? `${key}(${JSON.stringify(params)})` : key;
    expect(holidayLabel({ occasion: 'tet', kind: 'holiday' }, t)).toBe('pipeline.holiday.tet');
    expect(holidayLabel({ occasion: 'nationalDay', kind: 'compensatory' }, t)).toBe(
      'pipeline.holiday.compensatory({"name":"pipeline.holiday.nationalDay"})',
    );
    expect(holidayLabel({ occasion: 'newYear', kind: 'swap' }, t)).toBe(
      'pipeline.holiday.swap({"name":"pipeline.holiday.newYear"})',
    );
  });
});
