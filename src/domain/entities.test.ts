import { describe, expect, it } from 'vitest';
import {
  buildClass,
  buildMemberCount,
  buildPerson,
  buildTarget,
  buildUnit,
} from '../../test/builders';
import {
  KNOWN_FIELDS,
  dateTimeSchema,
  idSchema,
  memberCountSchema,
  newId,
  nowStamp,
  personSchema,
  targetSchema,
  tombstoneSchema,
  trainingClassSchema,
  unitSchema,
} from './entities';

/** The issues of a failed parse as [path, message] pairs. */
function issues(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  expect(result.success).toBe(false);
  return (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]);
}

function without(record: object, field: string): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
  delete copy[field];
  return copy;
}

describe('personSchema', () => {
  it('accepts a valid person unchanged', () => {
    const person = buildPerson({ religion: 'Phật giáo', nationalId: '001204012345' });
    expect(personSchema.parse(person)).toEqual(person);
  });

  it('stores optional fields that are omitted or null as null', () => {
    const person = buildPerson();
    const omitted = without(
      without(
        without(without(without(person, 'workplaceSector'), 'education'), 'nationalId'),
        'decisionNo',
      ),
      'awarenessClassId',
    );
    omitted.milestones = {};
    const parsed = personSchema.parse(omitted);
    expect(parsed.workplaceSector).toBeNull();
    expect(parsed.education).toBeNull();
    expect(parsed.nationalId).toBeNull();
    expect(parsed.decisionNo).toBeNull();
    expect(parsed.awarenessClassId).toBeNull();
    expect(parsed.milestones).toEqual({
      sourcedOn: null,
      awarenessCertOn: null,
      applicationOn: null,
      cellResolutionOn: null,
      decisionOn: null,
      admittedOn: null,
      officialOn: null,
      removedOn: null,
    });
    expect(
      personSchema.parse({ ...person, education: null, newMemberClassId: null }).education,
    ).toBeNull();
  });

  it('stores names in NFC with white space cleaned', () => {
    const parsed = personSchema.parse(
      buildPerson({
        fullName: '  Nguyễn   Thị\tHồng '.normalize('NFD'),
        decisionNo: ' 125-QĐ/ĐU '.normalize('NFD'),
      }),
    );
    expect(parsed.fullName).toBe('Nguyễn Thị Hồng');
    expect(parsed.fullName).toBe(parsed.fullName.normalize('NFC'));
    expect(parsed.decisionNo).toBe('125-QĐ/ĐU');
  });

  it('stores an alias ethnicity or religion as its official name', () => {
    expect(personSchema.parse(buildPerson({ ethnicity: 'khmer' })).ethnicity).toBe('Khơ-me');
    expect(personSchema.parse(buildPerson({ ethnicity: "H'Mông" })).ethnicity).toBe('HMông');
    expect(personSchema.parse(buildPerson({ ethnicity: 'Tày'.normalize('NFD') })).ethnicity).toBe(
      'Tày',
    );
    expect(personSchema.parse(buildPerson({ religion: 'Thiên Chúa giáo' })).religion).toBe(
      'Công giáo',
    );
  });

  it('refuses a CCCD that is not 12 digits', () => {
    expect(issues(personSchema.safeParse(buildPerson({ nationalId: '12345' })))).toEqual([
      ['nationalId', 'validation.nationalId'],
    ]);
    expect(issues(personSchema.safeParse(buildPerson({ nationalId: '00120401234X' })))).toEqual([
      ['nationalId', 'validation.nationalId'],
    ]);
    expect(issues(personSchema.safeParse({ ...buildPerson(), nationalId: 1204012345 }))).toEqual([
      ['nationalId', 'validation.nationalId'],
    ]);
  });

  it('refuses a date that does not exist, wherever it is', () => {
    expect(issues(personSchema.safeParse(buildPerson({ birthDate: '2023-02-30' })))).toEqual([
      ['birthDate', 'validation.date'],
    ]);
    expect(
      issues(
        personSchema.safeParse(buildPerson({ milestones: { cellResolutionOn: '2025-02-29' } })),
      ),
    ).toEqual([['milestones.cellResolutionOn', 'validation.date']]);
    expect(issues(personSchema.safeParse(buildPerson({ birthDate: '10/05/2000' })))).toEqual([
      ['birthDate', 'validation.date'],
    ]);
  });

  it('refuses a value outside its code list', () => {
    expect(issues(personSchema.safeParse({ ...buildPerson(), gender: 'other' }))).toEqual([
      ['gender', 'validation.enum'],
    ]);
    expect(issues(personSchema.safeParse({ ...buildPerson(), occupation: 'teacher' }))).toEqual([
      ['occupation', 'validation.enum'],
    ]);
    expect(issues(personSchema.safeParse({ ...buildPerson(), education: 'phd' }))).toEqual([
      ['education', 'validation.enum'],
    ]);
    expect(issues(personSchema.safeParse(buildPerson({ ethnicity: 'Việt Kiều' })))).toEqual([
      ['ethnicity', 'validation.ethnicity'],
    ]);
    expect(issues(personSchema.safeParse(buildPerson({ religion: 'Đạo Mẫu' })))).toEqual([
      ['religion', 'validation.religion'],
    ]);
  });

  it('reports each missing required field as validation.required at its path', () => {
    const person = buildPerson();
    for (const field of [
      'id',
      'updatedAt',
      'unitId',
      'fullName',
      'gender',
      'birthDate',
      'ethnicity',
      'religion',
      'youthUnion',
      'occupation',
      'milestones',
    ] as const)
      expect(issues(personSchema.safeParse(without(person, field))), field).toEqual([
        [field, 'validation.required'],
      ]);
    expect(issues(personSchema.safeParse(buildPerson({ fullName: '   ' })))).toEqual([
      ['fullName', 'validation.required'],
    ]);
  });

  it('reports a value of the wrong type with a message key, never zod’s English text', () => {
    const wrong = {
      ...buildPerson(),
      fullName: 42,
      youthUnion: 'yes',
      milestones: { admittedOn: 20240101 },
    };
    expect(issues(personSchema.safeParse(wrong))).toEqual([
      ['fullName', 'validation.type'],
      ['youthUnion', 'validation.boolean'],
      ['milestones.admittedOn', 'validation.date'],
    ]);
  });

  it('refuses ids that are not UUIDs and stamps without an offset', () => {
    expect(issues(personSchema.safeParse(buildPerson({ unitId: 'chi-bo-1' })))).toEqual([
      ['unitId', 'validation.uuid'],
    ]);
    expect(
      issues(personSchema.safeParse(buildPerson({ updatedAt: '2026-01-01T00:00:00' }))),
    ).toEqual([['updatedAt', 'validation.dateTime']]);
  });
});

