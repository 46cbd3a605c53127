import { describe, expect, it } from 'vitest';
import {
  createPersonFormSchema,
  nextMilestone,
  toFormValues,
  type PersonFormValues,
} from './person-rules';

const TODAY = '2026-11-28';
const schema = createPersonFormSchema(() => TODAY);

function valid(overrides: Partial<PersonFormValues> = {}): PersonFormValues {
  const base = toFormValues();
  return {
    ...base,
    unitId: '00000000-0000-4000-8000-000000000001',
    fullName: 'Nguyễn Văn An',
    gender: 'male',
    birthDate: '2000-05-10',
    ethnicity: 'Kinh',
    occupation: 'farmer',
    ...overrides,
    milestones: { ...base.milestones, ...overrides.milestones },
  };
}

/** The message keys by path ('milestones.admittedOn'), or {} when valid. */
function errorsOf(values: PersonFormValues): Record<string, string> {
  const result = schema.safeParse(values);
  if (result.success) return {};
  const out: Record<string, string> = {};
  for (const issue of result.error.issues) out[issue.path.join('.')] ??= issue.message;
  return out;
}

const fullChain = {
  sourcedOn: '2024-01-15',
  awarenessCertOn: '2024-03-20',
  applicationOn: '2024-05-02',
  cellResolutionOn: '2024-07-10',
  decisionOn: '2024-08-20',
  admittedOn: '2024-09-02',
  officialOn: '2025-09-03',
};

const milestones = (overrides: Partial<PersonFormValues['milestones']>) => ({
  ...toFormValues().milestones,
  ...overrides,
});

describe('personFormSchema: valid input', () => {
  it('accepts a minimal candidate and stores empties as null', () => {
    const result = schema.parse(valid());
    expect(result).toMatchObject({
      fullName: 'Nguyễn Văn An',
      religion: null,
      workplaceSector: null,
      education: null,
      nationalId: null,
      decisionNo: null,
      awarenessClassId: null,
    });
    expect(Object.values(result.milestones).every((value) => value === null)).toBe(true);
  });

  it('accepts a member with every step of the chain', () => {
    const result = schema.parse(
      valid({ milestones: { ...toFormValues().milestones, ...fullChain }, decisionNo: '12-QĐ/ĐU' }),
    );
    expect(result.milestones.officialOn).toBe('2025-09-03');
    expect(result.decisionNo).toBe('12-QĐ/ĐU');
  });

  it('cleans the name to NFC with single spaces', () => {
    const result = schema.parse(valid({ fullName: '  Trần   Thị  Bình '.normalize('NFD') }));
    expect(result.fullName).toBe('Trần Thị Bình');
  });

  it('stores an ethnicity alias as the official name', () => {
    expect(schema.parse(valid({ ethnicity: 'Khmer' })).ethnicity).toBe('Khơ-me');
    expect(schema.parse(valid({ ethnicity: "h'mông" })).ethnicity).toBe('HMông');
  });

  it('stores a religion alias as the official name', () => {
    expect(schema.parse(valid({ religion: 'Thiên Chúa giáo' })).religion).toBe('Công giáo');
  });

  it('accepts a CCCD typed in groups and keeps the digits', () => {
    expect(schema.parse(valid({ nationalId: '001 200 012 345' })).nationalId).toBe('001200012345');
  });

  it('accepts a workplace sector for a worker and a state one for a civil servant', () => {
    expect(
      schema.parse(valid({ occupation: 'worker', workplaceSector: 'fdi' })).workplaceSector,
    ).toBe('fdi');
    expect(
      schema.parse(valid({ occupation: 'civil_servant', workplaceSector: 'state' }))
        .workplaceSector,
    ).toBe('state');
  });

  it('accepts steps on the same day (ceremony on the day of the decision)', () => {
    const milestones = {
      ...toFormValues().milestones,
      cellResolutionOn: '2026-01-05',
      decisionOn: '2026-02-02',
      admittedOn: '2026-02-02',
    };
    expect(errorsOf(valid({ milestones }))).toEqual({});
  });

  it('accepts official membership exactly 12 months after admission, end of month clamped', () => {
    const milestones = {
      ...toFormValues().milestones,
      cellResolutionOn: '2024-01-10',
      decisionOn: '2024-02-01',
      admittedOn: '2024-02-29',
      officialOn: '2025-02-28',
    };
    expect(errorsOf(valid({ milestones }))).toEqual({});
  });

  it('carries the class links through', () => {
    const id = '00000000-0000-4000-8000-0000000000aa';
    expect(schema.parse(valid({ awarenessClassId: id })).awarenessClassId).toBe(id);
  });
});

