// The rules a person entered through the form must satisfy. They are stricter than the exchange
// contract (entities.ts) on purpose: a valid file from another tool is never refused for them,
// but a secretary typing a record gets every mistake pointed out on the field that holds it.
//
// Form controls give strings ('' = empty); the schema turns them into a Person without
// id/updatedAt. Messages are i18n keys (people.rule.*, validation.*), translated by the UI.
import * as z from 'zod';
import {
  EDUCATION_LEVELS,
  GENDERS,
  MILESTONE_KEYS,
  OCCUPATIONS,
  WORKPLACE_SECTORS,
  resolveEthnicity,
  resolveReligion,
  type EducationLevel,
  type Gender,
  type MilestoneKey,
  type Occupation,
  type WorkplaceSector,
} from './code-lists';
import { addMonths, ageOn, isIsoDate, localIsoDate, type IsoDate } from './dates';
import { isAgeEligible } from './eligibility';
import type { Milestones, Person } from './entities';
import { MILESTONE_CHAIN, MILESTONE_REQUIRES } from './milestone-chain';
import { cleanText } from './text';

export const FULL_NAME_MAX = 100;
export const DECISION_NO_MAX = 50;
/** Youngest age at which someone can sensibly be a candidate in the source (the vote needs 18). */
export const MIN_CANDIDATE_AGE = 16;
export const EARLIEST_BIRTH_DATE: IsoDate = '1900-01-01';

// The order of the steps lives apart (milestone-chain.ts), so that code on the first screen
// (the data checks' aggregate) can read it without Zod.
export { MILESTONE_CHAIN, MILESTONE_REQUIRES } from './milestone-chain';

/**
 * Occupations for which the workplace sector means something (code-lists.md: people who work in
 * an enterprise or agency). A student, farmer or soldier has none. A cán bộ, công chức, viên chức
 * works for the State by definition, so only 'state' is allowed for them.
 */
export const SECTOR_OCCUPATIONS: readonly Occupation[] = [
  'worker',
  'enterprise_manager',
  'civil_servant',
];

export function sectorAllowed(occupation: string): boolean {
  return (SECTOR_OCCUPATIONS as readonly string[]).includes(occupation);
}

export type MilestoneFormValues = Record<MilestoneKey, string>;

/** What the form's controls hold. */
export interface PersonFormValues {
  unitId: string;
  fullName: string;
  gender: string;
  birthDate: string;
  ethnicity: string;
  religion: string;
  youthUnion: boolean;
  occupation: string;
  workplaceSector: string;
  education: string;
  nationalId: string;
  milestones: MilestoneFormValues;
  decisionNo: string;
  /** Not edited by the form (the classes screen links them); carried through unchanged. */
  awarenessClassId: string;
  newMemberClassId: string;
  /** The place the person comes from: '' for none. */
  placeId: string;
}

export type PersonDraft = Omit<Person, 'id' | 'updatedAt'>;

const milestoneValuesSchema = z.object(
  Object.fromEntries(MILESTONE_KEYS.map((key) => [key, z.string()])) as Record<
    MilestoneKey,
    z.ZodString
  >,
);

const personFormValuesSchema = z.object({
  unitId: z.string(),
  fullName: z.string(),
  gender: z.string(),
  birthDate: z.string(),
  ethnicity: z.string(),
  religion: z.string(),
  youthUnion: z.boolean(),
  occupation: z.string(),
  workplaceSector: z.string(),
  education: z.string(),
  nationalId: z.string(),
  milestones: milestoneValuesSchema,
  decisionNo: z.string(),
  awarenessClassId: z.string(),
  newMemberClassId: z.string(),
  placeId: z.string(),
});

const includes = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

/** CCCD as typed, spaces and dots allowed between digit groups ("001 234 567 890"). */
export function normaliseNationalId(value: string): string {
  return value.replace(/[\s.]/g, '');
}

/**
 * Checks every rule and reports each broken one with its message key at the field that holds the
 * mistake (for cross-field rules: the later field). At most one message per field, the most basic
 * first (an invalid date before a date out of order).
 */
