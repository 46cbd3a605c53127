// Vietnamese public holidays, as the days off of cán bộ, công chức, viên chức (party bodies keep
// the same calendar), which is what "ngày làm việc" in the admission procedure counts.
//
// The law: Bộ luật Lao động 2019, Điều 112 (from 2021; before that Bộ luật Lao động 2012,
// Điều 115, the same list with one day for Quốc khánh): Tết Dương lịch 1/1; Tết Âm lịch 5 days
// (the Prime Minister fixes which); Giỗ Tổ Hùng Vương 10/3 âm lịch; Ngày Chiến thắng 30/4;
// Ngày Quốc tế Lao động 1/5; Quốc khánh 2/9 plus 1 adjacent day (1/9 or 3/9) from 2021.
// A holiday on a Saturday or Sunday gives a compensatory day off on the next working day
// (khoản 3 Điều 112: nghỉ bù).
//
// Where the table comes from, honestly:
// - Tết Nguyên đán 2015–2026: the days off in the Government's yearly notices (Bộ Lao động –
//   Thương binh và Xã hội, from 2025 Bộ Nội vụ), as reported by the press at the time.
// - Swapped days (hoán đổi: a weekday off, a Saturday worked instead) for 2015, 2019, 2024,
//   2025 and 2026: from the same notices. Other years may have had swaps this table lacks.
// - Everything else is computed by the rule above: Tết 2027 onwards is the last day of the
//   lunar year and the first 4 days of the new one, plus nghỉ bù; the second Quốc khánh day is
//   chosen to join the weekend. The rule reproduces the published choices of 2021–2025; for 2026
//   (1/9, Bộ Nội vụ's notice no. 9441 of 16/10/2025) it is our best reading, not checked
//   against the notice's text.
// - Lunar dates (Tết, 10/3 âm lịch) come from the astronomical Vietnamese calendar (UTC+7,
//   Hồ Ngọc Đức's algorithm). Note 2030: Tết is 02/02/2030 in Vietnam, a day before China's.
// - Not included: Ngày Văn hóa Việt Nam 24/11, which the Politburo (Nghị quyết 80-NQ/TW on
//   culture) wants as a paid day off; it needs an amendment of Điều 112 that was not law when this was
//   written. Add it here, and each future year's published schedule, when they are announced.
import { addDays, dayOfWeek, fromParts, type IsoDate } from './dates';
import type { Translate } from './translate';

export type HolidayOccasion =
  'newYear' | 'tet' | 'hungKings' | 'reunification' | 'labour' | 'nationalDay';

/** holiday: the day itself; compensatory: nghỉ bù for one on a weekend; swap: hoán đổi. */
export type HolidayKind = 'holiday' | 'compensatory' | 'swap';

export interface Holiday {
  date: IsoDate;
  /** Vietnamese, e.g. 'Tết Nguyên đán', 'Nghỉ bù Quốc khánh'. */
  name: string;
  nameEn: string;
  occasion: HolidayOccasion;
  kind: HolidayKind;
  /** For a swapped day off: the Saturday worked in exchange. */
  workedOn?: IsoDate;
}

/** A Saturday worked in exchange for a swapped day off (a working day despite the weekend). */
export interface MakeUpWorkday {
  date: IsoDate;
  occasion: HolidayOccasion;
  /** The weekday taken off in exchange. */
  replaces: IsoDate;
}

export const HOLIDAY_YEARS = { first: 2015, last: 2040 } as const;

const OCCASION_NAMES: Record<HolidayOccasion, { vi: string; en: string }> = {
  newYear: { vi: 'Tết Dương lịch', en: "New Year's Day" },
  tet: { vi: 'Tết Nguyên đán', en: 'Lunar New Year (Tết)' },
  hungKings: { vi: 'Giỗ Tổ Hùng Vương', en: 'Hung Kings Commemoration Day' },
  reunification: { vi: 'Ngày Chiến thắng', en: 'Reunification Day' },
  labour: { vi: 'Ngày Quốc tế Lao động', en: 'International Labour Day' },
  nationalDay: { vi: 'Quốc khánh', en: 'National Day' },
};

/** Mùng 1 Tết, by the Vietnamese lunar calendar (UTC+7). */
export const LUNAR_NEW_YEAR: Readonly<Record<number, IsoDate>> = {
  2015: '2015-02-19',
  2016: '2016-02-08',
  2017: '2017-01-28',
  2018: '2018-02-16',
  2019: '2019-02-05',
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-02',
  2031: '2031-01-23',
  2032: '2032-02-11',
  2033: '2033-01-31',
  2034: '2034-02-19',
  2035: '2035-02-08',
  2036: '2036-01-28',
  2037: '2037-02-15',
  2038: '2038-02-04',
  2039: '2039-01-24',
  2040: '2040-02-12',
};

