// The secretary's four figures for the current year: from the aggregates (the page), or from the
// people of the scope (the reference the aggregates are tested against).
import { STAGE_COUNT, type UnitStatsBlock } from '@/domain/admission-stats';
import { yearOf } from '@/domain/dates';
import type { Milestones } from '@/domain/entities';
import { STAGES, type Stage } from '@/domain/pipeline-types';

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

/**
 * The same figures from the aggregates: the year's admissions and officials already counted for
 * the scope, and the people by stage of each unit (unitStats). `people` says whether the scope
 * holds anyone at all.
 */
export function homeFiguresOfAggregates(
  unitStats: readonly UnitStatsBlock[],
  inScope: (unitId: string) => boolean,
  counts: { admittedThisYear: number; officialThisYear: number },
): HomeFigures & { people: number } {
  const figures = { ...counts, candidatesNow: 0, inProbationNow: 0, people: 0 };
  for (const block of unitStats) {
    block.units.forEach((unitId, unit) => {
      if (!inScope(unitId)) return;
      STAGES.forEach((stage, index) => {
        const count = block.stages[unit * STAGE_COUNT + index] ?? 0;
        figures.people += count;
        if (CANDIDATE_STAGES.has(stage)) figures.candidatesNow += count;
        if (stage === 'probation') figures.inProbationNow += count;
      });
    });
  }
  return figures;
}