function checkPerson(values: PersonFormValues, today: IsoDate, ctx: z.RefinementCtx): void {
  const reported = new Set<string>();
  const report = (path: string[], message: string) => {
    const key = path.join('.');
    if (reported.has(key)) return;
    reported.add(key);
    ctx.addIssue({ code: 'custom', path, message });
  };

  if (values.unitId.trim() === '') report(['unitId'], 'people.rule.unitRequired');

  const fullName = cleanText(values.fullName);
  if (fullName === '') report(['fullName'], 'people.rule.fullNameRequired');
  else if (fullName.length > FULL_NAME_MAX) report(['fullName'], 'people.rule.fullNameTooLong');
  else if (/\d/.test(fullName)) report(['fullName'], 'people.rule.fullNameDigits');

  if (values.gender === '') report(['gender'], 'people.rule.genderRequired');
  else if (!includes(GENDERS, values.gender)) report(['gender'], 'validation.enum');

  let birthDate: IsoDate | null = null;
  if (values.birthDate === '') report(['birthDate'], 'people.rule.birthDateRequired');
  else if (!isIsoDate(values.birthDate)) report(['birthDate'], 'validation.date');
  else if (values.birthDate < EARLIEST_BIRTH_DATE)
    report(['birthDate'], 'people.rule.birthDateTooEarly');
  else if (values.birthDate > today) report(['birthDate'], 'people.rule.birthDateFuture');
  else if (ageOn(values.birthDate, today) < MIN_CANDIDATE_AGE)
    report(['birthDate'], 'people.rule.tooYoung');
  else birthDate = values.birthDate;

  if (cleanText(values.ethnicity) === '') report(['ethnicity'], 'people.rule.ethnicityRequired');
  else if (!resolveEthnicity(cleanText(values.ethnicity)))
    report(['ethnicity'], 'people.rule.ethnicity');

  if (cleanText(values.religion) !== '' && !resolveReligion(cleanText(values.religion)))
    report(['religion'], 'validation.religion');

  if (values.occupation === '') report(['occupation'], 'people.rule.occupationRequired');
  else if (!includes(OCCUPATIONS, values.occupation)) report(['occupation'], 'validation.enum');

  if (values.workplaceSector !== '') {
    if (!includes(WORKPLACE_SECTORS, values.workplaceSector))
      report(['workplaceSector'], 'validation.enum');
    else if (values.occupation !== '' && !sectorAllowed(values.occupation))
      report(['workplaceSector'], 'people.rule.workplaceSectorNotApplicable');
    else if (values.occupation === 'civil_servant' && values.workplaceSector !== 'state')
      report(['workplaceSector'], 'people.rule.workplaceSectorCivilServant');
  }

  if (values.education !== '' && !includes(EDUCATION_LEVELS, values.education))
    report(['education'], 'validation.enum');

  const nationalId = normaliseNationalId(values.nationalId);
  if (nationalId !== '' && !/^\d{12}$/.test(nationalId))
    report(['nationalId'], 'validation.nationalId');

  if (cleanText(values.decisionNo).length > DECISION_NO_MAX)
    report(['decisionNo'], 'people.rule.decisionNoTooLong');

  checkMilestones(values.milestones, birthDate, today, report);
}

function checkMilestones(
  milestones: MilestoneFormValues,
  birthDate: IsoDate | null,
  today: IsoDate,
  report: (path: string[], message: string) => void,
): void {
  const at = (key: MilestoneKey) => ['milestones', key];
  // Dates that are real dates; cross-field rules compare only these.
  const dates: Partial<Record<MilestoneKey, IsoDate>> = {};
  for (const key of MILESTONE_KEYS) {
    const value = milestones[key];
    if (value === '') continue;
    if (!isIsoDate(value)) {
      report(at(key), 'validation.date');
      continue;
    }
    dates[key] = value;
    if (value > today) report(at(key), 'people.rule.milestoneFuture');
    else if (birthDate && value < birthDate) report(at(key), 'people.rule.milestoneBeforeBirth');
  }

  for (const [later, earlier] of Object.entries(MILESTONE_REQUIRES) as [
    MilestoneKey,
    MilestoneKey,
  ][]) {
    if (milestones[later] !== '' && milestones[earlier] === '')
      report(at(later), `people.rule.requires.${later}`);
  }

  // Each step against the nearest earlier step dated after it.
  MILESTONE_CHAIN.forEach((key, index) => {
    const date = dates[key];
    if (!date) return;
    for (let j = index - 1; j >= 0; j -= 1) {
      const earlier = MILESTONE_CHAIN[j] as MilestoneKey;
      const earlierDate = dates[earlier];
      if (earlierDate && earlierDate > date) {
        report(at(key), `people.rule.order.${key}.${earlier}`);
        return;
      }
    }
  });

  // Removal ends the way: nothing of the procedure happens after it.
  const removedOn = dates.removedOn;
  if (removedOn) {
    for (let j = MILESTONE_CHAIN.length - 1; j >= 0; j -= 1) {
      const other = MILESTONE_CHAIN[j] as MilestoneKey;
      const otherDate = dates[other];
      if (otherDate && otherDate > removedOn) {
        report(at('removedOn'), `people.rule.order.removedOn.${other}`);
        break;
      }
    }
  }

  if (dates.admittedOn && dates.officialOn && dates.officialOn < addMonths(dates.admittedOn, 12))
    report(at('officialOn'), 'people.rule.officialTooEarly');

  if (birthDate && dates.cellResolutionOn && !isAgeEligible(birthDate, dates.cellResolutionOn))
    report(at('cellResolutionOn'), 'people.rule.ageAtVote');
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value);

