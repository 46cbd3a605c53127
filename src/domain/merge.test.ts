import { describe, expect, it } from 'vitest';
import { buildPerson } from '../../test/builders';
import type { Person } from './entities';
import { applyChoices, sameValue, threeWayMerge } from './merge';

describe('three-way merge', () => {
  const base = buildPerson({ fullName: 'Nguyễn Văn An', education: 'upper_secondary' });

  it("keeps both sides' changes to different fields", () => {
    const mine = { ...base, fullName: 'Nguyễn Văn Ân' };
    const theirs = {
      ...base,
      education: 'university' as const,
      updatedAt: '2026-02-01T00:00:00.000Z',
    };
    const result = threeWayMerge(base, mine, theirs, { ignore: ['updatedAt'] });
    expect(result.conflicts).toEqual([]);
    expect(result.merged.fullName).toBe('Nguyễn Văn Ân');
    expect(result.merged.education).toBe('university');
    expect(result.fromTheirs).toEqual(['education']);
    // The stamp is the repository's business: the merge keeps mine.
    expect(result.merged.updatedAt).toBe(base.updatedAt);
  });

  it('reports a field both sides changed to different values, with the three values', () => {
    const mine = { ...base, fullName: 'Nguyễn Văn Bình' };
    const theirs = { ...base, fullName: 'Nguyễn Văn Cường', gender: 'female' as const };
    const result = threeWayMerge(base, mine, theirs);
    expect(result.conflicts).toEqual([
      {
        field: 'fullName',
        base: 'Nguyễn Văn An',
        mine: 'Nguyễn Văn Bình',
        theirs: 'Nguyễn Văn Cường',
      },
    ]);
    // Until the user chooses, the merge holds mine there, and theirs where only they changed.
    expect(result.merged.fullName).toBe('Nguyễn Văn Bình');
    expect(result.merged.gender).toBe('female');
  });

  it('is no conflict when both sides made the same change', () => {
    const mine = { ...base, fullName: 'Trần Thị Hoa' };
    const theirs = { ...base, fullName: 'Trần Thị Hoa' };
    expect(threeWayMerge(base, mine, theirs).conflicts).toEqual([]);
  });

  it('merges nested milestones date by date', () => {
    const mine = { ...base, milestones: { ...base.milestones, applicationOn: '2026-03-01' } };
    const theirs = {
      ...base,
      milestones: { ...base.milestones, awarenessCertOn: '2026-02-01' },
    };
    const result = threeWayMerge(base, mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.merged.milestones).toMatchObject({
      applicationOn: '2026-03-01',
      awarenessCertOn: '2026-02-01',
    });
    expect(result.fromTheirs).toEqual(['milestones.awarenessCertOn']);
  });

  it('names a conflicting milestone by its path', () => {
    const mine = { ...base, milestones: { ...base.milestones, admittedOn: '2026-05-19' } };
    const theirs = { ...base, milestones: { ...base.milestones, admittedOn: '2026-05-20' } };
    expect(threeWayMerge(base, mine, theirs).conflicts.map((c) => c.field)).toEqual([
      'milestones.admittedOn',
    ]);
  });

  it('takes their clearing of a field I left alone, and my clearing of one they left alone', () => {
    const withId: Person = { ...base, nationalId: '001200012345', decisionNo: '12-QĐ/ĐU' };
    const mine = { ...withId, decisionNo: null };
    const theirs = { ...withId, nationalId: null };
    const result = threeWayMerge(withId, mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.merged.nationalId).toBeNull();
    expect(result.merged.decisionNo).toBeNull();
  });

  it('treats an absent optional field as null (imported records may omit it)', () => {
    const { decisionNo: _omitted, ...imported } = base;
    const mine = { ...imported, decisionNo: null, fullName: 'Lê Văn Tám' };
    const theirs = { ...imported, decisionNo: '7-QĐ/ĐU' };
    const result = threeWayMerge(imported, mine, theirs);
    expect(result.conflicts).toEqual([]);
    expect(result.merged).toMatchObject({ fullName: 'Lê Văn Tám', decisionNo: '7-QĐ/ĐU' });
  });

  it('merges a set of ids: what I added and removed applied to theirs', () => {
    const before = { title: 'Lớp 1', attendeeIds: ['a', 'b', 'c'] };
    const mine = { title: 'Lớp 1', attendeeIds: ['a', 'c', 'd'] };
    const theirs = { title: 'Lớp 1', attendeeIds: ['a', 'b', 'c', 'e'] };
    const result = threeWayMerge(before, mine, theirs, { sets: ['attendeeIds'] });
    expect(result.conflicts).toEqual([]);
    expect(result.merged.attendeeIds).toEqual(['a', 'c', 'e', 'd']);
    expect(result.fromTheirs).toEqual(['attendeeIds']);
  });

  it('leaves the inputs untouched', () => {
    const mine = { ...base, fullName: 'X' };
    const theirs = { ...base, fullName: 'Y' };
    const copies = [structuredClone(base), structuredClone(mine), structuredClone(theirs)];
    threeWayMerge(base, mine, theirs);
    expect([base, mine, theirs]).toEqual(copies);
  });
});

describe('settling conflicts', () => {
  it('takes theirs where chosen, mine elsewhere, nested paths included', () => {
    const base = buildPerson();
    const mine = {
      ...base,
      fullName: 'Mine',
      birthDate: '2001-01-01',
      milestones: { ...base.milestones, admittedOn: '2026-05-19' },
    };
    const theirs = {
      ...base,
      fullName: 'Theirs',
      birthDate: '2002-02-02',
      milestones: { ...base.milestones, admittedOn: '2026-05-20' },
    };
    const { merged, conflicts } = threeWayMerge(base, mine, theirs);
    expect(conflicts).toHaveLength(3);
    const settled = applyChoices(merged, conflicts, {
      fullName: 'theirs',
      'milestones.admittedOn': 'theirs',
    });
    expect(settled.fullName).toBe('Theirs');
    expect(settled.birthDate).toBe('2001-01-01');
    expect(settled.milestones.admittedOn).toBe('2026-05-20');
    expect(merged.fullName).toBe('Mine');
  });
});

describe('sameValue', () => {
  it('compares deeply and equates null with absent', () => {
    expect(sameValue(null, undefined)).toBe(true);
    expect(sameValue('', null)).toBe(false);
    expect(sameValue({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: null })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue(0, false)).toBe(false);
  });
});