describe('personFormSchema: each field rule gives its key at its path', () => {
  it.each<[string, Partial<PersonFormValues>, string, string]>([
    ['unit missing', { unitId: '' }, 'unitId', 'people.rule.unitRequired'],
    ['name missing', { fullName: '   ' }, 'fullName', 'people.rule.fullNameRequired'],
    ['name too long', { fullName: 'A'.repeat(101) }, 'fullName', 'people.rule.fullNameTooLong'],
    ['name with digits', { fullName: 'Nguyễn Văn 2' }, 'fullName', 'people.rule.fullNameDigits'],
    ['gender missing', { gender: '' }, 'gender', 'people.rule.genderRequired'],
    ['gender unknown', { gender: 'x' }, 'gender', 'validation.enum'],
    ['birth date missing', { birthDate: '' }, 'birthDate', 'people.rule.birthDateRequired'],
    ['birth date not a date', { birthDate: '2001-02-30' }, 'birthDate', 'validation.date'],
    ['born before 1900', { birthDate: '1899-12-31' }, 'birthDate', 'people.rule.birthDateTooEarly'],
    ['born in the future', { birthDate: '2026-11-29' }, 'birthDate', 'people.rule.birthDateFuture'],
    ['younger than 16 today', { birthDate: '2010-11-29' }, 'birthDate', 'people.rule.tooYoung'],
    ['ethnicity missing', { ethnicity: ' ' }, 'ethnicity', 'people.rule.ethnicityRequired'],
    ['ethnicity unknown', { ethnicity: 'Kinh tế' }, 'ethnicity', 'people.rule.ethnicity'],
    ['religion unknown', { religion: 'Đạo lạ' }, 'religion', 'validation.religion'],
    ['occupation missing', { occupation: '' }, 'occupation', 'people.rule.occupationRequired'],
    ['occupation unknown', { occupation: 'pilot' }, 'occupation', 'validation.enum'],
    ['sector unknown', { workplaceSector: 'moon' }, 'workplaceSector', 'validation.enum'],
    [
      'sector for a farmer',
      { occupation: 'farmer', workplaceSector: 'state' },
      'workplaceSector',
      'people.rule.workplaceSectorNotApplicable',
    ],
    [
      'non-state sector for a civil servant',
      { occupation: 'civil_servant', workplaceSector: 'fdi' },
      'workplaceSector',
      'people.rule.workplaceSectorCivilServant',
    ],
    ['education unknown', { education: 'phd' }, 'education', 'validation.enum'],
    ['CCCD of 11 digits', { nationalId: '00120001234' }, 'nationalId', 'validation.nationalId'],
    ['CCCD of 13 digits', { nationalId: '0012000123456' }, 'nationalId', 'validation.nationalId'],
    ['CCCD with letters', { nationalId: '00120001234A' }, 'nationalId', 'validation.nationalId'],
    [
      'decision number too long',
      { decisionNo: 'x'.repeat(51) },
      'decisionNo',
      'people.rule.decisionNoTooLong',
    ],
  ])('%s', (_name, overrides, path, key) => {
    expect(errorsOf(valid(overrides))).toEqual({ [path]: key });
  });
});

describe('personFormSchema: a milestone date gives its key at its path', () => {
  it('rejects a milestone that is not a real date', () => {
    expect(errorsOf(valid({ milestones: milestones({ sourcedOn: '2025-13-01' }) }))).toEqual({
      'milestones.sourcedOn': 'validation.date',
    });
  });

  it('rejects a milestone in the future', () => {
    expect(errorsOf(valid({ milestones: milestones({ sourcedOn: '2026-11-29' }) }))).toEqual({
      'milestones.sourcedOn': 'people.rule.milestoneFuture',
    });
  });

  it('accepts a milestone dated today', () => {
    expect(errorsOf(valid({ milestones: milestones({ sourcedOn: TODAY }) }))).toEqual({});
  });

  it('rejects a milestone before the birth date', () => {
    expect(
      errorsOf(
        valid({ birthDate: '1990-01-01', milestones: milestones({ sourcedOn: '1989-12-31' }) }),
      ),
    ).toEqual({ 'milestones.sourcedOn': 'people.rule.milestoneBeforeBirth' });
  });
});

