// Age at the chi bộ vote: from 18 to 60 (Điều lệ Đảng; Quy định 232-QĐ/TW 2025). Age is counted
// in full years, as ageOn does: someone is 60 until the day before their 61st birthday.
// (Hướng dẫn 12-HD/BTCTW adds "tính theo tháng"; older people need the provincial committee's
// approval, which this app does not track.)
import { addDays, addYears, ageOn, type IsoDate } from './dates';

export const MIN_AGE = 18;
export const MAX_AGE = 60;

/** Age in full years at the vote between 18 and 60 inclusive. */
export function isAgeEligible(birthDate: IsoDate, voteDate: IsoDate): boolean {
  const age = ageOn(birthDate, voteDate);
  return age >= MIN_AGE && age <= MAX_AGE;
}

/** The 18th birthday (28/02 in a common year for someone born on 29/02). */
export function eligibleFrom(birthDate: IsoDate): IsoDate {
  return addYears(birthDate, MIN_AGE);
}

/** The last day on which the age is still 60: the day before the 61st birthday. */
export function eligibleUntil(birthDate: IsoDate): IsoDate {
  return addDays(addYears(birthDate, MAX_AGE + 1), -1);
}
