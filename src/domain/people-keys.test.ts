import { describe, expect, it } from 'vitest';
import { buildPerson } from '../../test/builders';
import { duplicateNameKey } from './duplicate-pairs';
import {
  duplicateCandidateIds,
  keyHash,
  keysEntryOf,
  packPeopleKeys,
  unpackPeopleKeys,
} from './people-keys';

describe("the people's duplicate keys", () => {
  it('packs a unit’s keys sorted by id, and unpacks them as they were', () => {
    const people = ['c', 'a', 'b'].map((id) =>
      buildPerson({ id, unitId: 'u1', fullName: `Người ${id}`, nationalId: null }),
    );
    const block = packPeopleKeys('u1', people.map(keysEntryOf));
    expect(block.ids).toEqual(['a', 'b', 'c']);
    expect(unpackPeopleKeys(block)).toEqual(
      [...people].sort((x, y) => x.id.localeCompare(y.id)).map(keysEntryOf),
    );
    // No CCCD: no CCCD key (0), while every name has one.
    expect([...block.nationalHash]).toEqual([0, 0, 0]);
    expect([...block.nameHash].every((hash) => hash !== 0)).toBe(true);
  });

  it('names the people whose keys repeat among the blocks read, by name or by CCCD', () => {
    const people = [
      buildPerson({ unitId: 'u1', fullName: 'An', nationalId: '001200000009' }),
      buildPerson({ unitId: 'u2', fullName: 'Bình', nationalId: '001200000009' }),
      buildPerson({ unitId: 'u2', fullName: 'an' }),
      buildPerson({ unitId: 'u3', fullName: 'Cường' }),
    ];
    const blocks = ['u1', 'u2', 'u3'].map((unitId) =>
      packPeopleKeys(unitId, people.filter((person) => person.unitId === unitId).map(keysEntryOf)),
    );
    const ids = (scope: string[]) =>
      duplicateCandidateIds(blocks.filter((block) => scope.includes(block.unitId))).sort();
    expect(ids(['u1', 'u2', 'u3'])).toEqual([people[0]!.id, people[1]!.id, people[2]!.id].sort());
    expect(ids(['u2', 'u3'])).toEqual([]);
    expect(keyHash('')).not.toBe(0);
    // The name's key is the checks' own (duplicate-pairs.ts); the CCCD's, the number.
    expect(keysEntryOf(people[0]!)).toMatchObject({
      nameHash: keyHash(duplicateNameKey('An', people[0]!.birthDate)),
      nationalHash: keyHash('001200000009'),
    });
  });
});
