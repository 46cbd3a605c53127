import { describe, expect, it } from 'vitest';
import { buildPerson } from '../../test/builders';
import {
  applyQualityContribution,
  duplicateCandidateIds,
  emptyQualityShard,
  keyHash,
  packQualityShard,
  qualityContribution,
  unpackQualityShard,
} from './quality-stats';

describe('the quality aggregate of a shard', () => {
  it('packs and unpacks what it holds, and takes a person out again', () => {
    const shard = emptyQualityShard();
    const young = buildPerson({
      unitId: 'u1',
      birthDate: '2010-01-01',
      awarenessClassId: 'class-1',
      milestones: { cellResolutionOn: '2025-01-01' },
    });
    const member = buildPerson({
      unitId: 'u2',
      fullName: 'Trần Hoa',
      awarenessClassId: 'class-1',
      decisionNo: '1',
      milestones: {
        cellResolutionOn: '2024-01-01',
        decisionOn: '2024-02-01',
        admittedOn: '2024-02-10',
      },
    });
    applyQualityContribution(shard, qualityContribution(young), 1);
    applyQualityContribution(shard, qualityContribution(member), 1);
    const block = packQualityShard(shard);
    expect(block.units).toEqual(['u1', 'u2']);
    expect(block.flagged.map((entry) => entry.id).sort()).toEqual([young.id, member.id].sort());
    expect(block.classes).toEqual([
      { key: 'a:class-1', count: 2, notAdmitted: 1, admittedDays: [expect.any(Number)] },
    ]);
    expect(packQualityShard(unpackQualityShard(block))).toEqual(block);

    const again = unpackQualityShard(block);
    applyQualityContribution(again, qualityContribution(member), -1);
    applyQualityContribution(again, qualityContribution(young), -1);
    expect(packQualityShard(again)).toEqual(packQualityShard(emptyQualityShard()));
  });

  it('names the people whose keys repeat in scope, by name or by CCCD', () => {
    const shard = emptyQualityShard();
    const people = [
      buildPerson({ unitId: 'u1', fullName: 'An', nationalId: '001200000009' }),
      buildPerson({ unitId: 'u2', fullName: 'Bình', nationalId: '001200000009' }),
      buildPerson({ unitId: 'u2', fullName: 'an' }),
      buildPerson({ unitId: 'u3', fullName: 'Cường' }),
    ];
    for (const person of people) applyQualityContribution(shard, qualityContribution(person), 1);
    const block = packQualityShard(shard);
    const ids = (scope: string[]) =>
      duplicateCandidateIds([block], (unit) => scope.includes(unit)).sort();
    expect(ids(['u1', 'u2', 'u3'])).toEqual([people[0]!.id, people[1]!.id, people[2]!.id].sort());
    expect(ids(['u2', 'u3'])).toEqual([]);
    expect(keyHash('')).not.toBe(0);
  });
});
