import { describe, expect, it } from 'vitest';
import { MILESTONE_KEYS } from '@/domain/code-lists';
import { MILESTONE_CHAIN } from '@/domain/milestone-chain';
import { milestonesShown } from './milestones-shown';

const none = new Set<never>();

describe('milestonesShown', () => {
  it('a new person: only the first step', () => {
    expect(milestonesShown({}, none, false)).toEqual(['sourcedOn']);
  });

  it('dated steps, the gaps before the last one, and the next step', () => {
    expect(
      milestonesShown({ sourcedOn: '2025-01-02', applicationOn: '2025-05-06' }, none, false),
    ).toEqual(['sourcedOn', 'awarenessCertOn', 'applicationOn', 'cellResolutionOn']);
  });

  it('an admitted member: up to the official recognition, not the removal', () => {
    const values = {
      sourcedOn: '2024-01-02',
      awarenessCertOn: '2024-03-04',
      applicationOn: '2024-05-06',
      cellResolutionOn: '2024-07-08',
      decisionOn: '2024-08-09',
      admittedOn: '2024-09-02',
    };
    expect(milestonesShown(values, none, false)).toEqual([...MILESTONE_CHAIN]);
  });

  it('a dated removal and a field with an error are always shown', () => {
    expect(
      milestonesShown({ removedOn: '2025-02-03' }, new Set(['decisionOn'] as const), false),
    ).toEqual(['sourcedOn', 'decisionOn', 'removedOn']);
  });

  it('"more" shows every milestone', () => {
    expect(milestonesShown({}, none, true)).toEqual([...MILESTONE_KEYS]);
  });
});