function toDraft(values: PersonFormValues): PersonDraft {
  const religion = cleanText(values.religion);
  const nationalId = normaliseNationalId(values.nationalId);
  const decisionNo = cleanText(values.decisionNo);
  return {
    unitId: values.unitId,
    fullName: cleanText(values.fullName),
    gender: values.gender as Gender,
    birthDate: values.birthDate,
    ethnicity: resolveEthnicity(cleanText(values.ethnicity)) as string,
    religion: religion === '' ? null : (resolveReligion(religion) as string),
    youthUnion: values.youthUnion,
    occupation: values.occupation as Occupation,
    workplaceSector: orNull(values.workplaceSector) as WorkplaceSector | null,
    education: orNull(values.education) as EducationLevel | null,
    nationalId: nationalId === '' ? null : nationalId,
    milestones: Object.fromEntries(
      MILESTONE_KEYS.map((key) => [key, orNull(values.milestones[key])]),
    ) as Milestones,
    decisionNo: decisionNo === '' ? null : decisionNo,
    awarenessClassId: orNull(values.awarenessClassId),
    newMemberClassId: orNull(values.newMemberClassId),
    placeId: orNull(values.placeId),
  };
}

/**
 * The form's schema. `today` is read at each validation (the app may stay open past midnight);
 * tests pass a fixed day.
 */
export function createPersonFormSchema(today: () => IsoDate = () => localIsoDate()) {
  return personFormValuesSchema
    .superRefine((values, ctx) => checkPerson(values, today(), ctx))
    .transform(toDraft);
}

export const personFormSchema = createPersonFormSchema();

export function emptyMilestoneValues(): MilestoneFormValues {
  return Object.fromEntries(MILESTONE_KEYS.map((key) => [key, ''])) as MilestoneFormValues;
}

/** The form's values for a stored person (or a blank form with a few defaults). */
export function toFormValues(person?: Partial<PersonDraft>): PersonFormValues {
  const milestones = emptyMilestoneValues();
  for (const key of MILESTONE_KEYS) milestones[key] = person?.milestones?.[key] ?? '';
  return {
    unitId: person?.unitId ?? '',
    fullName: person?.fullName ?? '',
    gender: person?.gender ?? '',
    birthDate: person?.birthDate ?? '',
    ethnicity: person?.ethnicity ?? '',
    religion: person?.religion ?? '',
    youthUnion: person?.youthUnion ?? false,
    occupation: person?.occupation ?? '',
    workplaceSector: person?.workplaceSector ?? '',
    education: person?.education ?? '',
    nationalId: person?.nationalId ?? '',
    milestones,
    decisionNo: person?.decisionNo ?? '',
    awarenessClassId: person?.awarenessClassId ?? '',
    newMemberClassId: person?.newMemberClassId ?? '',
    placeId: person?.placeId ?? '',
  };
}

/** The next step of the admission chain after the latest one reached, or null when done. */
export function nextMilestone(milestones: Partial<Milestones>): MilestoneKey | null {
  if (milestones.removedOn || milestones.officialOn) return null;
  let lastReached = -1;
  MILESTONE_CHAIN.forEach((key, index) => {
    if (milestones[key]) lastReached = index;
  });
  return MILESTONE_CHAIN[lastReached + 1] ?? null;
}
