import { describe, expect, it } from 'vitest';
import { deriveStage } from '@/domain/stage';
import { aggregateRowsOf } from '@/db/aggregates';
import { buildPerson, buildUnit, type PersonOverrides } from '../../../test/builders';
import { homeFigures, homeFiguresOfAggregates } from './home-figures';

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

describe('homeFiguresOfAggregates', () => {
  it('gives the stages now as homeFigures does from the people, for the units in scope', () => {
    const units = [buildUnit(), buildUnit()];
    const milestones: PersonOverrides['milestones'][] = [
      { sourcedOn: '2025-03-01' },
      { decisionOn: '2026-04-01' },
      { admittedOn: '2026-05-19' },
      { admittedOn: '2025-02-01', officialOn: '2026-02-02' },
      { admittedOn: '2024-01-01', removedOn: '2025-01-01' },
    ];
    const people = units.flatMap((unit) => milestones.map((m) => ({ ...row(m), unitId: unit.id })));
    const { unitStats } = aggregateRowsOf(people);
    const inScope = (unitId: string) => unitId === units[0]?.id;
    const mine = people.filter((person) => inScope(person.unitId));
    const expected = homeFigures(mine, 2026);
    expect(
      homeFiguresOfAggregates(unitStats, inScope, {
        admittedThisYear: expected.admittedThisYear,
        officialThisYear: expected.officialThisYear,
      }),
    ).toEqual({ ...expected, people: mine.length });
    expect(expected.candidatesNow).toBe(2);
    expect(expected.inProbationNow).toBe(1);
  });
});
