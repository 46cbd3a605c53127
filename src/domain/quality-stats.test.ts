import { describe, expect, it } from 'vitest';
import { buildPerson } from '../../test/builders';
import {
  applyQualityContribution,
  emptyQualityShard,
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
});
