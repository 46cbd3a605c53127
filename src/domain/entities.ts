// The records of the province exchange format (../shared/exchange-format.md), as stored by the app.
// These schemas check what the contract requires and nothing more: business rules that a form
// enforces (age at the vote, milestone order) live in person-rules.ts, so that a valid file from
// another tool is never refused for them.
import * as z from 'zod';
import {
  CLASS_KINDS,
  ENTERPRISE_SECTORS,
  EDUCATION_LEVELS,
  GENDERS,
  MILESTONE_KEYS,
  OCCUPATIONS,
  PARTY_ORGANISATIONS,
  PLACE_KINDS,
  RECORD_TYPES,
  UNIT_KINDS,
  UNIT_SECTORS,
  WORKPLACE_SECTORS,
  resolveEthnicity,
  resolveReligion,
  type MilestoneKey,
} from './code-lists';
import { isIsoDate } from './dates';
import { cleanText } from './text';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Date.parse alone accepts 30/02 (it rolls over to March), so the fields are checked. */
function isRealDateTime(value: string): boolean {
  const [hours, minutes, seconds = '00'] =
    value
      .slice(11)
      .split(/[.Z+-]/)[0]
      ?.split(':') ?? [];
  return (
    isIsoDate(value.slice(0, 10)) &&
    Number(hours) <= 23 &&
    Number(minutes) <= 59 &&
    Number(seconds) <= 59 &&
    !Number.isNaN(Date.parse(value))
  );
}

/**
 * The message of a value of the wrong type: a missing one is 'validation.required', any other
 * the field's own key (zod's default English text would otherwise reach the screen).
 */
