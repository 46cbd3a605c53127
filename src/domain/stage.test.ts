import { describe, expect, it } from 'vitest';
import type { Milestones } from './entities';
import { MILESTONE_CHAIN } from './milestone-chain';
import { STAGES, type Stage } from './pipeline-types';
import { deriveStage, isAdmitted } from './stage';

// The milestones someone at each stage has reached, in order of the procedure: the first steps
// of the chain, each with its date.
const DATES: Record<(typeof MILESTONE_CHAIN)[number], string> = {
  sourcedOn: '2024-01-10',
  awarenessCertOn: '2024-03-01',
  applicationOn: '2024-04-01',
  cellResolutionOn: '2024-06-03',
  decisionOn: '2024-07-01',
  admittedOn: '2024-08-01',
  officialOn: '2025-08-01',
};
const upTo = (steps: number): Partial<Milestones> =>
  Object.fromEntries(MILESTONE_CHAIN.slice(0, steps).map((key) => [key, DATES[key]]));
const reached: Record<Exclude<Stage, 'removed'>, Partial<Milestones>> = {
  source: upTo(1),
  certified: upTo(2),
  applied: upTo(3),
  resolved: upTo(4),
  decided: upTo(5),
  probation: upTo(6),
  official: upTo(7),
};

describe('deriveStage', () => {
  it('names every stage in order', () => {
    expect(STAGES).toEqual([
      'source',
      'certified',
      'applied',
      'resolved',
      'decided',
      'probation',
      'official',
      'removed',
    ]);
  });

  it('follows the latest milestone reached', () => {
    for (const [stage, milestones] of Object.entries(reached))
      expect(deriveStage(milestones), stage).toBe(stage);
  });

  it('puts someone with no milestone in the source', () => {
    expect(deriveStage({})).toBe('source');
    expect(
      deriveStage({
        sourcedOn: null,
        awarenessCertOn: null,
        applicationOn: null,
        cellResolutionOn: null,
        decisionOn: null,
        admittedOn: null,
        officialOn: null,
        removedOn: null,
      }),
    ).toBe('source');
  });

  it('uses the latest milestone even when earlier ones are missing (old records)', () => {
    expect(deriveStage({ admittedOn: '2010-05-19' })).toBe('probation');
    expect(deriveStage({ officialOn: '2011-05-19' })).toBe('official');
    expect(deriveStage({ cellResolutionOn: '2026-01-05' })).toBe('resolved');
  });

  it('ends the way at removal, whatever came before', () => {
    for (const milestones of Object.values(reached))
      expect(deriveStage({ ...milestones, removedOn: '2026-01-01' })).toBe('removed');
  });
});

describe('isAdmitted', () => {
  it('is true from the ceremony on, struck off or not', () => {
    expect(isAdmitted(reached.decided)).toBe(false);
    expect(isAdmitted(reached.probation)).toBe(true);
    expect(isAdmitted(reached.official)).toBe(true);
    expect(isAdmitted({ ...reached.probation, removedOn: '2025-01-01' })).toBe(true);
    expect(isAdmitted({ ...reached.resolved, removedOn: '2025-01-01' })).toBe(false);
  });
});