describe('personFormSchema: the order of the steps, the age at the vote, several mistakes', () => {
  it.each<[string, string, string]>([
    ['decisionOn', 'cellResolutionOn', 'people.rule.requires.decisionOn'],
    ['admittedOn', 'decisionOn', 'people.rule.requires.admittedOn'],
    ['officialOn', 'admittedOn', 'people.rule.requires.officialOn'],
  ])('%s requires %s', (later, earlier, key) => {
    const chain: Record<string, string> = { ...fullChain };
    chain[earlier] = '';
    // Drop what the missing step would itself require from the check, so only one rule fires.
    const errors = errorsOf(valid({ milestones: milestones(chain) }));
    expect(errors[`milestones.${later}`]).toBe(key);
  });

  it('rejects a ceremony before the admission decision, on the ceremony', () => {
    expect(
      errorsOf(
        valid({
          milestones: milestones({
            cellResolutionOn: '2026-01-05',
            decisionOn: '2026-02-10',
            admittedOn: '2026-02-09',
          }),
        }),
      ),
    ).toEqual({ 'milestones.admittedOn': 'people.rule.order.admittedOn.decisionOn' });
  });

  it.each<[string, string, string]>([
    ['awarenessCertOn', 'sourcedOn', '2024-01-14'],
    ['applicationOn', 'awarenessCertOn', '2024-03-19'],
    ['cellResolutionOn', 'applicationOn', '2024-05-01'],
    ['decisionOn', 'cellResolutionOn', '2024-07-09'],
    ['officialOn', 'admittedOn', '2024-09-01'],
  ])('rejects %s before %s', (later, earlier, date) => {
    const errors = errorsOf(valid({ milestones: milestones({ ...fullChain, [later]: date }) }));
    expect(errors[`milestones.${later}`]).toBe(`people.rule.order.${later}.${earlier}`);
  });

  it('compares with the nearest earlier step that is dated, skipping blank ones', () => {
    expect(
      errorsOf(
        valid({ milestones: milestones({ sourcedOn: '2025-06-01', applicationOn: '2025-05-01' }) }),
      ),
    ).toEqual({ 'milestones.applicationOn': 'people.rule.order.applicationOn.sourcedOn' });
  });

  it('rejects a removal dated before a step of the procedure', () => {
    expect(
      errorsOf(
        valid({
          milestones: milestones({
            sourcedOn: '2025-01-10',
            applicationOn: '2025-06-01',
            removedOn: '2025-03-01',
          }),
        }),
      ),
    ).toEqual({ 'milestones.removedOn': 'people.rule.order.removedOn.applicationOn' });
  });

  it('rejects official membership before 12 months of probation', () => {
    expect(
      errorsOf(valid({ milestones: milestones({ ...fullChain, officialOn: '2025-09-01' }) })),
    ).toEqual({ 'milestones.officialOn': 'people.rule.officialTooEarly' });
  });

  // Age is counted in months (rule-sets.ts): the month of a birthday counts whole.
  it('rejects a chi bộ vote at 17', () => {
    expect(
      errorsOf(
        valid({
          birthDate: '2008-03-15',
          milestones: milestones({ cellResolutionOn: '2026-02-28' }),
        }),
      ),
    ).toEqual({ 'milestones.cellResolutionOn': 'people.rule.ageAtVote' });
  });

  it('accepts a vote in the month of the 18th birthday and in the month of the 60th', () => {
    expect(
      errorsOf(
        valid({
          birthDate: '2008-03-15',
          milestones: milestones({ cellResolutionOn: '2026-03-01' }),
        }),
      ),
    ).toEqual({});
    expect(
      errorsOf(
        valid({
          birthDate: '1966-06-01',
          milestones: milestones({ cellResolutionOn: '2026-06-30' }),
        }),
      ),
    ).toEqual({});
  });

  it('rejects a chi bộ vote past 60', () => {
    expect(
      errorsOf(
        valid({
          birthDate: '1966-06-01',
          milestones: milestones({ cellResolutionOn: '2026-07-01' }),
        }),
      ),
    ).toEqual({ 'milestones.cellResolutionOn': 'people.rule.ageAtVote' });
  });

  it('reports several mistakes at once, each on its own field', () => {
    expect(
      errorsOf(
        valid({
          nationalId: '123',
          birthDate: '2008-03-15',
          milestones: milestones({
            cellResolutionOn: '2026-01-05',
            decisionOn: '2026-02-10',
            admittedOn: '2026-02-09',
          }),
        }),
      ),
    ).toEqual({
      nationalId: 'validation.nationalId',
      'milestones.cellResolutionOn': 'people.rule.ageAtVote',
      'milestones.admittedOn': 'people.rule.order.admittedOn.decisionOn',
    });
  });
});

describe('toFormValues and nextMilestone', () => {
  it('round-trips a stored person through the form', () => {
    const draft = schema.parse(
      valid({ milestones: { ...toFormValues().milestones, ...fullChain }, religion: 'Phật giáo' }),
    );
    expect(schema.parse(toFormValues(draft))).toEqual(draft);
  });

  it('names the step after the latest one reached', () => {
    expect(nextMilestone({})).toBe('sourcedOn');
    expect(nextMilestone({ sourcedOn: '2025-01-01', applicationOn: '2025-02-01' })).toBe(
      'cellResolutionOn',
    );
    expect(nextMilestone({ ...fullChain })).toBeNull();
    expect(nextMilestone({ sourcedOn: '2025-01-01', removedOn: '2025-02-01' })).toBeNull();
  });
});
