import { describe, expect, it } from 'vitest';
import { buildClass, buildPerson } from '../../test/builders';
import { fileQualityCounts } from './quality-file';

describe("the checks a file's records would add", () => {
  it('counts the per-person checks, duplicates within the file and its classes', () => {
    const klass = buildClass({ attendeeCount: 1, startOn: '2026-03-02', endOn: '2026-03-06' });
    const people = [
      buildPerson({ fullName: 'A', nationalId: '001200000001', awarenessClassId: klass.id }),
      buildPerson({ fullName: 'B', nationalId: '001200000001', awarenessClassId: klass.id }),
      buildPerson({
        fullName: 'C',
        birthDate: '2009-01-01',
        milestones: { cellResolutionOn: '2026-06-01' },
      }),
      buildPerson({
        fullName: 'D',
        newMemberClassId: klass.id,
        decisionNo: '1',
        milestones: {
          cellResolutionOn: '2025-01-01',
          decisionOn: '2025-02-01',
          admittedOn: '2026-04-01',
        },
      }),
    ];
    expect(fileQualityCounts(people, [klass], '2026-11-28')).toEqual({
      duplicateNationalId: 1,
      ageAtVote: 1,
      classOverfull: 1,
      classImpossible: 1,
    });
    expect(fileQualityCounts([], [], '2026-11-28')).toEqual({});
  });
});