const typeError = (message: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'validation.required' : message;

export const idSchema = z
  .string({ error: typeError('validation.uuid') })
  .regex(UUID, { message: 'validation.uuid' });
export const dateTimeSchema = z
  .string({ error: typeError('validation.dateTime') })
  .regex(DATE_TIME, { message: 'validation.dateTime', abort: true })
  .refine(isRealDateTime, { message: 'validation.dateTime' });
export const isoDateSchema = z
  .string({ error: typeError('validation.date') })
  .refine(isIsoDate, { message: 'validation.date' });

/** Absent optional fields may be omitted or null; both are stored as null. */
const optionalNullable = <T extends z.ZodType>(schema: T) =>
  schema.nullish().transform((value) => value ?? null);

/** Text that may not be empty once cleaned (spaces trimmed and collapsed, NFC). */
export const textSchema = z
  .string({ error: typeError('validation.type') })
  .transform(cleanText)
  .pipe(z.string().min(1, { message: 'validation.required' }));
/** Text that may be empty (a decision number, a document reference). */
export const noteSchema = z.string({ error: typeError('validation.type') }).transform(cleanText);
export const booleanSchema = z.boolean({ error: typeError('validation.boolean') });
/** A number of people or places: a whole number, 0 or more. */
export const countSchema = z
  .number({ error: typeError('validation.integer') })
  .int({ message: 'validation.integer' })
  .min(0, { message: 'validation.nonNegative' });

export const unitSchema = z.object({
  id: idSchema,
  updatedAt: dateTimeSchema,
  code: textSchema,
  name: textSchema,
  kind: z.enum(UNIT_KINDS, { error: typeError('validation.enum') }),
  parentId: idSchema.nullable(),
  sector: optionalNullable(z.enum(UNIT_SECTORS, { message: 'validation.enum' })),
  openedOn: optionalNullable(isoDateSchema),
  closedOn: optionalNullable(isoDateSchema),
  successorId: optionalNullable(idSchema),
});
export type Unit = z.output<typeof unitSchema>;

export const ethnicitySchema = z
  .string({ error: typeError('validation.ethnicity') })
  .transform((value, ctx) => {
    const name = resolveEthnicity(value);
    if (!name) {
      ctx.addIssue({ code: 'custom', message: 'validation.ethnicity' });
      return z.NEVER;
    }
    return name;
  });

export const religionSchema = z
  .string({ error: typeError('validation.religion') })
  .nullable()
  .transform((value, ctx) => {
    if (value === null) return null;
    const name = resolveReligion(value);
    if (!name) {
      ctx.addIssue({ code: 'custom', message: 'validation.religion' });
      return z.NEVER;
    }
    return name;
  });

export const nationalIdSchema = z
  .string({ error: typeError('validation.nationalId') })
  .regex(/^\d{12}$/, { message: 'validation.nationalId' });

const milestoneShape = Object.fromEntries(
  MILESTONE_KEYS.map((key) => [key, optionalNullable(isoDateSchema)]),
) as Record<MilestoneKey, ReturnType<typeof optionalNullable<typeof isoDateSchema>>>;

export const milestonesSchema = z.object(milestoneShape, { error: typeError('validation.type') });
export type Milestones = Record<MilestoneKey, string | null>;

export const personSchema = z.object({
  id: idSchema,
  updatedAt: dateTimeSchema,
  unitId: idSchema,
  fullName: textSchema,
  gender: z.enum(GENDERS, { error: typeError('validation.enum') }),
  birthDate: isoDateSchema,
  ethnicity: ethnicitySchema,
  religion: religionSchema,
  youthUnion: booleanSchema,
  occupation: z.enum(OCCUPATIONS, { error: typeError('validation.enum') }),
  workplaceSector: optionalNullable(z.enum(WORKPLACE_SECTORS, { message: 'validation.enum' })),
  education: optionalNullable(z.enum(EDUCATION_LEVELS, { message: 'validation.enum' })),
  nationalId: optionalNullable(nationalIdSchema),
  milestones: milestonesSchema,
  decisionNo: optionalNullable(noteSchema),
  awarenessClassId: optionalNullable(idSchema),
  newMemberClassId: optionalNullable(idSchema),
  /** The place the person comes from (added 2026-12): hamlet, school or enterprise. */
  placeId: optionalNullable(idSchema),
});
export type Person = z.output<typeof personSchema>;

export const trainingClassSchema = z
  .object({
    id: idSchema,
    updatedAt: dateTimeSchema,
    unitId: idSchema,
    kind: z.enum(CLASS_KINDS, { error: typeError('validation.enum') }),
    title: textSchema,
    startOn: isoDateSchema,
    endOn: isoDateSchema,
    attendeeCount: countSchema,
  })
  .refine((value) => value.endOn >= value.startOn, {
    message: 'validation.endBeforeStart',
    path: ['endOn'],
  });
export type TrainingClass = z.output<typeof trainingClassSchema>;

export const yearSchema = z
  .number({ error: typeError('validation.integer') })
  .int({ message: 'validation.integer' })
  .min(1930, { message: 'validation.year' })
  .max(2200, { message: 'validation.year' });

export const targetSchema = z
  .object({
    id: idSchema,
    updatedAt: dateTimeSchema,
    unitId: idSchema,
    fromYear: yearSchema,
    toYear: yearSchema,
    admissions: countSchema,
    document: optionalNullable(noteSchema),
  })
  .refine((value) => value.toYear >= value.fromYear, {
    message: 'validation.toYearBeforeFromYear',
    path: ['toYear'],
  });
export type Target = z.output<typeof targetSchema>;

export const memberCountSchema = z.object({
  id: idSchema,
  updatedAt: dateTimeSchema,
  unitId: idSchema,
  year: yearSchema,
  total: countSchema,
});
export type MemberCount = z.output<typeof memberCountSchema>;

/** A residential area, a school with grade 12 or an enterprise that a unit answers for. */
export const placeSchema = z.object({
  id: idSchema,
  updatedAt: dateTimeSchema,
  unitId: idSchema,
  kind: z.enum(PLACE_KINDS, { error: typeError('validation.enum') }),
  name: textSchema,
  code: optionalNullable(noteSchema),
  enterpriseSector: optionalNullable(z.enum(ENTERPRISE_SECTORS, { message: 'validation.enum' })),
  openedOn: optionalNullable(isoDateSchema),
  closedOn: optionalNullable(isoDateSchema),
  successorId: optionalNullable(idSchema),
});
export type Place = z.output<typeof placeSchema>;

/** The figures of a place for one year (at most one per place and year). */
export const placeFigureSchema = z.object({
  id: idSchema,
  updatedAt: dateTimeSchema,
  placeId: idSchema,
  year: yearSchema,
  households: optionalNullable(countSchema),
  grade12Students: optionalNullable(countSchema),
  workers: optionalNullable(countSchema),
  partyMembers: optionalNullable(countSchema),
  partyOrganisation: optionalNullable(z.enum(PARTY_ORGANISATIONS, { message: 'validation.enum' })),
  tradeUnion: optionalNullable(booleanSchema),
});
export type PlaceFigure = z.output<typeof placeFigureSchema>;

export const tombstoneSchema = z.object({
  type: z.enum(RECORD_TYPES, { error: typeError('validation.enum') }),
  id: idSchema,
  deletedAt: dateTimeSchema,
});
export type Tombstone = z.output<typeof tombstoneSchema>;

/** Fields each record type has in the contract (for reporting unknown fields as warnings). */
export const KNOWN_FIELDS = {
  unit: Object.keys(unitSchema.shape),
  person: Object.keys(personSchema.shape),
  class: Object.keys(trainingClassSchema.shape),
  target: Object.keys(targetSchema.shape),
  memberCount: Object.keys(memberCountSchema.shape),
  place: Object.keys(placeSchema.shape),
  placeFigure: Object.keys(placeFigureSchema.shape),
} as const;

export { newId, nowStamp } from './ids';