/** 10/3 âm lịch (in 2031, which has a leap third month, the first one). */
export const HUNG_KINGS_DAY: Readonly<Record<number, IsoDate>> = {
  2015: '2015-04-28',
  2016: '2016-04-16',
  2017: '2017-04-06',
  2018: '2018-04-25',
  2019: '2019-04-14',
  2020: '2020-04-02',
  2021: '2021-04-21',
  2022: '2022-04-10',
  2023: '2023-04-29',
  2024: '2024-04-18',
  2025: '2025-04-07',
  2026: '2026-04-26',
  2027: '2027-04-16',
  2028: '2028-04-04',
  2029: '2029-04-23',
  2030: '2030-04-12',
  2031: '2031-04-01',
  2032: '2032-04-19',
  2033: '2033-04-09',
  2034: '2034-04-28',
  2035: '2035-04-17',
  2036: '2036-04-06',
  2037: '2037-04-24',
  2038: '2038-04-13',
  2039: '2039-04-03',
  2040: '2040-04-20',
};

/**
 * Tết days off as the Government announced them: the weekdays off (5, the compensatory day
 * included). Weekend days between them are part of the break and listed as Tết too.
 */
const PUBLISHED_TET: Readonly<Record<number, { days: IsoDate[]; compensatory?: IsoDate[] }>> = {
  // 17/02–21/02 (29 Chạp – mùng 3), mùng 3 on a Saturday: nghỉ bù Monday 23/02.
  2015: {
    days: ['2015-02-17', '2015-02-18', '2015-02-19', '2015-02-20'],
    compensatory: ['2015-02-23'],
  },
  2016: { days: ['2016-02-08', '2016-02-09', '2016-02-10', '2016-02-11', '2016-02-12'] },
  2017: { days: ['2017-01-26', '2017-01-27', '2017-01-30', '2017-01-31', '2017-02-01'] },
  2018: { days: ['2018-02-14', '2018-02-15', '2018-02-16', '2018-02-19', '2018-02-20'] },
  2019: { days: ['2019-02-04', '2019-02-05', '2019-02-06', '2019-02-07', '2019-02-08'] },
  2020: { days: ['2020-01-23', '2020-01-24', '2020-01-27', '2020-01-28', '2020-01-29'] },
  2021: { days: ['2021-02-10', '2021-02-11', '2021-02-12', '2021-02-15', '2021-02-16'] },
  2022: { days: ['2022-01-31', '2022-02-01', '2022-02-02', '2022-02-03', '2022-02-04'] },
  2023: { days: ['2023-01-20', '2023-01-23', '2023-01-24', '2023-01-25', '2023-01-26'] },
  2024: { days: ['2024-02-08', '2024-02-09', '2024-02-12', '2024-02-13', '2024-02-14'] },
  2025: { days: ['2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'] },
  2026: { days: ['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'] },
};

/** Swaps the Government approved for civil servants: `off` is a day off, `workedOn` a Saturday worked. */
const PUBLISHED_SWAPS: readonly { off: IsoDate; workedOn: IsoDate; occasion: HolidayOccasion }[] = [
  { off: '2015-01-02', workedOn: '2014-12-27', occasion: 'newYear' },
  { off: '2015-02-16', workedOn: '2015-02-14', occasion: 'tet' },
  { off: '2015-04-29', workedOn: '2015-04-25', occasion: 'reunification' },
  { off: '2018-12-31', workedOn: '2019-01-05', occasion: 'newYear' },
  { off: '2019-04-29', workedOn: '2019-05-04', occasion: 'reunification' },
  { off: '2024-04-29', workedOn: '2024-05-04', occasion: 'reunification' },
  { off: '2025-05-02', workedOn: '2025-04-26', occasion: 'reunification' },
  { off: '2026-01-02', workedOn: '2026-01-10', occasion: 'newYear' },
];

/** The law of 2019 added the second Quốc khánh day from 2021. */
const SECOND_NATIONAL_DAY_FROM = 2021;

const isWeekend = (date: IsoDate) => {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
};

function holiday(date: IsoDate, occasion: HolidayOccasion, kind: HolidayKind): Holiday {
  const names = OCCASION_NAMES[occasion];
  if (kind === 'compensatory')
    return {
      date,
      occasion,
      kind,
      name: `Nghỉ bù ${names.vi}`,
      nameEn: `Compensatory day off (${names.en})`,
    };
  if (kind === 'swap')
    return {
      date,
      occasion,
      kind,
      name: `Nghỉ hoán đổi dịp ${names.vi}`,
      nameEn: `Swapped day off (${names.en})`,
    };
  return { date, occasion, kind, name: names.vi, nameEn: names.en };
}

/**
 * The adjacent Quốc khánh day: the one that joins 2/9 to a weekend (Monday or Thursday → 3/9,
 * Tuesday, Wednesday, Friday, Saturday → 1/9; Sunday → 3/9, so that both weekdays off follow).
 */
function secondNationalDay(year: number): IsoDate {
  const weekday = dayOfWeek(fromParts(year, 9, 2));
  return weekday === 1 || weekday === 4 || weekday === 0
    ? fromParts(year, 9, 3)
    : fromParts(year, 9, 1);
}

