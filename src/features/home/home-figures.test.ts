import { describe, expect, it } from 'vitest';
import { deriveStage } from '@/domain/stage';
import { buildPerson, type PersonOverrides } from '../../../test/builders';
import { homeFigures } from './home-figures';

const row = (milestones: PersonOverrides['milestones']) => {
  const person = buildPerson({ milestones });
  return { ...person, stage: deriveStage(person.milestones) };
};

describe('homeFigures', () => {
  it('counts the year’s admissions and official members, and the stages now', () => {
    const people = [
      row({ sourcedOn: '2025-03-01' }),
      row({ awarenessCertOn: '2025-06-01' }),
      row({ applicationOn: '2026-01-05' }),
      row({ cellResolutionOn: '2026-03-01' }),
      row({ decisionOn: '2026-04-01' }),
      row({ admittedOn: '2026-05-19' }),
      row({ admittedOn: '2025-12-31' }),
      row({ admittedOn: '2025-02-03', officialOn: '2026-02-10' }),
      row({ admittedOn: '2024-01-01', officialOn: '2025-01-15' }),
      // Struck off during probation this year: admitted this year, but neither candidate nor member now.
      row({ admittedOn: '2026-01-02', removedOn: '2026-09-09' }),
      row({ sourcedOn: '2025-01-01', removedOn: '2026-02-02' }),
    ];
    expect(homeFigures(people, 2026)).toEqual({
      admittedThisYear: 2,
      candidatesNow: 5,
      inProbationNow: 2,
      officialThisYear: 1,
    });
  });

  it('is all zero without people', () => {
    expect(homeFigures([], 2026)).toEqual({
      admittedThisYear: 0,
      candidatesNow: 0,
      inProbationNow: 0,
      officialThisYear: 0,
    });
  });
});