describe('the other records', () => {
  it('accepts the builders’ records', () => {
    for (const [schema, record] of [
      [unitSchema, buildUnit()],
      [trainingClassSchema, buildClass()],
      [targetSchema, buildTarget()],
      [memberCountSchema, buildMemberCount()],
    ] as const)
      expect(schema.parse(record)).toEqual(record);
  });

  it('requires parentId on a unit, null for the root', () => {
    expect(issues(unitSchema.safeParse(without(buildUnit(), 'parentId')))).toEqual([
      ['parentId', 'validation.required'],
    ]);
    expect(
      unitSchema.parse(without(without(buildUnit(), 'closedOn'), 'successorId')).closedOn,
    ).toBeNull();
  });

  it('keeps a class ending before it starts out, and counts whole', () => {
    expect(
      issues(
        trainingClassSchema.safeParse(buildClass({ startOn: '2026-03-06', endOn: '2026-03-02' })),
      ),
    ).toEqual([['endOn', 'validation.endBeforeStart']]);
    expect(issues(trainingClassSchema.safeParse(buildClass({ attendeeCount: -1 })))).toEqual([
      ['attendeeCount', 'validation.nonNegative'],
    ]);
    expect(issues(trainingClassSchema.safeParse(buildClass({ attendeeCount: 1.5 })))).toEqual([
      ['attendeeCount', 'validation.integer'],
    ]);
  });

  it('checks the years of a target', () => {
    expect(issues(targetSchema.safeParse(buildTarget({ fromYear: 2025, toYear: 2023 })))).toEqual([
      ['toYear', 'validation.toYearBeforeFromYear'],
    ]);
    expect(issues(targetSchema.safeParse(buildTarget({ fromYear: 1900 })))).toEqual([
      ['fromYear', 'validation.year'],
    ]);
    expect(issues(memberCountSchema.safeParse({ ...buildMemberCount(), total: '250' }))).toEqual([
      ['total', 'validation.integer'],
    ]);
  });

  it('checks tombstones', () => {
    const tombstone = { type: 'person', id: newId(), deletedAt: '2026-01-01T08:00:00+07:00' };
    expect(tombstoneSchema.parse(tombstone)).toEqual(tombstone);
    expect(issues(tombstoneSchema.safeParse({ ...tombstone, type: 'people' }))).toEqual([
      ['type', 'validation.enum'],
    ]);
  });

  it('lists the known fields of each record type', () => {
    expect(KNOWN_FIELDS.person).toContain('milestones');
    expect(KNOWN_FIELDS.unit).toContain('successorId');
    expect(KNOWN_FIELDS.class).toEqual(Object.keys(buildClass()));
    expect(KNOWN_FIELDS.target).toEqual(Object.keys(buildTarget()));
  });

  it('makes ids and stamps its own schemas accept', () => {
    expect(idSchema.safeParse(newId()).success).toBe(true);
    expect(newId()).not.toBe(newId());
    expect(nowStamp(new Date('2026-11-28T02:00:00Z'))).toBe('2026-11-28T02:00:00.000Z');
    expect(dateTimeSchema.safeParse(nowStamp()).success).toBe(true);
    for (const valid of [
      '2026-11-28T09:00+07:00',
      '2026-11-28T09:00:59.123Z',
      '2024-02-29T23:59:00-05:00',
    ])
      expect(dateTimeSchema.safeParse(valid).success, valid).toBe(true);
    for (const invalid of [
      '2026-02-30T00:00:00Z',
      '2026-11-28T24:00:00Z',
      '2026-11-28T09:60:00Z',
      '2026-11-28T09:00:60Z',
      '2026-11-28 09:00:00Z',
      '2026-11-28',
    ])
      expect(issues(dateTimeSchema.safeParse(invalid)), invalid).toEqual([
        ['', 'validation.dateTime'],
      ]);
  });
});
