// Age at the chi bộ vote: from 18 to 60, counted in months (Điều lệ Đảng; the guidance of each
// rule set: "tuổi đời tính theo tháng" — someone born in March 2008 is 18 from March 2026, any
// day of it, and over 60 from the month after their 60th birthday's). Older people need the
// provincial committee's decision, which this app does not track. The limits come from the rule
// set in force on the day of the vote (rule-sets.ts).
import { daysInMonth, fromParts, parts, type IsoDate } from './dates';
import { ageInMonths, ruleSetOn } from './rule-sets';

/** Whether the age at the vote, in months, lies within the limits of the rules of that day. */
export function isAgeEligible(birthDate: IsoDate, voteDate: IsoDate): boolean {
  const rules = ruleSetOn(voteDate);
  const months = ageInMonths(birthDate, voteDate);
  return months >= rules.minAgeMonths && months <= rules.maxAgeMonths;
}

/** The first day of the month at the start of which `months` of age are reached. */
function monthStart(birthDate: IsoDate, months: number): { year: number; month: number } {
  const birth = parts(birthDate);
  const index = birth.year * 12 + (birth.month - 1) + months;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The first day on which the age is 18 by the rules of today's set (the month of the birthday). */
export function eligibleFrom(birthDate: IsoDate, on: IsoDate = birthDate): IsoDate {
  const { year, month } = monthStart(birthDate, ruleSetOn(on).minAgeMonths);
  return fromParts(year, month, 1);
}

/** The last day on which the age is still within 60 (the end of the month of the 60th birthday). */
export function eligibleUntil(birthDate: IsoDate, on: IsoDate = birthDate): IsoDate {
  const { year, month } = monthStart(birthDate, ruleSetOn(on).maxAgeMonths);
  return fromParts(year, month, daysInMonth(year, month));
}
