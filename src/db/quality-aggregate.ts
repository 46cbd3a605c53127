// The quality aggregate's part of a write of people (aggregates.ts calls it in the same
// transaction): the shards a batch touches, read, changed and written once each.
import type { Table } from 'dexie';
import {
  applyQualityContribution,
  emptyQualityShard,
  isEmptyQualityBlock,
  packQualityShard,
  unpackQualityShard,
  type QualityContribution,
  type QualityShard,
} from '@/domain/quality-stats';
import type { StoredQualityStats } from './rows';
import { writeShards } from './shard-writes';

export type QualityChanges = Map<string, [QualityContribution, 1 | -1][]>;

/** A shard after a list of changes: removals first, so a person changed is taken out, then added. */
export function qualityShardAfter(
  shard: QualityShard | undefined,
  changes: readonly [QualityContribution, 1 | -1][],
): QualityShard {
  const result = shard ?? emptyQualityShard();
  for (const [contribution, sign] of changes)
    if (sign === -1) applyQualityContribution(result, contribution, -1);
  for (const [contribution, sign] of changes)
    if (sign === 1) applyQualityContribution(result, contribution, 1);
  return result;
}

/** The records of shards computed from scratch. */
export function qualityRowsOf(changes: QualityChanges): StoredQualityStats[] {
  const rows: StoredQualityStats[] = [];
  for (const [shard, list] of changes) {
    const block = packQualityShard(qualityShardAfter(undefined, list));
    if (!isEmptyQualityBlock(block)) rows.push({ unitId: shard, ...block });
  }
  return rows.sort((a, b) => (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0));
}

export async function applyQualityDelta(
  table: Table<StoredQualityStats, string, StoredQualityStats>,
  changes: QualityChanges,
): Promise<void> {
  await writeShards(table, changes, (shard, stored, list) => {
    const after = qualityShardAfter(stored ? unpackQualityShard(stored) : undefined, list);
    const block = packQualityShard(after);
    return isEmptyQualityBlock(block) ? undefined : { unitId: shard, ...block };
  });
}