function holidaysOfYear(year: number): Holiday[] {
  const tetDay = LUNAR_NEW_YEAR[year];
  const hungKings = HUNG_KINGS_DAY[year];
  if (!tetDay || !hungKings) return [];

  const result: Holiday[] = [];
  // Days the law names; those on a weekend get a nghỉ bù below.
  const statutory: { date: IsoDate; occasion: HolidayOccasion }[] = [
    { date: fromParts(year, 1, 1), occasion: 'newYear' },
    { date: hungKings, occasion: 'hungKings' },
    { date: fromParts(year, 4, 30), occasion: 'reunification' },
    { date: fromParts(year, 5, 1), occasion: 'labour' },
    { date: fromParts(year, 9, 2), occasion: 'nationalDay' },
  ];
  if (year >= SECOND_NATIONAL_DAY_FROM)
    statutory.push({ date: secondNationalDay(year), occasion: 'nationalDay' });

  const published = PUBLISHED_TET[year];
  if (published) {
    // The announced schedule already places the five days; no further nghỉ bù for Tết.
    const compensatory = published.compensatory ?? [];
    const offDays = [...published.days, ...compensatory].sort();
    const first = offDays[0] as IsoDate;
    const last = offDays[offDays.length - 1] as IsoDate;
    for (let date = first; date <= last; date = addDays(date, 1)) {
      if (compensatory.includes(date)) result.push(holiday(date, 'tet', 'compensatory'));
      else if (published.days.includes(date) || isWeekend(date))
        result.push(holiday(date, 'tet', 'holiday'));
    }
  } else {
    for (let offset = -1; offset <= 3; offset += 1)
      statutory.push({ date: addDays(tetDay, offset), occasion: 'tet' });
  }

  statutory.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const taken = new Set<IsoDate>([
    ...statutory.map((day) => day.date),
    ...result.map((day) => day.date),
    ...PUBLISHED_SWAPS.map((swap) => swap.off),
  ]);
  for (const day of statutory) {
    result.push(holiday(day.date, day.occasion, 'holiday'));
    if (!isWeekend(day.date)) continue;
    let date = addDays(day.date, 1);
    while (isWeekend(date) || taken.has(date)) date = addDays(date, 1);
    taken.add(date);
    result.push(holiday(date, day.occasion, 'compensatory'));
  }
  return result;
}

let byYear: Map<number, Holiday[]> | null = null;
let byDate: Map<IsoDate, Holiday> | null = null;
let makeUpByDate: Map<IsoDate, MakeUpWorkday> | null = null;

function tables() {
  if (!byYear || !byDate || !makeUpByDate) {
    const all: Holiday[] = [];
    for (let year = HOLIDAY_YEARS.first; year <= HOLIDAY_YEARS.last; year += 1)
      all.push(...holidaysOfYear(year));
    for (const swap of PUBLISHED_SWAPS)
      all.push({ ...holiday(swap.off, swap.occasion, 'swap'), workedOn: swap.workedOn });
    all.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    byYear = new Map();
    byDate = new Map();
    for (const day of all) {
      // A compensatory day never lands on another holiday, so one entry per date suffices.
      byDate.set(day.date, day);
      const year = Number(day.date.slice(0, 4));
      const list = byYear.get(year);
      if (list) list.push(day);
      else byYear.set(year, [day]);
    }
    makeUpByDate = new Map(
      PUBLISHED_SWAPS.map((swap) => [
        swap.workedOn,
        { date: swap.workedOn, occasion: swap.occasion, replaces: swap.off },
      ]),
    );
  }
  return { byYear, byDate, makeUpByDate };
}

/** The holidays of a year, sorted by date (weekend ones included); [] outside the table. */
export function holidaysOf(year: number): Holiday[] {
  if (year < HOLIDAY_YEARS.first || year > HOLIDAY_YEARS.last) return [];
  return [...(tables().byYear.get(year) ?? [])];
}

export function holidayOn(date: IsoDate): Holiday | undefined {
  return tables().byDate.get(date);
}

/** A Saturday worked in exchange for a swapped day off, if `date` is one. */
export function makeUpWorkdayOn(date: IsoDate): MakeUpWorkday | undefined {
  return tables().makeUpByDate.get(date);
}

export function makeUpWorkdaysOf(year: number): MakeUpWorkday[] {
  return [...tables().makeUpByDate.values()]
    .filter((day) => day.date.startsWith(`${year}-`))
    .sort((a, b) => (a.date < b.date ? -1 : 1));
}

export type HolidayLabelKey =
  `pipeline.holiday.${HolidayOccasion}` | 'pipeline.holiday.compensatory' | 'pipeline.holiday.swap';

/** A holiday's name in the UI language, through the messages in messages/pipeline.ts. */
export function holidayLabel(
  day: Pick<Holiday, 'occasion' | 'kind'>,
  t: Translate<HolidayLabelKey>,
): string {
  const name = t(`pipeline.holiday.${day.occasion}`);
  if (day.kind === 'compensatory') return t('pipeline.holiday.compensatory', { name });
  if (day.kind === 'swap') return t('pipeline.holiday.swap', { name });
  return name;
}

/** Every holiday of the table, sorted (for indexes built elsewhere). */
export function allHolidays(): Holiday[] {
  return [...tables().byDate.values()];
}

export function allMakeUpWorkdays(): MakeUpWorkday[] {
  return [...tables().makeUpByDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}
