import { describe, expect, it } from 'vitest';
import { buildPerson } from '../../test/builders';
import { personSchema } from './entities';
import {
  defaultChoices,
  defaultKeep,
  differingFields,
  mergePersonRecords,
  movedLinks,
} from './person-merge';

const CLASS = '00000000-0000-4000-8000-00000000c1a5';
const PLACE = '00000000-0000-4000-8000-0000000091ac';

function pair() {
  const a = buildPerson({
    fullName: 'Nguyễn Văn An',
    updatedAt: '2026-02-01T00:00:00.000Z',
    nationalId: '001200012345',
    milestones: { sourcedOn: '2025-01-10', applicationOn: '2025-06-01' },
  });
  const b = buildPerson({
    unitId: a.unitId,
    fullName: 'Nguyễn Văn  Ân',
    updatedAt: '2026-03-01T00:00:00.000Z',
    education: 'university',
    awarenessClassId: CLASS,
    placeId: PLACE,
    milestones: { sourcedOn: '2025-01-12', awarenessCertOn: '2025-04-01' },
  });
  return { a, b };
}

describe('differingFields', () => {
  it('lists each differing field, milestones one by one, and nothing for equal values', () => {
    const { a, b } = pair();
    expect(differingFields(a, b)).toEqual([
      'fullName',
      'nationalId',
      'education',
      'milestones.sourcedOn',
      'milestones.awarenessCertOn',
      'milestones.applicationOn',
      'awarenessClassId',
      'placeId',
    ]);
    expect(differingFields(a, { ...a, id: b.id, updatedAt: b.updatedAt })).toEqual([]);
  });
});

describe('preselection', () => {
  it('keeps the more complete record, the newer on a tie', () => {
    const { a, b } = pair();
    // a: nationalId, 2 milestones; b: class, place, 2 milestones: b has one more field.
    expect(defaultKeep(a, b)).toBe('b');
    expect(defaultKeep(a, { ...a, id: b.id, updatedAt: b.updatedAt })).toBe('b');
    expect(defaultKeep({ ...a, updatedAt: '2027-01-01T00:00:00.000Z' }, a)).toBe('a');
  });

  it('prefers a value to none, and the newer record where both have one', () => {
    const { a, b } = pair();
    expect(defaultChoices(a, b)).toEqual({
      fullName: 'b',
      nationalId: 'a',
      education: 'b',
      'milestones.sourcedOn': 'b',
      'milestones.awarenessCertOn': 'b',
      'milestones.applicationOn': 'a',
      awarenessClassId: 'b',
      placeId: 'b',
    });
  });
});

describe('mergePersonRecords', () => {
  it('takes each field from the chosen side, milestones field by field, with the kept id', () => {
    const { a, b } = pair();
    const merged = mergePersonRecords(a, b, 'a', {
      fullName: 'a',
      'milestones.sourcedOn': 'a',
      placeId: 'a',
    });
    expect(merged.id).toBe(a.id);
    expect(merged.updatedAt).toBe(a.updatedAt);
    expect(merged.fullName).toBe('Nguyễn Văn An');
    expect(merged.nationalId).toBe('001200012345');
    expect(merged.education).toBe('university');
    expect(merged.placeId).toBeNull();
    expect(merged.awarenessClassId).toBe(CLASS);
    expect(merged.milestones).toEqual({
      ...a.milestones,
      sourcedOn: '2025-01-10',
      awarenessCertOn: '2025-04-01',
      applicationOn: '2025-06-01',
    });
    expect(movedLinks(a, b, merged)).toEqual(['awarenessClassId']);
    // The inputs are not changed.
    expect(a.awarenessClassId).toBeNull();
  });

  it('stays a valid Person under the exchange contract', () => {
    const { a, b } = pair();
    for (const keep of ['a', 'b'] as const) {
      const merged = mergePersonRecords(a, b, keep);
      expect(personSchema.safeParse(merged).success).toBe(true);
      expect(merged.id).toBe(keep === 'a' ? a.id : b.id);
    }
  });

  it('keeping b with a value chosen from a fills b from a', () => {
    const { a, b } = pair();
    const merged = mergePersonRecords(a, b, 'b', { nationalId: 'a', awarenessClassId: 'a' });
    expect(merged.id).toBe(b.id);
    expect(merged.nationalId).toBe('001200012345');
    expect(merged.awarenessClassId).toBeNull();
    expect(merged.placeId).toBe(PLACE);
    expect(movedLinks(b, a, merged)).toEqual([]);
  });
});
