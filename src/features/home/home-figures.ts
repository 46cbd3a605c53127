// The secretary's four figures for the current year, from the people of the scope.
import { yearOf } from '@/domain/dates';
import type { Milestones } from '@/domain/entities';
import type { Stage } from '@/domain/pipeline-types';

export interface HomeFigures {
  /** Admission ceremonies held this year. */
  admittedThisYear: number;
  /** Candidates in the pipeline now: from the source up to an admission decision. */
  candidatesNow: number;
  inProbationNow: number;
  /** Recognised as official members this year. */
  officialThisYear: number;
}

const CANDIDATE_STAGES: ReadonlySet<Stage> = new Set([
  'source',
  'certified',
  'applied',
  'resolved',
  'decided',
]);

export function homeFigures(
  people: readonly { stage: Stage; milestones: Pick<Milestones, 'admittedOn' | 'officialOn'> }[],
  year: number,
): HomeFigures {
  const figures: HomeFigures = {
    admittedThisYear: 0,
    candidatesNow: 0,
    inProbationNow: 0,
    officialThisYear: 0,
  };
  for (const person of people) {
    const { admittedOn, officialOn } = person.milestones;
    if (admittedOn && yearOf(admittedOn) === year) figures.admittedThisYear += 1;
    if (officialOn && yearOf(officialOn) === year) figures.officialThisYear += 1;
    if (CANDIDATE_STAGES.has(person.stage)) figures.candidatesNow += 1;
    if (person.stage === 'probation') figures.inProbationNow += 1;
  }
  return figures;
}
