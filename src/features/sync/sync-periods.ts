// The periods the province's sync board can be looked at by: quarters (the reporting rhythm of
// the units) and whole years. The current quarter comes first: it is the default.
import { parts, type IsoDate } from '@/domain/dates';
import type { Period } from '@/domain/indicator-types';
import { QUARTER_NUMERALS, quarterPeriod, yearsPeriod } from '@/domain/periods';
import type { MessageKey } from '@/i18n/messages';

export interface PeriodOption {
  id: string;
  /** An i18n key and its parameters. */
  label: { key: MessageKey; params: Record<string, string | number> };
  period: Period;
}

function quarterOption(year: number, quarter: number, current: boolean): PeriodOption {
  return {
    id: `${year}-q${quarter + 1}`,
    label: {
      key: current ? 'sync.board.period.currentQuarter' : 'sync.board.period.quarter',
      params: { quarter: QUARTER_NUMERALS[quarter] ?? '', year },
    },
    period: quarterPeriod(year, quarter + 1),
  };
}

function yearOption(year: number): PeriodOption {
  return {
    id: `${year}`,
    label: { key: 'sync.board.period.year', params: { year } },
    period: yearsPeriod(year, year),
  };
}

/** This quarter, the three before it, this year and last year. */
export function periodOptions(today: IsoDate): PeriodOption[] {
  const { year, month } = parts(today);
  const quarter = Math.floor((month - 1) / 3);
  const quarters: PeriodOption[] = [];
  for (let back = 0; back < 4; back += 1) {
    const index = year * 4 + quarter - back;
    quarters.push(quarterOption(Math.floor(index / 4), index % 4, back === 0));
  }
  return [...quarters, yearOption(year), yearOption(year - 1)];
}
