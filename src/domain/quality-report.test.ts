import { describe, expect, it } from 'vitest';
import { recordsWithProblems, type QualityItem } from './quality-report';

const person = (id: string, check: QualityItem['check']): QualityItem => ({
  check,
  unitId: 'u',
  target: { kind: 'person', id, label: id },
  detail: [],
});

describe('recordsWithProblems', () => {
  it('counts each record once, whatever the number of its findings', () => {
    expect(recordsWithProblems({ items: [] })).toBe(0);
    const items: QualityItem[] = [
      person('p1', 'ageAtVote'),
      person('p1', 'milestoneOrder'),
      person('p2', 'ageAtVote'),
      // A pair names two people, one of whom is already counted.
      {
        check: 'duplicateNationalId',
        unitId: 'u',
        target: { kind: 'pair', a: 'p2', b: 'p3', aLabel: 'B', bLabel: 'C' },
        detail: [],
      },
      {
        check: 'classOverfull',
        unitId: 'u',
        target: { kind: 'class', id: 'p1', label: 'L' },
        detail: [],
      },
      { check: 'memberCountMissing', unitId: 'u', target: { kind: 'unit', id: 'u' }, detail: [] },
      { check: 'memberCountMissing', unitId: 'u', target: { kind: 'unit', id: 'u' }, detail: [] },
    ];
    // p1, p2, p3, the class (whose id happens to equal a person's: still another record), the unit.
    expect(recordsWithProblems({ items })).toBe(5);
  });
});
