// What a demo person is drawn from, by weight: religion, occupation, education, age at the vote,
// and the day a ceremony falls on. The weights give the shares of the province's report.
import type { EducationLevel, Occupation, WorkplaceSector } from '@/domain/code-lists';

export const RELIGIONS_BY_WEIGHT: readonly (readonly [string, number])[] = [
  ['Phật giáo', 45],
  ['Công giáo', 30],
  ['Tin Lành', 8],
  ['Cao Đài', 8],
  ['Phật giáo Hòa Hảo', 7],
  ['Hồi giáo', 2],
];

export const OCCUPATIONS_BY_WEIGHT: readonly (readonly [Occupation, number])[] = [
  ['high_school_student', 3],
  ['university_student', 6],
  ['worker', 16],
  ['enterprise_manager', 3],
  ['farmer', 24],
  ['civil_servant', 27],
  ['armed_forces', 8],
  ['self_employed', 8],
  ['other', 5],
];

export const EDUCATION_BY_WEIGHT: readonly (readonly [EducationLevel, number])[] = [
  ['primary', 1],
  ['lower_secondary', 6],
  ['upper_secondary', 33],
  ['vocational', 12],
  ['college', 10],
  ['university', 35],
  ['postgraduate', 3],
];

/** Where workers and enterprise managers work: how many say, and the sectors by weight. */
export const WORKPLACES: Partial<
  Record<Occupation, { known: number; sectors: readonly (readonly [WorkplaceSector, number])[] }>
> = {
  // prettier-ignore
  worker: { known: 0.92, sectors: [['non_state', 60], ['fdi', 25], ['state', 15]] },
  // prettier-ignore
  enterprise_manager: { known: 0.95, sectors: [['non_state', 70], ['state', 15], ['fdi', 15]] },
};

/** Age bands at the chi bộ vote, by weight: most new members are young. */
export const AGE_BANDS: readonly (readonly [readonly [number, number], number])[] = [
  [[18, 30], 70],
  [[31, 40], 20],
  [[41, 50], 8],
  [[51, 59], 2],
];

/** Anniversaries on which chi bộ like to hold admission ceremonies (3/2, 19/5, 2/9, 7/11). */
export const ANNIVERSARIES = ['02-03', '05-19', '09-02', '11-07'];
